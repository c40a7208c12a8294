import Testing
@testable import TerpaduCore

/// A correcting event names the event it corrects; nothing is ever deleted.
@Suite("Corrections")
struct CorrectionTests {
    func correct(_ seq: Int64, _ c: Correction) -> Command {
        .correctEntry(CorrectionEntry(corrects: seq, correction: c, note: "salah ketik"))
    }

    @Test("a correction must name an event that exists")
    func mustNameEvent() {
        var desk = Desk()
        let w = desk.worker(at: .withdrawn)
        #expect(desk.refusals(correct(0, .reinstate(worker: w))) == [.unknownEvent(seq: 0)])
        let next = desk.state.lastSeq + 1
        #expect(desk.refusals(correct(next, .reinstate(worker: w))) == [.unknownEvent(seq: next)])
        desk.run(correct(desk.state.lastSeq, .reinstate(worker: w)))
    }

    @Test("revoking a document takes the worker back and keeps the original event")
    func revokeDocument() throws {
        var desk = Desk()
        let w = desk.worker(at: .readyToDepart)
        let visa = try #require(desk.events.last(where: {
            if case .documentRecorded(let d) = $0.body { d.kind == .workVisa } else { false }
        }))
        let before = desk.events.count
        let events = desk.run(correct(visa.seq, .revokeDocument(worker: w, kind: .workVisa)))
        guard case .entryCorrected(let entry)? = events.first?.body else { Issue.record("no correction"); return }
        #expect(entry.corrects == visa.seq)
        #expect(entry.note == "salah ketik")
        #expect(desk.status(w) == .selected)
        #expect(desk.events.count == before + 1)
        #expect(desk.events.contains(visa))
        #expect(desk.refusals(.recordDeparture(Departure(worker: w, date: desk.today))) == [.workVisaMissing])
        #expect(desk.refusals(correct(visa.seq, .revokeDocument(worker: w, kind: .workVisa))).first?.code == "nothingToCorrect")
        desk.expectCountersHold()
    }

    @Test("revoking an unfit finding clears it")
    func revokeUnfit() {
        var desk = Desk()
        let w = desk.register()
        desk.document(.medicalFitness, for: w, fit: false)
        desk.run(correct(desk.state.lastSeq, .revokeDocument(worker: w, kind: .medicalFitness)))
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.unfit[r] == 0)
    }

    @Test("amending a result from failed to passed certifies the worker and moves the pass count")
    func amendResult() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        #expect(desk.refusals(correct(desk.state.lastSeq, .amendResult(cohort: c, worker: w, attendance: 90, score: 80,
                                                                         passed: true, certificateNumber: "BNSP-9")))
                .first?.code == "correctsWrongEvent", "no result event to name")
        let seq = desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 58, passed: false)))
            .first?.seq ?? 0
        #expect(desk.status(w) == .registered)
        #expect(desk.refusals(correct(seq, .amendResult(cohort: c, worker: w, attendance: 90, score: 80, passed: true,
                                                        certificateNumber: nil))) == [.certificateNumberRequired])
        desk.run(correct(seq, .amendResult(cohort: c, worker: w, attendance: 90, score: 80, passed: true,
                                           certificateNumber: "BNSP-9")))
        #expect(desk.status(w) == .certified)
        #expect(desk.state.counters.cohortPassed == [1])
        #expect(desk.state.counters.cohortResults == [1])
        desk.expectCountersHold()
    }

    @Test("amending a fair outcome may lower it, and the funnel follows")
    func amendFairOutcome() {
        var desk = Desk()
        let f = desk.fair()
        let w = desk.register(), v = desk.register()
        #expect(desk.refusals(correct(desk.state.lastSeq, .amendFairOutcome(fair: f, worker: w, outcome: .attended)))
                .first?.code == "correctsWrongEvent")
        let seq = desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: w, outcome: .offered))).first?.seq ?? 0
        desk.run(correct(seq, .amendFairOutcome(fair: f, worker: w, outcome: .interviewed)))
        #expect(desk.state.counters.fairFunnel == [1, 1, 0, 0])
        _ = v
        desk.expectCountersHold()
    }

    @Test("amending the departure date moves the departure week and keeps it after selection")
    func amendDeparture() {
        var desk = Desk()
        let w = desk.register()
        desk.advance(days: -10)
        desk.advance(days: 10)
        desk.walk(w, to: .readyToDepart)
        desk.advance(days: 20)
        let seq = desk.run(.recordDeparture(Departure(worker: w, date: desk.today))).first?.seq ?? 0
        let selected = desk.today.adding(days: -20)
        #expect(desk.refusals(correct(seq, .amendDepartureDate(worker: w, date: selected.adding(days: -1))))
                == [.departureBeforeSelection(selected: selected)])
        desk.run(correct(seq, .amendDepartureDate(worker: w, date: selected.adding(days: 3))))
        #expect(desk.state.placements[0].departureDay == selected.adding(days: 3).number)
        #expect(desk.status(w) == .working)
        desk.expectCountersHold()
        let other = desk.register()
        #expect(desk.refusals(correct(seq, .amendDepartureDate(worker: other, date: desk.today))).first?.code == "correctsWrongEvent",
                "the departure named is another worker's")
    }

    @Test("reinstating an exit returns the worker to where they were, selection included")
    func reinstate() {
        var desk = Desk()
        let jo = desk.jobOrder(quota: 1)
        let w = desk.worker(at: .selected, jobOrder: jo)
        #expect(desk.refusals(correct(desk.state.lastSeq, .reinstate(worker: w))).first?.code == "correctsWrongEvent")
        let seq = desk.run(.exitWorker(ExitEntry(worker: w, reason: .noJobOrder))).first?.seq ?? 0
        #expect(desk.state.counters.jobOrderFilled == [0])
        desk.run(correct(seq, .reinstate(worker: w)))
        #expect(desk.status(w) == .selected)
        #expect(desk.state.counters.jobOrderFilled == [1])
        #expect(desk.state.counters.exits.reduce(0, +) == 0)
        desk.expectCountersHold()
    }

    @Test("reinstating a worker recorded as dead on return makes them a returnee")
    func reinstateDeath() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let seq = desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: .death))).first?.seq ?? 0
        desk.run(correct(seq, .reinstate(worker: w)))
        #expect(desk.status(w) == .returned)
        desk.expectCountersHold()
    }

    @Test("amending a return's date and reason moves the return counters")
    func amendReturn() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.advance(days: 30)
        #expect(desk.refusals(correct(desk.state.lastSeq, .amendReturn(worker: w, date: desk.today, reason: .leave)))
                .first?.code == "correctsWrongEvent")
        let seq = desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: .leave))).first?.seq ?? 0
        desk.run(correct(seq, .amendReturn(worker: w, date: desk.today.adding(days: -2), reason: .earlyTermination)))
        let r = Int(desk.state.workerRow(w) ?? 0)
        #expect(desk.state.workers.returnDay[r] == desk.today.adding(days: -2).number)
        #expect(desk.state.workers.returnReason[r] == ReturnReason.earlyTermination.rawValue)
        #expect(desk.refusals(correct(seq, .amendReturn(worker: w, date: desk.today.adding(days: -31), reason: .leave)))
                .first?.code == "dateOrder")
        desk.expectCountersHold()
    }

    @Test("amending a return reason to or from death follows the death rule")
    func amendReturnDeath() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let seq = desk.run(.recordReturn(ReturnEntry(worker: w, date: desk.today, reason: .death))).first?.seq ?? 0
        #expect(desk.status(w) == .deceased)
        desk.run(correct(seq, .amendReturn(worker: w, date: desk.today, reason: .accidentOrIllness)))
        #expect(desk.status(w) == .returned)
        desk.expectCountersHold()
        desk.run(correct(seq, .amendReturn(worker: w, date: desk.today, reason: .death)))
        #expect(desk.status(w) == .deceased)
        desk.expectCountersHold()
    }
}
