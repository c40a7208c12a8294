import Foundation
import Glibc
import TerpaduCore

/// `terpadu doctor`: checks a data directory without changing it (it opens the journal read-only and
/// takes no lock). Every finding says what is wrong and ends with the command that mends it.
///
/// 1. SQLite's `integrity_check` of the journal, and that no seed or restore was left unfinished.
/// 2. Every snapshot's framing and checksums, and that the core can decode it.
/// 3. The journal holds everything handed out (the marks file, snapshots ahead of it).
/// 4. Every event can be read, in sequence order; a jump is explained by a gap event ("lost, see
///    event N"), and a gap's base snapshot is there.
/// 5. The newest good snapshot equals the journal replayed to its sequence.
/// 6. The live counters equal a full recount, and `worker_stage`, `counters` and the KPIs equal what
///    the state says; the records keep the rules of the cycle (`InvariantViolation`).
/// 7. Permissions: `snapshots/` 0700, the journal, its companions and every snapshot 0600; no
///    temporary file left by an interrupted snapshot write.
public enum Doctor {
    public struct Finding: Sendable, Equatable {
        public var problem: String
        /// The command (or step) that mends it.
        public var mend: String
        public var text: String { "\(problem) (mend: \(mend))" }
    }

    public struct Report: Sendable {
        public var problems: [Finding] = []
        /// Each problem found, in words, ending with its mend; empty when all is well.
        public var findings: [String] { problems.map(\.text) }
        /// What was checked and found sound, and what is worth knowing (recorded gaps).
        public var passed: [String] = []
        public var isClean: Bool { problems.isEmpty }

        mutating func find(_ problem: String, mend: String) { problems.append(Finding(problem: problem, mend: mend)) }
    }

    static let repair = "`terpadu doctor --repair`"
    static let restoreBackup = "`terpadu backup restore BACKUPDIR` (the latest backup)"
    static let newSnapshot = "`terpadu snapshot create`"

