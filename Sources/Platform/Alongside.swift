#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrackerDomain

/// Runs `side` on a thread of its own while the calling thread runs `main`,
/// and returns both results once both have finished: two independent reads
/// of one database (`tracker check`'s file checks and its audit-chain
/// replay) take the time of the longer one on two cores, not their sum.
///
/// The side thread is always joined before anything is thrown, so nothing
/// it uses outlives the call. `main`'s error wins when both fail. When no
/// thread can be started, `side` runs after `main` on the calling thread.
public func alongside<Side: Sendable, Main>(
    _ side: @escaping @Sendable () throws(TrackerError) -> Side,
    while main: () throws(TrackerError) -> Main
) throws(TrackerError) -> (side: Side, main: Main) {
    let work = SideWork(side)
    let started = work.start()
    let mainResult: Result<Main, TrackerError>
    do { mainResult = .success(try main()) } catch { mainResult = .failure(error) }
    if started { work.join() } else { work.run() }
    let main = try mainResult.get()
    return (try work.result!.get(), main)
}

/// The C entry point cannot be generic: it calls through this base class.
private class ThreadWork {
    func run() {}
}

/// `side` and, once the thread has ended, its result. Written by the side
/// thread only before `pthread_join` returns and read only after it, which
/// orders the two: hence `@unchecked Sendable`.
private final class SideWork<Side: Sendable>: ThreadWork, @unchecked Sendable {
    let side: @Sendable () throws(TrackerError) -> Side
    var result: Result<Side, TrackerError>?
    private var thread = pthread_t()

    init(_ side: @escaping @Sendable () throws(TrackerError) -> Side) { self.side = side }

    override func run() {
        do { result = .success(try side()) } catch { result = .failure(error) }
    }

    func start() -> Bool {
        let context = Unmanaged.passRetained(self as ThreadWork).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            let work = Unmanaged<ThreadWork>.fromOpaque(context!).takeRetainedValue()
            work.run()
            return nil
        }, context)
        if status != 0 { Unmanaged<ThreadWork>.fromOpaque(context).release() }
        return status == 0
    }

    func join() { pthread_join(thread, nil) }
}
