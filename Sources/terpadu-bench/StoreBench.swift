import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// The data directory on a national-scale set: seed, open, snapshot, single and concurrent durable
/// commands, bulk apply, change-feed delay, `stats --json`, and an import, each against what the
/// `sqlite3` shell does with the same data where there is a peer.
func runStoreBench(arguments: [String]) {
    let workers = option("--workers", in: arguments).flatMap { Int($0) } ?? 1_000_000
    let base = option("--dir", in: arguments) ?? "/tmp/terpadu-bench-store"
    let reference = loadReference()
    let today = OfficeCalendar.jakarta.day(atMillis: Int64(Date().timeIntervalSince1970 * 1000))
    try? FileManager.default.removeItem(atPath: base)
    let dirPath = base + "/data"
    guard let directory = try? DataDirectory(path: dirPath, create: true) else {
        print("cannot create \(dirPath)")
        exit(3)
    }
    print("terpadu-bench store — \(workers) workers in \(dirPath)")

    // Seed (synchronous OFF only here, then a full sync and a snapshot).
    let s0 = now()
    let seeded: SeedReport
    do {
        let (store, report) = try Store.seed(directory: directory, operator: "bench", reference: reference,
                                            options: .synthetic(workers: workers, seed: 1, endDay: today))
        store.close()
        seeded = report
    } catch {
        print("seed failed: \(error)")
        exit(3)
    }
    let seedSeconds = now() - s0

    // 10,000 more events in batches of 100 from a child that exits without a snapshot. The seed's
    // gigabyte of journal is still being written back; measure after it is on disk.
    sync()
    let bulk = runChild(["append", dirPath, "10000", "100", "9"])
    let bulkRate = 10_000 / max(1e-9, bulk["seconds"] as? Double ?? 0)
    sync()

    // Open: the newest snapshot plus the 10,000 events after it, in a fresh process each time.
    var opens: [[String: Any]] = []
    for _ in 0..<3 { opens.append(runChild(["open", dirPath])) }
    let openSeconds = median(opens.compactMap { $0["seconds"] as? Double })
    let peak = opens.compactMap { $0["peakBytes"] as? Int }.max() ?? 0
    let resident = opens.compactMap { $0["residentBytes"] as? Int }.max() ?? 0

    // Snapshot write, and one durable command at a time, in this process.
    var snapshotSeconds = Double.nan
    var single: [Double] = []
    do {
        let store = try Store.open(directory: directory, operator: "bench", snapshotPolicy: .never)
        let t0 = now()
        _ = try store.writeSnapshot()
        snapshotSeconds = now() - t0
        sync()
        for i in 0..<2_000 {
            let t = now()
            _ = store.execute(benchRegistration(writer: 8, index: i))
            single.append((now() - t) * 1000)
        }
        store.close()
    } catch {
        print("store failed: \(error)")
    }
    sync()

    // Four writer processes at once, started together after a sync.
    let start = now() + 3
    let four = runChildren((0..<4).map { ["write", dirPath, "2000", "\($0 + 1)", "\(start)"] })
    let waits = four.flatMap { ($0["latencies"] as? [Double]) ?? [] }.sorted()
    let fourRefused = four.compactMap { $0["refused"] as? Int }.reduce(0, +)

    // Backup of the whole directory, alone and while a writer commits, against the sqlite3 shell's
    // `.backup` of the same journal.
    let backups = measureBackups(dirPath: dirPath, base: base)

    // Change-feed delay: a paced writer process commits; this process's feed notices.
    let feedDelays = measureFeedDelay(directory: directory, dirPath: dirPath)

    // stats --json as a whole process, and the sqlite3 shell on the same stage table.
    let terpadu = siblingExecutable("terpadu")
    let statsSeconds = medianTime(runs: 5) {
        _ = runProcess(terpadu, ["--data", dirPath, "--operator", "bench", "stats", "--json"])
    }
    let journal = directory.journalPath
    let sqliteSeconds = medianTime(runs: 5) {
        _ = runProcess("/usr/bin/sqlite3", [journal, "select stage, count(*) from worker_stage group by stage"])
    }

    // Import one million workers from CSV, every row validated, against sqlite3's .import.
    let importRows = min(workers, 1_000_000)
    let csv = base + "/workers.csv"
    writeWorkersCSV(path: csv, rows: importRows)
    let importDir = base + "/import"
    _ = try? DataDirectory(path: importDir, create: true)
    let seedsDir = option("--seeds", in: arguments) ?? FileManager.default.currentDirectoryPath + "/seeds"
    sync()
    let i0 = now()
    let imported = runProcess(terpadu, ["--data", importDir, "--operator", "bench", "--seeds", seedsDir,
                                        "import", "workers", csv])
    let importSeconds = now() - i0
    let shellDB = base + "/shell.db"
    let j0 = now()
    _ = runProcess("/usr/bin/sqlite3", [shellDB, "-cmd", ".mode csv", ".import \(csv) workers"])
    let shellImportSeconds = now() - j0

    print("seeded \(seeded.workers) workers, \(seeded.events) events in \(String(format: "%.1f", seedSeconds)) s (\(seeded.generator.refused) refused)")
    print("")
    row("measure", "figure", "target", nil)
    row("seed \(workers) workers (generate + journal + snapshot)", String(format: "%.1f s", seedSeconds), "≤ 60 s", seedSeconds <= 60)
    row("open: snapshot + 10,000 events (median of 3)", String(format: "%.3f s", openSeconds), "≤ 1.0 s", openSeconds <= 1.0)
    row("peak memory during open", "\(peak / 1_000_000) MB", "≤ 600 MB", peak <= 600_000_000)
    row("memory after open", "\(resident / 1_000_000) MB", "≤ 600 MB", resident <= 600_000_000)
    row("snapshot write", String(format: "%.3f s", snapshotSeconds), "≤ 1.0 s", snapshotSeconds <= 1.0)
    row("one durable command alone: p50", String(format: "%.3f ms", percentile(single, 0.5)), "≤ 1 ms", percentile(single, 0.5) <= 1)
    row("one durable command alone: p99", String(format: "%.3f ms", percentile(single, 0.99)), "≤ 10 ms", percentile(single, 0.99) <= 10)
    row("four writers at once: p99 wait", String(format: "%.3f ms", percentile(waits, 0.99)), "≤ 10 ms", percentile(waits, 0.99) <= 10)
    row("four writers at once: longest wait", String(format: "%.3f ms", waits.last ?? .nan), "≤ 250 ms", (waits.last ?? .infinity) <= 250)
    row("bulk apply, batches of 100", String(format: "%.0f /s", bulkRate), "≥ 50,000 /s", bulkRate >= 50_000)
    row("change feed delay: p50", String(format: "%.1f ms", percentile(feedDelays, 0.5)), "(report)", nil)
    row("change feed delay: p99", String(format: "%.1f ms", percentile(feedDelays, 0.99)), "(report)", nil)
    row("stats --json, whole process (median of 5)", String(format: "%.3f s", statsSeconds), "≤ 0.25 s", statsSeconds <= 0.25)
    row("sqlite3 shell, stage counts (median of 5)", String(format: "%.3f s", sqliteSeconds), "(peer)", nil)
    row("  ratio ours / sqlite3", String(format: "%.1f×", statsSeconds / max(1e-9, sqliteSeconds)), "", nil)
    row("backup --to DIR, alone (journal, snapshot, verify)", String(format: "%.1f s", backups.alone), "(report)", nil)
    row("sqlite3 shell .backup of the journal alone", String(format: "%.1f s", backups.shell), "(peer)", nil)
    row("backup while a writer commits", String(format: "%.1f s", backups.busy), "finishes", backups.busyVerified)
    row("  writer during the backup: p99 / longest", String(format: "%.2f / %.1f ms", backups.duringP99, backups.duringMax),
        "(report)", nil)
    row("  same writer outside it: p99", String(format: "%.2f ms", backups.outsideP99), "(peer)", nil)
    row("import \(importRows) workers CSV (validated)", String(format: "%.1f s", importSeconds), "≤ 20 s", importSeconds <= 20)
    row("sqlite3 .import of the same file", String(format: "%.1f s", shellImportSeconds), "(peer)", nil)
    row("  ratio ours / sqlite3", String(format: "%.1f×", importSeconds / max(1e-9, shellImportSeconds)), "", nil)
    print("")
    print("checks: four writers refused \(fourRefused) of 8000; import said: \(imported.split(separator: "\n").last ?? "")")
    print("feed delays measured: \(feedDelays.count)")
    if !arguments.contains("--keep") { try? FileManager.default.removeItem(atPath: base) }
}

