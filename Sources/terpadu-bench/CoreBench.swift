import Foundation
import TerpaduCore

/// The core on a generated national-scale set: apply rate, memory per worker, recount, lookups.
func runCoreBench(arguments: [String]) {
    let workers = option("--workers", in: arguments).flatMap { Int($0) } ?? 1_000_000
    let seed = option("--seed", in: arguments).flatMap { UInt64($0) } ?? 1
    let reference = loadReference()
    let end = Day(year: 2026, month: 11, day: 27) ?? Day(number: 20_784)
    let calendar = OfficeCalendar.jakarta
    let loadTime = calendar.startMillis(of: end.adding(days: -1200))

    // 1. Generate: every command validated and applied, events kept for the replay below.
    var built = TerpaduState()
    var events: [Event] = []
    events.reserveCapacity(workers * 7)
    _ = built.execute(.loadReference(reference), context: CommandContext(operatorName: "bench", timeMillis: loadTime))
        .map { events.append(contentsOf: $0) }
    var generator = DatasetGenerator(reference: reference, options: .synthetic(workers: workers, seed: seed, endDay: end))
    let g0 = now()
    let report = generator.run { command, context in
        let result = built.execute(command, context: context)
        if case .success(let produced) = result { events.append(contentsOf: produced) }
        return result
    }
    let generateSeconds = now() - g0

    // 2. Replay into an empty state: the apply rate (best of 3, as another process may share the
    // cores), and the memory the state takes.
    let rssBefore = residentBytes()
    var state = TerpaduState()
    let a0 = now()
    for e in events { state.apply(e) }
    var applySeconds = now() - a0
    let rssAfter = residentBytes()
    for _ in 0..<2 {
        var trial = TerpaduState()
        let t0 = now()
        for e in events { trial.apply(e) }
        applySeconds = min(applySeconds, now() - t0)
    }
    let perWorkerRSS = Double(rssAfter - rssBefore) / Double(max(1, state.workerCount))
    let perWorkerHeld = Double(state.approximateBytes) / Double(max(1, state.workerCount))
    let countersMatch = state.counters == built.counters
    built = TerpaduState()  // release the first copy before timing queries

    // 3. Queries.
    var recounted = state.counters
    let recountSeconds = medianTime(runs: 5) { recounted = state.recount() }
    let recountMatches = recounted == state.counters
    var rng = SeededRandom(seed: 7)
    let someIDs = (0..<200).map { _ in RecordID(.worker, 1 + rng.below(state.workerCount)) }
    let prefixes = someIDs.compactMap { state.revealedNIK($0)?.description.prefix(10) }.map(String.init)
    var found = 0
    let nikSeconds = medianTime(runs: 200) {
        found += state.queryWorkers(WorkerFilter(nikPrefix: prefixes[rng.below(prefixes.count)]))?.count ?? 0
    }
    var nameHits = 0
    let nameSeconds = medianTime(runs: 5) { nameHits = state.queryWorkers(WorkerFilter(name: "wati"))?.count ?? 0 }
    let accentHits = state.queryWorkers(WorkerFilter(name: "SALEH"))?.count ?? 0
    var sorted = WorkerResultSet(rows: [])
    let sortSeconds = medianTime(runs: 3) {
        sorted = state.queryWorkers(WorkerFilter(stage: .prePlacement), sort: .name) ?? WorkerResultSet(rows: [])
    }
    var shown = 0
    let pageSeconds = medianTime(runs: 200) {
        let offset = rng.below(max(1, sorted.count - 50))
        for r in sorted.page(offset: offset, count: 50) { if let s = state.summary(row: r) { shown += s.name.utf8.count } }
    }
    // Education, literacy and health-insurance figures: the store keeps them in the journal's meta
    // on every append, so their cost is paid by every write.
    var reached = 0
    let cycleSeconds = medianTime(runs: 5) { reached += state.cycleFigures(today: end).healthCovered.count }
    var bytes: [UInt8] = []
    let encodeSeconds = medianTime(runs: 3) { bytes = SnapshotCodec.encode(state) }
    var decodedWorkers = 0
    let decodeSeconds = medianTime(runs: 3) {
        decodedWorkers = bytes.withUnsafeBytes { (try? SnapshotCodec.decode($0))?.workerCount ?? -1 }
    }

    let stages = state.stageCounts()
    print("cycle figures (kept in meta by every append): \(String(format: "%.1f", cycleSeconds * 1000)) ms, \(reached / 5) covered")
    print("terpadu-bench core — \(workers) workers, seed \(seed), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print("generated \(report.commands) commands → \(events.count) events (\(String(format: "%.2f", Double(events.count) / Double(max(1, workers)))) per worker), \(report.refused) refused, in \(String(format: "%.1f", generateSeconds)) s")
    if !report.refusals.isEmpty { print("refusals: \(report.refusals.sorted { $0.value > $1.value }.prefix(5))") }
    print("stages: preparation \(stages.preparation), prePlacement \(stages.prePlacement), placement \(stages.placement), postPlacement \(stages.postPlacement), exited \(stages.exited)")
    print("")
    row("measure", "figure", "target", nil)
    let rate = Double(events.count) / applySeconds
    row("events applied per second (best of 3)", String(format: "%.0f /s", rate), "≥ 1,000,000 /s", rate >= 1_000_000)
    row("resident bytes per worker (RSS growth)", String(format: "%.0f B", perWorkerRSS), "≤ 400 B", perWorkerRSS <= 400)
    row("bytes per worker held by the state", String(format: "%.0f B", perWorkerHeld), "≤ 400 B", perWorkerHeld <= 400)
    row("recount()", ms(recountSeconds), "≤ 200 ms", recountSeconds <= 0.2)
    row("NIK-prefix lookup (10 digits)", ms(nikSeconds), "≤ 1 ms", nikSeconds <= 0.001)
    row("name substring \"wati\" (\(nameHits) hits)", ms(nameSeconds), "≤ 100 ms", nameSeconds <= 0.1)
    row("one sorted page of 50", ms(pageSeconds), "≤ 1 ms", pageSeconds <= 0.001)
    row("sort \(sorted.count) pre-placement rows by name", ms(sortSeconds), "(off the UI thread)", nil)
    row("snapshot encode (\(bytes.count / 1_000_000) MB)", ms(encodeSeconds), "", nil)
    row("snapshot decode + rebuild indexes", ms(decodeSeconds), "", nil)
    print("")
    print("checks: live counters equal a fresh build's: \(countersMatch); recount equals live: \(recountMatches); decoded \(decodedWorkers) workers; accent-folded \"SALEH\" finds \(accentHits); \(found + shown > 0 ? "lookups returned rows" : "lookups returned nothing")")
}
