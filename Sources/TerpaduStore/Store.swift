import Foundation
import TerpaduCore

/// Where a new data directory's reference data comes from: asked only when a new directory needs it
/// (the seeds folder's CSV reader lives with the other file formats, outside the store).
public struct ReferenceSource: Sendable {
    let loader: @Sendable () throws -> ReferenceData

    public init(_ loader: @escaping @Sendable () throws -> ReferenceData) { self.loader = loader }

    public static func data(_ d: ReferenceData) -> ReferenceSource { ReferenceSource { d } }

    func load() throws(StoreError) -> ReferenceData {
        do { return try loader() } catch { throw .referenceData("\(error)") }
    }
}

/// When the snapshot-lock holder writes a snapshot on its own: every `everyEvents` events or every
/// `everySeconds` seconds (when something changed), besides clean close and on demand.
public struct SnapshotPolicy: Sendable, Equatable {
    public var everyEvents: Int64
    public var everySeconds: Double

    public init(everyEvents: Int64 = 10_000, everySeconds: Double = 600) {
        self.everyEvents = everyEvents
        self.everySeconds = everySeconds
    }

    public static let `default` = SnapshotPolicy()
    /// For `apply` and `import`: a snapshot of a million workers costs about a second, so taking one
    /// every 10,000 events of a bulk run spent a third of an import's time on snapshots. The run's
    /// clean exit writes one anyway; a run killed half-way leaves at most this many events to replay.
    public static let bulk = SnapshotPolicy(everyEvents: 250_000)
    /// Only on close and on demand.
    public static let never = SnapshotPolicy(everyEvents: .max, everySeconds: .infinity)
}

/// The data directory joined to the core: the state in memory, kept equal to the journal.
///
/// Append protocol (DESIGN §3): inside one `BEGIN IMMEDIATE` transaction the store applies the events
/// other processes committed since it last looked, validates each command against that fresh state,
/// appends the events with the sequence numbers the core gave them, updates `worker_stage` and
/// `counters`, and commits; only then does `execute` return success. If a transaction fails after
/// its events were applied in memory, the state is rebuilt from disk before anything else can see it,
/// so what callers observe always matches the journal.
///
/// Thread-safe: one lock guards the state; the change feed's thread applies others' events under it.
public final class Store: @unchecked Sendable {
    public let directory: DataDirectory
    public let access: StoreAccess
    public let operatorName: String
    public let journal: Journal
    public let snapshots: SnapshotDirectory
    public let clock: @Sendable () -> Int64
    public let snapshotPolicy: SnapshotPolicy

    let mutex = NSRecursiveLock()
    var current: TerpaduState
    /// Set while events of an uncommitted transaction are applied in memory.
    var appliedUncommitted = false
    var lastSnapshotSeq: Int64
    var lastSnapshotTime: Double
    var collectedWarnings: [String] = []
    var feed: ChangeFeed?
    var closed = false
    /// Background snapshots, one at a time.
    let snapshotQueue = DispatchQueue(label: "terpadu.snapshots")
    var snapshotInFlight = false

    /// Snapshots skipped at open (damaged or unreadable), each naming its file. Show these.
    public let openWarnings: [SnapshotWarning]
    /// The snapshot the state was loaded from, if any.
    public let loadedSnapshot: SnapshotInfo?

    init(directory: DataDirectory, access: StoreAccess, operatorName: String, journal: Journal,
         snapshots: SnapshotDirectory, clock: @escaping @Sendable () -> Int64, policy: SnapshotPolicy,
         loaded: LoadedState) {
        self.directory = directory
        self.access = access
        self.operatorName = operatorName
        self.journal = journal
        self.snapshots = snapshots
        self.clock = clock
        self.snapshotPolicy = policy
        self.current = loaded.state
        self.openWarnings = loaded.warnings
        self.loadedSnapshot = loaded.snapshot
        self.lastSnapshotSeq = Int64(loaded.snapshot?.sequence ?? 0)
        self.lastSnapshotTime = FairBusyHandler.monotonicSeconds()
    }