struct BackupFigures {
    var alone = Double.nan, shell = Double.nan, busy = Double.nan
    var busyVerified = false
    var duringP99 = Double.nan, duringMax = Double.nan, outsideP99 = Double.nan
    var duringCount = 0
}

/// `terpadu backup` as a whole process: once alone, once while a writer process commits single
/// registrations back to back (its latencies inside the backup's window against those outside it).
func measureBackups(dirPath: String, base: String) -> BackupFigures {
    var f = BackupFigures()
    let terpadu = siblingExecutable("terpadu")
    sync()
    let a0 = now()
    _ = runProcess(terpadu, ["--data", dirPath, "--operator", "bench", "backup", "--to", base + "/backup-alone"])
    f.alone = now() - a0
    let s0 = now()
    _ = runProcess("/usr/bin/sqlite3", [dirPath + "/journal.sqlite", ".backup \(base)/shell-backup.db"])
    f.shell = now() - s0
    try? FileManager.default.removeItem(atPath: base + "/backup-alone")
    try? FileManager.default.removeItem(atPath: base + "/shell-backup.db")
    sync()

    final class Result: @unchecked Sendable { var value: [String: Any] = [:] }
    let writer = Result()
    let start = now() + 2
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        writer.value = runChild(["write", dirPath, "30000", "11", "\(start)"])
        group.leave()
    }
    while now() < start + 1 { usleep(1_000) }
    let b0 = now()
    let out = runProcess(terpadu, ["--data", dirPath, "--operator", "bench", "backup", "--to", base + "/backup-busy"])
    let b1 = now()
    f.busy = b1 - b0
    f.busyVerified = out.contains("verified")
        && runProcess(terpadu, ["backup", "verify", base + "/backup-busy"]).contains("is sound")
    group.wait()
    let latencies = (writer.value["latencies"] as? [Double]) ?? []
    let acks = (writer.value["acks"] as? [[Double]]) ?? []
    var during: [Double] = [], outside: [Double] = []
    for (i, ack) in acks.enumerated() where i < latencies.count && ack.count == 2 {
        if ack[1] >= b0 && ack[1] <= b1 { during.append(latencies[i]) } else { outside.append(latencies[i]) }
    }
    during.sort()
    f.duringCount = during.count
    f.duringP99 = percentile(during, 0.99)
    f.duringMax = during.last ?? .nan
    f.outsideP99 = percentile(outside, 0.99)
    print("backup under a writer: \(during.count) commits during it, \(outside.count) outside")
    try? FileManager.default.removeItem(atPath: base + "/backup-busy")
    return f
}

