import TerpaduCore

/// Why a data directory cannot be opened or used. Each message says what to do next.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case directory(DataDirectoryError)
    case journal(JournalError)
    case snapshots(SnapshotStoreError)
    case unreadableEvent(EventDecodingError)
    /// A seed or restore into this directory never finished.
    case notReady(path: String)
    /// Seeding needs an empty directory.
    case notEmpty(path: String)
    /// A new directory needs the reference data and none was given.
    case noReferenceData(path: String)
    /// The reference data (seeds) could not be loaded or was refused.
    case referenceData(String)
    /// The state in memory disagrees with the journal (a row with an unexpected sequence number).
    case outOfStep(String)
    /// The journal lost acknowledged events: nothing may be appended until it is repaired.
    case journalBehind(JournalBehind)
    /// A gap event carries on from a snapshot that is missing or damaged.
    case replayBaseMissing(snapshot: String, gapSeq: Int64, reason: String)
    case cancelled
    case other(String)

    public var description: String {
        switch self {
        case .directory(let e): return "\(e)"
        case .journal(let e): return "\(e)"
        case .snapshots(let e): return "\(e)"
        case .unreadableEvent(let e): return "\(e)"
        case .notReady(let path):
            return "the data directory \(path) was being built (seed or restore) and that never finished; "
                + "remove it and build it again"
        case .notEmpty(let path):
            return "the data directory \(path) already holds events; seed into a new directory (pass --data NEWDIR)"
        case .noReferenceData(let path):
            return "the data directory \(path) is new and needs reference data: pass --seeds DIR (the folder holding reference/)"
        case .referenceData(let why): return "reference data: \(why)"
        case .outOfStep(let why): return "the journal and this process disagree (\(why)); restart and run `terpadu doctor`"
        case .journalBehind(let b): return b.description
        case .replayBaseMissing(let snapshot, let gapSeq, let reason):
            return "event \(gapSeq) recorded a gap and carries on from snapshots/\(snapshot), which cannot be read "
                + "(\(reason)); the journal cannot be replayed past it. Put that file back from a backup of "
                + "snapshots/, or restore the latest backup: `terpadu backup restore BACKUPDIR`"
        case .cancelled: return "cancelled"
        case .other(let why): return why
        }
    }

    /// Wraps any error from the journal, snapshots or decoding.
    static func wrap(_ error: any Error) -> StoreError {
        switch error {
        case let e as StoreError: return e
        case let e as JournalError: return .journal(e)
        case let e as SnapshotStoreError: return .snapshots(e)
        case let e as EventDecodingError: return .unreadableEvent(e)
        case let e as DataDirectoryError: return .directory(e)
        default: return .other("\(error)")
        }
    }
}

/// Why the store did not save a command. A refused command changed nothing.
public enum StoreRefusal: Error, Sendable, CustomStringConvertible {
    /// The core refused it; for a `conflict`, `eventsSince` holds the record's events the operator did
    /// not see (newest last).
    case refused(Refusals, eventsSince: [JournalRow])
    /// This store is open read-only (a supervisor's process).
    case readOnly
    /// It could not be saved (the journal failed); nothing of it was kept.
    case failed(StoreError)

    /// For logs; operators and scripts get `RefusalText`'s wording and codes.
    public var description: String {
        switch self {
        case .refused(let r, _): return "refused: " + r.reasons.map { "\($0)" }.joined(separator: "; ")
        case .readOnly: return "this store is open read-only; it does not record changes"
        case .failed(let e): return "not saved: \(e)"
        }
    }

}
