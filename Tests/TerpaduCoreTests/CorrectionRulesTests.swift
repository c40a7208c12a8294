import Foundation
import Testing
@testable import TerpaduCore

/// Corrections name the event they correct and pass the rules of the command they correct.
@Suite("Correction rules")
struct CorrectionRulesTests {
    func correct(_ seq: Int64, _ c: Correction) -> Command {
        .correctEntry(CorrectionEntry(corrects: seq, correction: c, note: "salah ketik"))
    }

    func seq(of desk: Desk, _ kind: String, worker w: RecordID) -> Int64 {
        desk.events.last { $0.body.kind == kind && $0.body.recordIDs.contains(w) }?.seq ?? 0
    }

    @Test("reinstating an exit whose job order has filled since is refused: the quota holds")
    func reinstateQuota() {
        var desk = Desk()
        let jo = desk.jobOrder(quota: 1)
        let w = desk.worker(at: .selected, jobOrder: jo)
        let exit = desk.run(.exitWorker(ExitEntry(worker: w, reason: .noJobOrder))).first?.seq ?? 0
        desk.worker(at: .selected, jobOrder: jo)
        #expect(desk.refusals(correct(exit, .reinstate(worker: w))) == [.quotaFull(jobOrder: jo, quota: 1)])
        #expect(desk.state.counters.jobOrderFilled == [1])
        #expect(desk.state.invariantViolations().isEmpty)
    }

