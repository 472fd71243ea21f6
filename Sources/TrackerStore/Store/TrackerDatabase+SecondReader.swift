internal import SQLiteKit
import TrackerDomain

extension TrackerDatabase {
    /// `body` as work for another thread (`Platform.alongside`): it runs in
    /// one read transaction of a second, read-only connection to the same
    /// file, with the functions the stores' reads use, while this
    /// database's connection does other reads. Nil when there is no file to
    /// open twice (the caller then reads on its own connection).
    ///
    /// The two connections read two snapshots. A caller that combines their
    /// results checks that they show the same records (`sameRecords`).
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
            } catch let error as TrackerError {
                throw error
            } catch let error as SQLiteError {
                throw TrackerError.database(error, path: path)
            } catch {
                throw TrackerError.io(path: path, reason: "\(error)")
            }
        }
    }

    /// Whether `connection` reads the same records as a snapshot whose audit
    /// chain head was `head`: every table tracker writes is audited, so a
    /// change committed between two snapshots moves the head.
    static func sameRecords(_ connection: Connection, as head: AuditChainHead?) throws -> Bool {
        try AuditChainStore.head(in: connection) == head
    }
}
