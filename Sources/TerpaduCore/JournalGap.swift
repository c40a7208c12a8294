/// Why a repair recorded a gap.
public enum GapCause: String, Codable, Sendable, CaseIterable {
    /// The journal was found behind what had been handed out (a deleted `-wal`, an old copy put back).
    case journalBehind
    /// A backup was restored over the data directory.
    case backupRestored
    /// A damaged journal was rebuilt from what could still be read and the newest good snapshot.
    case journalRebuilt
}

/// The event a repair appends when the journal lost events: which were lost, where the state carries
/// on from, and the highest sequence and record numbers ever handed out, so that applying it moves
/// both past every one of them and no number is given twice.
public struct GapRecorded: Codable, Sendable, Hashable {
    public var cause: GapCause
    /// The last event the journal still held; the events after it, up to this one, are missing from it.
    public var journalEnd: Int64
    /// When a snapshot held more than the journal: the event it is as of. The state before this event
    /// is that snapshot's (the store loads it), not the journal's replay, and the snapshot is kept.
    public var baseSnapshot: Int64?
    /// The highest sequence number known to have been handed out.
    public var highestSeq: Int64
    /// The highest number known to have been handed out, per record kind prefix (`"W": 1400`).
    public var highestNumbers: [String: Int]
    /// Where what the repair set aside was kept, and other words for the audit trail.
    public var note: String

    public init(cause: GapCause, journalEnd: Int64, baseSnapshot: Int64?, highestSeq: Int64,
                highestNumbers: [String: Int], note: String) {
        self.cause = cause; self.journalEnd = journalEnd; self.baseSnapshot = baseSnapshot
        self.highestSeq = highestSeq; self.highestNumbers = highestNumbers; self.note = note
    }

    /// The last event whose effects the state still holds: the base snapshot's, else the journal's end.
    public var stateThrough: Int64 { max(journalEnd, baseSnapshot ?? 0) }
}

/// A gap as the state keeps it: what is lost, and the event that says so.
public struct JournalGap: Sendable, Hashable {
    /// The gap event ("lost, see event N").
    public var seq: Int64
    public var cause: GapCause
    /// Events the journal no longer holds (nil: none). Their effects may still be in the base snapshot.
    public var missingFromJournal: ClosedRange<Int64>?
    /// Events whose effects are lost altogether (nil: none).
    public var lostEvents: ClosedRange<Int64>?
    public var baseSnapshot: Int64?
    /// Record numbers handed out by lost events, per kind: no record carries them now.
    public var lostNumbers: [RecordKind: ClosedRange<Int>]

    /// The gap event `g` at `seq`; `lostNumbers` come from the state it was applied to.
    public init(gap g: GapRecorded, seq: Int64, lostNumbers: [RecordKind: ClosedRange<Int>] = [:]) {
        self.seq = seq
        cause = g.cause
        missingFromJournal = g.journalEnd + 1 <= seq - 1 ? (g.journalEnd + 1)...(seq - 1) : nil
        let lostFrom = g.stateThrough + 1
        lostEvents = lostFrom <= seq - 1 ? lostFrom...(seq - 1) : nil
        baseSnapshot = g.baseSnapshot
        self.lostNumbers = lostNumbers
    }

    init(seq: Int64, cause: GapCause, missingFromJournal: ClosedRange<Int64>?, lostEvents: ClosedRange<Int64>?,
         baseSnapshot: Int64?, lostNumbers: [RecordKind: ClosedRange<Int>]) {
        self.seq = seq; self.cause = cause; self.missingFromJournal = missingFromJournal
        self.lostEvents = lostEvents; self.baseSnapshot = baseSnapshot; self.lostNumbers = lostNumbers
    }
}

extension TerpaduState {
    mutating func applyGap(_ g: GapRecorded, seq: Int64) {
        var lost: [RecordKind: ClosedRange<Int>] = [:]
        for kind in RecordKind.allCases {
            let highest = g.highestNumbers[kind.prefix] ?? 0
            if let skipped = numbering.skip(kind, count: count(of: kind), to: highest + 1) { lost[kind] = skipped }
        }
        gaps.append(JournalGap(gap: g, seq: seq, lostNumbers: lost))
    }

    /// The gap that lost event `seq` from the journal, if any.
    public func gap(missing seq: Int64) -> JournalGap? {
        gaps.first { $0.missingFromJournal?.contains(seq) == true }
    }

    /// The gap that lost the record `id` (its number was handed out by an event the journal lost).
    public func gap(losing id: RecordID) -> JournalGap? {
        gaps.first { $0.lostNumbers[id.kind]?.contains(id.number) == true }
    }

    /// Snapshots that gap events made replay bases: they must never be pruned.
    public var replayBases: [Int64] { gaps.compactMap(\.baseSnapshot) }
}