    @Test("a worker a review confirmed as the same person as another record is not reinstated")
    func reinstateConfirmedDuplicate() {
        var desk = Desk()
        let birth = Fixture.day(1998, 4, 12)
        desk.register(name: "Siti Aminah", birth: birth)
        let later = desk.register(name: "SITI AMINAH", birth: birth)
        let review = RecordID(.duplicateReview, 1)
        let resolved = desk.run(.resolveDuplicate(DuplicateResolution(review: review, samePerson: true))).first?.seq ?? 0
        #expect(desk.status(later) == .withdrawn)
        #expect(desk.refusals(correct(resolved, .reinstate(worker: later))) == [.correctsWrongEvent(
            seq: resolved, found: "duplicateResolved", correction: "reinstate")])
        // Even naming an event that fits (as an older journal may hold), the review's word stands.
        desk.inject(.workerExited(ExitEntry(worker: later, reason: .duplicate)))
        #expect(desk.refusals(correct(desk.state.lastSeq, .reinstate(worker: later)))
                == [.reinstateConfirmedDuplicate(worker: later, review: review)])
    }

    @Test("corrects must name the event of the entry fixed, about the same record; reference data is no such event",
          arguments: ["loadReference", "otherWorker", "otherKind"])
    func correctsTheRightEvent(_ which: String) {
        var desk = Desk()
        let w = desk.worker(at: .withdrawn)
        let other = desk.worker(at: .withdrawn)
        let named: Int64
        switch which {
        case "loadReference": named = 1
        case "otherWorker": named = seq(of: desk, "workerExited", worker: other)
        default: named = seq(of: desk, "workerRegistered", worker: w)
        }
        let kind = desk.events.first { $0.seq == named }?.body.kind ?? ""
        let refused = desk.refusals(correct(named, .reinstate(worker: w)))
        #expect(refused == [.correctsWrongEvent(seq: named, found: kind, correction: "reinstate")])
        #expect(desk.status(w) == .withdrawn)
        desk.run(correct(seq(of: desk, "workerExited", worker: w), .reinstate(worker: w)))
        #expect(desk.status(w) == .registered)
    }

    @Test("a correction may name an earlier correction of the same entry")
    func correctionOfACorrection() {
        var desk = Desk()
        let f = desk.fair()
        let w = desk.register()
        let first = desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: w, outcome: .offered))).first?.seq ?? 0
        let amended = desk.run(correct(first, .amendFairOutcome(fair: f, worker: w, outcome: .interviewed))).first?.seq ?? 0
        desk.run(correct(amended, .amendFairOutcome(fair: f, worker: w, outcome: .attended)))
        #expect(desk.state.counters.fairFunnel == [1, 0, 0, 0])
        let v = desk.register()
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: v, outcome: .attended)))
        #expect(desk.refusals(correct(amended, .amendFairOutcome(fair: f, worker: v, outcome: .offered))).first?.code
                == "correctsWrongEvent", "the amended entry is another attendee's")
    }

    @Test("without the named event (a journal that cannot be read there) a correction is refused")
    func withoutTheEvent() {
        var desk = Desk()
        let w = desk.worker(at: .withdrawn)
        let exit = seq(of: desk, "workerExited", worker: w)
        let before = desk.state.lastSeq
        let result = desk.state.execute(correct(exit, .reinstate(worker: w)), context: desk.context)
        #expect(result == .failure(Refusals(.correctsWrongEvent(seq: exit, found: "", correction: "reinstate"))))
        #expect(desk.state.lastSeq == before)
    }

    @Test("an amended departure date passes the departure's day rules: passport six months on, and before what followed")
    func amendDepartureRules() {
        var desk = Desk()
        let w = desk.register()
        desk.walk(w, to: .selected)
        desk.allDocuments(for: w)
        // A passport valid for a year from today.
        desk.document(.passport, for: w, expiry: desk.today.adding(days: 365))
        desk.advance(days: 10)
        let departed = desk.run(.recordDeparture(Departure(worker: w, date: desk.today))).first?.seq ?? 0
        desk.advance(days: 20)
        desk.run(.recordCheckIn(CheckIn(worker: w, date: desk.today, wellbeing: .well)))
        let later = desk.today.adding(days: 5)
        desk.advance(days: 10)
        #expect(desk.refusals(correct(departed, .amendDepartureDate(worker: w, date: later)))
                == [.dateAfterLaterFact(field: "date", mustNotBeAfter: desk.today.adding(days: -10).description)])
        // Moved so late the passport would not cover six months: refused as at departure.
        var far = Desk()
        let v = far.register()
        far.walk(v, to: .selected)
        far.allDocuments(for: v)
        far.document(.passport, for: v, expiry: far.today.adding(days: 190))
        let seqV = far.run(.recordDeparture(Departure(worker: v, date: far.today))).first?.seq ?? 0
        far.advance(days: 30)
        #expect(far.refusals(correct(seqV, .amendDepartureDate(worker: v, date: far.today))).map(\.code) == ["passportExpiresTooSoon"])
        far.run(correct(seqV, .amendDepartureDate(worker: v, date: far.today.adding(days: -25))))
        far.expectCountersHold()
    }

    @Test("an amended result keeps the score range, the certificate rule, and a departure that needed the certificate")
    func amendResultRules() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        let result = desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 80, passed: true,
                                                           certificateNumber: "BNSP-1"))).first?.seq ?? 0
        #expect(desk.refusals(correct(result, .amendResult(cohort: c, worker: w, attendance: 90, score: 101, passed: true,
                                                          certificateNumber: "BNSP-1")))
                == [.fieldInvalid(field: "score", detail: "must be between 0 and 100")])
        // A failure keeps no certificate number, as recordResult keeps none.
        let events = desk.run(correct(result, .amendResult(cohort: c, worker: w, attendance: 90, score: 40, passed: false,
                                                           certificateNumber: "BNSP-1")))
        guard case .entryCorrected(let entry)? = events.first?.body,
              case .amendResult(_, _, _, _, _, let number) = entry.correction else { Issue.record("no correction"); return }
        #expect(number == nil)
        // Passed again, selected for an order that asks for a certificate, departed: failing it now is refused.
        let fixed = desk.run(correct(result, .amendResult(cohort: c, worker: w, attendance: 90, score: 80, passed: true,
                                                          certificateNumber: "BNSP-1"))).first?.seq ?? 0
        let order = desk.jobOrder(certificateRequired: true)
        desk.walk(w, to: .working, jobOrder: order)
        #expect(desk.status(w) == .working)
        #expect(desk.refusals(correct(fixed, .amendResult(cohort: c, worker: w, attendance: 90, score: 40, passed: false,
                                                         certificateNumber: nil)))
                == [.departureReliesOnEntry(worker: w, field: "passed")])
    }

    @Test("a document a recorded departure relied on is not revoked, and the certificate is the result's to change")
    func revokeAfterDeparture() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let visa = desk.events.last { if case .documentRecorded(let d) = $0.body { d.kind == .workVisa } else { false } }?.seq ?? 0
        #expect(desk.refusals(correct(visa, .revokeDocument(worker: w, kind: .workVisa)))
                == [.departureReliesOnEntry(worker: w, field: "kind")])
        let v = desk.worker(at: .certified)
        let result = seq(of: desk, "resultRecorded", worker: v)
        #expect(desk.refusals(correct(result, .revokeDocument(worker: v, kind: .competencyCertificate))).first?.code
                == "correctsWrongEvent")
    }

    @Test("an amended return keeps its rules: not after the reintegration program it led to, not death once in one")
    func amendReturnRules() {
        var desk = Desk()
        let w = desk.worker(at: .returned)
        let returned = seq(of: desk, "returned", worker: w)
        let program = desk.program()
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: program, worker: w)))
        desk.advance(days: 3)
        #expect(desk.refusals(correct(returned, .amendReturn(worker: w, date: desk.today, reason: .contractEnded)))
                == [.dateAfterLaterFact(field: "date", mustNotBeAfter: desk.today.adding(days: -3).description)])
        #expect(desk.refusals(correct(returned, .amendReturn(worker: w, date: desk.today.adding(days: -3), reason: .death)))
                .first?.code == "fieldInvalid")
        desk.run(correct(returned, .amendReturn(worker: w, date: desk.today.adding(days: -3), reason: .leave)))
        desk.expectCountersHold()
    }

    @Test("an amended fair outcome is only for an attendee of that fair")
    func amendFairOutcomeAttendee() {
        var desk = Desk()
        let f = desk.fair(), g = desk.fair()
        let w = desk.register()
        let attended = desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: w, outcome: .offered))).first?.seq ?? 0
        #expect(desk.refusals(correct(attended, .amendFairOutcome(fair: g, worker: w, outcome: .attended))).first?.code
                == "correctsWrongEvent")
    }
}

