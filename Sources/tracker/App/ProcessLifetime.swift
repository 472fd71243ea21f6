/// Hands a command's large result to the end of the process instead of
/// freeing it piece by piece: `exit` gives the whole heap back at once,
/// while freeing a county's 50,000 report rows one object at a time took
/// 35 ms, a thirtieth of `report monthly`. The CLI runs one command per
/// process (its tests run the binary), so nothing is kept for long.
enum ProcessLifetime {
    static func keepUntilExit<T>(_ value: T) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
