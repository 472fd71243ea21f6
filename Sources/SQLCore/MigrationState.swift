/// A migration as the database recorded it.
public struct AppliedMigration: Sendable, Hashable {
    public let name: String
    public let checksum: String
    public let appliedAt: String

    public init(name: String, checksum: String, appliedAt: String) {
        self.name = name
        self.checksum = checksum
        self.appliedAt = appliedAt
    }
}

/// Why a database must not be touched by this binary: the same two
/// refusals on every store.
public enum MigrationRefusal: Sendable, Equatable {
    /// The database has applied migrations this binary does not know: it was
    /// written by a newer version of the program.
    case unknownApplied(names: [String])
    /// An applied migration's text differs from the one this binary carries.
    case edited(name: String)
}

/// The comparison of a database's history with this binary's migrations.
public struct MigrationState: Sendable {
    public let applied: [AppliedMigration]
    public let pending: [Migration]
    public let unknown: [String]
    public let edited: [String]

    public init(applied: [AppliedMigration], pending: [Migration], unknown: [String], edited: [String]) {
        self.applied = applied
        self.pending = pending
        self.unknown = unknown
        self.edited = edited
    }

    /// Compares what a database recorded with the migrations this binary carries.
    public init(applied: [AppliedMigration], migrations: [Migration]) {
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.name, $0) })
        let unknown = applied.filter { known[$0.name] == nil }.map(\.name)
        let edited = applied.compactMap { record -> String? in
            guard let migration = known[record.name], migration.checksum != record.checksum else { return nil }
            return migration.name
        }
        let appliedNames = Set(applied.map(\.name))
        let pending = migrations.filter { !appliedNames.contains($0.name) }
        self.init(applied: applied, pending: pending, unknown: unknown, edited: edited)
    }

    /// Why this binary must leave the database alone, or nil when it may
    /// read it and apply what is pending. An unknown step wins: a newer
    /// binary's database is named as such before any edit is.
    public var refusal: MigrationRefusal? {
        if !unknown.isEmpty { return .unknownApplied(names: unknown) }
        if let name = edited.first { return .edited(name: name) }
        return nil
    }

    /// The number of the newest applied step (0 for an empty database).
    public var version: Int {
        applied.compactMap { Migration.number(of: $0.name) }.max() ?? 0
    }
}
