import ArgumentParser
import TerpaduCore

/// `terpadu seed demo`: about 2,000 workers over the last 60 weeks, filling every screen.
struct SeedDemo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Build a demo data directory.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try SeedRunner(global: global).run(label: "seeding demo") { DatasetGenerator.Options.demo(endDay: $0) }
    }
}
