import TerpaduCore
import TerpaduStore

/// The record kinds offices keep in spreadsheets, as `terpadu import KIND FILE.csv` reads them.
public enum ImportKind: String, CaseIterable, Sendable {
    /// `nik,name,sex,birthDate,province[,regency,village,phone,education]`: one `registerWorker` a row.
    case workers
    /// `fair,worker,outcome[,expectedVersion]`: one `recordAttendance` a row.
    case attendance
    /// `cohort,worker[,expectedVersion,retake]`: one `enroll` a row (`retake` true: a second go in a
    /// cohort where the worker has a result).
    case enrollments

    /// The columns the header must name.
    public var requiredColumns: [String] {
        switch self {
        case .workers: ["nik", "name", "sex", "birthDate", "province"]
        case .attendance: ["fair", "worker", "outcome"]
        case .enrollments: ["cohort", "worker"]
        }
    }

    /// Columns the header may name.
    public var optionalColumns: [String] {
        switch self {
        case .workers: ["regency", "village", "phone", "education"]
        case .attendance: ["expectedVersion"]
        case .enrollments: ["expectedVersion", "retake"]
        }
    }

    /// Columns that are read past: the extra columns of `terpadu export` of the same kind, so its
    /// file (for workers, one exported with `--reveal`) can be imported into another data directory.
    public var ignoredColumns: [String] {
        guard let exported = ExportKind(rawValue: rawValue) else { return [] }
        let read = Set(requiredColumns + optionalColumns)
        return CSVExport.columns(exported).filter { !read.contains($0) }
    }
}

/// One thing wrong with a row: the column at fault (or `row` for the row as a whole) and why.
public struct ImportProblem: Sendable, Equatable {
    public var field: String
    /// Plain English, safe to print (control characters shown as `\u{…}`).
    public var reason: String
    /// A stable lowerCamelCase code: the core's refusal code, or `invalidField`, `missingField`,
    /// `wrongFieldCount` for what the reader itself refused.
    public var code: String
    /// The core's refusal behind it, when there is one: a screen words it in its own language.
    public var refusal: Refusal?

    public init(field: String, reason: String, code: String, refusal: Refusal? = nil) {
        self.field = field
        self.reason = reason
        self.code = code
        self.refusal = refusal
    }
}

/// A row that was not applied, by the line of the file where it starts.
public struct RejectedRow: Sendable, Equatable {
    public var line: Int
    public var problems: [ImportProblem]

    /// `line N: field: reason`, one per problem.
    public var reportLines: [String] {
        problems.map { "line \(line): \($0.field): \($0.reason)" }
    }
}

/// A row that was imported with some of its text stored otherwise than it was in the file (spaces
/// tidied by the core's rule for text, `TextRules.changes(in:)`).
public struct ChangedRow: Sendable, Equatable {
    public var line: Int
    public var changes: [TextChange]

    /// `line N: field: stored as "…" (the file has "…")`, one per field; invisible characters shown as `\u{…}`.
    public var reportLines: [String] {
        changes.map { c in
            let stored = c.to.isEmpty ? "stored as nothing" : "stored as \"\(CSVCells.shown(c.to))\""
            return "line \(line): \(c.field): \(stored) (the file has \"\(CSVCells.shown(c.from))\")"
        }
    }
}

/// Why an import stopped before the end of the file. Rows applied before it stay applied (each
/// was committed whole); no row was half applied; nothing from `ImportReport.firstUnreadLine` on was.
public enum ImportStop: Sendable, CustomStringConvertible {
    /// `isCancelled` said so (checked between batches), before the row on `line`.
    case cancelled(line: Int)
    /// The file could not be read on: `fieldName` is the header's name of the field the stop is in,
    /// `fromLine` the line of the row it stopped in, `linesInFile` how many lines the file has
    /// (nil when that could not be read either).
    case unreadable(CSVReadStop, fieldName: String?, fromLine: Int, linesInFile: Int?)
    /// The journal failed; the batch in flight was not saved and nothing from `line` on was read.
    case storeFailed(StoreError, line: Int)

    public var description: String {
        switch self {
        case .cancelled(let line):
            return "cancelled at line \(line); the rows before it were imported, nothing from line \(line) on"
        case .unreadable(let stop, let name, let from, let lines):
            return stop.text(fieldName: name) + "; nothing from line \(from) on was imported; "
                + (lines.map { "the file has \($0) line\($0 == 1 ? "" : "s")" } ?? "how many lines the file has is not known")
        case .storeFailed(let e, let line):
            return "not saved: \(e); the rows reported as not saved and everything from line \(line) on were not imported"
        }
    }
}

extension CSVReadStop {
    /// What happened, where: `line 101, column 18: …`. `fieldName` names the field when known.
    func text(fieldName: String?) -> String {
        func field(_ p: CSVPosition) -> String {
            "field \(p.field)" + (fieldName.map { " (\(CSVCells.visible($0, limit: 40)))" } ?? "")
        }
        switch self {
        case .unclosedQuote(let q):
            return "line \(q.line), column \(q.column): the quoted value of \(field(q)) that begins here is never closed, "
                + "so the rest of the file was read as part of it (a quote inside a quoted value is written twice: \"\")"
        case .rowTooLong(let line, let limit, let q?):
            return "line \(q.line), column \(q.column): the quoted value of \(field(q)) that begins here is still open after "
                + "\(limit) bytes, more than one row may hold (the row begins on line \(line)); its closing quote is probably missing"
        case .rowTooLong(let line, let limit, nil):
            return "line \(line): the row that begins here is longer than \(limit) bytes, the most one row may hold"
        case .invalidUTF8(let p):
            return "line \(p.line), column \(p.column), \(field(p)): the file is not UTF-8 here (save it as \"CSV UTF-8\")"
        case .readFailed(let line, let code):
            return "line \(line): the file could not be read further (\(errnoDescription(code)))"
        }
    }

