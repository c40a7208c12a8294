import Foundation

/// The data directory's condition, as a change feed sees it.
public enum DirectoryCondition: Sendable, Hashable, CustomStringConvertible {
    case usable
    /// The journal has stayed locked (SQLITE_BUSY) for at least this many seconds.
    case busy(seconds: Double)
    /// A bulk build (seed, restore) is in progress or never finished (`meta(directory.state) = building`).
    case beingRestored
    /// The journal cannot be read: the reason.
    case unusable(String)

    public var description: String {
        switch self {
        case .usable: return "usable"
        case .busy(let s): return "busy for \(Int(s)) s"
        case .beingRestored: return "being built or restored"
        case .unusable(let why): return "unusable: \(why)"
        }
    }

    var isBusy: Bool { if case .busy = self { return true } else { return false } }
}

/// What a change feed delivers: events others committed (in order, after the last ones delivered), who
/// made the newest change and when, and the directory's condition. An update with no rows reports a
/// change of condition.
public struct ChangeFeedUpdate: Sendable, Hashable {
    public var rows: [JournalRow]
    public var lastChange: LastChange?
    public var condition: DirectoryCondition
}

/// Notices commits by other connections and processes by checking `PRAGMA data_version` (a few µs)
/// on its own read-only connection and thread, and delivers new rows. The thread sleeps on an inotify
/// watch of the journal's directory (`DirectoryWatch`), so a commit (a write to `journal.sqlite-wal`)
/// wakes it at once; the check also runs every `interval` (250 ms) whatever happens, which is all
/// there is where inotify is unavailable (limits reached, a file system that does not report changes).
/// A file event is followed by a few checks 0.5, 1, 2, 4… ms apart (the commit shows a little after
/// its WAL write) for at most `hotWindow`; bursts of events are coalesced, and a check an event
/// triggers comes at least `minimumGap` (2 ms) after the previous one, however often files change.
///
/// It never takes the write lock, so it never blocks writers. It also delivers rows this process wrote
/// through its own `Journal` (they come from another connection); skip those by sequence number.
public final class ChangeFeed: @unchecked Sendable {
    public let journalPath: String
    private let interval: Double
    private let minimumGap: Double
    private let hotWindow: Double
    private let watchDirectory: Bool
    private let busyThreshold: Double
    private let batchSize: Int
    private let deliver: @Sendable (ChangeFeedUpdate) -> Void

    private let state = NSCondition()
    private var stopped = false
    private var running = false
    private var thread: Thread?
    /// Set and cleared by the feed's thread under `state`, so `stop()` can interrupt its wait.
    private var watch: DirectoryWatch?
    private var watchStarted = false
    private var checks = 0
    private let finished = DispatchSemaphore(value: 0)

    // Only touched on the feed thread.
    private var lastSeq: Int64
    private var journal: Journal?
    private var lastVersion: Int64?
    private var lastCondition: DirectoryCondition?
    private var busySince: Double?

    /// - Parameters:
    ///   - after: the sequence this process's state already reflects; rows after it are delivered.
    ///   - interval: the longest time between two checks.
    ///   - watchDirectory: wake on inotify events as well (false: the timer alone).
    ///   - deliver: called on the feed's thread, in order.
    public init(
        journalPath: String,
        after seq: Int64,
        interval: Duration = .milliseconds(250),
        busyThreshold: Duration = .seconds(2),
        batchSize: Int = 10_000,
        watchDirectory: Bool = true,
        deliver: @escaping @Sendable (ChangeFeedUpdate) -> Void
    ) {
        self.journalPath = journalPath
        self.lastSeq = seq
        self.interval = Self.seconds(interval)
        self.minimumGap = min(self.interval, 0.002)
        self.hotWindow = min(self.interval, 0.25)
        self.watchDirectory = watchDirectory
        self.busyThreshold = Self.seconds(busyThreshold)
        self.batchSize = max(1, batchSize)
        self.deliver = deliver
    }

    /// A feed and the stream of its updates. The stream finishes when the feed stops. Call `start()`.
    public static func stream(
        journalPath: String,
        after seq: Int64,
        interval: Duration = .milliseconds(250),
        watchDirectory: Bool = true
    ) -> (ChangeFeed, AsyncStream<ChangeFeedUpdate>) {
        let (stream, continuation) = AsyncStream<ChangeFeedUpdate>.makeStream(bufferingPolicy: .unbounded)
        let feed = ChangeFeed(journalPath: journalPath, after: seq, interval: interval,
                              watchDirectory: watchDirectory) { continuation.yield($0) }
        feed.onStop = { continuation.finish() }
        return (feed, stream)
    }

    private var onStop: (@Sendable () -> Void)?

    public func start() {
        state.lock()
        defer { state.unlock() }
        guard !running && !stopped else { return }
        running = true
        let t = Thread { [self] in self.run() }
        t.name = "terpadu.changefeed"
        thread = t
        t.start()
    }

