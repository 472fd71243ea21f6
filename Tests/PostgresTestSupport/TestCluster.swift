import Foundation
import PostgresKit
import XCTest

/// A throwaway PostgreSQL 15 cluster for the tests (PostgresKitTests and
/// TrackerPostgresTests), started once per test
/// process and stopped and deleted when the test bundle finishes.
///
/// `initdb` makes it in a private folder under /tmp; the server listens on
/// a Unix socket in that folder (trusted: the harness's way in) and on
/// 127.0.0.1 at a free port (SCRAM passwords: the way a cadre's tracker
/// comes in). PostgreSQL refuses to run as root, so as root the binaries run
/// as the `postgres` user (`runuser`), which owns the folder. Durability is
/// off (fsync, full-page writes, autovacuum): it is thrown away anyway, and
/// the machine is shared.
///
/// Outside CI a machine without the server binaries skips these tests with
/// a message; under CI=true they fail, since `.ci/run` installs them.
public final class TestCluster: @unchecked Sendable {
    /// The folder holding data/, the socket and server.log.
    public let directory: String
    public let port: Int
    /// False in a trap-probe child, which borrows its parent's cluster.
    private let owned: Bool
    private let binaries: String

    /// A role that logs in over TCP with a password (and over the socket without).
    public static let cadre = "cadre"
    /// Percent-encoded in URIs: it holds characters a URI reserves.
    public static let cadrePassword = "s3cret:p@ss/word-陈集"

    /// The superuser, through the socket.
    public var adminConninfo: String { "host=\(directory) port=\(port) user=postgres dbname=postgres" }

    /// Set for a trap-probe child: "DIRECTORY|PORT" of the parent's cluster.
    public static let borrowVariable = "POSTGRESKIT_TEST_CLUSTER"
    public var borrowValue: String { "\(directory)|\(port)" }

    private init(directory: String, port: Int, owned: Bool, binaries: String) {
        self.directory = directory
        self.port = port
        self.owned = owned
        self.binaries = binaries
    }

    // MARK: One per test process

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: Result<TestCluster, any Error>?

    /// The process's cluster, started on first use; throws XCTSkip (or, under
    /// CI, a failure) when PostgreSQL is not installed.
    public static func shared() throws -> TestCluster {
        lock.lock()
        defer { lock.unlock() }
        if let started { return try started.get() }
        let result = Result { try start() }
        started = result
        if case .success = result {
            XCTestObservationCenter.shared.addTestObserver(StopAtEnd())
        }
        return try result.get()
    }

    private final class StopAtEnd: NSObject, XCTestObservation {
        func testBundleDidFinish(_ testBundle: Bundle) {
            TestCluster.lock.lock()
            defer { TestCluster.lock.unlock() }
            if case .success(let cluster) = TestCluster.started { cluster.stop() }
            TestCluster.started = nil
        }
    }

    // MARK: Starting and stopping

