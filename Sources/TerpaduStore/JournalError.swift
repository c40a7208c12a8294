import GRDB

/// Why the journal cannot do what was asked. Messages say what to do next.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store was opened read-only (a supervisor's process): it never appends.
    case readOnly
    /// SQLite says the file is damaged or is not a database.
    case corrupt(path: String, detail: String)
    /// Other processes held the write lock for longer than the busy handler and retries allow.
    case busy(path: String)
    /// Opening read-only a journal that does not exist yet.
    case missing(path: String)
    /// The file exists but holds no journal yet (opened read-only before any writer set it up).
    case notInitialised(path: String)
    /// Written by a newer Terpadu.
    case newerSchema(path: String, found: Int, supported: Int)
    /// `PRAGMA synchronous` did not read back 2 (FULL) on a connection.
    case synchronousNotFull(path: String, found: Int)
    /// SQLite would not switch the file to WAL mode.
    case notWAL(path: String, mode: String)
    /// The journal file is a symbolic link or not a regular file.
    case unsafeFile(path: String)
    /// `bulkBuild` is only for a brand-new, empty journal.
    case notEmpty(path: String)
    /// A row that cannot be stored or read back as given.
    case invalidRow(String)
    /// Any other SQLite or file error.
    case database(path: String, code: Int32, message: String)

    public var description: String {
        switch self {
        case .readOnly:
            return "this store is open read-only; it does not record changes"
        case .corrupt(let path, let detail):
            return "the journal \(path) is damaged (SQLite: \(detail)); nothing more is recorded in this directory "
                + "until it is mended. Stop every terpadu process using it, then either restore the latest backup "
                + "(`terpadu backup restore BACKUPDIR`) or rebuild the journal from what can still be read and the "
                + "newest snapshot (`terpadu doctor --repair`, which keeps the damaged file)."
        case .busy(let path):
            return "the journal \(path) stayed locked by other processes for too long; try again"
        case .missing(let path):
            return "no journal at \(path); a read-write process creates it on first use"
        case .notInitialised(let path):
            return "the journal \(path) has not been set up yet; open it read-write once"
        case .newerSchema(let path, let found, let supported):
            return "the journal \(path) has schema version \(found), newer than this build understands (\(supported)); "
                + "use a newer terpadu"
        case .synchronousNotFull(let path, let found):
            return "the journal \(path) connection reports PRAGMA synchronous = \(found), not 2 (FULL); refusing to "
                + "record changes that might not survive a power loss"
        case .notWAL(let path, let mode):
            return "the journal \(path) could not be put in WAL mode (it is \(mode)); it must be on a local disk"
        case .unsafeFile(let path):
            return "refusing journal \(path): it is a symbolic link or not a regular file"
        case .notEmpty(let path):
            return "the journal \(path) already holds events; bulk building is only for a new data directory"
        case .invalidRow(let reason):
            return "invalid journal row: \(reason)"
        case .database(let path, let code, let message):
            return "journal \(path): SQLite error \(code): \(message)"
        }
    }

    /// Maps a GRDB/SQLite error to a `JournalError`; other errors are returned unchanged.
    static func map(_ error: any Error, path: String) -> any Error {
        guard let e = error as? DatabaseError else { return error }
        let message = e.message ?? "\(e)"
        switch e.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return JournalError.corrupt(path: path, detail: message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return JournalError.busy(path: path)
        default:
            return JournalError.database(path: path, code: e.extendedResultCode.rawValue, message: message)
        }
    }

    static func isBusy(_ error: any Error) -> Bool {
        if let e = error as? DatabaseError { return e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED }
        if case JournalError.busy = error { return true }
        return false
    }
}
