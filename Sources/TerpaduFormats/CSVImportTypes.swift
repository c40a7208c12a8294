import TerpaduCore
import TerpaduStore

/// The record kinds offices keep in spreadsheets, as `terpadu import KIND FILE.csv` reads them.
public enum ImportKind: String, CaseIterable, Sendable {
    /// `nik,name,sex,birthDate,province[,regency,village,phone,education]`: one `registerWorker` a row.
    case workers
    /// `fair,worker,outcome[,expectedVersion]`: one `recordAttendance` a row.
    case attendance
    /// `cohort,worker[,expectedVersion]`: one `enroll` a row.
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
        case .attendance, .enrollments: ["expectedVersion"]
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

    public init(field: String, reason: String, code: String) {
        self.field = field
        self.reason = reason
        self.code = code
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

/// Why an import stopped before the end of the file. Rows applied before it stay applied (each
/// was committed whole); no row was half applied.
public enum ImportStop: Sendable, CustomStringConvertible {
    /// `isCancelled` said so (checked between batches).
    case cancelled
    /// The bytes from this line on are not UTF-8; nothing from this line on was read.
    case invalidEncoding(line: Int)
    /// The file could not be read any further.
    case unreadable(line: Int, String)
    /// The journal failed; the batch in flight was not saved and the import stopped.
    case storeFailed(StoreError)

    public var description: String {
        switch self {
        case .cancelled: return "cancelled; the rows before were imported"
        case .invalidEncoding(let line):
            return "line \(line): the file is not UTF-8 from here on (save it as \"CSV UTF-8\"); nothing from this line on was read"
        case .unreadable(let line, let why): return "line \(line): the file could not be read further: \(why)"
        case .storeFailed(let e): return "not saved: \(e)"
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

    /// Every rejected row's `line N: field: reason` lines, in file order.
    public var reportLines: [String] { rejected.flatMap(\.reportLines) }
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
    /// The header itself is not UTF-8.
    case invalidEncoding
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
        case .invalidEncoding:
            return "the header row is not UTF-8; save the file as \"CSV UTF-8\""
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
