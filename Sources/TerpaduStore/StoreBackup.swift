import Foundation
import GRDBSQLite
import Glibc
import TerpaduCore

/// How far a backup has got.
public struct BackupProgress: Sendable, Equatable {
    public enum Phase: String, Sendable {
        case journal = "copying the journal"
        case snapshots = "copying the snapshot"
        case verifying = "verifying the copy"
        case finishing = "finishing"
    }

    public var phase: Phase
    public var done: Int64
    public var total: Int64
}

/// What a finished backup holds.
public struct BackupReport: Sendable {
    public var path: String
    public var events: Int64
    public var workers: Int
    public var journalBytes: Int64
    public var snapshots: [String]
    /// What verification checked.
    public var verified: [String]
}

extension Store {
    /// The name the journal copy has until it is verified: an interrupted backup leaves only this.
    public static let partialJournalName = ".journal.sqlite.partial"

    /// Copies the data directory to `targetPath` while operators keep working, as a data directory
    /// that `terpadu --data TARGET` opens as it is (0700/0600).
    ///
    /// 1. The journal, in one read transaction (SQLite's online backup in a single step), into
    ///    `.journal.sqlite.partial`: a stepwise copy restarts whenever another process commits, which a
    ///    busy office does all day; one step sees one consistent moment and never blocks writers.
    /// 2. The newest good snapshot not ahead of that copy, and every replay base it needs.
    /// 3. Verification: SQLite's integrity check, the snapshot's checksums, a replay (snapshot and the
    ///    events after it) that must equal the copied stage and counter tables, and the marks.
    /// 4. Only then is the copy renamed to `journal.sqlite` (and the folder synced). A backup killed
    ///    before that leaves no `journal.sqlite`, so nothing of it verifies or opens as a directory.
    ///
    /// The source is only read.
    public static func backup(
        from source: DataDirectory,
        to targetPath: String,
        progress: (BackupProgress) -> Void = { _ in }
    ) throws(StoreError) -> BackupReport {
        let target: DataDirectory
        do { target = try DataDirectory(path: targetPath, create: true) } catch { throw .directory(error) }
        guard target.path != source.path else { throw .other("back up into another directory, not into \(source.path) itself") }
        // A new folder, or what an interrupted backup left there (which never verifies): start over.
        let leftovers: Set<String> = ["snapshots", IssuedMarks.fileName, partialJournalName,
                                      partialJournalName + "-journal", partialJournalName + "-wal", partialJournalName + "-shm"]
        let present = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        guard !present.contains("journal.sqlite"), present.allSatisfy(leftovers.contains) else {
            throw .other("\(target.path) is not empty; back up into a new directory (for example one named by the date)")
        }
        if present.contains(partialJournalName) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: target.snapshotsPath)) ?? [] {
                unlink(target.snapshotsPath + "/" + name)
            }
            unlink(target.marksPath)
        }
        let partial = target.path + "/" + partialJournalName
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial + suffix) }

        let bytes = try copyJournal(from: source.journalPath, to: partial, progress: progress)

        // The snapshot: the newest good one the copied journal is not behind, and its replay bases.
        progress(BackupProgress(phase: .snapshots, done: 0, total: 1))
        let copied: Journal
        do { copied = try Journal(path: partial, access: .readOnly) } catch { throw .journal(error) }
        let copiedEnd: Int64
        do { copiedEnd = try copied.maxSeq() } catch { throw .wrap(error) }
        let sourceSnapshots: SnapshotDirectory
        do { sourceSnapshots = try SnapshotDirectory(path: source.snapshotsPath, access: .readOnly) } catch { throw .snapshots(error) }
        // The decoded state is not kept: only whether it decodes and the replay bases it names.
        var chosen: (info: SnapshotInfo, payload: [UInt8], bases: [Int64])?
        do {
            for info in try sourceSnapshots.list().reversed() where Int64(info.sequence) <= copiedEnd {
                if let good = try? SnapshotFile.withVerifiedPayload(atPath: info.path, { header, payload -> ([UInt8], [Int64]) in
                    guard header.sequence == info.sequence else { throw SnapshotNameMismatch(sequence: header.sequence) }
                    return ([UInt8](payload), try SnapshotCodec.decode(payload).replayBases)
                }) {
                    chosen = (info, good.0, good.1)
                    break
                }
            }
        } catch { throw .snapshots(error) }
        var written: [String] = []
        do {
            let out = try SnapshotDirectory(path: target.snapshotsPath, access: .readWrite)
            defer { out.close() }
            var bases: [Int64] = chosen?.bases ?? []
            // Bases named by gaps after the snapshot are needed too: read them from the copy.
            try copied.read { reader in
                try reader.forEachRow(after: Int64(chosen?.info.sequence ?? 0)) { row in
                    guard row.kind == "gapRecorded", case .gapRecorded(let g) = try EventCoding.event(row).body,
                          let b = g.baseSnapshot else { return }
                    bases.append(b)
                }
            }
            let pinned = Set(bases.map { UInt64($0) })
            for base in pinned.sorted() where base != chosen?.info.sequence {
                let payload = try SnapshotFile.withVerifiedPayload(atPath: sourceSnapshots.path + "/" + SnapshotDirectory.fileName(for: base)) {
                    _, payload in [UInt8](payload)
                }
                _ = try out.write(sequence: base, payload: payload, keeping: pinned)
                written.append(SnapshotDirectory.fileName(for: base))
            }
            if let c = chosen {
                _ = try out.write(sequence: c.info.sequence, payload: c.payload, keeping: pinned)
                written.append(c.info.fileName)
            }
            chosen = nil
        } catch { throw .wrap(error) }
        progress(BackupProgress(phase: .snapshots, done: 1, total: 1))

        // Verification of the copy as it will be opened.
        progress(BackupProgress(phase: .verifying, done: 0, total: 1))
        let check = BackupCheck.run(journal: copied, snapshots: target.snapshotsPath)
        guard check.problems.isEmpty else {
            throw .other("the copy in \(target.path) did not verify: " + check.problems.joined(separator: "; ")
                         + ". The source is untouched; run the backup again into a new directory")
        }
        progress(BackupProgress(phase: .verifying, done: 1, total: 1))

        progress(BackupProgress(phase: .finishing, done: 0, total: 1))
        if case .opened(let marks, _) = IssuedMarks.open(path: target.marksPath, access: .readWrite) {
            marks.raise(to: check.handedOut)
            marks.sync()
        }
        guard rename(partial, target.journalPath) == 0 else {
            throw .other("could not rename \(partial) to \(target.journalPath): \(errnoDescription(errno))")
        }
        do { try SystemFileSystem().syncDirectory(target.path) } catch {
            throw .other("the backup is written but \(target.path) could not be synced: \(error)")
        }
        progress(BackupProgress(phase: .finishing, done: 1, total: 1))
        return BackupReport(path: target.path, events: copiedEnd, workers: check.workers, journalBytes: bytes,
                            snapshots: written, verified: check.passed)
    }

    /// SQLite's online backup of the journal at `sourcePath` into a new file at `path`, in one step
    /// (one read transaction: writers go on, and the copy is never restarted), then fsynced. The copy
    /// leaves WAL mode (a single self-contained file); whoever opens it read-write turns WAL on again.
    static func copyJournal(from sourcePath: String, to path: String,
                            progress: (BackupProgress) -> Void) throws(StoreError) -> Int64 {
        let created = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard created >= 0 else { throw .other("cannot create \(path): \(errnoDescription(errno))") }
        Glibc.close(created)
        var st = stat()
        let total = stat(sourcePath, &st) == 0 ? Int64(st.st_size) : 0
        let outcome = BackupOutcome()
        let done = DispatchSemaphore(value: 0)
        let source = sourcePath, destination = path
        Thread.detachNewThread {
            outcome.set(SQLiteBackup.copy(from: source, to: destination))
            done.signal()
        }
        while done.wait(timeout: .now() + .milliseconds(200)) == .timedOut {
            var now = stat()
            progress(BackupProgress(phase: .journal, done: stat(path, &now) == 0 ? Int64(now.st_size) : 0, total: total))
        }
        if let failure = outcome.get() { throw .other("copying the journal failed: \(failure); the source is untouched") }
        var final = stat()
        let bytes = stat(path, &final) == 0 ? Int64(final.st_size) : 0
        progress(BackupProgress(phase: .journal, done: bytes, total: max(total, bytes)))
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0, fsync(fd) == 0 else {
            if fd >= 0 { Glibc.close(fd) }
            throw .other("cannot fsync \(path): \(errnoDescription(errno))")
        }
        Glibc.close(fd)
        return bytes
    }
}

