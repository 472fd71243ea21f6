// swift-tools-version:6.0
// tracker: a case tracker for poverty-alleviation household visits.
// No package dependencies by design: SQLite comes from the system, the rest we write.
import PackageDescription

let package = Package(
    name: "tracker",
    products: [
        .executable(name: "tracker", targets: ["tracker"]),
        .library(name: "TrackerDomain", targets: ["TrackerDomain"]),
        .library(name: "TrackerStore", targets: ["TrackerStore"]),
    ],
    targets: [
        // The system SQLite, reached through a module map and a small C shim.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // What both SQL kits share and neither needs C for: SHA-256 and the
        // migration bookkeeping (checksums, the refusals of an edited or
        // unknown step), so the two stores refuse alike.
        .target(name: "SQLCore", dependencies: ["CLibCrypto"]),
        // The system's SHA-256 (OpenSSL's libcrypto, which libpq5 brings), for
        // the work that hashes whole audit trails; opened on request, not linked.
        .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto"),
        // The only module that imports CSQLite.
        .target(name: "SQLiteKit", dependencies: ["CSQLite", "SQLCore"]),
        // The system libpq, the PostgreSQL client library (issue 16), reached
        // the same way: a module map, a small C shim, no package dependency.
        // Not linked: the shim opens it on the first connection, so tracker's
        // start on an SQLite file does not load it and the libraries it needs.
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        // The only module that imports CLibPQ: connections, :name parameters,
        // typed rows, SQLSTATE errors and serializable transactions.
        .target(name: "PostgresKit", dependencies: ["CLibPQ", "SQLCore"]),
        // The system zlib (deflate, inflate, CRC-32), for ZIP containers.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["libz-dev"])]
        ),
        // ZIP archives written and read in memory, with limits against zip bombs.
        .target(name: "ZipKit", dependencies: ["CZlib"]),
        // Excel workbooks (.xlsx): typed sheets written, rows read; XML by hand.
        .target(name: "XLSXKit", dependencies: ["ZipKit"]),

        // Migrations/*.sql embedded into the binary at build time, so a copied
        // binary needs no files beside it. The anchor .swift file keeps SwiftPM
        // from dropping a target that would otherwise have no sources.
        // Computes each migration's checksum at build time with SQLCore's SHA-256,
        // so opening a database does not hash every migration's text again.
        .executableTarget(name: "MigrationEmbedder", dependencies: ["SQLCore"], path: "Sources/MigrationEmbedder"),
        .plugin(
            name: "EmbedMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"],
            path: "Sources/EmbedMigrationsPlugin"
        ),
        .target(
            name: "TrackerMigrations",
            path: "Migrations",
            // The SHA-256 of every shipped step, checked by a test, not built;
            // the PostgreSQL dialect is a target of its own (below).
            exclude: ["manifest.sha256", "postgresql"],
            plugins: ["EmbedMigrationsPlugin"]
        ),
        // The same steps in PostgreSQL's dialect (issue 16), embedded and
        // pinned the same way: Migrations/postgresql/0001_… beside Migrations/0001_….
        .target(
            name: "TrackerPostgresMigrations",
            path: "Migrations/postgresql",
            exclude: ["manifest.sha256"],
            plugins: ["EmbedMigrationsPlugin"]
        ),

        // RFC 4180 CSV reading and writing, plus text encodings (GB18030).
        .target(name: "CSVKit"),
        // Text in two languages and the choice between them; below both the
        // domain (errors, enum labels) and CLIKit (help), so both speak one type.
        .target(name: "Bilingual"),
        // Declarative command-line parsing, help generation and table rendering.
        .target(name: "CLIKit", dependencies: ["Bilingual"]),

        // The layers, each allowed to import only the ones listed (the compiler
        // enforces it): domain <- platform <- store <- command-line tool.
        // None of the three below prints or exits.
        //
        // The domain: values, rules, records and the bilingual error. No SQL, no files.
        .target(name: "TrackerDomain", dependencies: ["Bilingual", "CSVKit"]),
        // The file-system helpers the store and the CLI share (through the C library).
        .target(name: "Platform", dependencies: ["Bilingual", "TrackerDomain"]),
        // Everything that talks SQL: stores, seed, roster import, audit chain.
        // The only module outside SQLiteKit's tests that imports SQLiteKit
        // (and, the same way, PostgresKit).
        .target(name: "TrackerStore", dependencies: ["Bilingual", "TrackerDomain", "Platform", "SQLCore", "SQLiteKit", "TrackerMigrations", "PostgresKit", "TrackerPostgresMigrations", "CSVKit"]),

        // The command-line tool: domain values and store APIs, never SQL.
        // A release binary carries the Swift runtime inside (-static-stdlib):
        // no runtime libraries to find and bind at each start, so it starts
        // about as fast as sqlite3, and runs where no toolchain is installed.
        // SQLite and zlib stay the system's shared libraries.
        .executableTarget(
            name: "tracker",
            dependencies: ["Bilingual", "TrackerDomain", "TrackerStore", "Platform", "CLIKit", "CSVKit", "XLSXKit", "ZipKit"],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),

        // SplitMix64, the seeded random generator behind the fuzz tests, the
        // generated fixtures and the benchmark's county: neither a test nor a
        // benchmark, so both use it without depending on each other.
        .target(name: "SeededRNG"),

        // Benchmarks (issue 8): a seeded county generator that writes through
        // the stores, and the runner that times tracker against sqlite3.
        .target(
            name: "CountyGenerator",
            dependencies: ["TrackerDomain", "TrackerStore", "SeededRNG"],
            path: "Benchmarks/CountyGenerator"
        ),
        .executableTarget(
            name: "tracker-bench",
            dependencies: ["CountyGenerator", "TrackerDomain", "TrackerStore", "CSVKit", "tracker"],
            path: "Benchmarks/TrackerBench"
        ),

        // What the tests share and wrote two or three times before: temporary
        // folders, finding python3 and other judges on PATH, the database dump
        // that proves a failed command wrote nothing, and valid ID numbers.
        .target(name: "TestSupport", dependencies: ["TrackerDomain", "TrackerStore"], path: "Tests/TestSupport"),
        // One contract for both engines' connections (SQLCore.SQLConnection),
        // run by SQLiteKitTests and PostgresKitTests alike.
        .target(name: "SQLConnectionCases", dependencies: ["SQLCore"], path: "Tests/SQLConnectionCases"),
        .testTarget(name: "SQLiteKitTests", dependencies: ["SQLiteKit", "SQLCore", "SQLConnectionCases", "TestSupport"]),
        // The throwaway PostgreSQL 15 cluster the PostgreSQL tests start themselves.
        .target(name: "PostgresTestSupport", dependencies: ["PostgresKit"], path: "Tests/PostgresTestSupport"),
        .testTarget(name: "PostgresKitTests", dependencies: ["PostgresKit", "PostgresTestSupport", "SQLConnectionCases", "TestSupport"]),
        // The PostgreSQL migrations against the SQLite ones, on the real cluster.
        .testTarget(
            name: "TrackerPostgresTests",
            dependencies: ["PostgresKit", "SQLCore", "TrackerPostgresMigrations", "TrackerStore", "PostgresTestSupport", "TestSupport"]
        ),
        .testTarget(name: "CSVKitTests", dependencies: ["CSVKit", "SeededRNG", "TestSupport"]),
        .testTarget(name: "ZipKitTests", dependencies: ["ZipKit", "SeededRNG", "TestSupport"]),
        .testTarget(name: "XLSXKitTests", dependencies: ["XLSXKit", "ZipKit", "SeededRNG"]),
        .testTarget(name: "CLIKitTests", dependencies: ["Bilingual", "CLIKit", "SeededRNG", "TestSupport"]),
        .testTarget(name: "TrackerDomainTests", dependencies: ["Bilingual", "TrackerDomain", "TestSupport"]),
        // CountyGenerator, though a benchmark target, gives the month-at-a-glance
        // and audit-chain tests what no small fixture has: months of visits,
        // closings and corrections written through every store, as a county
        // makes them. A hand-written copy would be a second generator to keep.
        .testTarget(
            name: "TrackerStoreTests",
            dependencies: ["Bilingual", "TrackerDomain", "TrackerStore", "Platform", "SeededRNG", "TestSupport", "CountyGenerator", "SQLCore"]
        ),
        // The stores let CLI tests script visits directly; CSVKit reads reports back;
        // XLSXKit and ZipKit build the workbooks (good and damaged) that imports are fed;
        // CountyGenerator gives the report page a county worth drawing (as above).
        .testTarget(
            name: "TrackerCLITests",
            dependencies: [
                "tracker", "Bilingual", "TrackerDomain", "TrackerStore", "CSVKit", "XLSXKit", "ZipKit", "SeededRNG", "TestSupport",
                "CountyGenerator", "PostgresTestSupport",
            ],
            // Bad invocations and bad files, kept as data and read by path.
            exclude: ["Corpus"]
        ),
        // The benchmark's county generator, checked on a small county.
        .testTarget(name: "CountyGeneratorTests", dependencies: ["CountyGenerator", "TrackerDomain", "TrackerStore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
