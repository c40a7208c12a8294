import Foundation
import GRDB
import Glibc
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// The mistakes and damage a real office meets, tried on the built `terpadu` as an operator would:
/// a frightened operator deleting `journal.sqlite-wal`, a corrupted page, a backup killed half-way,
/// backups while others write. Serialized; each test has its own directory.
@Suite(.serialized) struct DataLossProcessTests {
    init() { signal(SIGPIPE, SIG_IGN) }

    static func exe() throws -> String {
        try #require(terpaduExecutable(), "the terpadu executable was not built beside the tests; run `swift build --build-tests`")
    }

    static func lines(_ range: Range<Int>, tag: String = "") -> String {
        range.map { registrationLine($0, operatorTag: tag).line }.joined(separator: "\n") + "\n"
    }

    /// Registers `count` workers through a child that is killed once it acknowledged `atLeast` lines,
    /// so its closing snapshot and checkpoint never happen. Returns the acknowledgements.
    static func killedApply(_ exe: String, data: String, from: Int, count: Int, atLeast: Int) throws -> [ApplyAck] {
        let child = try ApplyChild(executable: exe, data: data, operatorName: "desk-1", extra: ["--batch", "1"])
        child.sendInBackground(lines(from..<(from + count)))
        child.waitForLines(atLeast)
        child.kill()
        return ApplyAck.parse(child.finish().stdout)
    }

