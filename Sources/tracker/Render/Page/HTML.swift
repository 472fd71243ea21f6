/// Text placed into HTML or SVG markup. Names, places, notes and official
/// names are typed by users (or come from a roster) and may hold markup, so
/// every piece of data goes through `escape` before it reaches the page.
enum HTML {
    /// Escapes the five characters that end text or an attribute value, so
    /// one function serves both (`<`, `>`, `&`, `"`, `'`).
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A name shortened to `limit` characters with "…", for a chart label of
    /// fixed width (the whole name stays in the element's `<title>`).
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// `755` → `75.5%`: tenths of a percent, written in integers so the
    /// page shows what `report summary` shows.
    static func percent(permille: Int?) -> String {
        permille.map { Listing.Cell.decimal($0) + "%" } ?? "–"
    }

    /// A table cell holding a number (right-aligned by the stylesheet).
    static func numberCell(_ value: Int) -> String { "<td class=\"num\">\(value)</td>" }
}
