/// A follow-up the visitors took on at a visit (`--followup TEXT [--due]
/// [--owner]`): it becomes a rectification item of its own.
///
/// Its topic is `.other` unless the caller says it answers a family's
/// request (`.request`). A checklist topic is refused: a failed checklist
/// item is recorded as a `notMet` check, which opens its item by itself and
/// respects "one open item per household and item".
public struct FollowUpDraft: Sendable, Hashable {
    public var description: String
    /// The deadline; nil takes the visit's default (see `VisitDraft.defaultDue`).
    public var due: CalendarDate?
    /// Who answers for it; nil takes the visit's default owner, else the lead official.
    public var owner: Official?
    public var topic: RectificationTopic

    public init(_ description: String, due: CalendarDate? = nil, owner: Official? = nil,
                topic: RectificationTopic = .other) {
        self.description = description
        self.due = due
        self.owner = owner
        self.topic = topic
    }
}
