import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

/// The change feed's inotify wake-up and its timer fallback. Threads and a second connection, so
/// serialized; every wait polls with a deadline far above what it should take.
@Suite(.serialized) struct ChangeFeedWakeTests {
    func journalWithOneEvent(_ tmp: TempDir) throws -> (path: String, writer: Journal) {
        let path = tmp.file("journal.sqlite")
        let writer = try Journal(path: path)
        try writer.write { try $0.append(NewJournalEvent(operatorName: "a", kind: "first", payload: "{}")) }
        return (path, writer)
    }

    /// A journal holding one event, and a feed on it that has started and reported the journal usable.
    /// The caller stops the feed.
    func startedFeed(_ tmp: TempDir, interval: Duration, watch: Bool) throws
        -> (feed: ChangeFeed, received: Box<[ChangeFeedUpdate]>, path: String) {
        let (path, _) = try journalWithOneEvent(tmp)
        let received = Box<[ChangeFeedUpdate]>([])
        let feed = ChangeFeed(journalPath: path, after: 1, interval: interval, watchDirectory: watch) { update in
            received.mutate { $0.append(update) }
        }
        feed.start()
        #expect(eventually(seconds: 5) { received.get().contains { $0.condition == .usable } })
        return (feed, received, path)
    }

    /// With a 10 s interval, only the watch can deliver a commit within 5 s.
    @Test func commitWakesTheFeedLongBeforeItsInterval() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let (feed, received, path) = try startedFeed(tmp, interval: .seconds(10), watch: true)
        defer { feed.stop() }
        #expect(feed.isWatchingDirectory, "inotify is expected on a local file system")

        let other = try Journal(path: path)
        for (i, kind) in ["second", "third"].enumerated() {
            try other.write { try $0.append(NewJournalEvent(operatorName: "desk2", kind: kind, payload: "{}")) }
            #expect(eventually(seconds: 5) { received.get().flatMap(\.rows).count == i + 1 }, "commit \(i + 1) not seen within 5 s (checks \(feed.checkCount))")
        }
        #expect(received.get().flatMap(\.rows).map(\.kind) == ["second", "third"])
    }

    /// Without the watch (as where inotify is unavailable) the timer alone still delivers.
    @Test func pollsWhenTheWatchIsOff() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let (feed, received, path) = try startedFeed(tmp, interval: .milliseconds(50), watch: false)
        defer { feed.stop() }
        #expect(eventually(seconds: 5) { feed.hasTriedWatch })
        #expect(!feed.isWatchingDirectory)
        let other = try Journal(path: path)
        try other.write { try $0.append(NewJournalEvent(operatorName: "desk2", kind: "second", payload: "{}")) }
        #expect(eventually { received.get().flatMap(\.rows).map(\.seq) == [2] })
    }

    /// A directory that does not exist cannot be watched: the feed polls, reports it unusable, and
    /// still sees the journal once it appears.
    @Test func unwatchableDirectoryFallsBackToPolling() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = tmp.file("later")
        let path = dir + "/journal.sqlite"
        let received = Box<[ChangeFeedUpdate]>([])
        let feed = ChangeFeed(journalPath: path, after: 0, interval: .milliseconds(50)) { update in
            received.mutate { $0.append(update) }
        }
        feed.start()
        defer { feed.stop() }
        #expect(eventually(seconds: 5) { feed.hasTriedWatch })
        #expect(!feed.isWatchingDirectory)
        #expect(eventually { received.get().contains { if case .unusable = $0.condition { true } else { false } } })
        #expect(mkdir(dir, 0o700) == 0)
        let writer = try Journal(path: path)
        try writer.write { try $0.append(NewJournalEvent(operatorName: "a", kind: "k", payload: "{}")) }
        #expect(eventually { received.get().flatMap(\.rows).map(\.seq) == [1] })
        #expect(received.get().last?.condition == .usable)
    }

    /// The feed's own reads do not wake it: a quiet journal is checked on the timer only.
    @Test func quietJournalDoesNotWakeTheFeed() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let (feed, _, _) = try startedFeed(tmp, interval: .seconds(10), watch: true)
        defer { feed.stop() }
        usleep(500_000)  // room for wake-ups that must not happen, not a wait for an event
        #expect(feed.checkCount <= 2, "a quiet journal was checked \(feed.checkCount) times")
    }

    /// `stop()` interrupts a long wait, with and without the watch.
    @Test(arguments: [true, false])
    func stopInterruptsALongWait(watch: Bool) throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let (feed, _, _) = try startedFeed(tmp, interval: .seconds(30), watch: watch)
        let stopped = Box(false)
        Thread.detachNewThread {
            feed.stop()
            stopped.mutate { $0 = true }
        }
        // Well before the 30 s interval would end the wait.
        #expect(eventually(seconds: 10) { stopped.get() }, "stop waited for the 30 s interval")
        #expect(!feed.isWatchingDirectory)
    }
}

/// The inotify wrapper on its own.
@Suite(.serialized) struct DirectoryWatchTests {
    func append(_ path: String, times: Int) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd) }
        var byte: UInt8 = 0x2A
        for _ in 0..<times { _ = write(fd, &byte, 1) }
    }

    @Test func burstOfWritesIsOneWakeUp() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let watch = try #require(DirectoryWatch(directory: tmp.path, names: ["journal.sqlite", "journal.sqlite-wal"]))
        defer { watch.close() }
        append(tmp.file("journal.sqlite-wal"), times: 1_000)
        #expect(watch.wait(timeout: 5) == .changed)
        #expect(watch.wait(timeout: 0.1) == .timedOut)
    }

    @Test func otherFilesDoNotWake() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let watch = try #require(DirectoryWatch(directory: tmp.path, names: ["journal.sqlite", "journal.sqlite-wal"]))
        defer { watch.close() }
        append(tmp.file("export.csv"), times: 100)
        append(tmp.file("journal.sqlite-shm"), times: 1)
        append(tmp.file("journal.sqlite-wal2"), times: 1)
        #expect(watch.wait(timeout: 0.2) == .timedOut)
        append(tmp.file("journal.sqlite"), times: 1)
        #expect(watch.wait(timeout: 5) == .changed)
    }

    @Test func changesCanWaitTheirTurn() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let watch = try #require(DirectoryWatch(directory: tmp.path, names: ["j-wal"]))
        defer { watch.close() }
        append(tmp.file("j-wal"), times: 1)
        #expect(watch.wait(timeout: 0.1, changes: false) == .timedOut)
        #expect(watch.wait(timeout: 5) == .changed)
    }

    @Test func interruptEndsAWait() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let watch = try #require(DirectoryWatch(directory: tmp.path, names: ["j-wal"]))
        defer { watch.close() }
        watch.interrupt()
        #expect(watch.wait(timeout: 30) == .interrupted)
    }

    @Test func missingDirectoryCannotBeWatched() {
        #expect(DirectoryWatch(directory: "/nonexistent-\(UUID().uuidString)", names: ["j-wal"]) == nil)
    }

    @Test func removedDirectoryStopsReporting() throws {
        let tmp = TempDir()
        let watch = try #require(DirectoryWatch(directory: tmp.path, names: ["j-wal"]))
        defer { watch.close() }
        tmp.remove()
        // The removal itself is reported once (the watch is gone), then waits only time out.
        _ = watch.wait(timeout: 5)
        #expect(watch.wait(timeout: 0.1) == .timedOut)
    }
}
