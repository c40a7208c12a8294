import GRDB
import Glibc

/// Transactions of a bulk build (see `Journal.bulkBuild`).
public struct JournalBulkSession {
    let journal: Journal

    /// One transaction, as `Journal.write`, but not synced on commit (`synchronous = OFF`).
    @discardableResult
    public func write<T>(_ body: (JournalTransaction) throws -> T) throws -> T { try journal.write(body) }
}

extension Journal {
    /// Builds a brand-new journal quickly: the only place `synchronous = FULL` is relaxed.
    ///
    /// 1. Refuses a journal that already holds events (`JournalError.notEmpty`).
    /// 2. Records `meta(directory.state) = building` durably (FULL), so a build that never finished is
    ///    recognisable afterwards.
    /// 3. Runs `body` with `synchronous = OFF` and, when no other connection has the file open, with the
    ///    rollback journal in memory instead of the WAL: every page is then written once, not once to
    ///    the WAL and again by the checkpoint (a million-worker seed: 56 s instead of 69 s). A build that
    ///    dies half-way may leave the file unreadable; it was marked `building` and acknowledged nothing,
    ///    and `Store.open` refuses it either way.
    /// 4. Restores WAL mode and `synchronous = FULL` (both checked, also when `body` throws), checkpoints
    ///    the WAL into the database file, fsyncs the database, the WAL and the directory.
    /// 5. Records `meta(directory.state) = ready` in a FULL commit. Only then is the directory ready.
    ///
    /// Nothing else may use this journal's connection while the build runs.
    public func bulkBuild<T>(_ body: (JournalBulkSession) throws -> T) throws -> T {
        guard access == .readWrite else { throw JournalError.readOnly }
        guard try maxSeq() == 0 else { throw JournalError.notEmpty(path: path) }
        try write { try $0.setMeta(Self.directoryStateKey, "building") }
        // While another connection holds the file SQLite refuses the switch (SQLITE_BUSY); the build
        // then simply stays in WAL mode.
        // A WAL file left in place would put SQLite straight back into WAL mode at the next
        // transaction, so this connection lets it go for the build.
        try inDatabase { db in
            Self.setPersistentWAL(false, db)
            _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = MEMORY")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        let result: T
        do {
            result = try body(JournalBulkSession(journal: self))
        } catch {
            try? restoreDurableMode()
            throw error
        }
        try restoreDurableMode()
        try inDatabase { _ = try Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try preallocateWAL()
        try fullSync()
        try write { try $0.setMeta(Self.directoryStateKey, "ready") }
        return result
    }

    private func restoreDurableMode() throws {
        let mode = try inDatabase { db in
            Self.setPersistentWAL(true, db)
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") ?? "?"
        }
        guard mode.lowercased() == "wal" else { throw JournalError.notWAL(path: path, mode: mode) }
        try inDatabase { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        let level = try synchronousLevel()
        guard level == 2 else { throw JournalError.synchronousNotFull(path: path, found: level) }
    }

    /// Gives the (empty, just truncated) WAL file `walBytes` of zeros, so the first writer after the
    /// build reuses blocks instead of growing the file on every commit. SQLite reads a WAL whose header
    /// is not valid as empty and writes a fresh header at offset 0, so the zeros are never taken for
    /// frames.
    private func preallocateWAL(walBytes: Int = 8 << 20) throws {
        let file = path + "-wal"
        let fd = open(file, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw JournalError.database(path: file, code: errno, message: "open: \(errnoDescription(errno))")
        }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) < walBytes else { return }
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        var offset = Int(st.st_size)
        while offset < walBytes {
            let n = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress, min($0.count, walBytes - offset), off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw JournalError.database(path: file, code: errno, message: "write: \(errnoDescription(errno))")
            }
            offset += n
        }
    }

    /// fsync of the database file, its WAL (if present) and the directory holding them.
    private func fullSync() throws {
        let fs = SystemFileSystem()
        for file in [path, path + "-wal"] {
            let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT && file != path { continue }
                throw JournalError.database(path: file, code: errno, message: "open for sync: \(errnoDescription(errno))")
            }
            defer { _ = close(fd) }
            guard fsync(fd) == 0 else {
                throw JournalError.database(path: file, code: errno, message: "fsync: \(errnoDescription(errno))")
            }
        }
        do {
            try fs.syncDirectory(splitPath(path).directory)
        } catch {
            throw JournalError.database(path: path, code: error.code, message: "\(error)")
        }
    }
}
