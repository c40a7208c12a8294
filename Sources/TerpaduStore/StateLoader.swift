import Foundation
import TerpaduCore

/// A state read from disk and how.
struct LoadedState {
    var state: TerpaduState
    var snapshot: SnapshotInfo?
    var warnings: [SnapshotWarning]
    /// The newest good snapshot that is ahead of the journal (it holds events the journal lost), with
    /// what it had handed out: a witness that the journal is behind, and the base a repair carries on from.
    var ahead: (info: SnapshotInfo, marks: Marks)?
}

/// Reads the state: the newest good snapshot the journal is not behind, then the journal's events
/// after it. A gap event whose state carries on from a base snapshot makes the replay load that
/// snapshot first (`EventReplay`).
enum StateLoader {
    struct SnapshotAhead: Error, CustomStringConvertible {
        let sequence: UInt64, journal: Int64
        var description: String { "it is as of event \(sequence) but the journal ends at \(journal)" }
    }

    struct SequenceMismatch: Error, CustomStringConvertible {
        let header: UInt64, state: Int64
        var description: String { "its header says event \(header) but its state is as of event \(state)" }
    }

    /// A snapshot in a format older than `SnapshotCodec.oldestCurrentFormat`: start-up replays past it.
    struct OlderFormat: Error, CustomStringConvertible {
        let version: UInt32
        var description: String {
            "it is in snapshot format \(version), written before each document's dates were kept; the journal is replayed instead"
        }
    }

    /// `progress`, when given, hears (events replayed, events to replay) every few thousand events and at the end.
    static func load(journal: Journal, snapshots: SnapshotDirectory,
                     progress: ((Int64, Int64) -> Void)? = nil) throws(StoreError) -> LoadedState {
        do {
            let maxSeq = try journal.maxSeq()
            var ahead: (info: SnapshotInfo, marks: Marks)?
            let result = try snapshots.loadNewest { header, payload in
                let s = try SnapshotCodec.decode(payload)
                guard s.lastSeq == Int64(header.sequence) else { throw SequenceMismatch(header: header.sequence, state: s.lastSeq) }
                guard Int64(header.sequence) <= maxSeq else {
                    if ahead == nil {
                        let name = SnapshotDirectory.fileName(for: header.sequence)
                        ahead = (SnapshotInfo(sequence: header.sequence, fileName: name, path: snapshots.path + "/" + name), Marks(of: s))
                    }
                    throw SnapshotAhead(sequence: header.sequence, journal: maxSeq)
                }
                if let v = SnapshotCodec.formatVersion(of: payload), v < SnapshotCodec.oldestCurrentFormat {
                    throw OlderFormat(version: v)
                }
                return s
            }
            var state = result.loaded?.value ?? TerpaduState()
            try EventReplay.replay(&state, journal: journal, snapshots: snapshots, through: nil, progress: progress)
            return LoadedState(state: state, snapshot: result.loaded?.snapshot, warnings: result.warnings, ahead: ahead)
        } catch {
            throw StoreError.wrap(error)
        }
    }
}

/// Applies journal rows to a state, honouring gap events: one whose state carries on from a base
/// snapshot replaces a state that is behind that snapshot with the snapshot's, then applies the gap.
enum EventReplay {
    /// Applies the journal's events after `state.lastSeq` (up to `through`, when given).
    static func replay(_ state: inout TerpaduState, journal: Journal, snapshots: SnapshotDirectory?, through: Int64?,
                       progress: ((Int64, Int64) -> Void)? = nil) throws {
        try journal.read { reader in
            let start = state.lastSeq
            var total: Int64 = 0
            if let progress {
                total = max(0, (try reader.maxSeq()) - start)
                progress(0, total)
            }
            try reader.forEachRow(after: state.lastSeq) { row in
                if let through, row.seq > through { return }
                try apply(try EventCoding.event(row), to: &state, snapshots: snapshots)
                if let progress, row.seq % 4096 == 0 { progress(min(total, row.seq - start), total) }
            }
            progress?(total, total)
        }
    }

    static func apply(_ event: Event, to state: inout TerpaduState, snapshots: SnapshotDirectory?) throws {
        if case .gapRecorded(let gap) = event.body, let base = gap.baseSnapshot, state.lastSeq < base {
            state = try loadBase(base, gapSeq: event.seq, snapshots: snapshots)
        }
        state.apply(event)
    }

    /// The snapshot a gap event names as its base, which must be there and sound.
    static func loadBase(_ seq: Int64, gapSeq: Int64, snapshots: SnapshotDirectory?) throws(StoreError) -> TerpaduState {
        let name = SnapshotDirectory.fileName(for: UInt64(max(0, seq)))
        guard let snapshots else { throw StoreError.replayBaseMissing(snapshot: name, gapSeq: gapSeq, reason: "no snapshots folder") }
        do {
            let state = try SnapshotFile.withVerifiedPayload(atPath: snapshots.path + "/" + name) { header, payload in
                guard header.sequence == UInt64(seq) else { throw SnapshotNameMismatch(sequence: header.sequence) }
                return try SnapshotCodec.decode(payload)
            }
            guard state.lastSeq == seq else { throw SequenceMismatch(header: UInt64(seq), state: state.lastSeq) }
            return state
        } catch {
            throw StoreError.replayBaseMissing(snapshot: name, gapSeq: gapSeq, reason: "\(error)")
        }
    }

    typealias SequenceMismatch = StateLoader.SequenceMismatch
}
