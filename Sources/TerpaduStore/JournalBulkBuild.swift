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
        try inDatabase { db in
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
        try fullSync()
        try write { try $0.setMeta(Self.directoryStateKey, "ready") }
        return result
    }

    private func restoreDurableMode() throws {
        let mode = try inDatabase { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") ?? "?" }
        guard mode.lowercased() == "wal" else { throw JournalError.notWAL(path: path, mode: mode) }
        try inDatabase { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        let level = try synchronousLevel()
        guard level == 2 else { throw JournalError.synchronousNotFull(path: path, found: level) }
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
