import Testing
@testable import TerpaduCore

@Suite("Training queries")
struct TrainingQueryTests {
    @Test("a cohort shows its program by code and names, its capacity, seats left and pass rate")
    func cohortView() throws {
        var desk = Desk()
        let c = desk.cohort(program: "welding", capacity: 3)
        let a = desk.register(), b = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: a)))
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: b)))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: a, attendance: 96, score: 81, passed: true,
                                              certificateNumber: "BNSP-1")))
        let view = try #require(desk.state.cohort(c))
        #expect(view.program == "welding" && view.programNameEN == "Welding" && view.programNameID == "Pengelasan")
        #expect(view.provider == "BLK Bandung" && view.start == desk.today && view.end == desk.today.adding(days: 60))
        #expect(view.capacity == 3 && view.enrolled == 2 && view.seatsLeft == 1)
        #expect(view.rate == PassRate(enrolled: 2, results: 1, passed: 1))
        #expect(view.rate.rate == 1.0)
        #expect(desk.state.cohorts().rows == [view])
    }

    @Test("a cohort's roster lists its people in the order enrolled, each with result, attendance, score and certificate")
    func roster() throws {
        var desk = Desk()
        let c = desk.cohort(), other = desk.cohort()
        let a = desk.register(name: "Siti Aminah"), b = desk.register(name: "Dewi Lestari"), x = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: b)))
        desk.run(.enroll(CohortEnrollment(cohort: other, worker: x)))
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: a)))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: b, attendance: 60, score: 40, passed: false)))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: a, attendance: 95, score: 88, passed: true,
                                              certificateNumber: "BNSP-77")))
        let roster = try #require(desk.state.roster(ofCohort: c))
        #expect(roster == [
            RosterEntry(worker: b, name: "Dewi Lestari", enrolled: desk.today, result: .failed, attendance: 60, score: 40,
                        certificateNumber: nil),
            RosterEntry(worker: a, name: "Siti Aminah", enrolled: desk.today, result: .passed, attendance: 95, score: 88,
                        certificateNumber: "BNSP-77"),
        ])
        #expect(desk.state.roster(ofCohort: other)?.map(\.worker) == [x])
        #expect(desk.state.roster(ofCohort: other)?.first?.result == nil)
        #expect(desk.state.roster(ofCohort: RecordID(.cohort, 9)) == nil)
    }
}
