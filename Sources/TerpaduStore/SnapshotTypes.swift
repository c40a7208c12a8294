/// One snapshot file in `snapshots/`.
public struct SnapshotInfo: Sendable, Equatable, CustomStringConvertible {
    public let sequence: UInt64
    public let fileName: String
    public let path: String

    public var description: String { "\(fileName) (as of event \(sequence))" }
}

/// A snapshot that was skipped or could not be handled, named so the operator can find it.
public struct SnapshotWarning: Sendable, Equatable, CustomStringConvertible {
    public let fileName: String
    public let reason: String

    public var description: String { "snapshot \(fileName): \(reason)" }
}

/// The result of loading the newest good snapshot.
public struct SnapshotLoadResult<Value> {
    /// The snapshot used and what the body made of it; nil when no snapshot could be used.
    public let loaded: (snapshot: SnapshotInfo, value: Value)?
    /// Every newer snapshot that was skipped, and why. Show these to the operator.
    public let warnings: [SnapshotWarning]
}

extension SnapshotLoadResult: Sendable where Value: Sendable {}

/// What `SnapshotDirectory.write` did.
public enum SnapshotWriteOutcome: Sendable, Equatable {
    /// Written and durable; older snapshots beyond the newest N were removed (`pruned`), and any
    /// removal that failed is in `warnings`.
    case written(SnapshotInfo, pruned: [String], warnings: [SnapshotWarning])
    /// A good snapshot as of this sequence was already there; nothing written.
    case alreadyPresent(SnapshotInfo)
    /// Another process holds `snapshots/.lock`, so this one does not write snapshots.
    case notLockHolder
}

/// Why a snapshot operation failed. A failed write leaves the previous snapshots byte-identical and no
/// temporary file; the process can keep working from the journal.
public enum SnapshotStoreError: Error, Sendable, CustomStringConvertible {
    /// The store was opened read-only.
    case readOnly
    case writeFailed(AtomicWriteError)
    case fileSystem(FileSystemError)

    public var description: String {
        switch self {
        case .readOnly: return "this store is open read-only; it does not write snapshots"
        case .writeFailed(let e): return "snapshot not saved: \(e)"
        case .fileSystem(let e): return "snapshot directory: \(e)"
        }
    }
}
