/// What the audit trail says about each row of one audited table, in eight
/// bytes a row, while `tracker check` replays the trail (issue 20).
///
/// For each row only the entry that wrote it last is kept; the values are
/// not. Instead every link between two states of a row adds a term to
/// `balance`: the entry that writes a state adds H(row, entry, values) and
/// whatever consumes that state, the next entry's old values or the
/// table's current row, takes away H(row, that same entry, what it saw).
/// When every state is consumed exactly as it was left the balance is
/// zero; an edit made outside the trail leaves it nonzero (the row's
/// entry number is in the term, so two unrecorded edits cannot cancel out
/// by reordering). H is the process's randomly seeded hasher, so values
/// cannot be chosen to cancel either. A nonzero balance sends the table
/// through the exact replay, which names the row.
struct AuditRowLedger {
    /// By row id, for ids up to the table's largest when the table is dense:
    /// 0 the trail does not hold the row (or the table's row was already
    /// compared), > 0 the row exists and that entry wrote it last, < 0 the
    /// entry that deleted it.
    private var dense: [Int64]
    /// Rows outside `dense`: ids beyond it, or every row of a sparse table.
    private var sparse: [Int64: Int64] = [:]
    /// The sum of the terms, wrapping.
    private(set) var balance: UInt64 = 0
    /// Whether any entry touched the table.
    private(set) var recorded = false

    /// `largestRow` and `rows` from the table as it is now: dense storage
    /// when most ids up to the largest are used.
    init(largestRow: Int64, rows: Int) {
        let dense = largestRow >= 0 && largestRow < 2 * Int64(rows) + 4096
        self.dense = [Int64](repeating: 0, count: dense ? Int(largestRow) + 1 : 0)
    }

    subscript(row: Int64) -> Int64 {
        get { row >= 0 && row < Int64(dense.count) ? dense[Int(row)] : sparse[row] ?? 0 }
        set {
            if row >= 0 && row < Int64(dense.count) {
                dense[Int(row)] = newValue
            } else {
                sparse[row] = newValue == 0 ? nil : newValue
            }
        }
    }

    mutating func add(_ term: UInt64) { balance &+= term }
    mutating func remove(_ term: UInt64) { balance &-= term }
    mutating func markRecorded() { recorded = true }

    /// Rows the trail says exist that the table pass did not clear, by id: (row, entry that wrote it).
    func liveRows(limit: Int) -> (rows: [(row: Int64, entry: Int64)], count: Int) {
        var found: [(row: Int64, entry: Int64)] = []
        var count = 0
        for (row, entry) in dense.enumerated() where entry > 0 {
            count += 1
            if found.count < limit { found.append((Int64(row), entry)) }
        }
        let beyond = sparse.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        count += beyond.count
        for (row, entry) in beyond where found.count < limit { found.append((row, entry)) }
        return (found.sorted { $0.row < $1.row }, count)
    }

    /// H(row, entry, bytes): one term of the balance.
    static func term(row: Int64, entry: Int64, _ hashText: (inout Hasher) -> Void) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(row)
        hasher.combine(entry)
        hashText(&hasher)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
