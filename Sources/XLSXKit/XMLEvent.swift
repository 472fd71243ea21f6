/// One step through an XML document, as `XMLPullParser` reports it.
///
/// Names are local names: a namespace prefix (`x:c`, `r:id`) is dropped,
/// because workbook writers differ in the prefixes they choose but not in
/// the local names, and no part we read mixes two meanings of one local name.
public enum XMLEvent: Sendable, Equatable {
    /// A start tag; a self-closing tag is reported as `.start` then `.end`.
    case start(name: String, attributes: [String: String])
    case end(name: String)
    /// Character data (entities and CDATA decoded), possibly only whitespace.
    case text(String)
}