    /// Stops polling and waits for the feed's thread to finish (unless called from a delivery).
    public func stop() {
        state.lock()
        let wasRunning = running && !stopped
        stopped = true
        state.broadcast()
        watch?.interrupt()
        let onFeedThread = thread.map { $0 == Thread.current } ?? false
        state.unlock()
        if wasRunning && !onFeedThread { finished.wait() }
    }

    deinit {
        state.lock()
        stopped = true
        state.broadcast()
        watch?.interrupt()
        state.unlock()
    }

    /// Whether the feed's thread is waiting on an inotify watch (false before it started, after it
    /// stopped, and where inotify could not be used).
    var isWatchingDirectory: Bool {
        state.lock()
        defer { state.unlock() }
        return watch != nil
    }

    /// How many times the journal was checked (for tests: a quiet journal must not wake the feed).
    var checkCount: Int {
        state.lock()
        defer { state.unlock() }
        return checks
    }

    /// Whether the feed's thread has tried to set up its watch (for tests: `isWatchingDirectory` is
    /// then final until the feed stops).
    var hasTriedWatch: Bool {
        state.lock()
        defer { state.unlock() }
        return watchStarted
    }

    private var isStopped: Bool {
        state.lock()
        defer { state.unlock() }
        return stopped
    }

    private func run() {
        let url = URL(fileURLWithPath: journalPath)
        let opened = watchDirectory
            ? DirectoryWatch(directory: url.deletingLastPathComponent().path,
                             names: [url.lastPathComponent, url.lastPathComponent + "-wal"]) : nil
        state.lock()
        let active = stopped ? nil : opened
        watch = active
        watchStarted = true
        state.unlock()
        var hotUntil = 0.0
        var recheck = Self.firstRecheck
        while !isStopped {
            let moved = check()
            state.lock()
            checks += 1
            state.unlock()
            guard let active else {
                state.lock()
                if !stopped { _ = state.wait(until: Date(timeIntervalSinceNow: interval)) }
                state.unlock()
                continue
            }
            // Only this thread closes the watch (below), so waiting on it needs no lock.
            let checked = FairBusyHandler.monotonicSeconds()
            var timeout = interval
            if moved {
                hotUntil = 0
            } else if checked < hotUntil {
                timeout = min(recheck, hotUntil - checked)
                recheck *= 2
            }
            guard active.wait(timeout: timeout) == .changed else { continue }
            // The WAL is being written. The commit shows only once SQLite has synced it and updated
            // its shared-memory index (a mapping, which inotify does not report), so after a file
            // event check again soon and then less often, until the change shows or `hotWindow`
            // passes. A burst of events is drained as one, and this check waits out `minimumGap`.
            hotUntil = FairBusyHandler.monotonicSeconds() + hotWindow
            recheck = Self.firstRecheck
            let pause = checked + minimumGap - FairBusyHandler.monotonicSeconds()
            if pause > 0 { _ = active.wait(timeout: pause, changes: false) }
        }
        state.lock()
        watch = nil
        opened?.close()
        state.unlock()
        journal = nil
        onStop?()
        finished.signal()
    }

    /// Reads what changed since the last check and delivers it; true when the journal moved on.
    @discardableResult
    private func check() -> Bool {
        do {
            let j: Journal
            if let journal { j = journal } else {
                j = try Journal(path: journalPath, access: .readOnly)
                journal = j
                lastVersion = nil
            }
            let version = try j.dataVersion()
            busySince = nil
            guard version != lastVersion || lastCondition != .usable && lastCondition != .beingRestored else {
                return false
            }
            lastVersion = version
            var more = true
            while more && !isStopped {
                let (rows, last, directoryState) = try j.read { r in
                    (try r.rows(after: lastSeq, limit: batchSize), try r.lastChange(), try r.meta(Journal.directoryStateKey))
                }
                let condition: DirectoryCondition = directoryState == "building" ? .beingRestored : .usable
                if !rows.isEmpty || condition != lastCondition {
                    if let seq = rows.last?.seq { lastSeq = seq }
                    lastCondition = condition
                    deliver(ChangeFeedUpdate(rows: rows, lastChange: last, condition: condition))
                }
                more = rows.count == batchSize
            }
            return true
        } catch {
            if JournalError.isBusy(error) {
                let now = FairBusyHandler.monotonicSeconds()
                let since = busySince ?? now
                busySince = since
                if now - since >= busyThreshold { report(.busy(seconds: now - since)) }
            } else {
                journal = nil
                report(.unusable("\(error)"))
            }
            return false
        }
    }

    private func report(_ condition: DirectoryCondition) {
        let same: Bool
        switch (condition, lastCondition) {
        case (.busy, .some(let c)) where c.isBusy: same = true
        default: same = condition == lastCondition
        }
        guard !same else { return }
        lastCondition = condition
        deliver(ChangeFeedUpdate(rows: [], lastChange: nil, condition: condition))
    }

    /// After a file event with nothing to show yet, the next check: a synced commit usually shows
    /// within a millisecond. Then 1, 2, 4 ms and so on.
    private static let firstRecheck = 0.0005

    private static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
