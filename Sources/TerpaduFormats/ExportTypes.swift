import TerpaduStore
import Foundation

/// What `terpadu export` can write: every record kind an office keeps in a spreadsheet. Each kind's
/// columns are in `ExportTables`.
public enum ExportKind: String, CaseIterable, Sendable {
    case workers
    /// One row per fair × worker; imports again as `terpadu import attendance`.
    case attendance
    /// One row per enrolment (cohort × worker); imports again as `terpadu import enrollments`.
    case enrollments
    case fairs
    case jobOrders
    case cohorts
}

/// CSV: RFC 4180 with CRLF line ends, a header row, the formula-injection rule of `CSVCells`.
/// JSON: JSON Lines, one object per record, keys as the CSV header, absent values `null`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json
}

public enum ExportDestination: Sendable, Equatable {
    /// Written whole with `AtomicFileWriter` (temp file, fsync, rename, fsync of the directory), mode 0600.
    case file(path: String)
    case standardOutput

    /// As recorded in the journal: the absolute path, or `stdout`.
    public var recorded: String {
        switch self {
        case .standardOutput: return "stdout"
        case .file(let path):
            if path.hasPrefix("/") { return path }
            return FileManager.default.currentDirectoryPath + "/" + path
        }
    }
}

/// What an export did.
public struct ExportReport: Sendable {
    public var kind: ExportKind
    public var format: ExportFormat
    public var rows: Int
    public var revealed: Bool
    public var bytes: Int
    public var destination: ExportDestination
    /// The journal event that records this export.
    public var recordedSeq: Int64
}

/// How far an export has got (rows rendered out of the total).
public struct ExportProgress: Sendable, Equatable {
    public var rowsDone: Int
    public var totalRows: Int
}

/// Why an export wrote nothing (or, for `write`, was recorded but could not be written).
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// A read-only (supervisor) store cannot record the export in the journal, and every export
    /// is recorded, so it exports nothing.
    case readOnly
    case cancelled
    /// The journal would not record the export; nothing was written.
    case notRecorded(StoreRefusal)
    case store(StoreError)
    /// The export was recorded (event `seq`) but the file could not be written.
    case write(seq: Int64, AtomicWriteError)
    /// The export was recorded (event `seq`) but standard output could not be written.
    case standardOutput(seq: Int64, errno: Int32)

    public var description: String {
        switch self {
        case .readOnly:
            return "this store is open read-only (a supervisor's): every export is recorded in the journal "
                + "and a read-only process cannot record it, so nothing was exported; export from a read-write (operator) process"
        case .cancelled: return "cancelled; nothing was recorded or written"
        case .notRecorded(let r): return "the export could not be recorded in the journal, so nothing was written: \(r)"
        case .store(let e): return "\(e)"
        case .write(let seq, let e): return "the export was recorded (event \(seq)) but not written: \(e)"
        case .standardOutput(let seq, let code):
            return "the export was recorded (event \(seq)) but standard output failed: \(errnoDescription(code))"
        }
    }
}
