import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// Monotonic seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Resident set size of this process, in bytes (from /proc/self/statm).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Median of a closure's time over `runs` runs, in seconds (the median, not the best, so one lucky
/// run does not decide the figure).
func medianTime(runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let t = now()
        body()
        times.append(now() - t)
    }
    times.sort()
    return times[times.count / 2]
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

func loadReference() -> ReferenceData {
    switch ReferenceSeeds.locate(explicit: nil, environment: ProcessInfo.processInfo.environment,
                                 executablePath: CommandLine.arguments[0]) {
    case .success(let dir):
        do { return try ReferenceSeeds.loadDemo(from: dir) } catch {
            FileHandle.standardError.write(Data("cannot read the seeds: \(error)\n".utf8))
            exit(3)
        }
    case .failure(let notFound):
        FileHandle.standardError.write(Data("no seeds/ directory found; looked in:\n  \(notFound.looked.joined(separator: "\n  "))\n".utf8))
        exit(3)
    }
}

/// Prints one table row: what, figure, target, verdict.
func row(_ what: String, _ figure: String, _ target: String, _ ok: Bool?) {
    let verdict = ok.map { $0 ? "ok" : "MISSED" } ?? ""
    print(what.padding(toLength: 44, withPad: " ", startingAt: 0)
          + figure.padding(toLength: 22, withPad: " ", startingAt: 0)
          + target.padding(toLength: 18, withPad: " ", startingAt: 0) + verdict)
}

func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
