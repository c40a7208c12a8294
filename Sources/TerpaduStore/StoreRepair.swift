import Foundation
import TerpaduCore

/// What a repair did.
public struct RepairReport: Sendable {
    /// The gap event appended (nil: the journal had lost nothing, so none was needed).
    public var gap: JournalGap?
    /// The snapshot the state carries on from, when it held more than the journal.
    public var baseSnapshot: String?
    /// What had been handed out, and what the journal held before the repair.
    public var handedOut: Marks
    public var journalHeld: Marks
    /// Each thing done, in words.
    public var done: [String]
}

extension Store {
    /// Records that the journal lost events and carries on: the one repair for a journal behind what was
    /// handed out (a deleted `-wal`), and the last step of restoring a backup over a directory and of
    /// rebuilding a damaged journal.
    ///
    /// Under the journal's write lock it appends one gap event that moves the sequence and every
    /// record number past the highest ever handed out (the marks file, any snapshot ahead of the
    /// journal, the journal itself). If the newest good snapshot holds more than the journal, the
    /// state carries on from it: the gap event names it as its base and it is never pruned. Then the
    /// stage tables are rewritten from that state, the marks raised and a snapshot written. Nothing
    /// that exists is removed. With nothing lost and `force` unset, only the stage tables are
    /// rewritten (which also mends tables that `doctor` found wrong).
    public static func repair(
        directory: DataDirectory,
        operator operatorName: String,
        cause: GapCause = .journalBehind,
        note: String = "",
        force: Bool = false,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() }
    ) throws(StoreError) -> RepairReport {
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: .readWrite) } catch { throw .journal(error) }
        let snapshots: SnapshotDirectory
        do { snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readWrite) } catch { throw .snapshots(error) }
        defer { snapshots.close() }
        var warnings: [String] = []
        guard let marks = openMarks(directory: directory, access: .readWrite, warnings: &warnings) else {
            throw .other("the marks file \(directory.marksPath) cannot be used (\(warnings.joined(separator: "; "))); "
                         + "a repair needs it to know what was handed out")
        }
        let marksSeen = marks.current  // before the journal is read (see `Store.behind`)
        let loaded = try StateLoader.load(journal: journal, snapshots: snapshots)
        let journalHeld = Marks(of: loaded.state)
        var base = loaded.state
        var baseName: String?
        if let ahead = loaded.ahead {
            do {
                base = try SnapshotFile.withVerifiedPayload(atPath: ahead.info.path) { _, payload in try SnapshotCodec.decode(payload) }
            } catch {
                throw .other("snapshots/\(ahead.info.fileName), which holds more than the journal, cannot be read again (\(error)); "
                             + "restore the latest backup: `terpadu backup restore BACKUPDIR`")
            }
            baseName = ahead.info.fileName
        }
        let handedOut = marksSeen.union(loaded.ahead?.marks ?? Marks()).union(journalHeld)
        var done: [String] = warnings
        let needsGap = force || !journalHeld.covers(handedOut)
        var state = base
        var gapEvent: Event?
        if needsGap {
            var numbers: [String: Int] = [:]
            for kind in RecordKind.allCases where handedOut.number(kind) > 0 { numbers[kind.prefix] = handedOut.number(kind) }
            let gap = GapRecorded(cause: cause, journalEnd: loaded.state.lastSeq,
                                  baseSnapshot: loaded.ahead.map { Int64($0.info.sequence) },
                                  highestSeq: handedOut.seq, highestNumbers: numbers, note: note)
            let event = Event(seq: handedOut.seq + 1, timeMillis: clock(), operatorName: operatorName, body: .gapRecorded(gap))
            state.apply(event)
            gapEvent = event
        }
        let finalState = state
        do {
            try journal.write { tx in
                // Anyone who appended since the state was read makes this repair's view stale.
                guard try tx.maxSeq() == loaded.state.lastSeq else {
                    throw StoreError.other("the journal changed while the repair was reading it; run the repair again")
                }
                if let gapEvent { try tx.append(try EventCoding.newRow(gapEvent)) }
                try StageTable.writeAll(of: finalState, tx: tx)
            }
        } catch { throw StoreError.wrap(error) }
        marks.raise(to: Marks(of: finalState))
        if marks.damageFound != nil {
            marks.clearDamage()
            done.append("cleared the damage mark, so terpadu processes record again")
        }
        marks.sync()
        if let gapEvent, let gap = finalState.gaps.last {
            done.append("appended event \(gapEvent.seq): " + GapWords.summary(gap))
            if let baseName { done.append("the state carries on from snapshots/\(baseName), which is kept from now on") }
        } else {
            done.append("the journal holds everything handed out (\(handedOut)); no gap was recorded")
        }
        done.append("rewrote worker_stage, counters and the KPIs from the journal")
        do {
            let outcome = try snapshots.write(sequence: UInt64(finalState.lastSeq), payload: SnapshotCodec.encode(finalState),
                                              keeping: Set(finalState.replayBases.map { UInt64($0) }))
            if case .written(let info, _, _) = outcome { done.append("wrote snapshots/\(info.fileName)") }
            if case .notLockHolder = outcome {
                done.append("another process holds the snapshot lock and will write the next snapshot")
            }
        } catch {
            done.append("the snapshot after the repair was not written (\(error)); the journal has everything")
        }
        return RepairReport(gap: gapEvent == nil ? nil : finalState.gaps.last, baseSnapshot: baseName,
                            handedOut: handedOut, journalHeld: journalHeld, done: done)
    }
}