/// The result of the copying thread.
final class BackupOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: String?
    func set(_ f: String?) { lock.withLock { failure = f } }
    func get() -> String? { lock.withLock { failure } }
}

/// SQLite's backup API, straight: `sqlite3_backup_step(-1)` copies every page under one read lock.
enum SQLiteBackup {
    /// nil on success, else what failed.
    static func copy(from sourcePath: String, to path: String) -> String? {
        var src: OpaquePointer?
        var dst: OpaquePointer?
        defer {
            sqlite3_close_v2(src)
            sqlite3_close_v2(dst)
        }
        guard sqlite3_open_v2(sourcePath, &src, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            return "cannot open \(sourcePath): \(message(src))"
        }
        sqlite3_busy_timeout(src, 5_000)
        guard sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            return "cannot open \(path): \(message(dst))"
        }
        // A new file: its own rollback journal would only double the writes; it is fsynced afterwards,
        // and it only becomes the backup once verified.
        sqlite3_exec(dst, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nil, nil, nil)
        guard let backup = sqlite3_backup_init(dst, "main", src, "main") else { return "backup init: \(message(dst))" }
        var rc: Int32
        var attempts = 0
        repeat {
            rc = sqlite3_backup_step(backup, -1)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
                attempts += 1
                usleep(20_000)
            }
        } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempts < 250
        let finish = sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE, finish == SQLITE_OK else {
            return "SQLite backup step: \(String(cString: sqlite3_errstr(rc))) (\(message(dst)))"
        }
        // One self-contained file: no WAL flag in the header, so it opens without companions.
        guard sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", nil, nil, nil) == SQLITE_OK else {
            return "cannot leave WAL mode in the copy: \(message(dst))"
        }
        return nil
    }

    private static func message(_ db: OpaquePointer?) -> String {
        db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
    }
}

