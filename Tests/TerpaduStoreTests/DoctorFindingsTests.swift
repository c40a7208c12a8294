import Foundation
import GRDB
import Glibc
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// What `doctor` reports beyond the journal's contents: modes, leftovers, versions; and what a
/// reader does with a directory a newer build wrote or a `snapshots/` folder that is gone.
@Suite struct DoctorFindingsTests {
    static func directory(_ dir: TempDir, workers: Int = 3) throws -> DataDirectory {
        let store = try openStore(dir)
        for i in 0..<workers { _ = store.execute(registration(i)) }
        store.close()
        return try DataDirectory(path: dir.path + "/data", create: false)
    }

    @Test func loosePermissionsAndLeftoverTemporaryFilesAreFindingsWithTheirMend() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.directory(dir)
        #expect(Doctor.examine(directory: d).isClean)
        let snapshot = try #require(try FileManager.default.contentsOfDirectory(atPath: d.snapshotsPath).first { $0.hasPrefix("snapshot-") })
        chmod(d.snapshotsPath, 0o770)
        chmod(d.snapshotsPath + "/" + snapshot, 0o644)
        chmod(d.journalPath, 0o640)
        writeBytes([1, 2, 3], to: d.snapshotsPath + "/." + snapshot + ".tmp.1234")
        let findings = Doctor.examine(directory: d).findings
        #expect(findings.contains { $0.contains("\(d.snapshotsPath) has mode 0770") && $0.contains("`chmod 700 \(d.snapshotsPath)`") },
                "\(findings)")
        #expect(findings.contains { $0.contains(snapshot) && $0.contains("0644") && $0.contains("`chmod 600") })
        #expect(findings.contains { $0.contains("journal.sqlite has mode 0640") })
        #expect(findings.contains { $0.contains("temporary file") && $0.contains("`terpadu snapshot create`") })
        #expect(findings.allSatisfy { $0.contains("(mend: ") })
    }

    @Test func readersDoNotNeedTheSnapshotsFolder() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.directory(dir)
        try FileManager.default.removeItem(atPath: d.snapshotsPath)
        let reader = try Store.open(directory: d, access: .readOnly, operator: "board")
        #expect(reader.state.workerCount == 3)
        reader.close()
        #expect(try SnapshotDirectory(path: d.snapshotsPath, access: .readOnly).list().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: d.snapshotsPath), "a reader must not create it")
        #expect(Doctor.examine(directory: d).isClean)
    }

    @Test func anEventOfANewerSchemaStopsTheReaderWithAClearMessage() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.directory(dir)
        let queue = try DatabaseQueue(path: d.journalPath)
        try queue.write { db in try db.execute(sql: "UPDATE events SET schema = 9 WHERE seq = 3") }
        try FileManager.default.removeItem(atPath: d.snapshotsPath)
        #expect {
            _ = try Store.open(directory: d, access: .readOnly, operator: "board")
        } throws: { error in
            "\(error)".contains("event 3") && "\(error)".contains("newer terpadu") && "\(error)".contains("schema 9")
        }
        #expect(Doctor.examine(directory: d).findings.contains { $0.contains("newer terpadu") && $0.contains("use the newer terpadu") })
    }

    @Test func aNewerMetaSchemaVersionStopsReadersAndWriters() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.directory(dir)
        let queue = try DatabaseQueue(path: d.journalPath)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '7' WHERE key = 'schema_version'") }
        for access in [StoreAccess.readOnly, .readWrite] {
            #expect(throws: JournalError.newerSchema(path: d.journalPath, found: 7, supported: JournalSchema.currentVersion)) {
                _ = try Journal(path: d.journalPath, access: access)
            }
        }
    }

    @Test func restoringToALostEventSaysWhichEventRecordedTheLoss() throws {
        let dir = TempDir()
        defer { dir.remove() }
        var store = try openStore(dir)
        _ = store.execute(registration(0))
        store.close()
        let saved = dir.path + "/saved.sqlite"
        try FileManager.default.copyItem(atPath: dir.path + "/data/journal.sqlite", toPath: saved)
        store = try openStore(dir)
        for i in 1..<4 { _ = store.execute(registration(i)) }
        store.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dir.path + "/data/journal.sqlite" + suffix) }
        try FileManager.default.copyItem(atPath: saved, toPath: dir.path + "/data/journal.sqlite")
        let d = try DataDirectory(path: dir.path + "/data", create: false)
        let report = try Store.repair(directory: d, operator: "fix", clock: { fixedMillis })
        let gap = try #require(report.gap)
        let lost = try #require(gap.missingFromJournal?.lowerBound)
        #expect {
            _ = try Store.restore(from: d, through: lost, to: try DataDirectory(path: dir.path + "/copy"))
        } throws: { error in
            "\(error)".contains("event \(lost): lost, see event \(gap.seq)")
        }
        let copy = try Store.restore(from: d, through: gap.seq, to: try DataDirectory(path: dir.path + "/copy2"))
        #expect(copy.events == gap.seq)
    }
}
