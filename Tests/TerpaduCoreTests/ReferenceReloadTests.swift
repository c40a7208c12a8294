import Testing
@testable import TerpaduCore

@Suite("Reloading reference data")
struct ReferenceReloadTests {
    @Test("reloading reordered tables keeps every record pointing at the same codes, and the counters hold")
    func reorderedReload() throws {
        var desk = Desk()
        let w = desk.worker(at: .working, province: "33")
        desk.run(.applyForLoan(LoanApplication(worker: desk.register(), bank: "BNI", amount: 5_000_000,
                                               rateBasisPoints: 500, tenorMonths: 12)))
        _ = desk.cohort(program: "epsTopik")
        desk.run(.openCase(CaseDraft(worker: w, type: .overwork, mission: "KJRI-HK", opened: desk.today)))
        var reordered = Fixture.reference
        reordered.provinces.reverse()
        reordered.countries.reverse()
        reordered.missions.reverse()
        reordered.jobs.reverse()
        reordered.programs.reverse()
        reordered.banks.reverse()
        desk.run(.loadReference(reordered))
        let ref = desk.state.referenceData
        let order = desk.state.jobOrders[0]
        try #require(order.country >= 0 && order.job >= 0)
        #expect(ref.countries[order.country].iso == "HK")
        #expect(ref.jobs[order.job].code == "housekeeper")
        let program = try #require(desk.state.cohorts.last?.program)
        try #require(program >= 0)
        #expect(ref.programs[program].code == "epsTopik")
        #expect(ref.missions[Int(desk.state.cases[0].mission)].code == "KJRI-HK")
        #expect(ref.banks[Int(desk.state.loans[0].bank)].code == "BNI")
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(ref.provinces[Int(desk.state.workers.province[r])].code == "33")
        desk.expectCountersHold()
        // The replayed journal gives the same state.
        var replayed = TerpaduState()
        for e in desk.events { replayed.apply(e) }
        #expect(replayed == desk.state)
    }
}
