import ArgumentParser
import TerpaduStore
import TerpaduFormats

extension ExportKind: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

/// `terpadu export KIND [--format csv|json] [--out FILE] [--reveal]`: recorded in the journal
/// before anything is written.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export records as CSV or JSON Lines; the export is recorded in the journal first.",
        discussion: """
            CSV is RFC 4180 (CRLF line ends); a cell starting with = + - @, TAB, CR, LF or NUL gets a ' in \
            front so a spreadsheet does not run it as a formula. JSON is JSON Lines, one object per record. \
            NIKs are masked (3273********4321) unless --reveal; an export with --reveal is recorded as one. \
            Files are written 0600. Exit status: 0 exported; 1 refused; 3 the data directory cannot be used.
            An attendance or enrollments export imports again with `terpadu import` of the same kind (its \
            extra columns are read past).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to export (each kind's columns are in docs/commands.md).")
    var kind: ExportKind

    @Option(help: "csv or json (JSON Lines).")
    var format: ExportFormat = .csv

    @Option(help: ArgumentHelp("Write to FILE (mode 0600) instead of standard output.", valueName: "FILE"))
    var out: String?

    @Flag(help: "Show full NIKs (recorded in the journal as a reveal).")
    var reveal = false

    func run() throws {
        try Resolved(global: global).requireWriter("export (every export is recorded in the journal)")
        let store = try Resolved(global: global).openStore(access: .readWrite)
        defer { store.close() }
        let bar = ProgressBar(label: "export \(kind.rawValue)")
        let destination: ExportDestination = out.map { .file(path: $0) } ?? .standardOutput
        do {
            let report = try store.export(kind, format: format, reveal: reveal, to: destination, progress: { p in
                if out != nil { bar.update(done: p.rowsDone, total: p.totalRows) }
            })
            bar.finish()
            if out != nil {
                say("exported \(report.rows) \(kind.rawValue) to \(destination.recorded)")
                say("  \(report.bytes) bytes, \(report.revealed ? "NIK revealed" : "NIK masked"); "
                    + "recorded as event \(report.recordedSeq)")
            }
        } catch {
            bar.finish()
            complain("\(error)")
            switch error {
            case .store: throw Exit.unusable
            case .write, .standardOutput: throw Exit.refused
            case .notRecorded(let r):
                if case .failed = r { throw Exit.unusable }
                throw Exit.refused
            case .readOnly, .cancelled: throw Exit.refused
            }
        }
    }
}
