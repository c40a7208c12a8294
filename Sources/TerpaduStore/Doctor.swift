import Foundation
import TerpaduCore

/// `terpadu doctor`: checks a data directory without changing it.
///
/// 1. SQLite's `integrity_check` of the journal, and that no seed or restore was left unfinished.
/// 2. Every snapshot's framing and checksums, and that the core can decode it.
/// 3. The newest good snapshot equals the journal replayed from the start to its sequence.
/// 4. Every event can be read, in sequence order without gaps.
/// 5. The live counters equal a full recount, and the journal's `worker_stage` and `counters` tables
///    equal what the state says.
public enum Doctor {
    public struct Report: Sendable {
        /// Each problem found, in words; empty when all is well.
        public var findings: [String] = []
        /// What was checked and found sound.
        public var passed: [String] = []
        public var isClean: Bool { findings.isEmpty }
    }

    public static func examine(directory: DataDirectory, progress: (String) -> Void = { _ in }) -> Report {
        var report = Report()
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: .readOnly) } catch {
            report.findings.append("journal: \(error)")
            return report
        }
        progress("integrity check")
        do {
            let problems = try journal.integrityCheck()
            if problems.isEmpty { report.passed.append("journal integrity_check: ok") }
            report.findings += problems.prefix(20).map { "journal integrity_check: \($0)" }
            if try journal.directoryState() == "building" {
                report.findings.append("the directory is marked `building`: a seed or restore never finished")
            }
        } catch {
            report.findings.append("journal integrity_check failed: \(error)")
            return report
        }

        progress("snapshots")
        var newest: (info: SnapshotInfo, state: TerpaduState)?
        do {
            let snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly)
            for (info, error) in try snapshots.verifyAll() {
                if let error {
                    report.findings.append("snapshot \(info.fileName): \(error)")
                    continue
                }
                do {
                    let state = try SnapshotFile.withVerifiedPayload(atPath: info.path) { _, payload in
                        try SnapshotCodec.decode(payload)
                    }
                    if state.lastSeq != Int64(info.sequence) {
                        report.findings.append("snapshot \(info.fileName): its state is as of event \(state.lastSeq)")
                    } else {
                        report.passed.append("snapshot \(info.fileName): checksums and decoding ok")
                        newest = (info, state)
                    }
                } catch {
                    report.findings.append("snapshot \(info.fileName): cannot be decoded: \(error)")
                }
            }
        } catch {
            report.findings.append("snapshots: \(error)")
        }

        progress("replaying the journal")
        var state = TerpaduState()
        var expectedSeq: Int64 = 1
        var compared = false
        do {
            try journal.read { reader in
                try reader.forEachRow(after: 0) { row in
                    if let n = newest, !compared, row.seq > Int64(n.info.sequence) {
                        compare(snapshot: n, replay: state, into: &report)
                        compared = true
                    }
                    if row.seq != expectedSeq {
                        report.findings.append("journal: event \(row.seq) follows event \(expectedSeq - 1) (a gap)")
                    }
                    expectedSeq = row.seq + 1
                    do {
                        state.apply(try EventCoding.event(row))
                    } catch {
                        report.findings.append("\(error)")
                    }
                }
            }
        } catch {
            report.findings.append("journal: cannot be read to the end: \(error)")
            return report
        }
        if let n = newest, !compared { compare(snapshot: n, replay: state, into: &report) }
        report.passed.append("journal: \(state.lastSeq) events read")

        progress("recount")
        if state.counters == state.recount() {
            report.passed.append("live counters equal a full recount")
        } else {
            report.findings.append("the core's live counters differ from a full recount")
        }

        progress("stage tables")
        do {
            try journal.read { reader in
                var rows = 0
                var mismatches = 0
                try reader.forEachWorkerStage { row in
                    rows += 1
                    guard let id = RecordID(parsing: row.workerID, as: .worker) else {
                        mismatches += 1
                        if mismatches <= 10 { report.findings.append("worker_stage: \(row.workerID) is not a worker ID") }
                        return
                    }
                    if StageTable.row(id, in: state) != row {
                        mismatches += 1
                        if mismatches <= 10 {
                            report.findings.append("worker_stage: \(row.workerID) says \(row.stage)/\(row.status) v\(row.version); "
                                + "the journal says \(StageTable.row(id, in: state).map { "\($0.stage)/\($0.status) v\($0.version)" } ?? "no such worker")")
                        }
                    }
                }
                if rows != state.workerCount {
                    report.findings.append("worker_stage has \(rows) rows; the journal has \(state.workerCount) workers")
                }
                if mismatches > 10 { report.findings.append("worker_stage: \(mismatches - 10) more rows differ") }
                if mismatches == 0 && rows == state.workerCount { report.passed.append("worker_stage equals the journal") }
                let stored = try reader.counters()
                let expected = StageTable.counters(of: state)
                var counterProblems = 0
                for (name, value) in expected.sorted(by: { $0.key < $1.key }) where (stored[name] ?? 0) != value {
                    counterProblems += 1
                    report.findings.append("counters: \(name) is \(stored[name] ?? 0); a recount gives \(value)")
                }
                for name in stored.keys.sorted() where expected[name] == nil && stored[name] != 0 {
                    counterProblems += 1
                    report.findings.append("counters: unexpected counter \(name)")
                }
                if counterProblems == 0 { report.passed.append("counters equal a recount") }
                let storedKPIs = try reader.meta(KeptKPIs.metaKey)
                let expectedKPIs = KeptKPIs.latest(of: state)?.metaJSON()
                if let storedKPIs, storedKPIs != expectedKPIs {
                    report.findings.append("stats.kpis is \(storedKPIs); the journal replayed gives \(expectedKPIs ?? "none")")
                } else if storedKPIs != nil {
                    report.passed.append("the kept KPIs equal the journal's")
                }
            }
        } catch {
            report.findings.append("stage tables: cannot be read: \(error)")
        }
        return report
    }

    private static func compare(snapshot: (info: SnapshotInfo, state: TerpaduState), replay: TerpaduState,
                                into report: inout Report) {
        if let d = StateFingerprint(snapshot.state).difference(from: StateFingerprint(replay)) {
            report.findings.append("snapshot \(snapshot.info.fileName) differs from the journal replayed to event \(snapshot.info.sequence): \(d)")
        } else {
            report.passed.append("snapshot \(snapshot.info.fileName) equals the journal replayed to event \(snapshot.info.sequence)")
        }
    }
}