    /// Opens the data directory: the newest good snapshot, then the journal's events after it.
    /// A new (empty) read-write directory first records the reference data from `seeds` as its first
    /// event; without `seeds` that is refused (`noReferenceData`).
    public static func open(
        directory: DataDirectory,
        access: StoreAccess = .readWrite,
        operator operatorName: String,
        seeds: ReferenceSource? = nil,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() },
        snapshotPolicy: SnapshotPolicy = .default,
        fileSystem: any FileSystem = SystemFileSystem()
    ) throws(StoreError) -> Store {
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: access) } catch { throw .journal(error) }
        do {
            if try journal.directoryState() == "building" { throw StoreError.notReady(path: directory.path) }
        } catch { throw StoreError.wrap(error) }
        let snapshots: SnapshotDirectory
        do {
            snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: access, fileSystem: fileSystem)
        } catch { throw .snapshots(error) }
        let loaded = try StateLoader.load(journal: journal, snapshots: snapshots)
        let store = Store(directory: directory, access: access, operatorName: operatorName, journal: journal,
                          snapshots: snapshots, clock: clock, policy: snapshotPolicy, loaded: loaded)
        if access == .readWrite && loaded.state.lastSeq == 0 {
            guard let seeds else {
                snapshots.close()
                throw .noReferenceData(path: directory.path)
            }
            let reference = try seeds.load()
            let result = store.withLock { store.transaction([.loadReference(reference)], onlyIfEmpty: true) }
            if case .failure(let refusal) = result.first {
                snapshots.close()
                switch refusal {
                case .failed(let e): throw e
                default: throw .referenceData(refusal.description)
                }
            }
        }
        return store
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    /// The state as of the last event this process knows (a value; cheap to take).
    public var state: TerpaduState { withLock { current } }

    /// Reads the state under the store's lock without copying it.
    public func withState<T>(_ body: (TerpaduState) throws -> T) rethrows -> T {
        try withLock { try body(current) }
    }

    /// Problems met after open that did not stop the store (snapshot writes that failed, for example).
    public func takeWarnings() -> [String] {
        withLock {
            defer { collectedWarnings = [] }
            return collectedWarnings
        }
    }

    /// Brings the state up to the journal's newest event (what `execute` also does under the write lock).
    @discardableResult
    public func refresh() throws(StoreError) -> [Event] {
        do {
            return try withLock {
                try journal.read { reader in
                    var applied: [Event] = []
                    try reader.forEachRow(after: current.lastSeq) { row in
                        let e = try EventCoding.event(row)
                        current.apply(e)
                        applied.append(e)
                    }
                    return applied
                }
            }
        } catch { throw StoreError.wrap(error) }
    }

    /// Stops the change feed, writes a snapshot if this process holds the snapshot lock and the state
    /// moved on since the last one (read-write only), and releases the lock. Safe to call twice.
    public func close() {
        let f: ChangeFeed? = withLock {
            defer { feed = nil }
            return feed
        }
        f?.stop()
        waitForSnapshots()
        withLock {
            guard !closed else { return }
            closed = true
            if access == .readWrite && current.lastSeq > lastSnapshotSeq && snapshots.isLockHolder {
                do { _ = try writeSnapshot() } catch { collectedWarnings.append("\(error)") }
            }
            snapshots.close()
        }
    }

    deinit {
        feed?.stop()
    }
}

/// A state read from disk and how.
struct LoadedState {
    var state: TerpaduState
    var snapshot: SnapshotInfo?
    var warnings: [SnapshotWarning]
}

enum StateLoader {
    struct SnapshotAhead: Error, CustomStringConvertible {
        let sequence: UInt64, journal: Int64
        var description: String { "it is as of event \(sequence) but the journal ends at \(journal)" }
    }

    struct SequenceMismatch: Error, CustomStringConvertible {
        let header: UInt64, state: Int64
        var description: String { "its header says event \(header) but its state is as of event \(state)" }
    }

    static func load(journal: Journal, snapshots: SnapshotDirectory) throws(StoreError) -> LoadedState {
        do {
            let maxSeq = try journal.maxSeq()
            let result = try snapshots.loadNewest { header, payload in
                guard Int64(header.sequence) <= maxSeq else { throw SnapshotAhead(sequence: header.sequence, journal: maxSeq) }
                let s = try SnapshotCodec.decode(payload)
                guard s.lastSeq == Int64(header.sequence) else { throw SequenceMismatch(header: header.sequence, state: s.lastSeq) }
                return s
            }
            var state = result.loaded?.value ?? TerpaduState()
            try replay(&state, journal: journal, through: nil)
            return LoadedState(state: state, snapshot: result.loaded?.snapshot, warnings: result.warnings)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// Applies the journal's events after `state.lastSeq` (up to `through`, when given).
    static func replay(_ state: inout TerpaduState, journal: Journal, through: Int64?) throws {
        try journal.read { reader in
            try reader.forEachRow(after: state.lastSeq) { row in
                if let through, row.seq > through { return }
                state.apply(try EventCoding.event(row))
            }
        }
    }
}
