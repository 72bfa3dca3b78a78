// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "asean-russia-archive",
    products: [
        .executable(name: "importer", targets: ["importer"]),
        .executable(name: "server", targets: ["server"]),
        .executable(name: "extraction-eval", targets: ["extraction-eval"]),
    ],
    targets: [
        // System libraries, linked the way GRDB does.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Build tool that turns Migrations/*.sql into Swift source, so binaries carry their schema.
        .executableTarget(name: "embed-migrations"),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["embed-migrations"]),

        // Libraries. Dependencies point one way; [pure] modules do no I/O.
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "Extraction"),                                        // [pure]
        .target(name: "Store", dependencies: ["SQLite", "Extraction"], plugins: ["EmbedMigrations"]),
        .target(name: "Ingestion", dependencies: ["Store", "Extraction"]),
        .target(name: "HTTP1"),                                             // [pure]
        .target(name: "HTTPServer", dependencies: ["HTTP1", "CLinuxIO"]),
        .target(name: "API", dependencies: ["HTTP1", "Store", "CZlib"]),

        // Executables: parse options, wire modules, run.
        .executableTarget(name: "importer", dependencies: ["Ingestion", "CLinuxIO"]),
        .executableTarget(name: "server", dependencies: ["API", "HTTPServer", "Ingestion"]),
        .executableTarget(name: "extraction-eval", dependencies: ["Extraction"]),

        // Helpers shared by the test targets (temporary directories).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StoreTests", dependencies: ["TestSupport", "Store"]),
        .testTarget(name: "IngestionTests", dependencies: ["TestSupport", "Ingestion"]),
        .testTarget(name: "HTTP1Tests", dependencies: ["HTTP1"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"]),
        .testTarget(name: "APITests", dependencies: ["TestSupport", "API", "HTTPServer", "Ingestion"]),

        // HTTP engine: Linux calls Glibc does not import (epoll, eventfd, accept4), and the benchmark's server.
        .systemLibrary(name: "CLinuxIO", path: "Sources/CLinuxIO"),
        .executableTarget(name: "http-bench-target", dependencies: ["HTTPServer"], path: "benchmarks/http/Sources/http-bench-target"),
    ],
    swiftLanguageModes: [.v6]
)