    public static func examine(directory: DataDirectory, progress: (String) -> Void = { _ in }) -> Report {
        var report = Report()
        permissions(directory, into: &report)
        // Before the journal is read: marks are raised after each commit, so a journal read later holds
        // what they say even while operators keep committing.
        let marks: Result<Marks?, MarksUnreadable>
        switch IssuedMarks.open(path: directory.marksPath, access: .readOnly) {
        case .opened(let m, _): marks = .success(m.current)
        case .absent: marks = .success(nil)
        case .damaged(let why), .failed(let why): marks = .failure(MarksUnreadable(why: why))
        }
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: .readOnly) } catch {
            report.find("journal: \(error)", mend: journalMend(error))
            return report
        }
        progress("integrity check")
        do {
            let problems = try journal.integrityCheck()
            if problems.isEmpty { report.passed.append("journal integrity_check: ok") }
            let mend = "\(repair), which rebuilds the journal from what can still be read and the newest snapshot "
                + "and keeps the damaged file, or \(restoreBackup)"
            for p in problems.prefix(20) { report.find("journal integrity_check: \(p)", mend: mend) }
            if problems.count > 20 { report.find("journal integrity_check: \(problems.count - 20) more problems", mend: mend) }
            if try journal.directoryState() == "building" {
                report.find("the directory is marked `building`: a seed or restore never finished",
                            mend: "remove \(directory.path) and run the seed or `terpadu snapshot restore` again")
            }
        } catch {
            report.find("journal integrity_check failed: \(error)", mend: journalMend(error))
            return report
        }

        progress("snapshots")
        let snapshots: SnapshotDirectory? = try? SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly)
        var newest: (info: SnapshotInfo, state: TerpaduState)?
        let journalEnd = (try? journal.maxSeq()) ?? 0
        var ahead: (info: SnapshotInfo, marks: Marks)?
        do {
            for (info, error) in try snapshots?.verifyAll() ?? [] {
                if let error {
                    report.find("snapshot \(info.fileName): \(error); start-up skips it",
                                mend: "\(newSnapshot) writes a good one; then move the damaged file out of snapshots/")
                    continue
                }
                do {
                    var format: UInt32 = SnapshotCodec.formatVersion
                    let state = try SnapshotFile.withVerifiedPayload(atPath: info.path) { _, payload in
                        format = SnapshotCodec.formatVersion(of: payload) ?? 0
                        return try SnapshotCodec.decode(payload)
                    }
                    if state.lastSeq != Int64(info.sequence) {
                        report.find("snapshot \(info.fileName): its state is as of event \(state.lastSeq)",
                                    mend: "\(newSnapshot) writes a good one; then move this file out of snapshots/")
                    } else if state.lastSeq > journalEnd {
                        ahead = (info, Marks(of: state))
                        report.passed.append("snapshot \(info.fileName): checksums and decoding ok, ahead of the journal")
                    } else if format < SnapshotCodec.oldestCurrentFormat {
                        // Lacks each document's dates: start-up replays past it, so it is not compared.
                        report.passed.append("snapshot \(info.fileName): checksums and decoding ok, older format \(format) "
                                             + "(start-up replays the journal past it)")
                    } else {
                        report.passed.append("snapshot \(info.fileName): checksums and decoding ok")
                        newest = (info, state)
                    }
                } catch {
                    report.find("snapshot \(info.fileName): cannot be decoded: \(error)",
                                mend: "\(newSnapshot) writes a good one; then move this file out of snapshots/")
                }
            }
        } catch {
            report.find("snapshots: \(error)", mend: "`chmod 700 \(directory.snapshotsPath)`, or create it with that mode")
        }

        progress("replaying the journal")
        var state = TerpaduState()
        var expectedSeq: Int64 = 1
        var compared = false
        do {
            try journal.read { reader in
                try reader.forEachRow(after: 0) { row in
                    let event: Event
                    do { event = try EventCoding.event(row) } catch {
                        report.find("\(error)", mend: eventMend(error))
                        expectedSeq = row.seq + 1
                        return
                    }
                    if case .gapRecorded(let gap) = event.body {
                        if row.seq != expectedSeq && gap.journalEnd != expectedSeq - 1 {
                            report.find("journal: gap event \(row.seq) says the journal ended at event \(gap.journalEnd), "
                                        + "but it follows event \(expectedSeq - 1)", mend: restoreBackup)
                        }
                        if let base = gap.baseSnapshot, state.lastSeq < base {
                            do { state = try EventReplay.loadBase(base, gapSeq: row.seq, snapshots: snapshots) } catch {
                                report.find("\(error)", mend: restoreBackup)
                            }
                        }
                    } else if row.seq != expectedSeq {
                        report.find("journal: event \(row.seq) follows event \(expectedSeq - 1) with nothing recording the gap",
                                    mend: restoreBackup)
                    }
                    if let n = newest, !compared, row.seq > Int64(n.info.sequence) {
                        compare(snapshot: n, replay: state, into: &report)
                        compared = true
                    }
                    expectedSeq = row.seq + 1
                    state.apply(event)
                }
            }
        } catch {
            report.find("journal: cannot be read to the end: \(error)", mend: journalMend(error))
            return report
        }
        if let n = newest, !compared { compare(snapshot: n, replay: state, into: &report) }
        report.passed.append("journal: \(state.lastSeq) events read")
        for gap in state.gaps {
            let span = gap.missingFromJournal.map { "events \(GapWords.range($0))" } ?? "nothing"
            report.passed.append("\(span): lost, see event \(gap.seq) (\(GapWords.summary(gap)))")
        }

        progress("what was handed out")
        handedOut(marks, journal: Marks(of: state), ahead: ahead, into: &report, journalPath: directory.journalPath)

        progress("recount")
        if state.counters == state.recount() {
            report.passed.append("live counters equal a full recount")
        } else {
            report.find("the core's live counters differ from a full recount: a program fault",
                        mend: "report it with this directory's doctor output; \(repair) rewrites the stage tables meanwhile")
        }

        progress("rules")
        invariants(state, into: &report)

        progress("stage tables")
        stageTables(journal, state: state, into: &report)
        progress("board tables")
        boardTable(journal, state: state, into: &report)
        return report
    }

    private static func journalMend(_ error: any Error) -> String {
        if case StoreError.journal(.newerSchema) = error { return "use the newer terpadu that wrote it" }
        if case JournalError.newerSchema = error { return "use the newer terpadu that wrote it" }
        if case JournalError.missing = error { return "restore the latest backup, or run `terpadu seed demo` for a new directory" }
        return "\(repair), which rebuilds the journal from what can still be read and the newest snapshot and keeps "
            + "the damaged file, or \(restoreBackup)"
    }

    private static func eventMend(_ error: any Error) -> String {
        if let e = error as? EventDecodingError, e.newerSchema { return "use the newer terpadu that wrote it" }
        return restoreBackup
    }

    /// The journal against the marks file and any snapshot ahead of it.
    struct MarksUnreadable: Error { var why: String }

    private static func handedOut(_ marks: Result<Marks?, MarksUnreadable>, journal held: Marks,
                                  ahead: (info: SnapshotInfo, marks: Marks)?, into report: inout Report,
                                  journalPath: String) {
        var witnessed: [(Marks, String)] = []
        switch marks {
        case .success(let seen?): witnessed.append((seen, "the marks file \(IssuedMarks.fileName)"))
        case .success(nil):
            if held.seq > 0 {
                report.find("there is no marks file \(IssuedMarks.fileName): a loss from the journal would go unnoticed",
                            mend: "`terpadu snapshot create` (any command that records) starts one from the journal")
            }
        case .failure(let unreadable):
            report.find(unreadable.why, mend: "`terpadu snapshot create` sets it aside and starts a new one from the journal")
        }
        if let ahead { witnessed.append((ahead.marks, "snapshots/\(ahead.info.fileName)")) }
        if let behind = JournalBehind.check(journalPath: journalPath, journal: held, witnessed: witnessed) {
            report.find("the journal is behind what was handed out: \(behind.shortfall) (witness: \(behind.witness))",
                        mend: "put the missing journal.sqlite-wal back if it still exists; else \(repair) or \(restoreBackup)")
        } else {
            report.passed.append("the journal holds everything handed out (\(held))")
        }
    }

    static func stageTables(_ journal: Journal, state: TerpaduState, into report: inout Report) {
        do {
            try journal.read { reader in
                var rows = 0
                var mismatches = 0
                var mismatchText: [String] = []
                try reader.forEachWorkerStage { row in
                    rows += 1
                    guard let id = RecordID(parsing: row.workerID, as: .worker) else {
                        mismatches += 1
                        if mismatches <= 10 { mismatchText.append("worker_stage: \(row.workerID) is not a worker ID") }
                        return
                    }
                    if StageTable.row(id, in: state) != row {
                        mismatches += 1
                        if mismatches <= 10 {
                            mismatchText.append("worker_stage: \(row.workerID) says \(row.stage)/\(row.status) v\(row.version); "
                                + "the journal says \(StageTable.row(id, in: state).map { "\($0.stage)/\($0.status) v\($0.version)" } ?? "no such worker")")
                        }
                    }
                }
                for text in mismatchText { report.find(text, mend: repair) }
                if rows != state.workerCount {
                    report.find("worker_stage has \(rows) rows; the journal has \(state.workerCount) workers", mend: repair)
                }
                if mismatches > 10 { report.find("worker_stage: \(mismatches - 10) more rows differ", mend: repair) }
                if mismatches == 0 && rows == state.workerCount { report.passed.append("worker_stage equals the journal") }
                let stored = try reader.counters()
                let expected = StageTable.counters(of: state)
                var counterProblems = 0
                for (name, value) in expected.sorted(by: { $0.key < $1.key }) where (stored[name] ?? 0) != value {
                    counterProblems += 1
                    report.find("counters: \(name) is \(stored[name] ?? 0); a recount gives \(value)", mend: repair)
                }
                for name in stored.keys.sorted() where expected[name] == nil && stored[name] != 0 {
                    counterProblems += 1
                    report.find("counters: unexpected counter \(name)", mend: repair)
                }
                if counterProblems == 0 { report.passed.append("counters equal a recount") }
                let storedKPIs = try reader.meta(KeptKPIs.metaKey)
                let expectedKPIs = KeptKPIs.latest(of: state)?.metaJSON()
                if let storedKPIs, storedKPIs != expectedKPIs {
                    report.find("stats.kpis is \(storedKPIs); the journal replayed gives \(expectedKPIs ?? "none")", mend: repair)
                } else if storedKPIs != nil {
                    report.passed.append("the kept KPIs equal the journal's")
                }
                let storedCycle = try reader.meta(KeptCycleFigures.metaKey)
                let expectedCycle = KeptCycleFigures.latest(of: state)?.metaJSON()
                if let storedCycle, storedCycle != expectedCycle {
                    report.find("stats.cycle is \(storedCycle); the journal replayed gives \(expectedCycle ?? "none")", mend: repair)
                }
            }
        } catch {
            report.find("stage tables: cannot be read: \(error)", mend: repair)
        }
    }

    /// Modes and leftovers: snapshots hold full NIKs, so nothing in the directory may be readable by
    /// others, and `snapshots/` must not be writable by them.
    static func permissions(_ directory: DataDirectory, into report: inout Report) {
        var st = stat()
        let snapshots = directory.snapshotsPath
        if lstat(snapshots, &st) == 0 {
            if (st.st_mode & S_IFMT) != S_IFDIR {
                report.find("\(snapshots) is not a directory", mend: "move it away; the next `terpadu snapshot create` makes the folder")
            } else if st.st_mode & 0o077 != 0 {
                report.find("\(snapshots) has mode \(octal(st.st_mode)): group or others can "
                            + (st.st_mode & 0o022 != 0 ? "write to it" : "read it"),
                            mend: "`chmod 700 \(snapshots)`")
            }
        }
        var files = [directory.journalPath, directory.journalPath + "-wal", directory.journalPath + "-shm",
                     directory.journalPath + "-queue", directory.marksPath]
        let names = (try? SystemFileSystem().list(snapshots)) ?? []
        files += names.filter { SnapshotDirectory.sequence(inFileName: $0) != nil || $0 == SnapshotDirectory.lockFileName }
            .sorted().map { snapshots + "/" + $0 }
        var loose: [String] = []
        for file in files where lstat(file, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && st.st_mode & 0o077 != 0 {
            loose.append(file)
        }
        for file in loose.prefix(10) {
            _ = lstat(file, &st)
            report.find("\(file) has mode \(octal(st.st_mode)), not 0600 (snapshots and the journal hold full NIKs)",
                        mend: "`chmod 600 \(file)`")
        }
        if loose.count > 10 { report.find("\(loose.count - 10) more files are not 0600", mend: "`chmod 600` each of them") }
        let temporary = names.filter { $0.hasPrefix("." + SnapshotDirectory.fileNamePrefix) && AtomicFileWriter.isTemporaryName($0) }
        if !temporary.isEmpty, SnapshotLock.isHeld(path: snapshots + "/" + SnapshotDirectory.lockFileName) == false {
            report.find("snapshots/ holds \(temporary.count) temporary file\(temporary.count == 1 ? "" : "s") left by an "
                        + "interrupted snapshot write (\(temporary.prefix(3).joined(separator: ", ")))",
                        mend: "\(newSnapshot), which removes them")
        }
    }

    private static func octal(_ mode: mode_t) -> String { "0" + String(mode & 0o777, radix: 8) }

    private static func compare(snapshot: (info: SnapshotInfo, state: TerpaduState), replay: TerpaduState,
                                into report: inout Report) {
        if let d = StateFingerprint(snapshot.state).difference(from: StateFingerprint(replay)) {
            report.find("snapshot \(snapshot.info.fileName) differs from the journal replayed to event \(snapshot.info.sequence): \(d)",
                        mend: "\(newSnapshot) writes a good one; then move this file out of snapshots/")
        } else {
            report.passed.append("snapshot \(snapshot.info.fileName) equals the journal replayed to event \(snapshot.info.sequence)")
        }
    }
}
