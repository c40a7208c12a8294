@testable import TerpaduCore

/// Small generated data sets for tests that need a populated state (never national scale here).
enum GeneratedSets {
    static let endDay = Fixture.day(2026, 11, 27)

    /// A state built by the generator through `execute`, and every event it produced.
    static func build(workers: Int, seed: UInt64 = 11, reference: ReferenceData = Fixture.reference)
        -> (state: TerpaduState, events: [Event], report: DatasetGenerator.Report) {
        var state = TerpaduState()
        var events: [Event] = []
        let load = CommandContext(operatorName: "seed", timeMillis: Fixture.millis(endDay.adding(days: -900)))
        if case .success(let e) = state.execute(.loadReference(reference), context: load) { events += e }
        var options = DatasetGenerator.Options.demo(endDay: endDay)
        options.workers = workers
        options.seed = seed
        options.duplicateEvery = 40
        var generator = DatasetGenerator(reference: reference, options: options)
        let report = generator.run { command, context in
            let result = state.execute(command, context: context)
            if case .success(let e) = result { events += e }
            return result
        }
        return (state, events, report)
    }
}
