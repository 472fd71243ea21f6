import Bilingual

/// A registered poor household (建档立卡贫困户) as stored.
public struct Household: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var code: String?
    public var headName: String
    public var headIDNumber: String?
    public var phone: String?
    public var place: PlacePath
    public var attribute: HouseholdAttribute?
    /// Poverty causes, the main one first.
    public var causes: [PovertyCause]
    public var status: HouseholdStatus
    public var liftedYear: Int?
    public var monitoringKind: MonitoringKind?
    /// The recorded size, else the number of members; nil with neither.
    public var size: Int?
    /// The article or roster the record came from, when seeded.
    public var source: String?
    /// 建档日期; nil when registered before tracker knew of it.
    public var registeredOn: CalendarDate?
    /// When the case ended (`household close`); it stays searchable and
    /// leaves the reports after that month.
    public var closedOn: CalendarDate?
    public var closeReason: HouseholdCloseReason?

    public init(id: Int64, code: String? = nil, headName: String, headIDNumber: String? = nil, phone: String? = nil,
                place: PlacePath, attribute: HouseholdAttribute? = nil, causes: [PovertyCause] = [],
                status: HouseholdStatus = .notLifted, liftedYear: Int? = nil, monitoringKind: MonitoringKind? = nil,
                size: Int? = nil, source: String? = nil, registeredOn: CalendarDate? = nil,
                closedOn: CalendarDate? = nil, closeReason: HouseholdCloseReason? = nil) {
        self.closedOn = closedOn
        self.closeReason = closeReason
        self.id = id
        self.code = code
        self.headName = headName
        self.headIDNumber = headIDNumber
        self.phone = phone
        self.place = place
        self.attribute = attribute
        self.causes = causes
        self.status = status
        self.liftedYear = liftedYear
        self.monitoringKind = monitoringKind
        self.size = size
        self.source = source
        self.registeredOn = registeredOn
    }

    /// How the household is named in English messages: head, village and code.
    public var label: String { label(in: .en) }

    /// "赵丁先 (焦庄村, 陈集镇, H001)" in English; "赵丁先（陈集镇焦庄村，H001）" in
    /// Chinese, where places run from large to small.
    public func label(in language: Language) -> String {
        Self.label(headName: headName, place: place, code: code, in: language)
    }

    /// Head and village, for lists: "赵丁先 (焦庄村)" and "赵丁先（焦庄村）".
    public static func briefLabel(headName: String, village: String) -> LocalizedText {
        LocalizedText(en: "\(headName) (\(village))", zh: "\(headName)（\(village)）")
    }

    /// The label of a household known only by these columns (a joined row).
    public static func label(headName: String, place: PlacePath, code: String?, in language: Language) -> String {
        switch language {
        case .en: "\(headName) (\(place.shortLabel(in: .en))\(code.map { ", \($0)" } ?? ""))"
        case .zh: "\(headName)（\(place.shortLabel(in: .zh))\(code.map { "，\($0)" } ?? "")）"
        }
    }
}