@Suite("Retakes")
struct RetakeTests {
    @Test("enrolling again where the worker has a result is refused unless marked a retake; a retake keeps one seat")
    func retake() {
        var desk = Desk()
        let c = desk.cohort(capacity: 1)
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: w))) == [.alreadyEnrolled(worker: w, in: c)])
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 40, passed: false)))
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: w))) == [.retakeRequired(worker: w, in: c)])
        // The cohort is full (capacity 1, taken by this worker); the retake takes the same seat.
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w, retake: true)))
        #expect(desk.state.counters.cohortEnrolled == [1])
        #expect(desk.state.counters.cohortResults == [0])
        #expect(desk.status(w) == .inTraining)
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 95, score: 85, passed: true, certificateNumber: "BNSP-2")))
        #expect(desk.status(w) == .certified)
        #expect(desk.state.counters.cohortPassed == [1])
        #expect(desk.events.filter { $0.body.kind == "resultRecorded" }.count == 2, "the earlier result stays in the history")
        desk.expectCountersHold()
        #expect(desk.state.invariantViolations().isEmpty)
        // Others still meet a full cohort.
        let v = desk.register()
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: v))) == [.cohortFull(cohort: c, capacity: 1)])
    }

    @Test("a retake needs an earlier result in that cohort")
    func retakeNeedsResult() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: w, retake: true))).first?.code == "fieldInvalid")
    }

    @Test("the retake flag is written only when set, and old events without it read as no retake")
    func payload() throws {
        let old = try JSONDecoder().decode(CohortEnrollment.self, from: Data(#"{"cohort":"TC-000001","worker":"W-000001"}"#.utf8))
        #expect(old.retake == false)
        let plain = String(decoding: try JSONEncoder().encode(CohortEnrollment(cohort: RecordID(.cohort, 1), worker: RecordID(.worker, 1))),
                           as: UTF8.self)
        #expect(!plain.contains("retake"))
        let retake = try JSONEncoder().encode(CohortEnrollment(cohort: RecordID(.cohort, 1), worker: RecordID(.worker, 1), retake: true))
        #expect(try JSONDecoder().decode(CohortEnrollment.self, from: retake).retake)
    }
}
