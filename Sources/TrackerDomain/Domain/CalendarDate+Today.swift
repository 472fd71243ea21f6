#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension CalendarDate {
    /// Which clock "today" is read in.
    public enum Zone: Hashable, Sendable {
        /// The process's local zone: `TZ` if set, else the system's
        /// (`/etc/localtime`). A cadre in China means the Beijing date even
        /// when a server runs on UTC, which `TZ=Asia/Shanghai` expresses.
        case local
        /// Coordinated Universal Time.
        case utc
        /// A fixed offset east of UTC, in seconds (+8 h = 28 800).
        case offset(seconds: Int)
    }

    /// The date at `secondsSince1970` (Unix time) in `zone`.
    public init(secondsSince1970 seconds: Int, in zone: Zone) {
        switch zone {
        case .utc:
            self.init(dayNumber: Self.floorDivide(seconds, 86_400))
        case .offset(let offset):
            self.init(dayNumber: Self.floorDivide(seconds + offset, 86_400))
        case .local:
            // localtime_r applies TZ and daylight saving rules; tzset first,
            // because localtime_r need not read TZ itself (POSIX).
            tzset()
            var time = time_t(seconds)
            var parts = tm()
            guard localtime_r(&time, &parts) != nil else {
                self.init(secondsSince1970: seconds, in: .utc)
                return
            }
            self.init(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
        }
    }

    /// Today's date in `zone`; the local zone honours `TZ`.
    public static func today(in zone: Zone = .local) -> CalendarDate {
        CalendarDate(secondsSince1970: Int(time(nil)), in: zone)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return (value % divisor < 0) ? quotient - 1 : quotient
    }
}
