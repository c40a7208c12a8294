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

    /// A replay tail this long (events after the newest snapshot), found at open or grown through the
    /// change feed, makes the lock holder write a snapshot in the background: processes that were
    /// killed never wrote their closing one, and every later start would replay their events again.
    public var longTail: Int64

    /// How old the last quick check of the journal may be before the lock holder runs another in the
    /// background (a damaged page that no command reads would otherwise go unnoticed until `doctor`).
    public var checkEverySeconds: Double

    public init(everyEvents: Int64 = 10_000, everySeconds: Double = 600, longTail: Int64 = 20_000,
                checkEverySeconds: Double = 3600) {
        self.everyEvents = everyEvents
        self.everySeconds = everySeconds
        self.longTail = longTail
        self.checkEverySeconds = checkEverySeconds
    }

    public static let `default` = SnapshotPolicy()
    /// For `apply` and `import`: a snapshot of a million workers costs about a second, so taking one
    /// every 10,000 events of a bulk run spent a third of an import's time on snapshots. The run's
    /// clean exit writes one anyway; a run killed half-way leaves at most this many events to replay.
    public static let bulk = SnapshotPolicy(everyEvents: 250_000)
    /// Only on close and on demand.
    public static let never = SnapshotPolicy(everyEvents: .max, everySeconds: .infinity, longTail: .max,
                                             checkEverySeconds: .infinity)
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
/// Thread-safe. Locks, always taken in this order (DECISIONS, Store: "Reads never wait for a write"):
/// `writeLine` (this process's writers, one at a time), then the journal's line and SQLite's write
/// lock (inside `Journal.write`), then `mutex` (the state and its flags), held by a writer only from
/// catch-up to commit. The change feed's thread applies others' events under `mutex`. Whoever holds
/// `mutex` without `writeLine` reads SQLite only through `readConnection()`, never `journal`, whose
/// one connection a writer may be holding while it waits for `mutex`.
public final class Store: @unchecked Sendable {
    public let directory: DataDirectory
    public let access: StoreAccess
    public let operatorName: String
    public let journal: Journal
    public let snapshots: SnapshotDirectory
    public let clock: @Sendable () -> Int64
    public let snapshotPolicy: SnapshotPolicy

    /// This process's writers, one at a time: taken before SQLite's write lock, and before `mutex`.
    let writeLine = NSLock()
    /// The state and every flag below.
    let mutex = NSRecursiveLock()
    /// The read-only connection for reads that must not queue behind a writer (`readConnection()`).
    var reads: Journal?
    let readsLock = NSLock()
    var current: TerpaduState
    /// Set while events of an uncommitted transaction are applied in memory.
    var appliedUncommitted = false
    /// Set when the state must be read again from disk before the next command (a gap event arrived).
    var stale = false
    /// What this directory handed out, kept outside SQLite; nil when the file cannot be used.
    let marks: IssuedMarks?
    /// SQLite found the journal damaged: this process records nothing more (see `damageLatch`).
    var damage: JournalError?
    /// The newest good snapshot that is ahead of the journal, as a witness (see `JournalBehind`).
    var aheadWitness: (marks: Marks, name: String)?
    var lastSnapshotSeq: Int64
    var lastSnapshotTime: Double
    var collectedWarnings: [String] = []
    var feed: ChangeFeed?
    var closed = false
    /// Background snapshots, one at a time.
    let snapshotQueue = DispatchQueue(label: "terpadu.snapshots")
    /// The background quick check of the journal, one at a time.
    let checkQueue = DispatchQueue(label: "terpadu.integrity")
    var checkInFlight = false
    var snapshotInFlight = false

    /// Snapshots skipped at open (damaged or unreadable), each naming its file. Show these.
    public let openWarnings: [SnapshotWarning]
    /// The snapshot the state was loaded from, if any.
    public let loadedSnapshot: SnapshotInfo?

    init(directory: DataDirectory, access: StoreAccess, operatorName: String, journal: Journal,
         snapshots: SnapshotDirectory, clock: @escaping @Sendable () -> Int64, policy: SnapshotPolicy,
         loaded: LoadedState, marks: IssuedMarks?) {
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
        self.marks = marks
        self.aheadWitness = loaded.ahead.map { ($0.marks, "snapshots/\($0.info.fileName)") }
    }