    @Test func aDeletedWALAfterAKillIsRefusedUntilRepairedAndNoIDIsHandedOutTwice() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("wal")
        defer { dir.remove() }
        let first = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(0..<20))
        #expect(first.status == 0, "\(first.stderr)")
        let acks = try Self.killedApply(exe, data: dir.data, from: 20, count: 400, atLeast: 150)
        #expect(acks.count >= 150)
        let lastAck = try #require(acks.last)
        // The frightened operator's "clean-up".
        #expect(unlink(dir.data + "/journal.sqlite-wal") == 0)

        let refused = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(1000..<1001))
        #expect(refused.status == 3)
        #expect(refused.stdout.isEmpty, "nothing may be acknowledged: \(refused.stdout)")
        #expect(refused.stderr.contains("is behind what this directory handed out"))
        #expect(refused.stderr.contains("terpadu doctor --repair"))
        let doctor = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("behind") && doctor.stdout.contains("mend:"))

        let repair = try runTerpadu(exe, ["doctor", "--repair", "--data", dir.data])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        #expect(repair.stdout.contains("doctor: \(dir.data) is sound"))
        let gapSeq = try #require(lastAck.seq) + 1
        #expect(repair.stdout.contains("lost, see event \(gapSeq)"), "\(repair.stdout)")

        let after = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(1000..<1001))
        let next = try #require(ApplyAck.parse(after.stdout).first)
        #expect(next.ok)
        #expect(next.seq == gapSeq + 1)
        let handedOut = Set((ApplyAck.parse(first.stdout) + acks).compactMap(\.id))
        #expect(!handedOut.contains(try #require(next.id)), "\(next.id ?? "") was handed out before the loss")
        let lastNumber = try #require(lastAck.id.flatMap { RecordID(parsing: $0) }?.number)
        #expect(next.id == RecordID(.worker, lastNumber + 1).description)
        // A lost worker's history says where the loss is recorded.
        let history = try runTerpadu(exe, ["history", try #require(lastAck.id), "--data", dir.data])
        #expect(history.stdout.contains("lost, see event \(gapSeq)"), "\(history.stdout)\(history.stderr)")
    }

    @Test func aCorruptedJournalStopsWritesAndIsRebuiltKeepingTheDamagedFile() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("corrupt")
        defer { dir.remove() }
        let setup = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(0..<300))
        #expect(setup.status == 0, "\(setup.stderr)")
        // Damage a page in the middle of the file, which no command reads (after a checkpoint, so the
        // page's newest copy is in the main file, not in the kept WAL): only a check can find it.
        try checkpoint(dir.data)
        let pageSize = 4096
        var st = stat()
        #expect(stat(dir.data + "/journal.sqlite", &st) == 0)
        let pages = Int(st.st_size) / pageSize
        let fd = open(dir.data + "/journal.sqlite", O_WRONLY)
        #expect(fd >= 0)
        let garbage = [UInt8](repeating: 0xA5, count: pageSize)
        _ = garbage.withUnsafeBytes { pwrite(fd, $0.baseAddress, pageSize, off_t(pages / 2 * pageSize)) }
        close(fd)
        // An hour later: the last quick check (in the marks file) is old.
        let marks = open(dir.data + "/" + IssuedMarks.fileName, O_WRONLY)
        var never: Int64 = 0
        _ = pwrite(marks, &never, 8, 264)
        close(marks)

        let broken = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(300..<305))
        #expect(broken.status == 3, "\(broken.stdout)\(broken.stderr)")
        #expect(broken.stderr.contains("journal.sqlite is damaged"))
        #expect(broken.stderr.contains("terpadu backup restore") && broken.stderr.contains("terpadu doctor --repair"))
        // Every later process refuses at once, before reading its input.
        let again = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(305..<306))
        #expect(again.status == 3 && again.stdout.isEmpty, "\(again.stdout)\(again.stderr)")

        let doctor = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(doctor.status != 0)
        #expect(doctor.stdout.split(separator: "\n").filter { $0.hasPrefix("finding:") }.allSatisfy { $0.contains("mend:") },
                "\(doctor.stdout)")
        let repair = try runTerpadu(exe, ["doctor", "--repair", "--data", dir.data])
        #expect(repair.status == 0, "\(repair.stdout)\(repair.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.data).filter { $0.hasPrefix("damaged-") }
        #expect(kept.count == 1)
        #expect(FileManager.default.fileExists(atPath: dir.data + "/" + (kept.first ?? "") + "/journal.sqlite"))
        let after = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(305..<306))
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        let ack = try #require(ApplyAck.parse(after.stdout).first)
        let kept300 = try #require(ack.id.flatMap { RecordID(parsing: $0) })
        #expect(kept300.number > 300, "no ID handed out before the damage is handed out again: \(after.stdout)")
        let stats = try runTerpadu(exe, ["stats", "--json", "--data", dir.data])
        #expect(stats.stdout.contains("\"workers\":"), "\(stats.stdout)")
    }

    @Test func aBackupTakenWhileOthersWriteVerifiesOpensAndRestoresOverTheDirectory() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("backup")
        defer { dir.remove() }
        _ = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(0..<200))
        let writer = try ApplyChild(executable: exe, data: dir.data, operatorName: "desk-2", extra: ["--batch", "1"])
        writer.sendInBackground(Self.lines(200..<1200, tag: "w"))
        writer.waitForLines(50)
        let backup = try runTerpadu(exe, ["backup", "--to", dir.path + "/b1", "--data", dir.data])
        let written = writer.finish()
        #expect(backup.status == 0, "\(backup.stdout)\(backup.stderr)")
        #expect(written.status == 0, "the writer went on while the backup ran: \(written.stderr)")
        for phase in ["copying the journal", "copying the snapshot", "verifying the copy"] {
            #expect(backup.stdout.contains("backup: \(phase): done"), "\(backup.stdout)")
        }
        #expect(mode(dir.path + "/b1") == 0o700)
        #expect(mode(dir.path + "/b1/journal.sqlite") == 0o600)
        let verify = try runTerpadu(exe, ["backup", "verify", dir.path + "/b1"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // It opens as a data directory as it is.
        let stats = try runTerpadu(exe, ["stats", "--json", "--data", dir.path + "/b1", "--role", "supervisor"])
        #expect(stats.status == 0 && stats.stdout.contains("\"workers\":"), "\(stats.stdout)\(stats.stderr)")
        // The backup is in the journal's audit trail.
        let recorded = try contentsOfJournal(dir.data).filter { $0.kind == "dataExported" }
        #expect(recorded.contains { $0.payload.contains("\"kind\":\"backup\"") })

        // Later changes, then the backup restored over the directory: nothing is handed out twice.
        let more = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(5000..<5010))
        let lastBefore = try #require(ApplyAck.parse(more.stdout).last?.id.flatMap { RecordID(parsing: $0) })
        let restore = try runTerpadu(exe, ["backup", "restore", dir.path + "/b1", "--data", dir.data])
        #expect(restore.status == 0, "\(restore.stdout)\(restore.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.data).contains { $0.hasPrefix("replaced-") })
        let after = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(6000..<6001))
        let id = try #require(ApplyAck.parse(after.stdout).first?.id.flatMap { RecordID(parsing: $0) })
        #expect(id.number > lastBefore.number, "\(id) after \(lastBefore)")
        let doctor = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    /// `TERPADU_BACKUP_KILLS` raises the count (default 12).
    @Test func aBackupKilledAtAnyMomentLeavesTheSourceSoundAndNoHalfCopyThatVerifies() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("backupkill")
        defer { dir.remove() }
        let seed = try runTerpadu(exe, ["seed", "synthetic", "--workers", "20000", "--data", dir.data])
        #expect(seed.status == 0, "\(seed.stderr)")
        let before = try contentsOfJournal(dir.data)
        let kills = max(1, Int(ProcessInfo.processInfo.environment["TERPADU_BACKUP_KILLS"] ?? "") ?? 12)
        var rng = TestRandom(seed: 0xB4C)
        var completed = 0, interrupted = 0
        for i in 0..<kills {
            let target = dir.path + "/kill-\(i)"
            let child = Process()
            child.executableURL = URL(fileURLWithPath: exe)
            child.arguments = ["backup", "--to", target, "--data", dir.data]
            var env = ProcessInfo.processInfo.environment
            env["TERPADU_OPERATOR"] = "night"
            child.environment = env
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            usleep(UInt32(50_000 + rng.below(1_500_000)))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let verify = try runTerpadu(exe, ["backup", "verify", target])
            if FileManager.default.fileExists(atPath: target + "/journal.sqlite") {
                completed += 1
                #expect(verify.status == 0, "a finished backup must verify: \(verify.stdout)")
            } else {
                interrupted += 1
                #expect(verify.status != 0, "a half-copy verified: \(verify.stdout)")
            }
        }
        #expect(interrupted > 0, "no kill landed during a backup (\(completed) finished first)")
        let doctor = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        let after = try contentsOfJournal(dir.data)
        // The source holds what it held, plus the record of each backup that finished.
        #expect(after.prefix(before.count) == before[...])
        #expect(after.dropFirst(before.count).allSatisfy { $0.kind == "dataExported" })
    }

    @Test func aSupervisorChangesNoByteOrTimeOfTheDirectoryAndIsRefusedEveryWrite() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("supervisor")
        defer { dir.remove() }
        _ = try runTerpadu(exe, ["apply", "--data", dir.data], input: Self.lines(0..<30))
        let before = try fingerprint(dir.data)
        let reads: [[String]] = [[], ["stats"], ["stats", "--by", "country"], ["stats", "--json"], ["doctor"],
                                 ["snapshot", "list"], ["snapshot", "verify"], ["history", "W-000001"]]
        for args in reads {
            let r = try runTerpadu(exe, args + ["--data", dir.data], environment: ["TERPADU_ROLE": "supervisor"])
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let writes: [[String]] = [["apply"], ["import", "workers", dir.path + "/none.csv"], ["export", "workers"],
                                  ["backup", "--to", dir.path + "/b"], ["snapshot", "create"], ["doctor", "--repair"],
                                  ["snapshot", "restore", "5", "--to", dir.path + "/r"], ["seed", "demo"]]
        for args in writes {
            let r = try runTerpadu(exe, args + ["--data", dir.data, "--role", "supervisor"], input: Self.lines(100..<101))
            #expect(r.status != 0 && r.stderr.contains("a supervisor cannot"), "\(args): \(r.status) \(r.stdout)\(r.stderr)")
            #expect(!r.stdout.contains("\"ok\":true"))
        }
        #expect(try fingerprint(dir.data) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/b"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/r"))
        let bad = try runTerpadu(exe, ["stats", "--data", dir.data, "--role", "boss"])
        #expect(bad.status != 0 && bad.stderr.contains("--role \"boss\" is not a role"))
    }

    @Test func withoutUserTheOperatorIsTheAccountName() throws {
        let exe = try Self.exe()
        let dir = FastTempDir("account")
        defer { dir.remove() }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "USER")
        env.removeValue(forKey: "TERPADU_OPERATOR")
        env["TERPADU_SEEDS"] = seedsURL.path
        let child = Process()
        child.executableURL = URL(fileURLWithPath: exe)
        child.arguments = ["apply", "--data", dir.data]
        child.environment = env
        let input = Pipe(), output = Pipe()
        child.standardInput = input
        child.standardOutput = output
        child.standardError = output
        try child.run()
        try input.fileHandleForWriting.write(contentsOf: Data(Self.lines(0..<1).utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0, "\(text)")
        let journal = try Journal(path: dir.data + "/journal.sqlite", access: .readOnly)
        let who = try journal.read { try $0.rows(after: 0, limit: 10) }.map(\.operatorName)
        #expect(Set(who) == [try #require(OperatorName.accountName())])
    }

    @Test(.enabled(if: TmpfsMount.available, "needs a tmpfs mount (root)"))
    func onAFullDiskApplySaysItsClosingSnapshotFailed() throws {
        let exe = try Self.exe()
        let mount = try TmpfsMount(bytes: 3 << 20)
        defer { mount.remove() }
        let r = try runTerpadu(exe, ["apply", "--data", mount.path + "/data"], input: Self.lines(0..<2))
        #expect(r.status == 0, "the lines were saved: \(r.stdout)\(r.stderr)")
        #expect(ApplyAck.parse(r.stdout).count == 2)
        #expect(r.stderr.contains("closing snapshot was not written"), "\(r.stderr)")
        #expect(r.stderr.contains("No space left on device"), "\(r.stderr)")
    }
}

