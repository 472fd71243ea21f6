import Bilingual

/// One line of the audit trail: who changed which row, when, from what to what.
public struct AuditEntry: Sendable {
    public let id: Int64
    /// UTC timestamp, ISO 8601 with milliseconds.
    public let at: String
    public let operatorName: String
    /// insert, update, delete or reveal.
    public let action: String
    public let table: String
    public let rowID: Int64
    public let householdID: Int64?
    /// "赵丁先 (焦庄村)" when the row belongs to a household that still exists.
    public let householdLabel: LocalizedText?
    /// Column values before the change (update, delete), in column order.
    public let oldValues: [(column: String, value: StoredValue)]
    /// Column values after the change (insert, update, reveal).
    public let newValues: [(column: String, value: StoredValue)]

    /// The columns an update changed, with both values.
    public var changes: [(column: String, old: StoredValue, new: StoredValue)] {
        let old = Dictionary(oldValues.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
        return newValues.compactMap { column, value in
            let before = old[column] ?? .null
            return before == value ? nil : (column, before, value)
        }
    }

    package init(
        id: Int64,
        at: String,
        operatorName: String,
        action: String,
        table: String,
        rowID: Int64,
        householdID: Int64?,
        householdLabel: LocalizedText?,
        oldValues: [(column: String, value: StoredValue)],
        newValues: [(column: String, value: StoredValue)]
    ) {
        self.id = id
        self.at = at
        self.operatorName = operatorName
        self.action = action
        self.table = table
        self.rowID = rowID
        self.householdID = householdID
        self.householdLabel = householdLabel
        self.oldValues = oldValues
        self.newValues = newValues
    }
}

/// Which audit entries `tracker log` shows.
public struct AuditFilter: Sendable {
    public var householdID: Int64?
    /// Entries stored at or after this UTC time, in the stored form
    /// (`2020-03-23T16:00:00.000Z`); the caller turns a day on its own
    /// clock into that instant, since only it knows the user's zone.
    public var since: String?
    public var operatorName: String?
    /// At most this many, newest first; nil for all.
    public var limit: Int?

    public init(householdID: Int64? = nil, since: String? = nil, operatorName: String? = nil, limit: Int? = nil) {
        self.householdID = householdID
        self.since = since
        // Operators are stored canonical (TextRules), so the filter is too.
        self.operatorName = operatorName.map(TextRules.canonical)
        self.limit = limit
    }
}
