/// One dated fact of a household: what held from `validFrom` on, until a
/// fact of the same kind with a later start.
public struct HouseholdFact: Sendable, Hashable {
    public var id: Int64
    public var kind: HouseholdFactKind
    /// nil: since the household's record began.
    public var validFrom: CalendarDate?
    /// When it was written down (UTC timestamp), which may be long after `validFrom`.
    public var recordedAt: String
    public var status: HouseholdStatus?
    public var liftedYear: Int?
    public var monitoringKind: MonitoringKind?
    public var attribute: HouseholdAttribute?
    public var place: PlacePath?
    /// nil on a size fact: not given, counted from the members.
    public var size: Int?
    public var headName: String?

    public init(id: Int64, kind: HouseholdFactKind, validFrom: CalendarDate?, recordedAt: String) {
        self.id = id
        self.kind = kind
        self.validFrom = validFrom
        self.recordedAt = recordedAt
    }
}

/// What `household edit` did: the household as it stands today, and the
/// closed months whose reports now come out differently.
public struct HouseholdEditOutcome: Sendable {
    public var household: Household
    /// The dated facts the edit recorded.
    public var recorded: [HouseholdFactKind]
    /// Months before the current one whose report reads one of the new facts.
    public var changedReports: [YearMonth]
    /// Kinds for which a later fact still decides today's value.
    public var supersededToday: [HouseholdFactKind]

    package init(
        household: Household,
        recorded: [HouseholdFactKind],
        changedReports: [YearMonth],
        supersededToday: [HouseholdFactKind]
    ) {
        self.household = household
        self.recorded = recorded
        self.changedReports = changedReports
        self.supersededToday = supersededToday
    }
}
