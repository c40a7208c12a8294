import Testing
@testable import TerpaduCore

@Suite("KUR loans")
struct LoanTests {
    func apply(_ w: RecordID, amount: Int64 = 25_000_000, rate: Int = 600, tenor: Int = 36, bank: String = "BRI") -> Command {
        .applyForLoan(LoanApplication(worker: w, bank: bank, amount: amount, rateBasisPoints: rate, tenorMonths: tenor))
    }

    @Test("a loan at the ceiling, the maximum rate and the maximum tenor is accepted")
    func atTheLimits() {
        var desk = Desk()
        let w = desk.register()
        desk.run(apply(w, amount: 100_000_000, rate: 600, tenor: 36))
        #expect(desk.state.loanCount == 1)
        #expect(desk.state.counters.openLoans == 1)
        desk.expectCountersHold()
    }

    @Test("a loan above the ceiling is refused")
    func ceiling() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(apply(w, amount: 100_000_001)) == [.loanAboveCeiling(amount: 100_000_001, ceiling: 100_000_000)])
        #expect(desk.refusals(apply(w, amount: 0)).first?.code == "fieldInvalid")
    }

    @Test("a loan above 6 % a year is refused")
    func rate() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(apply(w, rate: 601)) == [.loanRateAboveMaximum(basisPoints: 601, maximum: 600)])
        #expect(desk.refusals(apply(w, rate: -1)).first?.code == "fieldInvalid")
    }

    @Test("a loan longer than 36 months is refused")
    func tenor() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(apply(w, tenor: 37)) == [.loanTenorAboveMaximum(months: 37, maximum: 36)])
        #expect(desk.refusals(apply(w, tenor: 0)).first?.code == "fieldInvalid")
    }

    @Test("the terms come from the reference data, not from constants")
    func termsAreData() {
        var desk = Desk(loadReference: false)
        var ref = Fixture.reference
        ref.loanTerms = .init(ceiling: 50_000_000, maxRateBasisPoints: 300, maxTenorMonths: 24)
        desk.run(.loadReference(ref))
        let w = desk.register()
        #expect(desk.refusals(apply(w, amount: 60_000_000, rate: 300, tenor: 24)).first?.code == "loanAboveCeiling")
        #expect(desk.refusals(apply(w, amount: 50_000_000, rate: 600, tenor: 24)).first?.code == "loanRateAboveMaximum")
        desk.run(apply(w, amount: 50_000_000, rate: 300, tenor: 24))
    }

    @Test("a KUR loan for a worker selected for a zero-cost job is refused: there is no placement cost to finance")
    func zeroCostJob() {
        var desk = Desk()
        let housekeeper = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: housekeeper, jobOrder: desk.jobOrder(job: "housekeeper"))))
        #expect(desk.refusals(apply(housekeeper)) == [.zeroCostLoan(job: "housekeeper")])
        // A job that is not zero-cost may be financed; so may a worker not yet selected.
        let welder = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: welder, jobOrder: desk.jobOrder(job: "welder", cost: 12_000_000))))
        desk.run(apply(welder))
        let unselected = desk.register()
        desk.run(apply(unselected))
        #expect(desk.state.loanCount == 2)
        desk.expectCountersHold()
    }

    @Test("an unknown bank is refused")
    func bank() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(apply(w, bank: "XYZ")) == [.unknownReference(table: "bank", code: "XYZ")])
    }

    @Test("a loan goes applied, approved, disbursed, repaid; each step only from the one before")
    func happyPath() {
        var desk = Desk()
        let w = desk.register()
        desk.run(apply(w))
        let loan = RecordID(.loan, 1)
        #expect(desk.refusals(.disburseLoan(LoanStep(loan: loan, date: desk.today)))
                == [.loanWrongStatus(loan: loan, status: .applied, allowed: [.approved])])
        #expect(desk.refusals(.closeLoan(LoanClosure(loan: loan, repaid: true)))
                == [.loanWrongStatus(loan: loan, status: .applied, allowed: [.disbursed])])
        desk.run(.decideLoan(LoanDecision(loan: loan, approved: true)))
        #expect(desk.state.loans[0].status == LoanStatus.approved.rawValue)
        #expect(desk.refusals(.decideLoan(LoanDecision(loan: loan, approved: false)))
                == [.loanWrongStatus(loan: loan, status: .approved, allowed: [.applied])])
        #expect(desk.refusals(.disburseLoan(LoanStep(loan: loan, date: desk.today.adding(days: -1)))).first?.code == "dateOrder")
        #expect(desk.refusals(.disburseLoan(LoanStep(loan: loan, date: desk.today.adding(days: 5))))
                == [.dateInFuture(field: "date")])
        desk.run(.disburseLoan(LoanStep(loan: loan, date: desk.today)))
        #expect(desk.state.loans[0].status == LoanStatus.disbursed.rawValue)
        #expect(desk.state.counters.openLoans == 1)
        desk.run(.closeLoan(LoanClosure(loan: loan, repaid: true)))
        #expect(desk.state.loans[0].status == LoanStatus.repaid.rawValue)
        #expect(desk.state.counters.openLoans == 0)
        desk.expectCountersHold()
    }

    @Test("a rejected loan closes it; a disbursed loan can default")
    func rejectAndDefault() {
        var desk = Desk()
        let a = desk.register(), b = desk.register()
        desk.run(apply(a))
        desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 1), approved: false)))
        #expect(desk.state.loans[0].status == LoanStatus.rejected.rawValue)
        #expect(desk.state.counters.openLoans == 0)
        desk.run(apply(b))
        desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 2), approved: true)))
        desk.run(.disburseLoan(LoanStep(loan: RecordID(.loan, 2), date: desk.today)))
        desk.run(.closeLoan(LoanClosure(loan: RecordID(.loan, 2), repaid: false)))
        #expect(desk.state.loans[1].status == LoanStatus.defaulted.rawValue)
        #expect(desk.refusals(.decideLoan(LoanDecision(loan: RecordID(.loan, 9), approved: true)))
                == [.unknownRecord(RecordID(.loan, 9))])
        desk.expectCountersHold()
    }

    @Test("a worker with an open loan cannot apply for another until it is closed")
    func oneOpenLoan() {
        var desk = Desk()
        let w = desk.register()
        desk.run(apply(w))
        #expect(desk.refusals(apply(w)) == [.loanAlreadyOpen(loan: RecordID(.loan, 1))])
        desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 1), approved: false)))
        desk.run(apply(w))
    }

    @Test("a worker who has departed cannot apply for a KUR loan")
    func afterDeparture() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        #expect(desk.refusals(apply(w)).first?.code == "wrongStatus")
    }
}