    /// Opens the data directory: the newest good snapshot, then the journal's events after it.
    /// A new (empty) read-write directory first records the reference data from `seeds` as its first
    /// event; without `seeds` that is refused (`noReferenceData`). The first read-write open of a
    /// directory of an older journal schema migrates it, telling `migrationProgress` how far it is.
    public static func open(
        directory: DataDirectory,
        access: StoreAccess = .readWrite,
        operator operatorName: String,
        seeds: ReferenceSource? = nil,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() },
        snapshotPolicy: SnapshotPolicy = .default,
        fileSystem: any FileSystem = SystemFileSystem(),
        migrationProgress: (@Sendable (MigrationProgress) -> Void)? = nil
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
        let migratedFrom = journal.migratedFrom
        func migration(_ phase: MigrationProgress.Phase, _ done: Int64, _ total: Int64) {
            guard let migratedFrom else { return }
            migrationProgress?(MigrationProgress(from: migratedFrom, to: Journal.supportedSchemaVersion, phase: phase,
                                                 done: done, total: total))
        }
        let loaded = try StateLoader.load(journal: journal, snapshots: snapshots,
                                          progress: migratedFrom == nil ? nil : { migration(.replaying, $0, $1) })
        var warnings: [String] = []
        let marks = Self.openMarks(directory: directory, access: access, warnings: &warnings)
        let store = Store(directory: directory, access: access, operatorName: operatorName, journal: journal,
                          snapshots: snapshots, clock: clock, policy: snapshotPolicy, loaded: loaded, marks: marks)
        store.collectedWarnings = warnings
        let behind = store.behind
        if access == .readWrite, behind == nil, let marks {
            // Marks lag the journal after a power cut or an older build: they are lower bounds, so
            // raising them to what the journal holds is always right.
            marks.raise(to: Marks(of: loaded.state))
        }
        if access == .readWrite && !loaded.state.hasReference && behind == nil {
            guard let seeds else {
                snapshots.close()
                throw .noReferenceData(path: directory.path)
            }
            let reference = try seeds.load()
            let result = store.transaction([.loadReference(reference)], onlyWithoutReference: true)
            if case .failure(let refusal) = result.first {
                snapshots.close()
                switch refusal {
                case .failed(let e): throw e
                default: throw .referenceData(refusal.description)
                }
            }
        }
        if access == .readWrite && behind == nil {
            // Journal schema 3 added the board's tables: the first read-write open fills them.
            try store.fillBoardIfPending(progress: migratedFrom == nil ? nil : { migration(.fillingBoard, $0, $1) })
        }
        if let migratedFrom {
            if migratedFrom < 2 {
                // The migrated state's first snapshot, so the next open does not replay everything again.
                migration(.writingSnapshot, loaded.state.lastSeq, loaded.state.lastSeq)
                do { try store.writeSnapshot() } catch {
                    store.withLock { store.collectedWarnings.append("the first snapshot after migrating could not be written: \(error)") }
                }
            }
            migration(.finished, loaded.state.lastSeq, loaded.state.lastSeq)
        }
        store.withLock { store.snapshotIfDue(tail: snapshotPolicy.longTail) }
        store.withLock { store.checkIntegrityIfDue() }
        return store
    }

    /// Opens the marks file. A damaged one is set aside (never deleted) and a new one started from the
    /// journal, with a warning; a read-only store only reads it.
    static func openMarks(directory: DataDirectory, access: StoreAccess, warnings: inout [String]) -> IssuedMarks? {
        switch IssuedMarks.open(path: directory.marksPath, access: access) {
        case .opened(let m, _): return m
        case .absent: return nil
        case .failed(let why):
            warnings.append("\(why); losses from the journal cannot be recognised until it can be opened")
            return nil
        case .damaged(let why):
            guard access == .readWrite else {
                warnings.append("\(why); losses from the journal cannot be recognised")
                return nil
            }
            let aside = directory.marksPath + ".damaged-" + ISO8601UTC.fileStamp(milliseconds: ISO8601UTC.nowMilliseconds())
            guard rename(directory.marksPath, aside) == 0 else {
                warnings.append("\(why), and it could not be set aside: \(errnoDescription(errno))")
                return nil
            }
            warnings.append("\(why); it was set aside as \(aside) and a new one started from the journal")
            if case .opened(let m, _) = IssuedMarks.open(path: directory.marksPath, access: access) { return m }
            return nil
        }
    }

    /// Whether this process stopped writing because the journal is damaged, and why.
    public var damaged: JournalError? { withLock { damageLatch() } }

    /// Whether the journal lost events this directory handed out (asked at open, and checked under
    /// the write lock before every append); nil when it holds all of them.
    ///
    /// The marks are read first and the journal after: marks are raised only after a commit, so a
    /// journal read later holds at least what they say, however busy other writers are. Read the
    /// other way round, a commit landing in between would look like a loss.
    public var behind: JournalBehind? {
        withLock {
            let seen = marks?.current
            guard (try? refresh()) != nil, let end = try? readConnection().maxSeq() else { return nil }
            return behind(current, journalEnd: end, marksSeen: seen)
        }
    }

    /// The shortfall of `state` (the journal's events, its last being `journalEnd`) against every
    /// witness; `marksSeen` when the marks were read before the journal, else they are read now
    /// (under the write lock, where no commit can land in between).
    func behind(_ state: TerpaduState, journalEnd: Int64, marksSeen: Marks? = nil) -> JournalBehind? {
        var witnessed: [(Marks, String)] = []
        if let seen = marksSeen ?? marks?.current { witnessed.append((seen, "the marks file \(IssuedMarks.fileName)")) }
        if let ahead = aheadWitness { witnessed.append((ahead.marks, ahead.name)) }
        var have = Marks(of: state)
        if journalEnd < state.lastSeq {
            witnessed.append((have, "this process, which had read events up to \(state.lastSeq)"))
            have.seq = journalEnd
        }
        return JournalBehind.check(journalPath: journal.path, journal: have, witnessed: witnessed)
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    /// A copy of the state as of the last event this process knows: cheap to take, but never hold it
    /// while this process writes. The append works on the state in place, and a copy still held makes
    /// every table it touches be copied again (at 100,000 workers each command was 30× slower). To
    /// read, prefer `withState`.
    public var state: TerpaduState { withLock { current } }

    /// Reads the state under the store's lock without copying it. It waits for a writer of this
    /// process only between its catch-up and its commit (milliseconds), never for SQLite's write lock.
    /// Do not call `execute` from `body` (that would take the locks out of order).
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
    /// It reads through the read-only connection, so it never waits for SQLite's write lock, and a
    /// writer of this process holding the journal's connection while it waits for the state's lock
    /// cannot deadlock with it.
    @discardableResult
    public func refresh() throws(StoreError) -> [Event] {
        do {
            return try withLock {
                let applied = try readConnection().read { reader in
                    var applied: [Event] = []
                    try reader.forEachRow(after: current.lastSeq) { row in
                        let e = try EventCoding.event(row)
                        if case .gapRecorded = e.body { stale = true }
                        if !stale { current.apply(e) }
                        applied.append(e)
                    }
                    return applied
                }
                // A gap may replace the state with its base snapshot, and this process may hold
                // events the journal lost: read everything again.
                if stale { try reload(from: readConnection()) }
                return applied
            }
        } catch {
            let wrapped = StoreError.wrap(error)
            withLock { noteDamage(wrapped) }
            throw wrapped
        }
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
        checkQueue.sync {}
        // After any command of this process in flight, as when one lock covered the whole transaction.
        writeLine.lock()
        defer { writeLine.unlock() }
        withLock {
            guard !closed else { return }
            closed = true
            if access == .readWrite && current.lastSeq > lastSnapshotSeq && snapshots.isLockHolder && behind == nil {
                do { _ = try writeSnapshot() } catch {
                    collectedWarnings.append("the closing snapshot was not written (\(error)); nothing is lost, the "
                                             + "journal holds every event, but the next start replays them")
                }
            }
            marks?.sync()
            snapshots.close()
        }
    }

    /// `close()`, then what went wrong on the way (a closing snapshot that failed), for the caller to say.
    public func closeAndReport() -> [String] {
        close()
        return takeWarnings()
    }

    deinit {
        feed?.stop()
    }
}
