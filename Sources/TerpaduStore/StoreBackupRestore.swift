import Foundation
import Glibc
import TerpaduCore

/// What `backup verify` found.
public struct BackupVerification: Sendable {
    public var problems: [String]
    public var passed: [String]
    public var isSound: Bool { problems.isEmpty }
}

extension Store {
    /// Checks a backup folder as `backup` left it: a safe data directory (0700, files 0600) with a
    /// `journal.sqlite` (an interrupted backup has none), SQLite's integrity check, every snapshot's
    /// checksums, a replay from the newest snapshot that equals the stage and counter tables, and marks
    /// the journal is not behind. Only reads.
    public static func verifyBackup(at path: String) -> BackupVerification {
        var v = BackupVerification(problems: [], passed: [])
        let directory: DataDirectory
        do { directory = try DataDirectory(path: path, create: false) } catch {
            v.problems.append("\(error)")
            return v
        }
        guard Glibc.access(directory.journalPath, F_OK) == 0 else {
            v.problems.append(Glibc.access(path + "/" + partialJournalName, F_OK) == 0
                ? "incomplete: the backup was interrupted before its copy was verified (only \(partialJournalName) is there)"
                : "no journal.sqlite in \(path): this is not a backup")
            return v
        }
        var modes = Doctor.Report()
        Doctor.permissions(directory, into: &modes)
        v.problems += modes.problems.map(\.problem)
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: .readOnly) } catch {
            v.problems.append("journal: \(error)")
            return v
        }
        let check = BackupCheck.run(journal: journal, snapshots: directory.snapshotsPath)
        v.problems += check.problems
        v.passed += check.passed
        if case .opened(let marks, _) = IssuedMarks.open(path: directory.marksPath, access: .readOnly),
           !check.handedOut.covers(marks.current) {
            v.problems.append("the journal is behind the backup's own marks (\(marks.current))")
        }
        return v
    }

    /// Restores the backup at `backupPath` over `directory`, keeping everything that is there: the
    /// journal it replaces is set aside in `replaced-<time>/`, snapshots the directory already has stay
    /// (the backup's are added beside them), and the directory's marks stay. Then `repair` appends the
    /// gap event: sequence numbers and IDs move past everything the directory ever handed out, and if a
    /// snapshot here holds more than the backup, the state carries on from it. Needs every other
    /// process on the directory stopped.
    public static func restoreBackup(
        from backupPath: String,
        over directory: DataDirectory,
        operator operatorName: String,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() },
        progress: (String) -> Void = { _ in }
    ) throws(StoreError) -> RepairReport {
        progress("verifying the backup")
        let verification = verifyBackup(at: backupPath)
        guard verification.isSound else {
            throw .other("the backup \(backupPath) does not verify (\(verification.problems.joined(separator: "; "))); nothing was changed")
        }
        let backup: DataDirectory
        do { backup = try DataDirectory(path: backupPath, create: false) } catch { throw .directory(error) }
        guard backup.path != directory.path else { throw .other("\(backup.path) is the data directory itself") }
        try DirectoryUsers.requireNone(directory, doing: "restoring a backup over the directory")

        progress("setting the current journal aside")
        let hadJournal = Glibc.access(directory.journalPath, F_OK) == 0
        let kept = hadJournal ? try directory.setAside(DirectoryUsers.journalFiles(directory), label: "replaced") : nil
        progress("copying the backup's journal")
        try copyFile(backup.journalPath, to: directory.journalPath)
        progress("copying the backup's snapshots")
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.snapshotsPath)) ?? [])
        for name in (try? FileManager.default.contentsOfDirectory(atPath: backup.snapshotsPath)) ?? []
        where SnapshotDirectory.sequence(inFileName: name) != nil && !present.contains(name) {
            try copyFile(backup.snapshotsPath + "/" + name, to: directory.snapshotsPath + "/" + name)
        }
        if Glibc.access(directory.marksPath, F_OK) != 0 && Glibc.access(backup.marksPath, F_OK) == 0 {
            try copyFile(backup.marksPath, to: directory.marksPath)
        }
        let note = "restored from the backup \(backup.path)" + (kept.map { "; the journal it replaced is kept in \($0)" } ?? "")
        progress("recording the gap")
        var report = try repair(directory: directory, operator: operatorName, cause: .backupRestored, note: note,
                                force: true, clock: clock)
        if let kept { report.done.insert("set the journal it replaces aside in \(kept)", at: 0) }
        report.done.insert("copied the journal and snapshots of \(backup.path)", at: kept == nil ? 0 : 1)
        return report
    }

    /// Copies a file to `path` through a temporary name in 1 MiB pieces: 0600, fsynced, renamed into
    /// place, the folder synced. Nothing is left at `path` if it fails.
    static func copyFile(_ from: String, to path: String) throws(StoreError) {
        let input = Glibc.open(from, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard input >= 0 else { throw .other("cannot read \(from): \(errnoDescription(errno))") }
        defer { Glibc.close(input) }
        let (folder, name) = splitPath(path)
        let temporary = folder + "/" + AtomicFileWriter.temporaryPrefix(for: name) + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let output = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .other("cannot create \(temporary): \(errnoDescription(errno))") }
        var failure: String?
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        copying: while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = "cannot read \(from): \(errnoDescription(errno))"; break }
            if n == 0 { break }
            var offset = 0
            while offset < n {
                let w = buffer.withUnsafeBytes { raw in
                    raw.baseAddress.map { Glibc.write(output, $0 + offset, n - offset) } ?? -1
                }
                if w < 0 && errno == EINTR { continue }
                if w <= 0 { failure = "cannot write \(temporary): \(errnoDescription(errno))"; break copying }
                offset += w
            }
        }
        if failure == nil && fsync(output) != 0 { failure = "cannot fsync \(temporary): \(errnoDescription(errno))" }
        if Glibc.close(output) != 0 && failure == nil { failure = "cannot close \(temporary): \(errnoDescription(errno))" }
        if failure == nil && Glibc.rename(temporary, path) != 0 { failure = "cannot rename into \(path): \(errnoDescription(errno))" }
        if let failure {
            unlink(temporary)
            throw .other(failure)
        }
        do { try SystemFileSystem().syncDirectory(folder) } catch { throw .other("cannot sync \(folder): \(error)") }
    }
}
