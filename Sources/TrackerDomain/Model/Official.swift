import Bilingual

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

    /// How the official is named in English messages.
    public var label: String { label(in: .en) }

    /// "李国珍 (菏泽开发区 党工委书记)" in English, "李国珍（菏泽开发区党工委书记）" in
    /// Chinese — tells same-named officials apart.
    public func label(in language: Language) -> String {
        let parts = [unit, title].compactMap { $0 }
        guard !parts.isEmpty else { return name }
        switch language {
        case .en: return "\(name) (\(parts.joined(separator: " ")))"
        case .zh: return "\(name)（\(parts.joined())）"
        }
    }
}
