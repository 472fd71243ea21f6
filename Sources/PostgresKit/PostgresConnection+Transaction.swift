#if canImport(Glibc)
import Glibc
#endif

extension PostgresConnection {
    /// Runs `body` in one SERIALIZABLE transaction: commits when it returns,
    /// rolls back when it throws, and rethrows the first error.
    ///
    /// SERIALIZABLE because many cadres write one county at once: the server
    /// then guarantees the outcome of some one-at-a-time order, or ends a
    /// transaction with SQLSTATE 40001 (which `retryingSerializable` runs again)
    /// instead of letting an update be lost.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "Nested transaction: use one transaction per unit of work")
        try execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // A failed COMMIT has already ended the transaction.
            if isInTransaction {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    /// Runs `body` in a SERIALIZABLE transaction, and again from the start
    /// when the server ends it with a serialization failure (40001) or a
    /// deadlock (40P01), at most `maxAttempts` times in all; then the last
    /// such error is thrown. Any other error is thrown at once.
    ///
    /// `body` may run more than once, so it must not act outside the
    /// database (print, write files) before the transaction commits.
    /// Between attempts it waits a few random milliseconds, growing with
    /// each attempt, so that colliding writers do not collide again in step.
    public func retryingSerializable<T>(maxAttempts: Int = 5, _ body: () throws -> T) throws -> T {
        precondition(maxAttempts >= 1, "maxAttempts must be at least 1")
        var attempt = 1
        while true {
            do {
                return try transaction(body)
            } catch let error as PostgresError where error.isRetryable && attempt < maxAttempts {
                let ceiling = UInt32(min(2 << attempt, 64))
                usleep(1_000 * UInt32.random(in: 1...ceiling))
                attempt += 1
            }
        }
    }
}
