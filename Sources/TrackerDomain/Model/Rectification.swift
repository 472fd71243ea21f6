import Bilingual

/// A rectification item (整改事项): a problem found, its owner and deadline,
/// open until closed (销号).
public struct Rectification: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var householdID: Int64
    public var householdLabel: LocalizedText
    public var visitID: Int64?
    public var topic: RectificationTopic
    public var description: String
    public var owner: Official?
    public var openedOn: CalendarDate
    public var dueDate: CalendarDate
    public var status: RectificationStatus
    public var closedOn: CalendarDate?
    public var resolution: String?
    public var verifiedOn: CalendarDate?
    /// Set when the visit that opened it was voided: kept, but counted and listed nowhere.
    public var voidedOn: CalendarDate?
    public var voidReason: String?

    public init(id: Int64, householdID: Int64, householdLabel: LocalizedText, visitID: Int64?, topic: RectificationTopic,
                description: String, owner: Official?, openedOn: CalendarDate, dueDate: CalendarDate,
                status: RectificationStatus, closedOn: CalendarDate? = nil, resolution: String? = nil,
                verifiedOn: CalendarDate? = nil, voidedOn: CalendarDate? = nil, voidReason: String? = nil) {
        self.voidedOn = voidedOn
        self.voidReason = voidReason
        self.id = id
        self.householdID = householdID
        self.householdLabel = householdLabel
        self.visitID = visitID
        self.topic = topic
        self.description = description
        self.owner = owner
        self.openedOn = openedOn
        self.dueDate = dueDate
        self.status = status
        self.closedOn = closedOn
        self.resolution = resolution
        self.verifiedOn = verifiedOn
    }

    /// Open past its deadline as of `today`.
    public func isOverdue(on today: CalendarDate) -> Bool {
        status == .open && dueDate < today
    }

    /// Days since it was opened (for open items) as of `today`.
    public func age(on today: CalendarDate) -> Int {
        openedOn.days(to: today)
    }
}
