import Foundation

/// Reads the elements of a report page: the HTML tracker wrote, or the DOM
/// headless Chromium dumped after parsing it. Only what the tests need: the
/// start tags of one kind, their attributes, and the part of the page one
/// chart or list covers. (No HTML parser ships with the toolchain on Linux.)
struct PageMarkup {
    struct Element {
        let name: String
        let attributes: [String: String]
        subscript(_ attribute: String) -> String? { attributes[attribute] }
    }

    let text: String

    init(_ text: String) { self.text = text }

    /// The part from the start tag carrying `attribute="value"` to the end
    /// tag of its element (charts and lists are not nested in their kind).
    func part(_ tag: String, where attribute: String, is value: String) -> PageMarkup? {
        guard let marker = text.range(of: "\(attribute)=\"\(value)\""),
            let start = text[..<marker.lowerBound].range(of: "<\(tag)", options: .backwards),
            let end = text[marker.upperBound...].range(of: "</\(tag)>")
        else { return nil }
        return PageMarkup(String(text[start.lowerBound..<end.upperBound]))
    }

    /// The start tags named `name`, optionally only those with class `className`.
    func elements(_ name: String, class className: String? = nil) -> [Element] {
        var found: [Element] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(name)") {
            rest = rest[open.upperBound...]
            guard let next = rest.first, next == " " || next == ">" || next == "/" || next == "\n" else { continue }
            let (attributes, remainder) = Self.attributes(rest)
            rest = remainder
            if let className, !(attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) {
                continue
            }
            found.append(Element(name: name, attributes: attributes))
        }
        return found
    }

    /// Every start tag on the page, whatever its name.
    func startTags() -> [Element] {
        var found: [Element] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first.isLetter else { continue }
            let nameEnd = rest.firstIndex { $0 == " " || $0 == ">" || $0 == "/" || $0 == "\n" } ?? rest.endIndex
            let name = String(rest[..<nameEnd])
            let (attributes, remainder) = Self.attributes(rest[nameEnd...])
            rest = remainder
            found.append(Element(name: name, attributes: attributes))
        }
        return found
    }

    /// The text inside the first `<tag>` after `marker` (e.g. a KPI's `<b>`).
    func text(after marker: String, in tag: String) -> String? {
        guard let start = text.range(of: marker), let open = text[start.upperBound...].range(of: "<\(tag)>"),
            let close = text[open.upperBound...].range(of: "</\(tag)>")
        else { return nil }
        return Self.unescape(String(text[open.upperBound..<close.lowerBound]))
    }

    /// Attributes up to the end of a start tag; values double-quoted, as
    /// both tracker and Chromium's serialiser write them.
    private static func attributes(_ tag: Substring) -> ([String: String], Substring) {
        var attributes: [String: String] = [:]
        var rest = tag
        while let first = rest.first {
            if first == ">" { return (attributes, rest.dropFirst()) }
            if first == " " || first == "\n" || first == "/" {
                rest = rest.dropFirst()
                continue
            }
            let nameEnd = rest.firstIndex { $0 == "=" || $0 == " " || $0 == ">" || $0 == "/" } ?? rest.endIndex
            let name = String(rest[..<nameEnd])
            rest = rest[nameEnd...]
            guard rest.first == "=" else {
                attributes[name] = ""
                continue
            }
            rest = rest.dropFirst()
            guard rest.first == "\"" else { continue }
            rest = rest.dropFirst()
            let valueEnd = rest.firstIndex(of: "\"") ?? rest.endIndex
            attributes[name] = unescape(String(rest[..<valueEnd]))
            rest = rest[valueEnd...].dropFirst()
        }
        return (attributes, rest)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}
