import Foundation
import GRDB
import Glibc
import TerpaduCore

extension Store {
    /// Rebuilds a damaged journal (SQLite reports it corrupt, or it is not a database any more): the
    /// damaged files are set aside in `damaged-<time>/` (nothing is deleted), a new journal gets every
    /// event that can still be read from them in order, and `repair` then appends the gap event, carrying
    /// on from the newest good snapshot when it holds more than what was read. Needs every other
    /// process on the directory stopped.
    public static func rebuildJournal(
        directory: DataDirectory,
        operator operatorName: String,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() },
        progress: (String) -> Void = { _ in }
    ) throws(StoreError) -> RepairReport {
        try DirectoryUsers.requireNone(directory, doing: "rebuilding the journal")
        progress("reading what can still be read")
        let salvage = JournalSalvage.read(path: directory.journalPath)
        let hasSnapshot = ((try? SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly).list()) ?? []).isEmpty == false
        guard !salvage.rows.isEmpty || hasSnapshot else {
            throw .other("nothing in \(directory.path) can be read: the journal gives no event (\(salvage.stopped ?? "empty")) "
                         + "and there is no snapshot. Restore the latest backup: `terpadu backup restore BACKUPDIR`")
        }
        progress("setting the damaged journal aside")
        let kept = try directory.setAside(DirectoryUsers.journalFiles(directory), label: "damaged")
        progress("writing the new journal")
        do {
            let journal = try Journal(path: directory.journalPath, access: .readWrite)
            let snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly)
            var state = TerpaduState()
            try journal.bulkBuild { session in
                var start = 0
                while start < salvage.rows.count {
                    let batch = Array(salvage.rows[start..<min(salvage.rows.count, start + 10_000)])
                    // Rows that replay: events are copied as they were, in order, and applied so the stage
                    // tables can be written (a gap's base snapshot is loaded when one is named).
                    for row in batch { try EventReplay.apply(try EventCoding.event(row), to: &state, snapshots: snapshots) }
                    try session.write { tx in
                        try tx.append(batch.map {
                            NewJournalEvent(timeMs: $0.timeMs, operatorName: $0.operatorName, kind: $0.kind,
                                            recordIDs: $0.recordIDs, payload: $0.payload, schema: $0.schema, seq: $0.seq)
                        })
                    }
                    start += batch.count
                }
                let built = state
                try session.write { tx in try StageTable.writeAll(of: built, tx: tx) }
            }
        } catch {
            throw .other("the new journal could not be written (\(StoreError.wrap(error))); the damaged one is kept in \(kept)")
        }
        let note = "rebuilt: the damaged journal is kept in \(kept); \(salvage.rows.count) events could be read"
            + (salvage.stopped.map { " (reading stopped: \($0))" } ?? "")
        progress("recording the gap")
        var report = try repair(directory: directory, operator: operatorName, cause: .journalRebuilt, note: note,
                                force: true, clock: clock)
        report.done.insert("set the damaged journal aside in \(kept)", at: 0)
        report.done.insert("copied \(salvage.rows.count) events that could still be read"
                           + (salvage.stopped.map { "; reading stopped: \($0)" } ?? ""), at: 1)
        return report
    }
}

/// Reads the events of a damaged journal in order until SQLite or the rows stop making sense.
enum JournalSalvage {
    struct Result {
        var rows: [JournalRow] = []
        /// Why reading stopped before the end, if it did.
        var stopped: String?
    }

    static func read(path: String) -> Result {
        var result = Result()
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else {
            result.stopped = "SQLite cannot open it"
            return result
        }
        var after: Int64 = 0
        while true {
            do {
                let rows = try queue.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT seq, time_ms, operator, kind, records, payload, schema FROM events
                        WHERE seq > ? ORDER BY seq LIMIT 1000
                        """, arguments: [after]).map(JournalReader.journalRow)
                }
                guard let last = rows.last else { break }
                for row in rows {
                    // A row that no longer decodes ends what can be replayed.
                    if (try? EventCoding.event(row)) == nil {
                        result.stopped = "event \(row.seq) cannot be decoded"
                        return result
                    }
                    result.rows.append(row)
                }
                after = last.seq
            } catch {
                result.stopped = "after event \(after): \(error)"
                break
            }
        }
        return result
    }
}

extension DataDirectory {
    /// Moves `files` (those that exist) into a new folder `<label>-<time>/` inside the directory, 0700,
    /// and syncs both folders: nothing is deleted. Returns the folder's path.
    public func setAside(_ files: [String], label: String) throws(StoreError) -> String {
        var folder = path + "/" + label + "-" + ISO8601UTC.fileStamp(milliseconds: ISO8601UTC.nowMilliseconds())
        var n = 1
        while mkdir(folder, 0o700) != 0 {
            guard errno == EEXIST, n < 100 else {
                throw .other("cannot create \(folder): \(errnoDescription(errno)); nothing was moved")
            }
            n += 1
            folder = path + "/" + label + "-" + ISO8601UTC.fileStamp(milliseconds: ISO8601UTC.nowMilliseconds()) + "-\(n)"
        }
        _ = chmod(folder, 0o700)
        for file in files where access(file, F_OK) == 0 {
            let name = String(file.split(separator: "/").last ?? "")
            guard rename(file, folder + "/" + name) == 0 else {
                throw .other("cannot move \(file) into \(folder): \(errnoDescription(errno))")
            }
        }
        let fs = SystemFileSystem()
        try? fs.syncDirectory(folder)
        try? fs.syncDirectory(path)
        return folder
    }
}
