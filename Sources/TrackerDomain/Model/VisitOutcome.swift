/// What recording a visit did to the household's rectification items, so
/// the CLI can print the visit's id, what it opened and what to do next.
public struct VisitOutcome: Sendable, Hashable {
    public var visitID: Int64
    /// Items this visit opened (failed checks first, in checklist order, then follow-ups).
    public var opened: [Rectification]
    /// Items already open for an item this visit found `notMet` again: not
    /// opened a second time ("already open: #ID").
    public var alreadyOpen: [Rectification]
    /// Open items whose checklist item this visit found `met`. Closing needs
    /// a resolution, so they stay open; the CLI can suggest `followup close`.
    public var mayBeReadyToClose: [Rectification]
    /// Closed items whose checklist item this visit found `met`: the fix is
    /// confirmed on the spot and the item is marked verified.
    public var verified: [Rectification] = []

    public init(visitID: Int64, opened: [Rectification] = [], alreadyOpen: [Rectification] = [],
                mayBeReadyToClose: [Rectification] = []) {
        self.visitID = visitID
        self.opened = opened
        self.alreadyOpen = alreadyOpen
        self.mayBeReadyToClose = mayBeReadyToClose
    }
}
