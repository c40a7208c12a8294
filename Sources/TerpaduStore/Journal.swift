import GRDB
import GRDBSQLite
import Glibc

/// The event journal: SQLite in WAL mode with `synchronous = FULL`, one `DatabaseQueue` (one connection)
/// per `Journal`.
///
/// Append protocol (the caller's part): inside `write`, read `rows(after:)` what others committed since
/// this process last looked, apply them, validate the command against that state, `append`, update the
/// stage and counter tables, return; the commit happens when the closure returns, and only then may the
/// operator be told "saved".
public final class Journal: Sendable {
    public let path: String
    public let access: StoreAccess
    let queue: DatabaseQueue
    /// The line writers of every process wait in before SQLite's write lock; nil for a read-only
    /// journal, or when the queue file cannot be mapped (then the busy handler alone decides).
    let writeQueue: WriteQueue?
    /// How many times a write that still got SQLITE_BUSY after the busy handler's cap is started again.
    let busyRetries = 3

    public static let supportedSchemaVersion = JournalSchema.currentVersion
    /// The schema version this open raised the journal from (read-write opens of an older journal);
    /// nil when it was current or new. The store then rebuilds its state (`JournalMigration`).
    public let migratedFrom: Int?
    /// `meta` key holding `building` while `bulkBuild` runs and `ready` after it finished.
    public static let directoryStateKey = "directory.state"

