import Foundation
import TerpaduCore

/// What a restore did.
public struct RestoreReport: Sendable {
    /// The snapshot the state started from (nil: replayed from the first event).
    public var snapshot: SnapshotInfo?
    /// Newer or damaged snapshots passed over, each naming its file.
    public var warnings: [SnapshotWarning]
    public var events: Int64
    public var workers: Int
}

extension Store {
    /// Builds a new data directory holding the state as of event `seq` of `source`: the newest good
    /// snapshot at or before `seq`, the journal's events up to `seq` (the audit trail comes along,
    /// copied row for row), the stage tables, and a snapshot as of `seq`. `source` is only read.
    ///
    /// `target` must hold no events. The copy is a bulk build (marked `building` until it is done).
    public static func restore(
        from source: DataDirectory,
        through seq: Int64,
        to target: DataDirectory,
        progress: (Int64) -> Void = { _ in }
    ) throws(StoreError) -> RestoreReport {
        guard source.path != target.path else { throw .other("restore into a new directory, not into \(source.path) itself") }
        do {
            let from = try Journal(path: source.journalPath, access: .readOnly)
            let last = try from.maxSeq()
            guard seq >= 1, seq <= last else {
                throw StoreError.other("there is no event \(seq) in \(source.path): its journal holds events 1 to \(last)")
            }
            if let gap = try from.read({ try $0.gap(missing: seq) }) {
                throw StoreError.other("\(GapWords.lost(seq, in: gap)): \(GapWords.summary(gap)); restore to an event "
                                       + "that was kept, such as \(gap.missingFromJournal.map { $0.lowerBound - 1 } ?? gap.seq) or \(gap.seq)")
            }
            // The newest snapshot at or before `seq` whose checksums hold and which the core can read.
            let snapshots = try SnapshotDirectory(path: source.snapshotsPath, access: .readOnly)
            var warnings: [SnapshotWarning] = []
            var start: (info: SnapshotInfo, state: TerpaduState)?
            for info in try snapshots.list().reversed() where Int64(info.sequence) <= seq {
                do {
                    let state = try SnapshotFile.withVerifiedPayload(atPath: info.path) { header, payload in
                        guard header.sequence == info.sequence else { throw SnapshotNameMismatch(sequence: header.sequence) }
                        if let v = SnapshotCodec.formatVersion(of: payload), v < SnapshotCodec.oldestCurrentFormat {
                            throw StateLoader.OlderFormat(version: v)
                        }
                        return try SnapshotCodec.decode(payload)
                    }
                    guard state.lastSeq == Int64(info.sequence) else {
                        throw StateLoader.SequenceMismatch(header: info.sequence, state: state.lastSeq)
                    }
                    start = (info, state)
                    break
                } catch {
                    warnings.append(SnapshotWarning(fileName: info.fileName, reason: "skipped: \(error)"))
                }
            }

            let to = try Journal(path: target.journalPath, access: .readWrite)
            guard try to.maxSeq() == 0 else { throw StoreError.notEmpty(path: target.path) }
            var state = start?.state ?? TerpaduState()
            try to.bulkBuild { session in
                var copied: Int64 = 0
                while copied < seq {
                    let rows = try from.rows(after: copied, limit: 10_000).filter { $0.seq <= seq }
                    guard let lastRow = rows.last else { break }
                    for row in rows where row.seq > state.lastSeq {
                        try EventReplay.apply(try EventCoding.event(row), to: &state, snapshots: snapshots)
                    }
                    let copies = rows.map {
                        NewJournalEvent(timeMs: $0.timeMs, operatorName: $0.operatorName, kind: $0.kind,
                                        recordIDs: $0.recordIDs, payload: $0.payload, schema: $0.schema, seq: $0.seq)
                    }
                    try session.write { tx in try tx.append(copies) }
                    copied = lastRow.seq
                    progress(copied)
                }
                let finalState = state
                try session.write { tx in try StageTable.writeAll(of: finalState, tx: tx) }
            }
            let targetSnapshots = try SnapshotDirectory(path: target.snapshotsPath, access: .readWrite)
            defer { targetSnapshots.close() }
            // The replay bases of the gaps copied along, without which the new journal cannot be replayed.
            let bases = Set(state.replayBases.map { UInt64($0) })
            for base in bases.sorted() {
                let payload = try SnapshotFile.withVerifiedPayload(atPath: snapshots.path + "/" + SnapshotDirectory.fileName(for: base)) {
                    _, payload in [UInt8](payload)
                }
                _ = try targetSnapshots.write(sequence: base, payload: payload, keeping: bases)
            }
            _ = try targetSnapshots.write(sequence: UInt64(state.lastSeq), payload: SnapshotCodec.encode(state), keeping: bases)
            if case .opened(let marks, _) = IssuedMarks.open(path: target.marksPath, access: .readWrite) {
                marks.raise(to: Marks(of: state))
                marks.sync()
            }
            return RestoreReport(snapshot: start?.info, warnings: warnings, events: state.lastSeq, workers: state.workerCount)
        } catch {
            throw StoreError.wrap(error)
        }
    }
}
