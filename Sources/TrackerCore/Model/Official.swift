/// An official who visits and helps households (帮扶责任人 and the like).
public struct Official: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var name: String
    public var unit: String?
    public var title: String?
    public var phone: String?

    public init(id: Int64, name: String, unit: String? = nil, title: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.title = title
        self.phone = phone
    }

    /// "李国珍 （菏泽开发区党工委书记）" — tells same-named officials apart.
    public var label: String {
        let detail = [unit, title].compactMap { $0 }.joined(separator: " ")
        return detail.isEmpty ? name : "\(name) (\(detail))"
    }
}
