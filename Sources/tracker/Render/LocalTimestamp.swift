#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Audit times between the stored UTC form (`2020-03-23T08:15:02.123Z`, as
/// SQLite's `strftime` writes it) and the local wall clock (`TZ`, else the
/// system zone): people read "when" on their own clock, programs keep UTC.
enum LocalTimestamp {
    /// `2020-03-23 16:15:02 CST +08:00`: local time with the zone named, so
    /// a time read off one machine means the same on another. Text that is
    /// not a stored timestamp is shown unchanged.
    static func display(_ stored: String) -> String {
        guard var seconds = secondsSince1970(stored) else { return stored }
        tzset()
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return stored }
        let abbreviation = local.tm_zone.map { String(cString: $0) } ?? ""
        let offset = Int(local.tm_gmtoff)
        var text = "\(pad(Int(local.tm_year) + 1900, 4))-\(pad(Int(local.tm_mon) + 1))-\(pad(Int(local.tm_mday))) "
            + "\(pad(Int(local.tm_hour))):\(pad(Int(local.tm_min))):\(pad(Int(local.tm_sec)))"
        if offset == 0 && (abbreviation.isEmpty || abbreviation == "UTC" || abbreviation == "GMT") { return text + " UTC" }
        // "+08" abbreviations (zones without a name) would only repeat the offset.
        if let first = abbreviation.unicodeScalars.first, first.properties.isAlphabetic { text += " " + abbreviation }
        return text + " " + (offset < 0 ? "-" : "+") + pad(abs(offset) / 3600) + ":" + pad(abs(offset) % 3600 / 60)
    }

    /// The stored form of the start of `date`'s local day, for comparing
    /// with stored times (`--since` means the local day).
    static func startOfLocalDay(_ year: Int, _ month: Int, _ day: Int) -> String {
        tzset()
        var local = tm()
        local.tm_year = Int32(year - 1900)
        local.tm_mon = Int32(month - 1)
        local.tm_mday = Int32(day)
        local.tm_isdst = -1  // let the zone's rules say whether DST is in force
        var seconds = mktime(&local)
        var utc = tm()
        _ = gmtime_r(&seconds, &utc)
        return "\(pad(Int(utc.tm_year) + 1900, 4))-\(pad(Int(utc.tm_mon) + 1))-\(pad(Int(utc.tm_mday)))"
            + "T\(pad(Int(utc.tm_hour))):\(pad(Int(utc.tm_min))):\(pad(Int(utc.tm_sec))).000Z"
    }

    /// Unix time of a stored `YYYY-MM-DDTHH:MM:SS…` UTC timestamp.
    private static func secondsSince1970(_ stored: String) -> time_t? {
        let bytes = Array(stored.utf8)
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        func number(_ range: Range<Int>) -> Int32? {
            Int32(String(decoding: bytes[range], as: UTF8.self))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
        var utc = tm()
        utc.tm_year = year - 1900
        utc.tm_mon = month - 1
        utc.tm_mday = day
        utc.tm_hour = hour
        utc.tm_min = minute
        utc.tm_sec = second
        return timegm(&utc)
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
