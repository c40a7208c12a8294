import ArgumentParser

/// `terpadu seed demo|synthetic`: build a new data directory from the core's generator.
struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a new data directory with generated data.",
        subcommands: [SeedDemo.self, SeedSynthetic.self]
    )
}
