import ArgumentParser
import TerpaduStore
import TerpaduFormats

extension ImportKind: ExpressibleByArgument {}

/// `terpadu import KIND FILE.csv`: every good row applied (in transactions of at least 100 rows),
/// every rejected row reported as `line N: field: reason`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import workers, fair attendance or cohort enrollments from a CSV file (UTF-8, header row).",
        discussion: """
            Columns (header row required, any order, case ignored):
              workers:     nik,name,sex,birthDate,province[,regency,village,phone,education]
              attendance:  fair,worker,outcome[,expectedVersion]
              enrollments: cohort,worker[,expectedVersion]
            A rejected row is printed as `line N: field: reason`; every other row is applied. Exit status: \
            0 all rows accepted; 1 some rows (or the file) refused; 3 the data directory cannot be used.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "workers, attendance or enrollments")
    var kind: ImportKind

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
    var file: String

    @Option(help: "Rows per transaction (at least 100).")
    var batch = 500

    func validate() throws {
        guard batch >= 100 && batch <= 100_000 else { throw ValidationError("--batch must be between 100 and 100000") }
    }

    func run() throws {
        try Resolved(global: global).requireWriter("import (it records every row)")
        let store = try Resolved(global: global).openStore(access: .readWrite, snapshotPolicy: .bulk)
        var closed = false
        defer { if !closed { store.close() } }
        let bar = ProgressBar(label: "import \(kind.rawValue)")
        let report: ImportReport
        do {
            report = try store.importCSV(kind, from: .file(path: file), batchSize: batch, progress: { p in
                let total = Int(p.totalBytes ?? 0)
                bar.update(done: Int(p.bytesRead), total: total, detail: "\(p.rowsDone) rows")
            })
        } catch {
            bar.finish()
            complain("\(error)")
            if case .readOnly = error { throw Exit.unusable }
            throw Exit.refused
        }
        bar.finish()
        for line in report.reportLines { say(line) }
        for w in store.closeAndReport() { complain("warning: \(w)") }
        closed = true
        if let damage = store.damaged {
            complain("the rows reported above are saved, but the journal was found damaged during the import: \(damage)")
            throw Exit.unusable
        }
        say(report.summary)
        if let stop = report.stop {
            complain(stop.description)
            if case .storeFailed = stop { throw Exit.unusable }
            throw Exit.refused
        }
        if !report.rejected.isEmpty { throw Exit.refused }
    }
}
