import Foundation
import Glibc
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// Killed processes never write their closing snapshot; start-up must not get slower with every crash.
@Suite struct StartupTailTests {
    /// Snapshots only because of a long tail (every 50 events), never by count or time.
    static let tailOnly = SnapshotPolicy(everyEvents: .max, everySeconds: .infinity, longTail: 50, checkEverySeconds: .infinity)

    static func open(_ dir: TempDir, fileSystem: any FileSystem = SystemFileSystem()) throws -> Store {
        try Store.open(directory: try DataDirectory(path: dir.path + "/data"), operator: "desk", seeds: .directory(seedsURL),
                       clock: { fixedMillis }, snapshotPolicy: tailOnly, fileSystem: fileSystem)
    }

    static func newestSnapshot(_ dir: TempDir) -> UInt64? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots")) ?? []
        return names.compactMap(SnapshotDirectory.sequence(inFileName:)).max()
    }

    @Test func aLongReplayTailFoundAtOpenIsSnapshottedInTheBackground() throws {
        let dir = TempDir()
        defer { dir.remove() }
        do {
            // A process killed after 60 commands: it never closes, so it never writes a snapshot.
            let killed = try Self.open(dir)
            for i in 0..<60 { _ = killed.execute(registration(i)) }
            #expect(Self.newestSnapshot(dir) == nil)
        }
        let next = try Self.open(dir)
        next.waitForSnapshots()
        #expect(Self.newestSnapshot(dir) == UInt64(next.state.lastSeq), "the tail of 61 events is snapshotted at open")
        next.close()
    }

    @Test func anIdleLockHolderSnapshotsWhatOtherProcessesCommit() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try Self.open(dir)  // opened first: it holds the snapshot lock all day, and records nothing
        defer { desk.close() }
        desk.startChangeFeed(interval: .milliseconds(20)) { _ in }
        let importer = try Self.open(dir)
        #expect(!importer.snapshots.isLockHolder)
        for i in 0..<60 { _ = importer.execute(registration(i)) }
        let last = UInt64(importer.state.lastSeq)
        importer.close()
        // The replay tail stays shorter than the policy's long tail: the desk wrote what the importer could not.
        #expect(eventually { (Self.newestSnapshot(dir) ?? 0) > last - 50 }, "newest: \(Self.newestSnapshot(dir) ?? 0) of \(last)")
    }

    @Test func aClosingSnapshotThatFailsIsReported() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let fs = FaultyFileSystem()
        let store = try Self.open(dir, fileSystem: fs)
        _ = store.execute(registration(0))
        fs.setFaults([.failFromCall(fs.callCount + 1, errno: ENOSPC)])
        let warnings = store.closeAndReport()
        #expect(warnings.contains { $0.contains("closing snapshot was not written") && $0.contains("No space left") }, "\(warnings)")
    }
}
