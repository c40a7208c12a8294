import Foundation
import TerpaduCore
import TerpaduStore

/// `terpadu-bench board-tables --data DIR`: what the supervisor board's reads cost on an existing
/// data directory (a million-worker one made by `terpadu seed synthetic --workers 1000000`). Each
/// read runs in a fresh child process, as a board would start: open the journal read-only, read
/// every figure, report time and peak memory. Then the cost of keeping the tables: single durable
/// registrations through the store (`store-child write`), whose transactions now include them.
func runBoardTablesBench(arguments: [String]) {
    guard let path = option("--data", in: arguments) else {
        print("usage: terpadu-bench board-tables --data DIR [--writes N]")
        exit(2)
    }
    let writes = Int(option("--writes", in: arguments) ?? "") ?? 2_000
    print("Board tables on \(path)")
    var narrowings = [["everyone"]]
    let first = runChild(["board", path, "everyone"])
    if let p = first["topProvince"] as? String { narrowings.append(["province", p]) }
    if let c = first["topDestination"] as? String { narrowings.append(["country", c]) }
    for n in narrowings {
        var seconds: [Double] = [], peaks: [Int] = []
        var rows = 0
        for _ in 0..<5 {
            let r = runChild(["board", path] + n)
            seconds.append(r["seconds"] as? Double ?? .nan)
            peaks.append(r["peakBytes"] as? Int ?? 0)
            rows = r["rows"] as? Int ?? 0
        }
        seconds.sort()
        row("open + read every figure (\(n.joined(separator: " "))), median of 5 processes", String(format: "%.3f s", seconds[2]),
            "≤ 0.3 s", seconds[2] <= 0.3)
        row("  peak memory of that process (VmHWM, max of 5); \(rows) rows", "\((peaks.max() ?? 0) / 1_048_576) MB", "≤ 64 MB",
            (peaks.max() ?? 0) <= 64 << 20)
    }
    let d = runChild(["board-delta", path])
    row("a transaction's board delta for one worker, in memory (rows out, rows in, named), median of 2,000",
        String(format: "%.4f ms", d["deltaMs"] as? Double ?? .nan), "", nil)
    row("every board row of the state (seed, repair, migration), \(d["rows"] as? Int ?? 0) rows", String(format: "%.3f s", d["fullSeconds"] as? Double ?? .nan), "", nil)
    let w = runChild(["write", path, String(writes), "7", "0"])
    var latencies = (w["latencies"] as? [Double] ?? []).sorted()
    if !latencies.isEmpty {
        let p = { (q: Double) in latencies[min(latencies.count - 1, Int(Double(latencies.count) * q))] }
        row("one durable registration, \(latencies.count) in a row: p50 / p99", String(format: "%.3f / %.3f ms", p(0.5), p(0.99)),
            "≤ 1 / ≤ 10 ms", p(0.5) <= 1 && p(0.99) <= 10)
        latencies.removeAll()
    }
}

/// store-child board DIR everyone|province CODE|country ISO → {"seconds", "peakBytes", "rows", …}
func runBoardChild(_ directory: DataDirectory, _ arguments: [String]) -> [String: Any] {
    let narrowing: Narrowing = switch arguments.first {
    case "province": .province(arguments.count > 1 ? arguments[1] : "")
    case "country": .country(arguments.count > 1 ? arguments[1] : "")
    default: .everyone
    }
    let t0 = now()
    do {
        let reader = try BoardReader(directory: directory)
        let reading = try reader.read(narrowing)
        let seconds = now() - t0
        let f = reading.figures
        let rows = f.statuses.count + f.provinces.count + f.destinations.count + f.jobs.count + f.schemes.count
            + f.exits.count + f.weeks.count + f.kpis.count + f.passRates.count
        var out: [String: Any] = ["seconds": seconds, "peakBytes": procStatus("VmHWM"), "residentBytes": procStatus("VmRSS"),
                                  "rows": rows, "workers": f.stages.total, "seq": reading.lastChange?.seq ?? 0]
        func top(_ counts: [String: Int]) -> String? {
            counts.filter { $0.key != "none" }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        out["topProvince"] = top(f.provinces)
        out["topDestination"] = top(f.destinations)
        return out
    } catch {
        return ["error": "\(error)"]
    }
}

/// The in-memory work of `BoardTableUpdate` for single workers spread over the population, and of
/// `boardTally` for everyone.
func boardDeltaTimes(_ state: TerpaduState) -> [String: Any] {
    var rng = SeededRandom(seed: 5)
    var times: [Double] = []
    for _ in 0..<2_000 {
        let id = RecordID(.worker, 1 + rng.below(max(1, state.workerCount)))
        let t0 = now()
        var tally = BoardTally()
        state.tallyBoard(worker: id, sign: -1, into: &tally)
        state.tallyBoard(worker: id, sign: 1, into: &tally)
        _ = tally.cells(in: state)
        times.append((now() - t0) * 1000)
    }
    times.sort()
    let t0 = now()
    let rows = state.boardTally().cells(in: state).count
    return ["deltaMs": times[times.count / 2], "fullSeconds": now() - t0, "rows": rows]
}
