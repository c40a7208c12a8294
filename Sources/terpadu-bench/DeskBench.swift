import Foundation

// terpadu-bench desk --data DIR: the desk as an operator meets it, on an existing data directory
// (a million workers: `terpadu seed synthetic --workers 1000000`). The real `terpadu` binary beside
// this one runs on a pseudo-terminal; keys are sent 50 ms apart and each is timed to the last byte
// of the frame it caused, as an SSH client would receive it.

func runDeskBench(arguments: [String]) {
    guard let data = option("--data", in: arguments) else {
        print("usage: terpadu-bench desk --data DIR [--width W --height H]")
        exit(2)
    }
    let width = Int(option("--width", in: arguments) ?? "") ?? 120
    let height = Int(option("--height", in: arguments) ?? "") ?? 40
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("terpadu").path
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm-256color"
    env.removeValue(forKey: "NO_COLOR")
    guard let desk = PtyChild(executable: exe, arguments: ["--data", data, "--lang", "en", "--operator", "bench"],
                              width: width, height: height, environment: env) else {
        print("cannot open a pseudo-terminal")
        exit(1)
    }
    let started = now()
    do { try desk.start() } catch {
        print("cannot start \(exe): \(error)")
        exit(1)
    }
    guard let firstList = desk.appearance(of: "found", after: started, timeout: 60) else {
        print("the desk never showed its list")
        desk.stop()
        exit(1)
    }
    _ = desk.burstEnd(after: firstList)
    usleep(500_000)
    let rss = desk.residentBytes
    print("terpadu-bench desk: \(data), \(width)×\(height), keys 50 ms apart")

    func timed(_ keys: [String], settle: Double = 0.05) -> [Double] {
        var out: [Double] = []
        for k in keys {
            let t = desk.send(k)
            if let end = desk.burstEnd(after: t) { out.append(end - t) }
            let wait = t + settle - now()
            if wait > 0 { usleep(UInt32(wait * 1e6)) }
        }
        return out
    }
    let moves = timed(Array(repeating: "j", count: 200))
    let panes = timed((0..<60).map { $0 % 2 == 0 ? "3" : "2" })
    // Echo of each character typed into the search, and the time until its results are on screen.
    var echoes: [Double] = []
    var results: [Double] = []
    let names = ["siti", "budi", "dewi", "agus", "nur", "wayan", "putu", "made", "rina", "eko",
                 "ani", "yuli", "sri", "joko", "rahayu", "lestari", "hidayat", "santoso", "wijaya", "kusuma"]
    for name in names {
        _ = timed(["x"], settle: 0.3)
        _ = desk.appearance(of: "found", after: now() - 0.3, timeout: 5)
        _ = timed(["/"])
        var last = 0.0
        for c in name {
            let t = desk.send(String(c))
            last = t
            if let end = desk.burstEnd(after: t) { echoes.append(end - t) }
            let wait = t + 0.05 - now()
            if wait > 0 { usleep(UInt32(wait * 1e6)) }
        }
        if let shown = desk.appearance(of: "found", after: last, timeout: 10) { results.append(shown - last) }
        _ = timed(["\r"], settle: 0.1)
    }
    // The Dashboard: from the key to its figures on screen (counters only, read under the state's lock).
    var dashboards: [Double] = []
    for _ in 0..<10 {
        let t = desk.send("1")
        if let shown = desk.appearance(of: "By province", after: t, timeout: 10) { dashboards.append(shown - t) }
        _ = desk.burstEnd(after: t)
        _ = timed(["2"], settle: 0.2)
    }
    desk.stop()

    func pct(_ values: [Double], _ p: Double) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s[min(s.count - 1, Int(Double(s.count) * p))]
    }
    print("")
    row("what", "p50 / p99", "target", nil)
    row("start-up to the first usable frame", ms(firstList - started), "≤ 1.5 s", firstList - started <= 1.5)
    row("move the selection (\(moves.count) keys)", ms(pct(moves, 0.5)) + " / " + ms(pct(moves, 0.99)), "p99 ≤ 16 ms", pct(moves, 0.99) <= 0.016)
    row("switch panes (\(panes.count) keys)", ms(pct(panes, 0.5)) + " / " + ms(pct(panes, 0.99)), "p99 ≤ 16 ms", pct(panes, 0.99) <= 0.016)
    row("echo a search character (\(echoes.count))", ms(pct(echoes, 0.5)) + " / " + ms(pct(echoes, 0.99)), "p99 ≤ 16 ms", pct(echoes, 0.99) <= 0.016)
    row("search results on screen (\(results.count))", ms(pct(results, 0.5)) + " / " + ms(pct(results, 0.99)), "p99 ≤ 100 ms", pct(results, 0.99) <= 0.1)
    row("Dashboard on screen (\(dashboards.count))", ms(pct(dashboards, 0.5)) + " / " + ms(pct(dashboards, 0.99)), "", nil)
    row("memory after open (RSS)", "\(rss / 1_048_576) MB", "", nil)
}
