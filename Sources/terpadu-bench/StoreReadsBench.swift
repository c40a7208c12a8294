import Foundation
import TerpaduCore
import TerpaduStore

/// A desk's reads while another process imports: a child appends in batches (holding SQLite's write
/// lock most of the time) while this process saves one command after another (its writer waits for
/// that lock) and a reader thread asks the state every millisecond and a record's history every
/// 10 ms, as a list and a detail screen would. Reported: read latency p50/p99/max, and the desk's
/// own command latency.
func runStoreReadsBench(arguments: [String]) {
    let workers = option("--workers", in: arguments).flatMap { Int($0) } ?? 100_000
    let imported = option("--import", in: arguments).flatMap { Int($0) } ?? 200_000
    let batch = option("--batch", in: arguments).flatMap { Int($0) } ?? 1_000
    let base = option("--dir", in: arguments) ?? "/tmp/terpadu-bench-reads"
    let today = OfficeCalendar.jakarta.day(atMillis: Int64(Date().timeIntervalSince1970 * 1000))
    try? FileManager.default.removeItem(atPath: base)
    let dirPath = base + "/data"
    guard let directory = try? DataDirectory(path: dirPath, create: true) else {
        print("cannot create \(dirPath)")
        exit(3)
    }
    do {
        let (store, _) = try Store.seed(directory: directory, operator: "bench", reference: loadReference(),
                                        options: .synthetic(workers: workers, seed: 1, endDay: today))
        store.close()
    } catch {
        print("seed failed: \(error)")
        exit(3)
    }
    sync()
    let desk: Store
    do { desk = try Store.open(directory: directory, operator: "desk", snapshotPolicy: .never) } catch {
        print("open failed: \(error)")
        exit(3)
    }
    let seeded = desk.withState { $0.lastSeq }
    print("terpadu-bench store-reads — \(workers) workers; a child imports \(imported) in batches of \(batch)")

    final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var done = false
        var reads: [Double] = [], histories: [Double] = [], commands: [Double] = []
        var isDone: Bool { lock.withLock { done } }
    }
    let shared = Shared()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        _ = runChild(["append", dirPath, "\(imported)", "\(batch)", "9"])
        shared.lock.withLock { shared.done = true }
        group.leave()
    }
    // Measure from the importer's first commit on, not while it opens the directory.
    let watcher = try? Journal(path: directory.journalPath, access: .readOnly)
    func importing() -> Bool {
        guard let watcher, let end = try? watcher.maxSeq() else { return true }
        return end > seeded
    }
    while !shared.isDone && !importing() { usleep(1_000) }

    let threads = DispatchGroup()
    threads.enter()
    Thread.detachNewThread {
        var reads: [Double] = [], histories: [Double] = []
        var n = 0
        while !shared.isDone {
            let t0 = now()
            _ = desk.withState { $0.workerCount }
            reads.append((now() - t0) * 1000)
            if n % 10 == 0 {
                let t1 = now()
                _ = try? desk.timeline(of: RecordID(.worker, 1))
                histories.append((now() - t1) * 1000)
            }
            n += 1
            usleep(1_000)
        }
        shared.lock.withLock { shared.reads = reads; shared.histories = histories }
        threads.leave()
    }
    threads.enter()
    Thread.detachNewThread {
        var commands: [Double] = []
        var i = 0
        while !shared.isDone {
            let t0 = now()
            _ = desk.execute(benchRegistration(writer: 8, index: i))
            commands.append((now() - t0) * 1000)
            i += 1
        }
        shared.lock.withLock { shared.commands = commands }
        threads.leave()
    }
    group.wait()
    threads.wait()
    desk.close()
    func line(_ what: String, _ values: [Double]) {
        let s = values.sorted()
        print(what.padding(toLength: 36, withPad: " ", startingAt: 0)
              + String(format: "n=%-6d p50 %8.3f ms   p99 %8.3f ms   max %8.1f ms", s.count,
                       percentile(s, 0.5), percentile(s, 0.99), s.last ?? .nan))
    }
    line("withState while the child imports", shared.reads)
    line("timeline(of:) while it imports", shared.histories)
    line("desk's own commands meanwhile", shared.commands)
    if !arguments.contains("--keep") { try? FileManager.default.removeItem(atPath: base) }
}