/// Checks a journal and snapshots folder as a backup must hold them: integrity, snapshot checksums,
/// a replay from the newest snapshot that equals the stage and counter tables.
struct BackupCheck {
    var problems: [String] = []
    var passed: [String] = []
    var workers = 0
    var handedOut = Marks()

    static func run(journal: Journal, snapshots snapshotsPath: String) -> BackupCheck {
        var check = BackupCheck()
        do {
            let findings = try journal.integrityCheck()
            if findings.isEmpty { check.passed.append("integrity_check: ok") }
            check.problems += findings.prefix(5).map { "integrity_check: \($0)" }
        } catch {
            check.problems.append("integrity_check: \(error)")
            return check
        }
        let snapshots: SnapshotDirectory
        do { snapshots = try SnapshotDirectory(path: snapshotsPath, access: .readOnly) } catch {
            check.problems.append("snapshots: \(error)")
            return check
        }
        do {
            for (info, error) in try snapshots.verifyAll() {
                if let error { check.problems.append("snapshot \(info.fileName): \(error)") } else {
                    check.passed.append("snapshot \(info.fileName): checksums ok")
                }
            }
            let loaded = try StateLoader.load(journal: journal, snapshots: snapshots)
            if let ahead = loaded.ahead { check.problems.append("snapshot \(ahead.info.fileName) is ahead of the journal") }
            check.passed.append("replayed from \(loaded.snapshot?.fileName ?? "the first event") to event \(loaded.state.lastSeq)")
            var report = Doctor.Report()
            Doctor.stageTables(journal, state: loaded.state, into: &report)
            check.problems += report.problems.map(\.problem)
            check.passed += report.passed
            check.workers = loaded.state.workerCount
            check.handedOut = Marks(of: loaded.state)
        } catch {
            check.problems.append("replay: \(error)")
        }
        return check
    }
}
