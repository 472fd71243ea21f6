/// One row of a rectification item's history (`rectification_events`): kept
/// so a reopened item still shows when and how it was closed before.
public struct RectificationHistoryEntry: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var event: RectificationEvent
    public var date: CalendarDate
    /// The resolution for `closed`, the reason for `reopened`.
    public var note: String?

    public init(id: Int64, event: RectificationEvent, date: CalendarDate, note: String? = nil) {
        self.id = id
        self.event = event
        self.date = date
        self.note = note
    }
}
