import ArgumentParser
import TerpaduCore

/// `terpadu seed synthetic --workers N --seed S`: a national-scale data set.
struct SeedSynthetic: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "synthetic",
                                                    abstract: "Build a national-scale synthetic data directory.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many workers to generate.")
    var workers: Int = 100_000

    @Option(help: "Seed of the generator (the same seed gives the same data).")
    var seed: UInt64 = 1

    func validate() throws {
        guard workers >= 1 && workers <= 20_000_000 else {
            throw ValidationError("--workers must be between 1 and 20000000 (got \(workers))")
        }
    }

    func run() throws {
        let n = workers, s = seed
        try SeedRunner(global: global).run(label: "seeding") { DatasetGenerator.Options.synthetic(workers: n, seed: s, endDay: $0) }
    }
}