func measureFeedDelay(directory: DataDirectory, dirPath: String) -> [Double] {
    final class Seen: @unchecked Sendable {
        let lock = NSLock()
        var at: [Int64: Double] = [:]
    }
    let seen = Seen()
    guard let reader = try? Store.open(directory: directory, access: .readOnly, operator: "board") else { return [] }
    reader.startChangeFeed { change in
        let t = now()
        seen.lock.lock()
        for e in change.events where seen.at[e.seq] == nil { seen.at[e.seq] = t }
        seen.lock.unlock()
    }
    let out = runChildren([["write", dirPath, "200", "7", "\(now() + 1)", "paced"]])
    usleep(600_000)
    reader.close()
    var delays: [Double] = []
    seen.lock.lock()
    for ack in (out.first?["acks"] as? [[Double]]) ?? [] where ack.count == 2 {
        if let t = seen.at[Int64(ack[0])] { delays.append((t - ack[1]) * 1000) }
    }
    seen.lock.unlock()
    return delays.sorted()
}

/// Writes a workers CSV whose every row is valid: distinct NIKs (regency 70+) and names.
func writeWorkersCSV(path: String, rows: Int) {
    var text = "nik,name,sex,birthDate,province\n"
    text.reserveCapacity(rows * 60)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    for i in 0..<rows {
        var serial = String(i % 9999 + 1)
        while serial.count < 4 { serial = "0" + serial }
        let nik = "33" + two(70 + (i / 999_900) % 30) + two((i / 9999) % 100) + "121288" + serial
        text += "\(nik),Impor Pekerja \(i),M,1988-12-12,33\n"
    }
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
}

func median(_ values: [Double]) -> Double { percentile(values.sorted(), 0.5) }

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    let s = sorted.sorted()
    guard !s.isEmpty else { return .nan }
    return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
}

func selfExecutable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}

func siblingExecutable(_ name: String) -> String {
    URL(fileURLWithPath: selfExecutable()).deletingLastPathComponent().appendingPathComponent(name).path
}

/// Runs a program to its end and returns what it printed on stdout.
func runProcess(_ path: String, _ arguments: [String]) -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return "" }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

func runChild(_ arguments: [String]) -> [String: Any] { runChildren([arguments]).first ?? [:] }

/// Starts one child per argument list at once and collects each one's JSON answer.
func runChildren(_ lists: [[String]]) -> [[String: Any]] {
    final class Box: @unchecked Sendable {
        var results: [[String: Any]]
        init(results: [[String: Any]]) { self.results = results }
    }
    let box = Box(results: Array(repeating: [:], count: lists.count))
    let group = DispatchGroup()
    let lock = NSLock()
    for (i, args) in lists.enumerated() {
        group.enter()
        DispatchQueue.global().async {
            let text = runProcess(selfExecutable(), ["store-child"] + args)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            lock.lock(); box.results[i] = object; lock.unlock()
            group.leave()
        }
    }
    group.wait()
    return box.results
}
