internal import SQLiteKit
import TrackerDomain

extension TrackerDatabase {
    /// `body` as work for another thread (`Platform.alongside`): it runs in
    /// one read transaction of a second, read-only connection to the same
    /// file, with the functions the stores' reads use, while this
    /// database's connection does other reads. Nil when there is no file to
    /// open twice (the caller then reads on its own connection).
    ///
    /// The two connections read two snapshots: a caller that combines their
    /// results uses `readAlongside(sameRecordsAs:_:)`.
    func readAlongside<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T)
        -> (@Sendable () throws(TrackerError) -> T)?
    {
        guard let options = secondReaderOptions else { return nil }
        let path = self.path
        return { () throws(TrackerError) -> T in
            do {
                let connection = try Connection(path: path, options: options)
                try connection.defineSortKey("sort_key", ChineseSortKey.key)
                return try connection.transaction(.deferred) { try body(connection) }
            } catch {
                throw Self.wrap(error, path: path)
            }
        }
    }

    /// As `readAlongside(_:)`, for results combined with reads of a snapshot
    /// whose audit chain head was `head`: the work yields nil when there is
    /// no file to open twice, or when the second connection sees another
    /// head (every table tracker writes is audited, so a change committed
    /// between the two snapshots moves it); the caller then reads on its
    /// own connection.
    func readAlongside<T: Sendable>(sameRecordsAs head: AuditChainHead?,
                                    _ body: @escaping @Sendable (Connection) throws -> T)
        -> @Sendable () throws(TrackerError) -> T?
    {
        readAlongside { connection -> T? in
            guard try AuditChainStore.head(in: connection) == head else { return nil }
            return try body(connection)
        } ?? { nil }
    }
}