    /// The field the stop is in (from 1), when it is in one.
    var field: Int? {
        switch self {
        case .unclosedQuote(let q): q.field
        case .rowTooLong(_, _, let q): q?.field
        case .invalidUTF8(let p): p.field
        case .readFailed: nil
        }
    }
}

/// What an import did.
public struct ImportReport: Sendable {
    public var kind: ImportKind
    /// Data rows read (blank lines are not rows).
    public var rows: Int
    /// Rows applied (each durably, when the import went into a store).
    public var accepted: Int
    public var rejected: [RejectedRow]
    /// Set when the import ended before the end of the file.
    public var stop: ImportStop?
    public var bytesRead: Int64
    /// The first line of the file that was not read as rows: nil when the whole file was.
    public var firstUnreadLine: Int?
    /// How many lines the file has (line breaks, plus a last line without one); nil when not known
    /// (the import was cancelled, or the file could not be read to its end).
    public var lines: Int?
    /// Imported rows whose text was stored otherwise than the file has it, in file order.
    public var changed: [ChangedRow] = []

    public init(kind: ImportKind, rows: Int = 0, accepted: Int = 0, rejected: [RejectedRow] = [],
                stop: ImportStop? = nil, bytesRead: Int64 = 0, firstUnreadLine: Int? = nil, lines: Int? = nil) {
        self.kind = kind
        self.rows = rows
        self.accepted = accepted
        self.rejected = rejected
        self.stop = stop
        self.bytesRead = bytesRead
        self.firstUnreadLine = firstUnreadLine
        self.lines = lines
    }

    /// Every rejected row's `line N: field: reason` lines and every changed row's `line N: field:
    /// stored as …` lines, in file order.
    public var reportLines: [String] {
        guard !changed.isEmpty else { return rejected.flatMap(\.reportLines) }
        var out: [(Int, [String])] = rejected.map { ($0.line, $0.reportLines) }
        out += changed.map { ($0.line, $0.reportLines) }
        return out.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }

    /// The closing line: `workers: 99 of 100 rows imported, 1 rejected`, or, when the import stopped,
    /// where it stopped first, so no count passes for the whole file:
    /// `workers: stopped at line 101 of 50001, nothing from there on imported; of the 99 rows before it 99 imported, 0 rejected`.
    /// Rows whose text was changed are counted at the end (`; 3 stored with text changed, listed above`).
    public var summary: String {
        let name = kind.rawValue
        let tidied = changed.isEmpty ? "" : "; \(changed.count) stored with text changed, listed above"
        guard let from = firstUnreadLine else {
            return "\(name): \(accepted) of \(rows) row\(rows == 1 ? "" : "s") imported, \(rejected.count) rejected" + tidied
        }
        return "\(name): stopped at line \(from)\(lines.map { " of \($0)" } ?? ""), nothing from there on imported; "
            + "of the \(rows) row\(rows == 1 ? "" : "s") before it \(accepted) imported, \(rejected.count) rejected" + tidied
    }
}

/// How far an import has got: rows read so far and bytes read out of the total (when known).
public struct ImportProgress: Sendable, Equatable {
    public var rowsDone: Int
    public var accepted: Int
    public var bytesRead: Int64
    public var totalBytes: Int64?
}

/// Why an import did not start: the file cannot be read or its header is wrong. Nothing was applied.
public enum CSVImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, errno: Int32)
    /// The file is empty: a header row is required.
    case noHeader
    case unknownColumn(name: String, column: Int, kind: ImportKind)
    case missingColumn(name: String, kind: ImportKind)
    case duplicateColumn(name: String)
    case emptyColumnName(column: Int)
    /// The header row itself could not be read (not UTF-8, an unclosed quote, too long, a read error).
    case unreadableHeader(CSVReadStop)
    case unreadable(String)
    /// A read-only (supervisor) store records nothing.
    case readOnly

    public var description: String {
        switch self {
        case .cannotOpen(let path, let code):
            return "cannot open \(CSVCells.visible(path, limit: 200)): \(errnoDescription(code))"
        case .noHeader:
            return "the file is empty; the first row must name the columns"
        case .unknownColumn(let name, let column, let kind):
            return "column \(column) \"\(CSVCells.visible(name))\" is not a column of \(kind.rawValue); "
                + "the columns are: \(Self.columnList(kind))"
        case .missingColumn(let name, let kind):
            return "the header has no column \"\(name)\", which \(kind.rawValue) needs; the columns are: \(Self.columnList(kind))"
        case .duplicateColumn(let name):
            return "the header names the column \"\(CSVCells.visible(name))\" twice"
        case .emptyColumnName(let column):
            return "column \(column) of the header has no name"
        case .unreadableHeader(let stop):
            return "the header row could not be read: \(stop.text(fieldName: nil)); nothing was imported"
        case .unreadable(let why):
            return "the file could not be read: \(why)"
        case .readOnly:
            return "this store is open read-only (a supervisor's); an import records changes and needs read-write access"
        }
    }

    static func columnList(_ kind: ImportKind) -> String {
        (kind.requiredColumns + kind.optionalColumns.map { $0 + " (optional)" }).joined(separator: ", ")
    }
}
