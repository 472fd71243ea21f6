/// Which visits `visit list` shows; nil fields do not narrow.
public struct VisitFilter: Sendable, Hashable {
    public var householdID: Int64?
    /// Visits this official went on, as lead or not.
    public var officialID: Int64?
    public var month: YearMonth?

    public init(householdID: Int64? = nil, officialID: Int64? = nil, month: YearMonth? = nil) {
        self.householdID = householdID
        self.officialID = officialID
        self.month = month
    }
}
