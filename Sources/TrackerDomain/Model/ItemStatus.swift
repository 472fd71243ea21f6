/// A household's current standing on one checklist item.
public struct ItemStatus: Sendable, Hashable {
    public var item: ChecklistItem
    /// The latest recorded outcome (met, not met, not applicable); nil when
    /// no visit recorded one.
    public var result: CheckResult?
    /// When that outcome was recorded.
    public var resultDate: CalendarDate?
    public var note: String?
    /// The last time the item was looked at, outcome recorded or not.
    public var lastChecked: CalendarDate?

    public init(item: ChecklistItem, result: CheckResult? = nil, resultDate: CalendarDate? = nil, note: String? = nil,
                lastChecked: CalendarDate? = nil) {
        self.item = item
        self.result = result
        self.resultDate = resultDate
        self.note = note
        self.lastChecked = lastChecked
    }
}
