import ArgumentParser
import TerpaduCore
import TerpaduStore
import TerpaduFormats

extension BreakdownKey: ExpressibleByArgument {}

/// `terpadu stats [--json] [--by KEY]`: workers per stage and status, the KPIs of the latest week.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts per stage and status, and the weekly KPIs.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Also break the counts down by stage, status, province, country, sector or scheme.",
                               valueName: "KEY"))
    var by: BreakdownKey?

    func validate() throws {
        if by == .job { throw ValidationError("--by must be one of stage, status, province, country, sector, scheme") }
    }

    func run() throws {
        let report: StatsReport
        if by == nil, let journal = try Resolved(global: global).readyJournal() {
            // Counts and KPIs are kept in the journal's tables: no snapshot to load.
            report = try journal.read { try StatsReport(journal: $0) }
        } else {
            let store = try Resolved(global: global).openStore(access: .readOnly)
            defer { store.close() }
            report = store.withState { StatsReport(state: $0, by: by) }
        }
        if json {
            say(report.json())
            return
        }
        say("Workers: \(report.workers) (as of event \(report.asOf.seq)\(report.asOf.time.map { ", \($0)" } ?? ""))")
        say("")
        say("Stage            Workers")
        for stage in Stage.allCases { say(pad(stage.code, 16) + " " + String(report.stages[stage.code] ?? 0)) }
        say(pad("exited", 16) + " " + String(report.exited))
        say("")
        say("Status             Workers")
        for status in Status.allCases { say(pad(status.code, 18) + " " + String(report.statuses[status.code] ?? 0)) }
        if let k = report.kpis {
            say("")
            let parts = [
                "\(k.departures) departures",
                "median days to departure \(k.medianDaysToDeparture.map(String.init) ?? "-")",
                "median worker cost \(k.medianWorkerCost.map { "Rp\($0)" } ?? "-")",
                "open cases per 1,000 in placement \(k.openCasesPer1000.map { String(format: "%.1f", $0) } ?? "-")",
                "cases resolved \(k.casesResolved)",
                "businesses started \(k.businessesStarted)",
            ]
            for line in wrap(parts, separator: ";", first: "Week of \(k.weekStart): ", then: "  ") { say(line) }
        }
        if let b = report.by {
            say("")
            say(pad(b.key, 24) + " Workers")
            for (key, n) in b.counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                say(pad(key, 24) + " " + String(n))
            }
        }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
