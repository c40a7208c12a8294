// swift-tools-version:6.0
// Terpadu: the PMI protection cycle, from village job fair to reintegration, on a terminal.
import PackageDescription

let package = Package(
    name: "Terpadu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "terpadu", targets: ["terpadu"]),
        .executable(name: "terpadu-bench", targets: ["terpadu-bench"]),
        .library(name: "TerpaduCore", targets: ["TerpaduCore"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The domain: pure Swift, no I/O, imports nothing of ours.
        .target(name: "TerpaduCore"),
        // The data directory: journal, snapshots, locking, change feed, backup, doctor.
        .target(
            name: "TerpaduStore",
            dependencies: ["TerpaduCore", "CCRC32C", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // What the command line and the screens read and write: apply lines, CSV import and export,
        // reports, refusal wording, the seeds folder.
        .target(
            name: "TerpaduFormats",
            dependencies: ["TerpaduCore", "TerpaduStore", .product(name: "CSV", package: "CSV.swift")]
        ),
        // C the app sees: ncursesw through a shim header, and the CPU's CRC-32C instruction.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CCRC32C"),
        // A terminal toolkit that knows nothing of workers.
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesw", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The screens: the desk's state, update, view and strings, and the owner of the store.
        .target(name: "TerpaduApp", dependencies: ["TerpaduCore", "TerpaduStore", "TerpaduFormats", "TerminalUI"]),
        .executableTarget(
            name: "terpadu",
            dependencies: [
                "TerpaduCore", "TerpaduStore", "TerpaduFormats", "TerpaduApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "terpadu-bench",
            dependencies: ["TerpaduCore", "TerpaduStore", "TerpaduFormats", "TerminalUI", "CNcursesw"]
        ),
        // A small program that exercises TerminalUI for the tmux end-to-end tests.
        .executableTarget(name: "terminalui-demo", dependencies: ["TerminalUI"]),
        .testTarget(name: "TerpaduCoreTests", dependencies: ["TerpaduCore"]),
        // Fixtures the test targets share (temporary directories, stores, child processes).
        .target(name: "TerpaduTestSupport", dependencies: ["TerpaduCore", "TerpaduStore", "TerpaduFormats"]),
        // GRDB: tests that hold SQLite's locks or make a commit fail from another connection.
        .testTarget(
            name: "TerpaduStoreTests",
            dependencies: ["TerpaduStore", "TerpaduCore", "TerpaduTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "TerpaduFormatsTests",
            dependencies: ["TerpaduFormats", "TerpaduStore", "TerpaduCore", "TerpaduTestSupport",
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        // Drives a program in a private tmux server, for the end-to-end tests.
        .target(name: "TmuxTesting", path: "Sources/TmuxTesting"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TmuxTesting"]),
        .testTarget(
            name: "TerpaduAppTests",
            dependencies: ["TerpaduApp", "TerminalUI", "TerpaduCore", "TerpaduStore", "TerpaduTestSupport", "TmuxTesting"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
