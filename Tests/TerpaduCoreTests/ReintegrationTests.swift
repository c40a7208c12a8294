import Testing
@testable import TerpaduCore

@Suite("Reintegration programs and outcomes")
struct ReintegrationTests {
    @Test("a returnee enrolled in a program is in reintegration; an outcome makes them reintegrated")
    func path() {
        var desk = Desk()
        let w = desk.worker(at: .returned)
        let g = desk.program()
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: w)))
        #expect(desk.status(w) == .inReintegration)
        #expect(desk.state.counters.programEnrolled == [1])
        desk.advance(days: 60)
        desk.run(.recordOutcome(OutcomeEntry(program: g, worker: w, businessStarted: true, businessKind: "warung kopi",
                                             monthlyRevenue: 6_000_000, jobsCreated: 3)))
        #expect(desk.status(w) == .reintegrated)
        #expect(desk.state.counters.programOutcomes == [1])
        #expect(desk.state.counters.programBusinesses == [1])
        desk.expectCountersHold()
        // A later outcome replaces the earlier one.
        desk.run(.recordOutcome(OutcomeEntry(program: g, worker: w, businessStarted: false)))
        #expect(desk.state.counters.programOutcomes == [1])
        #expect(desk.state.counters.programBusinesses == [0])
        desk.expectCountersHold()
    }

    @Test("a program takes no more than its capacity")
    func capacity() {
        var desk = Desk()
        let g = desk.program(capacity: 1)
        let a = desk.worker(at: .returned), b = desk.worker(at: .returned)
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: a)))
        #expect(desk.refusals(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: b))) == [.programFull(program: g, capacity: 1)])
    }

    @Test("only a returnee can enrol in a program")
    func onlyReturnees() {
        var desk = Desk()
        let g = desk.program()
        let w = desk.worker(at: .working)
        #expect(desk.refusals(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: w)))
                == [.wrongStatus(worker: w, status: .working, allowed: [.returned])])
        let r = desk.worker(at: .returned)
        #expect(desk.refusals(.enrollReturnee(ProgramEnrollmentEntry(program: RecordID(.program, 7), worker: r)))
                == [.unknownRecord(RecordID(.program, 7))])
    }

    @Test("an outcome needs an enrolment in that program and a business kind when a business started")
    func outcomeRules() {
        var desk = Desk()
        let g = desk.program(), h = desk.program()
        let w = desk.worker(at: .returned)
        #expect(desk.refusals(.recordOutcome(OutcomeEntry(program: g, worker: w, businessStarted: false))).first?.code
                == "wrongStatus")
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: w)))
        #expect(desk.refusals(.recordOutcome(OutcomeEntry(program: h, worker: w, businessStarted: false)))
                == [.notEnrolled(worker: w, in: h)])
        #expect(desk.refusals(.recordOutcome(OutcomeEntry(program: g, worker: w, businessStarted: true)))
                == [.fieldRequired(field: "businessKind")])
        #expect(desk.refusals(.recordOutcome(OutcomeEntry(program: g, worker: w, businessStarted: false, monthlyRevenue: -5)))
                .first?.code == "fieldInvalid")
    }

    @Test("a program needs a known province, an end not before its start and a capacity")
    func programRules() {
        var desk = Desk()
        let d = desk.today
        #expect(desk.refusals(.createProgram(ProgramDraft(kind: .kampungMigran, name: "Kampung Migran", village: "Sukamaju",
            regency: "Indramayu", province: "98", start: d, end: d, capacity: 5)))
            == [.unknownReference(table: "province", code: "98")])
        #expect(desk.refusals(.createProgram(ProgramDraft(kind: .kampungMigran, name: "Kampung Migran", village: "Sukamaju",
            regency: "Indramayu", province: "32", start: d, end: d.adding(days: -1), capacity: 5))).first?.code == "dateOrder")
        #expect(desk.refusals(.createProgram(ProgramDraft(kind: .kampungMigran, name: "Kampung Migran", village: "Sukamaju",
            regency: "Indramayu", province: "32", start: d, end: d, capacity: 0))).first?.code == "fieldInvalid")
        desk.run(.createProgram(ProgramDraft(kind: .kampungMigran, name: "Kampung Migran", village: "Sukamaju",
            regency: "Indramayu", province: "32", start: d, end: d, capacity: 5)))
        #expect(desk.state.programs.first?.kind == .kampungMigran)
    }
}

@Suite("Exits")
struct ExitTests {
    @Test("each exit reason takes the worker to its exit status and counts the reason",
          arguments: ExitReason.allCases.filter { $0 != .duplicate })
    func exits(_ reason: ExitReason) {
        var desk = Desk()
        let w = desk.worker(at: .inTraining)
        desk.run(.exitWorker(ExitEntry(worker: w, reason: reason, note: "catatan")))
        #expect(desk.status(w) == reason.status)
        #expect(desk.status(w)?.isExit == true)
        #expect(desk.state.counters.exits.reduce(0, +) == 1)
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.exitFromStage[r] == Stage.prePlacement.rawValue)
        desk.expectCountersHold()
    }

    @Test("a worker who has exited cannot exit again, nor take another step")
    func exitedIsFinal() {
        var desk = Desk()
        let w = desk.worker(at: .withdrawn)
        #expect(desk.refusals(.exitWorker(ExitEntry(worker: w, reason: .other))) == [.workerHasExited(worker: w, status: .withdrawn)])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .workVisa, issued: desk.today)))
                == [.workerHasExited(worker: w, status: .withdrawn)])
    }

    @Test("the duplicate reason is kept for the duplicate review")
    func duplicateReasonReserved() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(.exitWorker(ExitEntry(worker: w, reason: .duplicate))).first?.code == "fieldInvalid")
    }

    @Test("a worker can exit from placement; the placement's destination stays on their record")
    func exitFromPlacement() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.run(.exitWorker(ExitEntry(worker: w, reason: .other)))
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.exitFromStage[r] == Stage.placement.rawValue)
        #expect(desk.state.facts(r).country == 1)
        desk.expectCountersHold()
    }
}
