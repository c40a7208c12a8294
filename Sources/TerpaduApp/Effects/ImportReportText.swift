import TerpaduCore
import TerpaduFormats

/// The report file `:import` writes beside the file it read, in the desk's language: each rejected
/// row's problems (the core's refusals in its words; the reader's own problems as the reader
/// words them), each row stored with its text tidied, and the closing count.
enum ImportReportText {
    static func lines(_ report: ImportReport, _ s: Strings) -> [String] {
        var out: [(Int, [String])] = report.rejected.map { row in
            (row.line, row.problems.map { p in
                let reason: String
                if let r = p.refusal { reason = s.refusal(r) } else if p.code == "missingField" { reason = s.toolkit.required } else { reason = p.reason }
                return "\(s.shell.reportLine(String(row.line))): \(s.field(p.field)): \(reason)"
            })
        }
        out += report.changed.map { row in
            (row.line, row.changes.map { c in
                let stored = c.to.isEmpty ? s.shell.storedAsNothing(CSVCells.shown(c.from)) : s.shell.storedAs(CSVCells.shown(c.to), CSVCells.shown(c.from))
                return "\(s.shell.reportLine(String(row.line))): \(s.field(c.field)): \(stored)"
            })
        }
        let n = s.format
        // A stop (the file could not be read on) keeps the reader's own full account of where.
        let summary = report.firstUnreadLine == nil
            ? s.shell.importSummary(report.kind.rawValue, n.number(report.accepted), n.number(report.rows), n.number(report.rejected.count))
            : report.summary
        return out.sorted { $0.0 < $1.0 }.flatMap(\.1) + [summary] + (report.stop.map { [$0.description] } ?? [])
    }
}
