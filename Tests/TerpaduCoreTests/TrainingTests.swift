import Testing
@testable import TerpaduCore

@Suite("Training cohorts, enrolment and results")
struct TrainingTests {
    @Test("enrolling puts a registered worker in training in pre-placement")
    func enroll() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w, expectedVersion: 1)))
        #expect(desk.status(w) == .inTraining)
        #expect(Status.inTraining.stage == .prePlacement)
        #expect(desk.state.counters.cohortEnrolled == [1])
        desk.expectCountersHold()
    }

    @Test("a cohort takes no more than its capacity")
    func capacity() {
        var desk = Desk()
        let c = desk.cohort(capacity: 2)
        let ws = (0..<3).map { _ in desk.register() }
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: ws[0])))
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: ws[1])))
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: ws[2]))) == [.cohortFull(cohort: c, capacity: 2)])
    }

    @Test("a worker in a cohort awaiting a result cannot enrol in another")
    func alreadyEnrolled() {
        var desk = Desk()
        let a = desk.cohort(), b = desk.cohort(program: "jftBasic")
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: a, worker: w)))
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: b, worker: w))) == [.alreadyEnrolled(worker: w, in: a)])
        desk.run(.recordResult(TrainingResult(cohort: a, worker: w, attendance: 100, score: 70, passed: false)))
        desk.run(.enroll(CohortEnrollment(cohort: b, worker: w)))
    }

    @Test("a cohort needs a known program, a provider, an end not before its start and a capacity")
    func cohortRules() {
        var desk = Desk()
        let d = desk.today
        #expect(desk.refusals(.createCohort(CohortDraft(program: "astrophysics", provider: "BLK", start: d, end: d, capacity: 5)))
                == [.unknownReference(table: "program", code: "astrophysics")])
        #expect(desk.refusals(.createCohort(CohortDraft(program: "welding", provider: "BLK", start: d, end: d.adding(days: -1),
                                                        capacity: 5))).first?.code == "dateOrder")
        #expect(desk.refusals(.createCohort(CohortDraft(program: "welding", provider: "BLK", start: d, end: d, capacity: 0)))
                .first?.code == "fieldInvalid")
        #expect(desk.refusals(.createCohort(CohortDraft(program: "welding", provider: "", start: d, end: d, capacity: 5)))
                == [.fieldRequired(field: "provider")])
        desk.run(.createCohort(CohortDraft(program: "welding", provider: "BLK", start: d, end: d, capacity: 5)))
    }

    @Test("a passed result needs a certificate number and makes the worker certified")
    func passedNeedsCertificate() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 85, passed: true)))
                == [.certificateNumberRequired])
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 85, passed: true,
                                              certificateNumber: "BNSP-001")))
        #expect(desk.status(w) == .certified)
        #expect(desk.state.counters.cohortResults == [1])
        #expect(desk.state.counters.cohortPassed == [1])
        desk.expectCountersHold()
    }

    @Test("a failed result needs no certificate and returns the worker to registered")
    func failed() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 40, score: 30, passed: false,
                                              certificateNumber: "ignored")))
        #expect(desk.status(w) == .registered)
        #expect(desk.state.counters.cohortPassed == [0])
        #expect(desk.state.counters.cohortResults == [1])
    }

    @Test("a result needs an enrolment, only one result, a started cohort, and scores between 0 and 100")
    func resultRules() {
        var desk = Desk()
        let c = desk.cohort()
        let w = desk.register()
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 85, passed: false)))
                == [.notEnrolled(worker: w, in: c)])
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 101, score: 85, passed: false)))
                .first?.code == "fieldInvalid")
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: -1, passed: false)))
                .first?.code == "fieldInvalid")
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 50, passed: false)))
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 50, passed: false)))
                == [.resultAlreadyRecorded(worker: w, in: c)])
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: RecordID(.cohort, 5), worker: w, attendance: 9, score: 5,
                                                          passed: false))) == [.unknownRecord(RecordID(.cohort, 5))])

        // A cohort that starts next week takes enrolments but no results yet.
        let start = desk.today.adding(days: 7)
        desk.run(.createCohort(CohortDraft(program: "welding", provider: "BLK", start: start, end: start.adding(days: 30),
                                           capacity: 3)))
        let later = RecordID(.cohort, 2)
        let v = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: later, worker: v)))
        #expect(desk.refusals(.recordResult(TrainingResult(cohort: later, worker: v, attendance: 90, score: 50, passed: false)))
                == [.cohortNotStarted(cohort: later, starts: start)])
        desk.advance(days: 7)
        desk.run(.recordResult(TrainingResult(cohort: later, worker: v, attendance: 90, score: 50, passed: false)))
    }

    @Test("an exited worker cannot enrol; a working one is in the wrong status")
    func enrollStatus() {
        var desk = Desk()
        let c = desk.cohort()
        let gone = desk.worker(at: .withdrawn)
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: gone))) == [.workerHasExited(worker: gone, status: .withdrawn)])
        let working = desk.worker(at: .working)
        #expect(desk.refusals(.enroll(CohortEnrollment(cohort: c, worker: working))).first?.code == "wrongStatus")
    }
}
