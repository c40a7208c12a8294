import Foundation
import GRDB
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// The board's table (`board_cells`) equals the board rows of a recount, and `BoardReader` gives the
/// same `BoardFigures` as the state at the same sequence, for everyone and every province and
/// destination: after a mixed cycle of commands, a seed, a bulk batch and a migration.
@Suite struct BoardTableTests {
    static let end = OfficeCalendar.jakarta.day(atMillis: fixedMillis)

    /// Runs a small generated cycle through `store` one command at a time (each its own append
    /// transaction, at the generator's time), then moves some workers to another province and
    /// decides the open duplicate reviews.
    static func mixedCycle(_ store: Store, clock: Box<Int64>, workers: Int = 160) {
        var generator = DatasetGenerator(reference: store.withState { $0.referenceData },
                                         options: .init(workers: workers, seed: 11, endDay: end, historyDays: 420, duplicateEvery: 12))
        _ = generator.run { command, context in
            clock.mutate { $0 = context.timeMillis }
            switch store.execute(command) {
            case .success(let events): return .success(events)
            case .failure(.refused(let r, _)): return .failure(r)
            case .failure(let other): return .failure(Refusals(.nothingToCorrect(detail: "\(other)")))
            }
        }
        clock.mutate { $0 += 3_600_000 }
        let provinces = store.withState { $0.referenceData.provinces.map(\.code) }
        for n in stride(from: 1, through: workers, by: 7) {
            _ = store.execute(.updateWorker(WorkerUpdate(worker: RecordID(.worker, n), province: provinces[n % provinces.count])))
        }
        for n in 1...40 {
            _ = store.execute(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, n), samePerson: n % 2 == 0)))
        }
    }

    /// Everyone, and the four largest provinces and destinations (each narrowing the state works out
    /// walks its counters: a debug build takes a quarter of a second for one).
    static func narrowings(_ state: TerpaduState) -> [Narrowing] {
        let f = state.boardFigures()
        func largest(_ counts: [String: Int]) -> [String] {
            counts.filter { $0.key != "none" }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map(\.key)
        }
        return [.everyone] + largest(f.provinces).map { .province($0) } + largest(f.destinations).map { .country($0) }
    }

    /// The reader's figures equal the state's for every narrowing, and the table equals a recount.
    static func expectTablesEqualRecount(_ store: Store, _ directory: DataDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reader = try BoardReader(directory: directory)
        let narrowings = store.withState { Self.narrowings($0) }
        let lastSeq = store.withState { $0.lastSeq }
        for n in narrowings {
            let read = try reader.read(n)
            let computed = store.withState { $0.boardFigures(n) }
            #expect(read.figures == computed, "\(n)", sourceLocation: sourceLocation)
            #expect(read.lastChange?.seq == lastSeq, sourceLocation: sourceLocation)
        }
        let stored = try store.journal.read { try $0.boardCells() }
        let recounted = store.withState { $0.boardTally(recounting: true).cells(in: $0) }
        #expect(stored == recounted, sourceLocation: sourceLocation)
    }

    @Test func tablesEqualARecountAfterAMixedCycleOfCommands() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = Box(fixedMillis)
        let directory = try DataDirectory(path: dir.path + "/data")
        let store = try Store.open(directory: directory, operator: "desk", seeds: ReferenceSource { try seedsReference() },
                                   clock: { clock.get() }, snapshotPolicy: .never)
        Self.mixedCycle(store, clock: clock)
        let f = store.withState { $0.boardFigures() }
        // The cycle reached every part of the board.
        #expect(f.stages.placement > 0 && f.stages.postPlacement > 0 && f.stages.exited > 0)
        #expect(f.kpis.contains { $0.medianDaysToDeparture != nil } && f.weeks.count == 52)
        #expect(!f.passRates.isEmpty && !f.exits.isEmpty)
        #expect((f.reach?.literacyReached.count ?? 0) > 0 || (f.reach?.healthCovered.count ?? 0) > 0)
        #expect(store.withState { Self.narrowings($0) }.count == 9)
        try Self.expectTablesEqualRecount(store, directory)
        let last = try #require(try BoardReader(directory: directory).read().lastChange)
        #expect(last.operatorName == "desk" && last.timeMs == clock.get())
        store.close()
        let report = Doctor.examine(directory: directory)
        #expect(report.isClean, "\(report.findings)")
        #expect(report.passed.contains { $0.hasPrefix("board_cells equal a recount") })
    }

    @Test func tablesEqualARecountAfterASeed() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let directory = try DataDirectory(path: dir.path + "/data")
        let (store, _) = try Store.seed(directory: directory, operator: "seeder", reference: try seedsReference(),
                                        options: .init(workers: 400, seed: 3, endDay: Self.end, historyDays: 500, duplicateEvery: 25),
                                        clock: { fixedMillis })
        try Self.expectTablesEqualRecount(store, directory)
        store.close()
    }

    @Test func tablesEqualARecountAfterABulkBatch() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        // The path `import` takes: many commands, one transaction per batch.
        let results = store.executeBatch((0..<500).map { registration($0) }, batchSize: 120)
        #expect(results.allSatisfy { if case .success = $0 { true } else { false } })
        try Self.expectTablesEqualRecount(store, directory)
        store.close()
    }

    /// Takes a directory back to journal schema 2, as a build before the board's tables left it.
    static func backToSchemaTwo(_ directory: DataDirectory) throws {
        let queue = try DatabaseQueue(path: directory.journalPath)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE board_cells")
            try db.execute(sql: "DELETE FROM meta WHERE key IN ('board.state', 'migrated.2to3')")
            try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
    }

    @Test func aSchemaTwoDirectoryIsFilledAtItsFirstReadWriteOpenAndReadersWaitForIt() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = Box(fixedMillis)
        let directory = try DataDirectory(path: dir.path + "/data")
        let first = try Store.open(directory: directory, operator: "desk", seeds: ReferenceSource { try seedsReference() },
                                   clock: { clock.get() }, snapshotPolicy: .never)
        Self.mixedCycle(first, clock: clock, workers: 90)
        first.close()
        try Self.backToSchemaTwo(directory)

        // A board meets the older schema: a typed error it can word, and it keeps its connection.
        let reader = try BoardReader(directory: directory)
        #expect(throws: BoardReadError.olderSchema(path: directory.journalPath, found: 2, needed: 3)) { try reader.read() }
        // So does a read-only store (a supervisor's process): it migrates nothing.
        try Store.open(directory: directory, access: .readOnly, operator: "board").close()
        #expect(throws: BoardReadError.olderSchema(path: directory.journalPath, found: 2, needed: 3)) { try reader.read() }

        let heard = JournalMigrationTests.Heard()
        let store = try Store.open(directory: directory, operator: "desk", clock: { clock.get() }, snapshotPolicy: .never,
                                   migrationProgress: { heard.add($0) })
        let progress = heard.progress
        #expect(progress.first?.from == 2 && progress.first?.to == 3)
        let filling = progress.filter { $0.phase == .fillingBoard }
        #expect(filling.first?.done == 0 && (filling.last.map { $0.done == $0.total && $0.total > 100 } ?? false))
        #expect(progress.last?.phase == .finished)
        // The same reader now reads, and what it reads is the state's.
        try Self.expectTablesEqualRecount(store, directory)
        #expect(try reader.read().figures == store.withState { $0.boardFigures() })
        // Appends after the fill keep it.
        clock.mutate { $0 += 86_400_000 }
        _ = try store.execute(registration(9_000)).get()
        try Self.expectTablesEqualRecount(store, directory)
        store.close()
        #expect(Doctor.examine(directory: directory).isClean)
    }

    @Test func aTableLeftPendingIsRefusedToReadersAndFilledByTheNextOpen() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        _ = try store.execute(registration(1)).get()
        store.close()
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        let queue = try DatabaseQueue(path: directory.journalPath)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM board_cells")
            try db.execute(sql: "UPDATE meta SET value = 'pending' WHERE key = 'board.state'")
        }
        #expect(throws: BoardReadError.notFilled(path: directory.journalPath)) { try BoardReader(directory: directory).read() }
        let findings = Doctor.examine(directory: directory).findings
        #expect(findings.contains { $0.contains("board's tables are not filled") })
        let again = try openStore(dir)
        try Self.expectTablesEqualRecount(again, directory)
        again.close()
    }

    @Test func doctorReportsATamperedTable() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for i in 0..<5 { _ = try store.execute(registration(i)).get() }
        store.close()
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        #expect(Doctor.examine(directory: directory).isClean)
        let queue = try DatabaseQueue(path: directory.journalPath)
        try queue.write { db in
            try db.execute(sql: """
                UPDATE board_cells SET value = value + 2
                WHERE dimension = 'status' AND province = '32' AND destination = '' AND key = 'registered'
                """)
            try db.execute(sql: """
                INSERT INTO board_cells(dimension, province, destination, period, key, value)
                VALUES ('exit', '', '', '', 'deceased', 1)
                """)
        }
        let findings = Doctor.examine(directory: directory).findings
        #expect(findings.contains { $0.hasPrefix("board_cells: status registered of province 32 is 7; a recount gives 5") }, "\(findings)")
        #expect(findings.contains { $0.hasPrefix("board_cells: exit deceased is 1; a recount gives 0") }, "\(findings)")
        // The repair rewrites it.
        _ = try Store.repair(directory: directory, operator: "doctor", clock: { fixedMillis })
        #expect(Doctor.examine(directory: directory).isClean)
    }
}
