import Foundation
import GRDB
import Glibc
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// Journal schema 1 → 2: the first read-write open of an older directory re-stamps it, rebuilds the
/// state from the journal (its snapshots lack each document's dates) with progress, and writes a
/// snapshot in the new format; an older build then stops at the newer schema.
@Suite struct JournalMigrationTests {
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [MigrationProgress] = []
        func add(_ p: MigrationProgress) { lock.withLock { all.append(p) } }
        var progress: [MigrationProgress] { lock.withLock { all } }
    }

    static let today = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
    static let bpjsUntil = today.adding(days: 30)

    /// A directory as a build of journal schema 1 left it: the same tables (schema 2 adds none, 3 the board's),
    /// `user_version` and the meta row at 1, and its snapshots in format 2, without document dates.
    static func versionOneDirectory(_ dir: TempDir) throws -> DataDirectory {
        let store = try openStore(dir)
        for i in 0..<3 { _ = try store.execute(registration(i)).get() }
        _ = try store.execute(.recordDocument(DocumentEntry(worker: RecordID(.worker, 1), kind: .socialSecurity,
                                                            number: "BPJS-1", issued: today, expiry: bpjsUntil))).get()
        store.close()  // writes its closing snapshot
        let d = try DataDirectory(path: dir.path + "/data", create: false)
        let queue = try DatabaseQueue(path: d.journalPath)
        try queue.write { db in
            // Nor had it the board's table of schema 3.
            try db.execute(sql: "DROP TABLE board_cells")
            try db.execute(sql: "DELETE FROM meta WHERE key = 'board.state'")
            try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'schema_version'")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        let snapshots = try SnapshotDirectory(path: d.snapshotsPath, access: .readWrite)
        let infos = try snapshots.list()
        try #require(!infos.isEmpty)
        for info in infos {
            // The same state as an older build wrote it: format 2, without the document days.
            let current = try SnapshotFile.withVerifiedPayload(atPath: info.path) { _, p in [UInt8](p) }
            let state = try current.withUnsafeBytes { try SnapshotCodec.decode($0) }
            let payload = SnapshotCodec.encode(state, version: 2)
            let older = try payload.withUnsafeBytes { try SnapshotCodec.decode($0) }
            #expect(older.workerCount == 3)
            let bytes = SnapshotFile.encode(sequence: info.sequence, payload: payload)
            try FileManager.default.removeItem(atPath: info.path)
            #expect(FileManager.default.createFile(atPath: info.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]))
        }
        snapshots.close()
        return d
    }

    static func versions(_ d: DataDirectory) throws -> (user: Int, meta: String?, migrated: String?) {
        let queue = try DatabaseQueue(path: d.journalPath)
        return try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? -1,
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'migrated.1to2'"))
        }
    }

    @Test func theFirstReadWriteOpenMigratesWithProgressAndRebuildsTheStateFromTheJournal() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.versionOneDirectory(dir)
        let events = try Journal(path: d.journalPath, access: .readOnly).maxSeq()

        // A supervisor's read-only process may open it first: it migrates nothing but trusts no old snapshot.
        let reader = try Store.open(directory: d, access: .readOnly, operator: "board")
        #expect(reader.withState { $0.detail(RecordID(.worker, 1), today: Self.today)?.expiry(of: .socialSecurity) } == Self.bpjsUntil)
        reader.close()
        #expect(try Self.versions(d).user == 1)

        let heard = Heard()
        let store = try Store.open(directory: d, operator: "desk", clock: { fixedMillis }, snapshotPolicy: .never,
                                   migrationProgress: { heard.add($0) })
        let progress = heard.progress
        #expect(progress.first == MigrationProgress(from: 1, to: 3, phase: .replaying, done: 0, total: events))
        #expect(progress.contains(MigrationProgress(from: 1, to: 3, phase: .replaying, done: events, total: events)))
        #expect(progress.contains { $0.phase == .writingSnapshot })
        #expect(progress.last == MigrationProgress(from: 1, to: 3, phase: .finished, done: events, total: events))
        // The BPJS expiry came from the journal: the format-2 snapshot it started beside does not hold it.
        #expect(store.withState { $0.detail(RecordID(.worker, 1), today: Self.today)?.expiry(of: .socialSecurity) } == Self.bpjsUntil)
        #expect(store.loadedSnapshot == nil)
        #expect(store.openWarnings.contains { $0.reason.contains("snapshot format 2") })
        store.close()

        let v = try Self.versions(d)
        #expect(v.user == 3 && v.meta == "3" && v.migrated != nil)
        // The migration wrote a format-3 snapshot; the next open starts from it, quietly, migrating nothing.
        let snapshots = try SnapshotDirectory(path: d.snapshotsPath, access: .readOnly)
        let newest = try #require(try snapshots.list().last)
        let format = try SnapshotFile.withVerifiedPayload(atPath: newest.path) { _, p in SnapshotCodec.formatVersion(of: p) }
        #expect(format == SnapshotCodec.formatVersion)
        let again = Heard()
        let reopened = try Store.open(directory: d, operator: "desk", clock: { fixedMillis }, snapshotPolicy: .never,
                                      migrationProgress: { again.add($0) })
        #expect(again.progress.isEmpty)
        #expect(reopened.loadedSnapshot?.sequence == UInt64(events))
        #expect(reopened.openWarnings.isEmpty)
        reopened.close()
        let report = Doctor.examine(directory: d)
        #expect(report.isClean, "\(report.findings)")
    }

    @Test func anOlderBuildMeetingTheNewSchemaStopsWithTheClearMessage() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let d = try Self.versionOneDirectory(dir)
        try Store.open(directory: d, operator: "desk", clock: { fixedMillis }, snapshotPolicy: .never).close()
        #expect(try Self.versions(d).user == JournalSchema.currentVersion)
        // What a build of schema 2 sees of one written by schema 3 is what schema 1 sees of this one.
        let queue = try DatabaseQueue(path: d.journalPath)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = \(JournalSchema.currentVersion + 1)") }
        for access in [StoreAccess.readOnly, .readWrite] {
            #expect(throws: JournalError.newerSchema(path: d.journalPath, found: JournalSchema.currentVersion + 1,
                                                     supported: JournalSchema.currentVersion)) {
                _ = try Journal(path: d.journalPath, access: access)
            }
        }
        #expect(Doctor.examine(directory: d).findings.contains { $0.contains("use the newer terpadu") })
    }
}
