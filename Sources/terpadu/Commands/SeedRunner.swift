import ArgumentParser
import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// The shared part of the seed commands: refuse a directory that holds events, generate, report.
struct SeedRunner {
    let global: GlobalOptions

    func run(label: String, options: (Day) -> DatasetGenerator.Options) throws {
        let resolved = Resolved(global: global)
        try resolved.requireWriter("seed a data directory")
        let path = try resolved.dataPath()
        let existed = Resolved.hasJournal(path)
        if existed {
            complain("the data directory \(path) already holds a journal; seed into a new directory (pass --data NEWDIR)")
            throw Exit.unusable
        }
        let seeds = try resolved.seedsURL()
        // Generated sets place P to P workers through the demo table of licensed agencies, which only
        // the seed commands load (a new directory starts with none).
        let reference: ReferenceData
        do { reference = try ReferenceSeeds.loadDemo(from: seeds) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        let directory = try resolved.directory(create: true)
        let operatorName = try resolved.operatorName()
        // Yesterday: the generator spreads a day over office hours, and no event may lie in the future.
        let today = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds()).adding(days: -1)
        let opts = options(today)
        let bar = ProgressBar(label: label)
        let started = Date()
        do {
            let (store, report) = try Store.seed(directory: directory, operator: operatorName, reference: reference,
                                                 options: opts, progress: { p in
                bar.update(done: p.workers, total: p.targetWorkers, detail: "\(p.events) events")
            })
            bar.finish()
            let elapsed = Date().timeIntervalSince(started)
            let stages = store.withState { $0.stageCounts() }
            store.close()
            say("Seeded \(directory.path): \(report.workers) workers, \(report.events) events in "
                + String(format: "%.1f", elapsed) + " s (\(report.generator.refused) generated commands refused by the rules)")
            say("Stages: preparation \(stages.preparation), prePlacement \(stages.prePlacement), placement \(stages.placement), "
                + "postPlacement \(stages.postPlacement), exited \(stages.exited)")
            if case .written(let info, _, _)? = report.snapshot { say("Snapshot: \(info.fileName)") }
        } catch {
            bar.finish()
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: directory.journalPath + suffix) }
            }
            complain("seed failed: \(error)")
            throw Exit.unusable
        }
    }
}
