import Foundation
import PostgresKit
import XCTest

/// A test against the shared throwaway cluster, with a fresh schema of its
/// own (named after the process, so a trap-probe child never touches its
/// parent's) that every connection it opens searches first.
open class PostgresTestCase: XCTestCase {
    public var cluster: TestCluster!
    public let schema = "test_\(getpid())"

    override open func setUpWithError() throws {
        cluster = try TestCluster.shared()
        let admin = try PostgresConnection(cluster.adminConninfo)
        try admin.execute("""
            DROP SCHEMA IF EXISTS \(schema) CASCADE;
            CREATE SCHEMA \(schema);
            GRANT ALL ON SCHEMA \(schema) TO PUBLIC;
            """)
    }

    override open func tearDownWithError() throws {
        guard let cluster else { return }
        try PostgresConnection(cluster.adminConninfo).execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
    }

    /// The superuser's connection through the socket, searching the test's schema.
    public func connect() throws -> PostgresConnection {
        try PostgresConnection(cluster.adminConninfo + " options='-c search_path=\(schema)'")
    }

    /// One value of a query on the test's schema, as the superuser: for a
    /// test that looks at what a command wrote without importing PostgresKit
    /// (the CLI's tests, which LayerTests keep away from it).
    public func scalarInt(_ sql: String) throws -> Int? { try connect().scalarInt(sql) }
    public func scalarText(_ sql: String) throws -> String? { try connect().scalarText(sql) }

    /// The first column of every row of a query, as text (NULL as "").
    public func texts(_ sql: String) throws -> [String] {
        try connect().query(sql).map { $0[0].string ?? "" }
    }

    /// A URI for the cadre role over TCP, with `password` percent-encoded.
    public func cadreURI(password: String = TestCluster.cadrePassword) -> String {
        "postgresql://\(TestCluster.cadre):\(percentEncoded(password))@127.0.0.1:\(cluster.port)/postgres"
    }

    private func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
