import Testing
@testable import TerpaduCore

@Suite("Protection cases, check-ins and return")
struct ProtectionAndReturnTests {
    func open(_ w: RecordID, _ day: Day, mission: String = "KJRI-HK") -> Command {
        .openCase(CaseDraft(worker: w, type: .unpaidWages, mission: mission, opened: day, summary: "Gaji 3 bulan belum dibayar"))
    }

    @Test("a case opened for a working worker counts as open until it is closed")
    func openAndClose() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.advance(days: 10)
        desk.run(open(w, desk.today))
        #expect(desk.state.caseCount == 1)
        #expect(desk.state.counters.openCases == 1)
        desk.expectCountersHold()
        let pc = RecordID(.protectionCase, 1)
        #expect(desk.refusals(.closeCase(CaseClosure(protectionCase: pc, resolution: .mediated, closed: desk.today.adding(days: -1))))
                .first?.code == "dateOrder")
        desk.advance(days: 5)
        desk.run(.closeCase(CaseClosure(protectionCase: pc, resolution: .mediated, closed: desk.today)))
        #expect(desk.state.counters.openCases == 0)
        #expect(desk.state.cases[0].resolution == CaseResolution.mediated.rawValue)
        #expect(desk.refusals(.closeCase(CaseClosure(protectionCase: pc, resolution: .resolved, closed: desk.today)))
                == [.caseAlreadyClosed(pc)])
        desk.expectCountersHold()
    }

    @Test("a case needs a worker in placement or after, and a known mission")
    func caseRules() {
        var desk = Desk()
        let registered = desk.register()
        #expect(desk.refusals(open(registered, desk.today)).first?.code == "wrongStatus")
        let w = desk.worker(at: .working)
        #expect(desk.refusals(open(w, desk.today, mission: "KBRI-MARS")) == [.unknownReference(table: "mission", code: "KBRI-MARS")])
        #expect(desk.refusals(open(w, desk.today.adding(days: 3))) == [.dateInFuture(field: "opened")])
        #expect(desk.refusals(.closeCase(CaseClosure(protectionCase: RecordID(.protectionCase, 1), resolution: .resolved,
                                                    closed: desk.today))) == [.unknownRecord(RecordID(.protectionCase, 1))])
    }

    @Test("a case may not be dated before the worker departed")
    func caseNotBeforeDeparture() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        #expect(desk.refusals(open(w, Fixture.day(1, 1, 1))).first?.code == "dateOrder")
        #expect(desk.refusals(open(w, desk.today.adding(days: -1))).first?.code == "dateOrder")
        desk.run(open(w, desk.today))
        desk.expectCountersHold()
    }

    @Test("a check-in is recorded for a working worker only")
    func checkIn() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.advance(days: 30)
        desk.run(.recordCheckIn(CheckIn(worker: w, date: desk.today, wellbeing: .concern, note: "Majikan baru")))
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.lastCheckIn[r] == desk.today.number)
        #expect(desk.state.checkIns.count == 1)
        let registered = desk.register()
        #expect(desk.refusals(.recordCheckIn(CheckIn(worker: registered, date: desk.today, wellbeing: .well)))
                == [.wrongStatus(worker: registered, status: .registered, allowed: [.working])])
    }

    @Test("a return puts the worker in post-placement, completes the placement and counts the return")
    func returnHome() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.advance(days: 700)
        desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: .contractEnded)))
        #expect(desk.status(w) == .returned)
        #expect(Status.returned.stage == .postPlacement)
        #expect(desk.state.placements[0].status == PlacementStatus.completed.rawValue)
        #expect(desk.count(.returned) == 1 && desk.count(.working) == 0)
        desk.expectCountersHold()
    }

    @Test("a return needs a working worker and a date not before departure")
    func returnRules() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        #expect(desk.refusals(.recordReturn(ReturnEntry(worker: w, date: desk.today.adding(days: -1), reason: .leave)))
                .first?.code == "dateOrder")
        let selected = desk.worker(at: .selected)
        #expect(desk.refusals(.recordReturn(ReturnEntry(worker: selected, date: desk.today, reason: .leave))).first?.code
                == "wrongStatus")
    }

    @Test("a return because of death makes the worker deceased, exited from placement")
    func deathReturn() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.advance(days: 40)
        desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: .death)))
        #expect(desk.status(w) == .deceased)
        #expect(desk.count(.deceased) == 1)
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.exitFromStage[r] == Stage.placement.rawValue)
        desk.expectCountersHold()
    }

    @Test("every return reason of UU 18/2017 art. 27 is accepted", arguments: ReturnReason.allCases)
    func reasons(_ reason: ReturnReason) {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: reason)))
        #expect(desk.status(w) == (reason == .death ? .deceased : .returned))
        desk.expectCountersHold()
    }
}
