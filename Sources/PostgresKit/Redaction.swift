/// Keeps secrets and personal data out of error messages.
enum Redaction {
    /// `message` with every occurrence of each secret replaced by "***".
    static func scrub(_ message: String, secrets: [String]) -> String {
        var result = message
        for secret in secrets where !secret.isEmpty {
            result = result.replacing(secret, with: "***")
        }
        return result
    }

    /// `message` with each bound text value the server quoted in it
    /// (`invalid input syntax for type integer: "abc"`) replaced by "…".
    static func hidingValues(_ message: String, _ values: [PostgresValue]) -> String {
        var result = message
        for case .text(let value) in values {
            result = result.replacing("\"\(value)\"", with: "\"…\"")
        }
        return result
    }

    /// Every spelling of a password that `conninfo` may hold, found without
    /// libpq (whose parser may be what failed): a `password=` keyword value,
    /// and the password of a URI's user information, raw and percent-decoded.
    /// Values from PQconninfoParse and PGPASSWORD are added by the caller.
    static func passwords(in conninfo: String) -> [String] {
        var found: [String] = []
        // Keyword form: password=value or password = 'quoted value'.
        var rest = Substring(conninfo)
        while let range = rest.firstRange(of: "password") {
            var after = rest[range.upperBound...].drop { $0 == " " }
            if after.first == "=" {
                after = after.dropFirst().drop { $0 == " " }
                if after.first == "'" {
                    let body = after.dropFirst()
                    let value = body.prefix { $0 != "'" }
                    found.append(String(value))
                    found.append(String(value).replacing("\\'", with: "'"))
                } else {
                    found.append(String(after.prefix { $0 != " " }))
                }
            }
            rest = rest[range.upperBound...]
        }
        // URI form: scheme://user:password@host…
        if let scheme = conninfo.firstRange(of: "://") {
            let authority = conninfo[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@") {
                let userInfo = authority[..<at]
                if let colon = userInfo.firstIndex(of: ":") {
                    let raw = String(userInfo[userInfo.index(after: colon)...])
                    found.append(raw)
                    if let decoded = percentDecoded(raw) { found.append(decoded) }
                }
            }
        }
        // Longest first, so a password is scrubbed whole before any part of it.
        return found.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with %XX sequences decoded, or nil when it holds none or is not UTF-8.
    private static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return nil }
        var bytes: [UInt8] = []
        var utf8 = text.utf8[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
