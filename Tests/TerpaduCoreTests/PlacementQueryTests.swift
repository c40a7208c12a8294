import Testing
@testable import TerpaduCore

@Suite("Placement queries: job orders, protection cases, loans")
struct PlacementQueryTests {
    @Test("a job order made through the desk passes the legal-channel verdict, with quota and places filled")
    func legalOrder() throws {
        var desk = Desk()
        let order = desk.jobOrder(quota: 3)
        desk.walk(desk.register(), to: .selected, jobOrder: order)
        let view = try #require(desk.state.jobOrder(order))
        #expect(view.country == "HK" && view.job == "housekeeper" && view.scheme == .pToP)
        #expect(view.quota == 3 && view.filled == 1 && view.placesLeft == 2)
        #expect(view.legalChannel.passes)
        #expect(desk.state.jobOrders().rows == [view])
    }

    @Test("an order outside the law carries the refusals a departure on it would get")
    func illegalOrders() throws {
        var desk = Desk()
        let unlicensed = DepartureChecklistTests.injectedOrder(&desk, agency: nil)
        _ = DepartureChecklistTests.injectedOrder(&desk, cost: 2_500_000)
        _ = DepartureChecklistTests.injectedOrder(&desk, job: "welder", scheme: .individual, agency: nil, legalEntity: false)
        let verdicts = desk.state.jobOrders(order: .oldestFirst).rows.map(\.legalChannel)
        #expect(verdicts.map(\.refusals) == [
            [.illegalChannel(detail: "agencyLicenceRequired")],
            [.zeroCostViolation(job: "housekeeper", cost: 2_500_000)],
            [.illegalChannel(detail: "employerMustBeLegalEntity")],
        ])
        #expect(verdicts.allSatisfy { !$0.passes })
        // The same refusals as the checklist of a worker selected for the unlicensed order.
        let w = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: w, jobOrder: unlicensed)))
        let checklist = try #require(desk.state.departureChecklist(worker: w, date: desk.today))
        #expect(checklist.first { $0.rule == .legalChannel }?.refusal == .illegalChannel(detail: "agencyLicenceRequired"))
    }

    @Test("the workers selected for an order are listed in the order selected, cancelled ones with their status")
    func selectedWorkers() throws {
        var desk = Desk()
        let order = desk.jobOrder(), other = desk.jobOrder()
        let a = desk.register(name: "Siti Aminah"), b = desk.register(name: "Dewi Lestari"), x = desk.register()
        desk.walk(a, to: .selected, jobOrder: order)
        desk.walk(x, to: .selected, jobOrder: other)
        desk.walk(b, to: .working, jobOrder: order)
        desk.run(.exitWorker(ExitEntry(worker: a, reason: .familyObjection)))
        let page = try #require(desk.state.placements(ofJobOrder: order))
        #expect(page.total == 2)
        #expect(page.rows.map(\.worker) == [a, b])
        #expect(page.rows.map(\.name) == ["Siti Aminah", "Dewi Lestari"])
        #expect(page.rows.map(\.status) == [.cancelled, .departed])
        #expect(page.rows.map(\.departed) == [nil, desk.today])
        #expect(desk.state.placement(page.rows[1].placement) == page.rows[1])
        #expect(desk.state.placements(ofJobOrder: other)?.rows.map(\.worker) == [x])
        #expect(desk.state.placements(ofJobOrder: RecordID(.jobOrder, 7)) == nil)
    }

    @Test("a protection case shows its worker, mission and the check-ins made while it was open")
    func cases() throws {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let v = desk.worker(at: .working)
        func checkIn(_ who: RecordID, _ wellbeing: Wellbeing, _ note: String? = nil) {
            desk.run(.recordCheckIn(CheckIn(worker: who, date: desk.today, wellbeing: wellbeing, note: note)))
        }
        desk.advance(days: 10); checkIn(w, .well)
        desk.advance(days: 10)
        desk.run(.openCase(CaseDraft(worker: w, type: .unpaidWages, mission: "KJRI-HK", opened: desk.today, summary: "Gaji tiga bulan")))
        desk.advance(days: 2); checkIn(w, .urgent, "Belum dibayar"); checkIn(v, .well)
        desk.advance(days: 3); checkIn(w, .concern)
        desk.run(.closeCase(CaseClosure(protectionCase: RecordID(.protectionCase, 1), resolution: .mediated, closed: desk.today)))
        desk.advance(days: 5); checkIn(w, .well)
        desk.run(.openCase(CaseDraft(worker: v, type: .overwork, mission: "KDEI-TPE", opened: desk.today)))

        let closed = try #require(desk.state.protectionCase(RecordID(.protectionCase, 1)))
        #expect(closed.worker == w && closed.type == .unpaidWages && closed.summary == "Gaji tiga bulan")
        #expect(closed.mission == "KJRI-HK" && closed.missionName == "KJRI Hong Kong" && closed.missionCountry == "HK")
        #expect(closed.resolution == .mediated && closed.closed == desk.today.adding(days: -5) && !closed.isOpen)
        #expect(closed.checkIns == 2)
        #expect(desk.state.checkIns(ofCase: closed.id)?.map(\.wellbeing) == [.urgent, .concern])
        #expect(desk.state.checkIns(ofCase: closed.id)?.first?.note == "Belum dibayar")
        #expect(desk.state.checkIns(ofWorker: w)?.map(\.wellbeing) == [.well, .urgent, .concern, .well])
        #expect(desk.state.checkIns(ofWorker: v)?.count == 1)

        let open = desk.state.protectionCases(openOnly: true)
        #expect(open.total == 1 && open.rows.first?.worker == v && open.rows.first?.resolution == nil)
        #expect(open.rows.first?.checkIns == 0)
        #expect(desk.state.protectionCases().rows.map(\.id.number) == [2, 1])
        #expect(desk.state.checkIns(ofCase: RecordID(.protectionCase, 5)) == nil)
    }

    @Test("loans show bank, terms, status and dates; the open ones can be listed alone")
    func loans() throws {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah"), b = desk.register()
        desk.run(.applyForLoan(LoanApplication(worker: a, bank: "BRI", amount: 20_000_000, rateBasisPoints: 600, tenorMonths: 24)))
        desk.run(.applyForLoan(LoanApplication(worker: b, bank: "BNI", amount: 8_000_000, rateBasisPoints: 500, tenorMonths: 12)))
        desk.advance(days: 2)
        desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 1), approved: true)))
        desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 2), approved: false)))
        desk.advance(days: 1)
        desk.run(.disburseLoan(LoanStep(loan: RecordID(.loan, 1), date: desk.today)))
        let loan = try #require(desk.state.loan(RecordID(.loan, 1)))
        #expect(loan.worker == a && loan.workerName == "Siti Aminah")
        #expect(loan.bank == "BRI" && loan.bankName == "Bank Rakyat Indonesia" && loan.status == .disbursed && loan.isOpen)
        #expect(loan.amount == 20_000_000 && loan.rateBasisPoints == 600 && loan.tenorMonths == 24)
        #expect(loan.applied == desk.today.adding(days: -3) && loan.decided == desk.today.adding(days: -1))
        #expect(loan.disbursed == desk.today)
        #expect(desk.state.loans().total == 2)
        let open = desk.state.loans(openOnly: true)
        #expect(open.total == 1 && open.rows == [loan])
        #expect(desk.state.loan(RecordID(.loan, 2))?.disbursed == nil)
    }
}
