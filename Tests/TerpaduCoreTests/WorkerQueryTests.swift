import Testing
@testable import TerpaduCore

@Suite("Finding workers")
struct WorkerQueryTests {
    static func desk() -> (Desk, [RecordID]) {
        var desk = Desk()
        let ids = [
            desk.register(name: "Siti Aminah", province: "32"),
            desk.register(name: "Muhammad Ṣaleh", sex: .male, birth: Fixture.day(1990, 3, 3), province: "33"),
            desk.register(name: "José Ramírez", sex: .male, birth: Fixture.day(1991, 5, 5), province: "32"),
            desk.register(name: "Dewi Sartika", province: "35"),
        ]
        return (desk, ids)
    }

    @Test("by ID, by NIK prefix, and by name ignoring case and accents")
    func byIDNIKAndName() throws {
        let (desk, ids) = Self.desk()
        let s = desk.state
        #expect(s.queryWorkers(WorkerFilter(id: ids[2]))?.rows == [(s.workerRow(ids[2]) ?? -1)])
        let nik = try #require(s.revealedNIK(ids[1])).description
        #expect(s.queryWorkers(WorkerFilter(nikPrefix: String(nik.prefix(12))))?.rows == [(s.workerRow(ids[1]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(nikPrefix: "32"))?.count == 4)
        #expect(s.queryWorkers(WorkerFilter(name: "SALEH"))?.rows == [(s.workerRow(ids[1]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(name: "jose ram"))?.rows == [(s.workerRow(ids[2]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(name: "aminah"))?.rows == [(s.workerRow(ids[0]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(name: "nobody"))?.count == 0)
    }

    @Test("by stage, status and province, combined, sorted by name")
    func combinedAndSorted() {
        var (desk, ids) = Self.desk()
        desk.run(.exitWorker(ExitEntry(worker: ids[3], reason: .personalChoice)))
        let s = desk.state
        #expect(s.queryWorkers(WorkerFilter(province: "32"))?.rows == [(s.workerRow(ids[0]) ?? -1), (s.workerRow(ids[2]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(stage: .preparation))?.count == 3)
        #expect(s.queryWorkers(WorkerFilter(exited: true))?.rows == [(s.workerRow(ids[3]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(status: .withdrawn, province: "35"))?.rows == [(s.workerRow(ids[3]) ?? -1)])
        #expect(s.queryWorkers(WorkerFilter(name: "a", stage: .preparation, province: "33"))?.rows == [(s.workerRow(ids[1]) ?? -1)])
        let byName = s.queryWorkers(.everyone, sort: .name)?.rows.compactMap { s.summary(row: $0)?.name }
        #expect(byName == ["Dewi Sartika", "José Ramírez", "Muhammad Ṣaleh", "Siti Aminah"])
    }

    @Test("pages are slices of the answer, clamped at both ends")
    func paging() {
        let result = WorkerResultSet(rows: Array(0..<120))
        #expect(Array(result.page(offset: 100, count: 50)) == Array(100..<120))
        #expect(result.page(offset: 500, count: 50).isEmpty)
        #expect(Array(result.page(offset: -3, count: 2)) == [0, 1])
    }

    @Test("a cancelled query gives no answer")
    func cancellation() {
        let (desk, _) = Self.desk()
        #expect(desk.state.queryWorkers(.everyone, chunkSize: 1, isCancelled: { true }) == nil)
    }

    @Test("a destination country finds the people selected for it")
    func byCountry() {
        var desk = Desk()
        let a = desk.register(name: "Ani"), b = desk.register(name: "Budi", sex: .male)
        let hk = desk.jobOrder(job: "housekeeper", country: "HK")
        desk.run(.selectForJobOrder(Selection(worker: a, jobOrder: hk)))
        #expect(desk.state.queryWorkers(WorkerFilter(country: "HK"))?.rows == [desk.state.workerRow(a) ?? -1])
        #expect(desk.state.queryWorkers(WorkerFilter(country: "TW"))?.count == 0)
        #expect(desk.state.summary(a)?.country == "HK")
        #expect(desk.state.summary(b)?.country == nil)
    }
}

@Suite("Reading fairs, job orders, cohorts and programs")
struct RecordAccessTests {
    @Test("each record reads back with its codes, and unknown IDs give nothing")
    func readBack() {
        var desk = Desk()
        let jo = desk.jobOrder(job: "welder", country: "TW", quota: 5, cost: 9_000_000)
        let c = desk.cohort(program: "welding", capacity: 12)
        let f = desk.fair()
        let p = desk.program()
        _ = desk.worker(at: .selected, jobOrder: jo)
        let order = desk.state.jobOrder(jo)
        #expect(order?.country == "TW" && order?.job == "welder" && order?.quota == 5 && order?.filled == 1)
        #expect(desk.state.cohort(c)?.program == "welding" && desk.state.cohort(c)?.capacity == 12)
        #expect(desk.state.fair(f) != nil && desk.state.program(p) != nil)
        #expect(desk.state.jobOrder(RecordID(.jobOrder, 99)) == nil && desk.state.cohort(RecordID(.worker, 1)) == nil)
    }
}
