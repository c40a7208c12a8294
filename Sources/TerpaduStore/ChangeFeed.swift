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

/// Notices commits by other connections and processes by polling `PRAGMA data_version` (a few µs)
/// on its own read-only connection and thread, about every 250 ms, and delivers new rows.
///
/// It never takes the write lock, so it never blocks writers. It also delivers rows this process wrote
/// through its own `Journal` (they come from another connection); skip those by sequence number.
public final class ChangeFeed: @unchecked Sendable {
    public let journalPath: String
    private let interval: Double
    private let busyThreshold: Double
    private let batchSize: Int
    private let deliver: @Sendable (ChangeFeedUpdate) -> Void

    private let state = NSCondition()
    private var stopped = false
    private var running = false
    private var thread: Thread?
    private let finished = DispatchSemaphore(value: 0)

    // Only touched on the feed thread.
    private var lastSeq: Int64
    private var journal: Journal?
    private var lastVersion: Int64?
    private var lastCondition: DirectoryCondition?
    private var busySince: Double?

    /// - Parameters:
    ///   - after: the sequence this process's state already reflects; rows after it are delivered.
    ///   - deliver: called on the feed's thread, in order.
    public init(
        journalPath: String,
        after seq: Int64,
        interval: Duration = .milliseconds(250),
        busyThreshold: Duration = .seconds(2),
        batchSize: Int = 10_000,
        deliver: @escaping @Sendable (ChangeFeedUpdate) -> Void
    ) {
        self.journalPath = journalPath
        self.lastSeq = seq
        self.interval = Self.seconds(interval)
        self.busyThreshold = Self.seconds(busyThreshold)
        self.batchSize = max(1, batchSize)
        self.deliver = deliver
    }

    /// A feed and the stream of its updates. The stream finishes when the feed stops. Call `start()`.
    public static func stream(
        journalPath: String,
        after seq: Int64,
        interval: Duration = .milliseconds(250)
    ) -> (ChangeFeed, AsyncStream<ChangeFeedUpdate>) {
        let (stream, continuation) = AsyncStream<ChangeFeedUpdate>.makeStream(bufferingPolicy: .unbounded)
        let feed = ChangeFeed(journalPath: journalPath, after: seq, interval: interval) { continuation.yield($0) }
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
        let onFeedThread = thread.map { $0 == Thread.current } ?? false
        state.unlock()
        if wasRunning && !onFeedThread { finished.wait() }
    }

    deinit {
        state.lock()
        stopped = true
        state.broadcast()
        state.unlock()
    }

    private var isStopped: Bool {
        state.lock()
        defer { state.unlock() }
        return stopped
    }

    private func run() {
        while !isStopped {
            poll()
            state.lock()
            if !stopped { _ = state.wait(until: Date(timeIntervalSinceNow: interval)) }
            state.unlock()
        }
        journal = nil
        onStop?()
        finished.signal()
    }

    private func poll() {
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
                return
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

    private static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