    /// Opens (read-write: creating it with mode 0600 if needed) the journal at `path`.
    public init(path: String, access: StoreAccess = .readWrite) throws(JournalError) {
        self.path = path
        self.access = access
        var st = stat()
        if lstat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unsafeFile(path: path) }
        } else if access == .readOnly {
            throw .missing(path: path)
        } else {
            try Self.createEmptyFile(path)
        }
        writeQueue = access == .readWrite ? WriteQueue.open(path: path + "-queue") : nil
        var migratedFrom: Int?
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration(path: path, access: access))
        } catch {
            throw Self.typedError(error, path: path)
        }
        do {
            let queue = self.queue
            let level = try queue.inDatabase { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
            guard level == 2 else { throw JournalError.synchronousNotFull(path: path, found: level) }
            if access == .readWrite {
                migratedFrom = try queue.writeWithoutTransaction { db in try JournalSchema.migrate(db, path: path) }
                Self.tightenPermissions(path)
            } else {
                let version = try queue.inDatabase { try JournalSchema.userVersion($0) }
                if version == 0 { throw JournalError.notInitialised(path: path) }
                if version > JournalSchema.currentVersion {
                    throw JournalError.newerSchema(path: path, found: version, supported: JournalSchema.currentVersion)
                }
                try queue.inDatabase { try JournalSchema.checkMetaVersion($0, path: path) }
            }
        } catch {
            throw Self.typedError(error, path: path)
        }
        self.migratedFrom = migratedFrom
    }

    /// The GRDB configuration: WAL and FULL set (and checked) on every connection in `prepareDatabase`.
    /// `journalMode = .wal` is deliberately not used: GRDB would then set `synchronous = NORMAL` after it.
    static func configuration(path: String, access: StoreAccess) -> Configuration {
        var config = Configuration()
        config.label = "terpadu.journal"
        config.readonly = access == .readOnly
        let busy = FairBusyHandler(capSeconds: 5)
        config.busyMode = .callback { busy.shouldRetry($0) }
        config.prepareDatabase { db in
            if access == .readWrite {
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") ?? "?"
                guard mode.lowercased() == "wal" else { throw JournalError.notWAL(path: path, mode: mode) }
                // Keep the WAL file when the last connection closes (its frames are checkpointed
                // first). A WAL that must grow again costs every commit a file-size change in the
                // file system's own journal; reusing its blocks made the first 10,000 commands of a
                // new process about a third faster.
                setPersistentWAL(true, db)
            }
            try db.execute(sql: "PRAGMA synchronous = FULL")
            let level = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
            guard level == 2 else { throw JournalError.synchronousNotFull(path: path, found: level) }
        }
        return config
    }

    /// `SQLITE_FCNTL_PERSIST_WAL` on this connection: whether its last close keeps the WAL file.
    static func setPersistentWAL(_ on: Bool, _ db: Database) {
        var flag: Int32 = on ? 1 : 0
        _ = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &flag)
    }

    // MARK: Writing

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction and commits when it returns (rolls back when it
    /// throws). A read-only journal throws `JournalError.readOnly` without touching SQLite. Writers of
    /// every process first wait their turn in the `WriteQueue`, so the lock goes round in order.
    ///
    /// If SQLite still reports SQLITE_BUSY after the busy handler gave up, the transaction is started
    /// again (so `body` may run more than once; it must have no effects outside the transaction).
    /// Errors thrown by `body` are rethrown unchanged; SQLite errors become `JournalError`.
    @discardableResult
    public func write<T>(_ body: (JournalTransaction) throws -> T) throws -> T {
        guard access == .readWrite else { throw JournalError.readOnly }
        let ticket = writeQueue?.enter()
        defer { if let ticket { writeQueue?.leave(ticket) } }
        var attempt = 0
        while true {
            do {
                return try queue.writeWithoutTransaction { db in
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(JournalTransaction(db: db))
                        return .commit
                    }
                    guard let result else { throw JournalError.invalidRow("transaction produced no result") }
                    return result
                }
            } catch {
                if JournalError.isBusy(error) && attempt < busyRetries {
                    attempt += 1
                    continue
                }
                throw JournalError.map(error, path: path)
            }
        }
    }

    // MARK: Reading

    /// Runs `body` in a read transaction (a consistent view; never blocks writers in WAL mode).
    public func read<T>(_ body: (JournalReader) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(JournalReader(db: db)) }
        } catch {
            throw JournalError.map(error, path: path)
        }
    }

    public func maxSeq() throws -> Int64 { try read { try $0.maxSeq() } }

    /// Up to `limit` events after `seq` (cursor-style catch-up: call again with the last seq).
    public func rows(after seq: Int64, limit: Int = 10_000) throws -> [JournalRow] {
        try read { try $0.rows(after: seq, limit: limit) }
    }

    /// Every event touching record `id`, in order, without a scan.
    public func rows(forRecord id: String) throws -> [JournalRow] { try read { try $0.rows(forRecord: id) } }

    public func lastChange() throws -> LastChange? { try read { try $0.lastChange() } }

    /// `PRAGMA data_version` of this connection: changes when another connection commits.
    public func dataVersion() throws -> Int64 {
        try inDatabase { try Int64.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    /// `PRAGMA synchronous` of this connection (2 = FULL).
    public func synchronousLevel() throws -> Int {
        try inDatabase { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// `PRAGMA journal_mode` of this connection.
    public func journalMode() throws -> String {
        try inDatabase { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "?" }
    }

    /// SQLite's `PRAGMA integrity_check` (or the faster `quick_check`, which skips matching indexes to
    /// their tables): empty when the file is sound, else SQLite's findings.
    public func integrityCheck(quick: Bool = false) throws -> [String] {
        let lines = try inDatabase { try String.fetchAll($0, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check") }
        return lines == ["ok"] ? [] : lines
    }

    /// `meta(directory.state)`: `building` while a bulk build runs (or if one never finished), `ready` after.
    public func directoryState() throws -> String? { try read { try $0.meta(Self.directoryStateKey) } }

    /// Runs `body` on the connection outside any transaction.
    func inDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.inDatabase(body)
        } catch {
            throw JournalError.map(error, path: path)
        }
    }

    // MARK: Helpers

    private static func typedError(_ error: any Error, path: String) -> JournalError {
        let mapped = JournalError.map(error, path: path)
        if let e = mapped as? JournalError { return e }
        return .database(path: path, code: -1, message: "\(error)")
    }

    /// Creates the database file with mode 0600 before SQLite does (SQLite would use 0644 & ~umask, and
    /// gives `-wal` and `-shm` the main file's mode).
    private static func createEmptyFile(_ path: String) throws(JournalError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        if fd < 0 {
            if errno == EEXIST { return }  // another process created it just now
            throw .database(path: path, code: errno, message: "cannot create: \(errnoDescription(errno))")
        }
        _ = fchmod(fd, 0o600)
        _ = close(fd)
    }

    /// Makes sure the journal and its `-wal`/`-shm` companions are 0600.
    static func tightenPermissions(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var st = stat()
            if lstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 != 0, st.st_uid == geteuid() {
                _ = chmod(file, 0o600)
            }
        }
    }
}