/// Each file of a data directory (but SQLite's `-shm`, whose read marks readers may write): its
/// bytes, modification time and mode, and the list of names.
func fingerprint(_ path: String) throws -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for name in try fm.subpathsOfDirectory(atPath: path).sorted() where !name.hasSuffix("-shm") {
        var st = stat()
        _ = lstat(path + "/" + name, &st)
        let bytes = (st.st_mode & S_IFMT) == S_IFREG ? (contents(path + "/" + name) ?? []) : []
        out.append("\(name) \(st.st_mode) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(bytes.count) \(bytes.hashValue)")
    }
    return out
}

/// Moves everything in the WAL into the main file and empties the WAL.
func checkpoint(_ data: String) throws {
    let queue = try GRDB.DatabaseQueue(path: data + "/journal.sqlite")
    try queue.writeWithoutTransaction { _ = try GRDB.Row.fetchAll($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
}

/// Every row of a directory's journal.
func contentsOfJournal(_ data: String) throws -> [JournalRow] {
    let journal = try Journal(path: data + "/journal.sqlite", access: .readOnly)
    return try journal.read { try $0.rows(after: 0, limit: 10_000_000) }
}

/// A small tmpfs, for a real full disk; only where mounting is allowed (root).
struct TmpfsMount {
    let path: String

    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        guard let m = try? TmpfsMount(bytes: 1 << 20) else { return false }
        m.remove()
        return true
    }()

    init(bytes: Int) throws {
        path = FileManager.default.temporaryDirectory.path + "/terpadu-full-\(UUID().uuidString)"
        _ = mkdir(path, 0o700)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-t", "tmpfs", "-o", "size=\(bytes),mode=0700", "tmpfs", path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            rmdir(path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func remove() {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [path]
        try? p.run()
        p.waitUntilExit()
        rmdir(path)
    }
}