    private static func start() throws -> TestCluster {
        let binaries = try findBinaries()
        let environment = ProcessInfo.processInfo.environment
        if let borrowed = environment[borrowVariable], let bar = borrowed.lastIndex(of: "|"),
           let port = Int(borrowed[borrowed.index(after: bar)...]) {
            return TestCluster(directory: String(borrowed[..<bar]), port: port, owned: false, binaries: binaries)
        }
        let directory = try makeDirectory()
        do {
            let data = directory + "/data"
            try runAsServerUser(binaries + "/initdb", [
                "-D", data, "-U", "postgres", "-E", "UTF8", "--no-locale",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
            ])
            let cluster = try startServer(binaries: binaries, directory: directory)
            let admin = try PostgresConnection(cluster.adminConninfo)
            try admin.execute("CREATE ROLE \(cadre) LOGIN PASSWORD '\(cadrePassword)'")
            return cluster
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Starts the server on a free port, trying again on another if one is
    /// taken between choosing it and binding it.
    private static func startServer(binaries: String, directory: String) throws -> TestCluster {
        let data = directory + "/data"
        var lastError: (any Error)?
        for _ in 1...3 {
            let port = try freePort()
            let settings = """

                # Test cluster (PostgresKitTests): throwaway, so durability is off.
                listen_addresses = '127.0.0.1'
                port = \(port)
                unix_socket_directories = '\(directory)'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                autovacuum = off
                shared_buffers = 16MB
                max_connections = 30
                max_wal_senders = 0
                wal_level = minimal

                """
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: data + "/postgresql.conf"))
            handle.seekToEndOfFile()
            handle.write(Data(settings.utf8))
            try handle.close()
            do {
                try runAsServerUser(binaries + "/pg_ctl", ["-D", data, "-l", directory + "/server.log", "-w", "-t", "60", "-s", "start"])
                return TestCluster(directory: directory, port: port, owned: true, binaries: binaries)
            } catch {
                let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
                lastError = HarnessError(message: "\(error)\n\(log)")
                guard log.contains("could not bind") || log.contains("already in use") else { break }
            }
        }
        throw lastError ?? HarnessError(message: "could not start PostgreSQL")
    }

    /// Stops the server at once (nothing in it is kept) and deletes the folder.
    func stop() {
        guard owned else { return }
        _ = try? Self.runAsServerUser(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-s", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Helpers

    struct HarnessError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static func findBinaries() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["POSTGRES_BINDIR"], "/usr/lib/postgresql/15/bin"].compactMap { $0 }
        for directory in candidates where ["initdb", "pg_ctl", "postgres"].allSatisfy({
            FileManager.default.isExecutableFile(atPath: directory + "/" + $0)
        }) {
            if geteuid() == 0 && getpwnam("postgres") == nil { break }
            return directory
        }
        var message = "PostgreSQL 15 server not found in \(candidates.joined(separator: ", ")); install postgresql"
        if geteuid() == 0 { message += " (as root, its postgres user runs the server)" }
        // A plain error fails the test; only outside CI may it be skipped.
        if environment["CI"] == "true" { throw HarnessError(message: message + " (CI must run these tests; .ci/run installs it)") }
        throw XCTSkip(message)
    }

    /// A new private folder under /tmp (short: a socket path must fit in
    /// 107 bytes), owned by the user the server runs as.
    private static func makeDirectory() throws -> String {
        var template = Array("/tmp/pgkit-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError(message: "mkdtemp failed: errno \(errno)") }
        let directory = String(cString: made)
        if geteuid() == 0, let user = getpwnam("postgres") {
            guard chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw HarnessError(message: "chown \(directory) failed: errno \(errno)")
            }
        }
        return directory
    }

    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    private static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw HarnessError(message: "socket failed: errno \(errno)") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socketFD, generic, length) == 0 && getsockname(socketFD, generic, &length) == 0
            }
        }
        guard bound else { throw HarnessError(message: "bind to a free port failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a server binary, as `postgres` when we are root; throws its output on failure.
    ///
    /// posix_spawn and waitpid, not Foundation's Process: Process learns that
    /// its child ended when a socket it hands the child closes, and the
    /// server `pg_ctl start` leaves running inherits that socket, so Process
    /// would wait for the server to stop. Output goes to a file for the same
    /// reason (the server would hold a pipe open).
    @discardableResult
    private static func runAsServerUser(_ executable: String, _ arguments: [String]) throws -> String {
        let command = geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", executable] + arguments
            : [executable] + arguments
        // The server's own environment: no PG* variable of ours leaks in.
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }.map { "\($0.key)=\($0.value)" }
        let outputPath = "/tmp/pgkit-output-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer { unlink(outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw HarnessError(message: "could not run \(command[0]): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with code 0 (WIFEXITED and WEXITSTATUS, macros Swift does not import).
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw HarnessError(message: "\(command.joined(separator: " ")) failed (status \(status)):\n\(text)")
        }
        return text
    }
}
