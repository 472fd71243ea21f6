import TrackerDomain

/// Checks a PostgreSQL connection URL before libpq sees it, so a typo gets
/// a one-line message naming the fix, and masks its password for messages.
///
/// The form is libpq's: `postgresql://[USER[:PASSWORD]@][HOST][:PORT][,HOST[:PORT]…][/DATABASE][?KEY=VALUE&…]`
/// (or `postgres://`), percent-encoded. Whether the server is there is for
/// the connection to find out.
enum PostgresURL {
    static let schemes = ["postgresql://", "postgres://"]

    /// The connection parameters libpq accepts in a URL's query (PostgreSQL 15).
    static let parameters: Set<String> = [
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding",
        "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
        "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
        "replication", "gssencmode", "sslmode", "requiressl", "sslcompression", "sslcert", "sslkey",
        "sslpassword", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
        "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib", "service",
        "target_session_attrs",
    ]

    /// Whether `text` is meant as a PostgreSQL URL (rather than a file
    /// path): it starts with a scheme like `postgres:` or `postgresql:`.
    static func looksLikeOne(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres:") || lower.hasPrefix("postgresql:")
    }

    /// The URL as messages may show it (password masked), or the error
    /// that says what is wrong with it.
    static func checked(_ url: String, source: String) throws(TrackerError) -> String {
        let shown = masked(url)
        func refuse(_ en: String, _ zh: String) -> TrackerError {
            TrackerError(.invalidInput, en: "\(source) \(shown): \(en)", zh: "\(source) \(shown)：\(zh)")
        }
        let form = "write postgresql://USER@HOST:PORT/DATABASE"
        let formZH = "应写作 postgresql://USER@HOST:PORT/DATABASE"
        guard let scheme = schemes.first(where: { url.hasPrefix($0) }) else {
            throw refuse("not a PostgreSQL URL; \(form)", "不是 PostgreSQL 地址；\(formZH)")
        }
        if url.contains(where: { $0 == " " || $0.isNewline || $0 == "\t" }) {
            throw refuse("a URL has no spaces; percent-encode them (%20)", "地址中不能有空白；请编码为 %20")
        }
        // Looked for in the masked URL, so no part of a password is shown.
        if let escape = badEscape(shown) {
            throw refuse("\(escape) is not a %-escape; write % and two hex digits (%40 for @)",
                         "\(escape) 不是有效的 % 编码；应为 % 加两位十六进制数（@ 写作 %40）")
        }
        if badEscape(url) != nil {
            throw refuse("the password has a % not followed by two hex digits; percent-encode it (%25 for %)",
                         "密码中的 % 后面不是两位十六进制数；请编码（% 写作 %25）")
        }
        let rest = url.dropFirst(scheme.count)
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let hosts = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        for host in hosts.split(separator: ",", omittingEmptySubsequences: false) {
            // "[::1]:5432": the port follows the bracket.
            let afterAddress = host.hasPrefix("[") ? host[(host.firstIndex(of: "]") ?? host.endIndex)...].dropFirst() : host
            guard let colon = afterAddress.lastIndex(of: ":") else { continue }
            let port = afterAddress[afterAddress.index(after: colon)...]
            guard let number = Int(port), (1...65_535).contains(number) else {
                throw refuse("the port \(port.isEmpty ? "(empty)" : String(port)) is not a number from 1 to 65535",
                             "端口 \(port.isEmpty ? "（空）" : String(port)) 不是 1 到 65535 之间的数字")
            }
        }
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                let key = pair.prefix { $0 != "=" }
                guard pair.contains("=") else {
                    throw refuse("the parameter \(key) has no value; write \(key)=VALUE",
                                 "参数 \(key) 没有值；应写作 \(key)=值")
                }
                guard parameters.contains(String(key)) else {
                    throw refuse("\(key) is not a connection parameter libpq knows (such as sslmode, connect_timeout, service)",
                                 "\(key) 不是 libpq 认识的连接参数")
                }
            }
        }
        return shown
    }

    /// The URL with its password (in the user information, or a
    /// `password=` parameter) replaced by `***`.
    static func masked(_ url: String) -> String {
        var result = url
        if let scheme = schemes.first(where: { url.hasPrefix($0) }) {
            let rest = url.dropFirst(scheme.count)
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result = scheme + authority[..<colon] + ":***" + authority[at...] + rest[authorityEnd...]
            }
        }
        if let question = result.firstIndex(of: "?") {
            let query = result[result.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
                pair.hasPrefix("password=") ? "password=***" : String(pair)
            }
            result = result[...question] + query.joined(separator: "&")
        }
        return result
    }

    /// The first `%` not followed by two hex digits, with what follows it.
    private static func badEscape(_ url: String) -> String? {
        let characters = Array(url)
        for index in characters.indices where characters[index] == "%" {
            let digits = characters[(index + 1)..<min(index + 3, characters.count)]
            if digits.count < 2 || !digits.allSatisfy(\.isHexDigit) {
                return String(characters[index..<min(index + 3, characters.count)])
            }
        }
        return nil
    }
}
