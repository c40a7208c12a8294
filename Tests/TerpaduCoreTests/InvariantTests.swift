import Testing
@testable import TerpaduCore

/// `doctor`'s rules over the records: each check fires on a state broken directly (as no command
/// would leave it), naming the records.
@Suite("Invariants")
struct InvariantTests {
    @Test("a state built by commands keeps every rule")
    func clean() {
        var desk = Desk()
        for s in [Status.working, .returned, .reintegrated, .certified, .withdrawn, .readyToDepart] { desk.worker(at: s) }
        #expect(desk.state.invariantViolations() == [])
    }

    @Test("more placements than the quota")
    func overQuota() {
        var desk = Desk()
        let jo = desk.jobOrder(quota: 1)
        desk.worker(at: .selected, jobOrder: jo)
        let w = desk.register()
        desk.inject(.workerSelected(WorkerSelected(placement: desk.state.nextID(.placement), worker: w, jobOrder: jo)))
        #expect(desk.state.invariantViolations() == [.overQuota(jobOrder: jo, filled: 2, quota: 1)])
    }

    @Test("more enrolments than the cohort's capacity, and than a program's")
    func overCapacity() {
        var desk = Desk()
        let c = desk.cohort(capacity: 1)
        let a = desk.register(), b = desk.register()
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: a)))
        desk.inject(.enrolled(CohortEnrollment(cohort: c, worker: b)))
        let g = desk.program(capacity: 1)
        let x = desk.worker(at: .returned), y = desk.worker(at: .returned)
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: g, worker: x)))
        desk.inject(.returneeEnrolled(ProgramEnrollmentEntry(program: g, worker: y)))
        let v = desk.state.invariantViolations()
        #expect(v.contains(.cohortOverCapacity(cohort: c, enrolled: 2, capacity: 1)))
        #expect(v.contains(.programOverCapacity(program: g, enrolled: 2, capacity: 1)))
    }

    @Test("two open placements for one worker")
    func twoOpenPlacements() {
        var desk = Desk()
        let w = desk.worker(at: .selected)
        let second = desk.jobOrder()
        desk.inject(.workerSelected(WorkerSelected(placement: desk.state.nextID(.placement), worker: w, jobOrder: second)))
        #expect(desk.state.invariantViolations()
                == [.severalOpenPlacements(worker: w, placements: [RecordID(.placement, 1), RecordID(.placement, 2)])])
    }

    @Test("a departure without a date, a return without a departure, a return before it")
    func departures() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        desk.state.placements[0].departureDay = Day.none.number
        #expect(desk.state.invariantViolations().contains(.departedWithoutDate(worker: w, placement: RecordID(.placement, 1))))
        var back = Desk()
        let v = back.worker(at: .registered)
        back.inject(.returned(ReturnEntry(worker: v, date: back.today, reason: .leave)))
        #expect(back.state.invariantViolations() == [.returnWithoutDeparture(worker: v)])
        var early = Desk()
        let u = early.worker(at: .returned)
        let r = Int(early.state.workerRow(u) ?? 0)
        early.state.workers.returnDay[r] = early.today.adding(days: -5).number
        #expect(early.state.invariantViolations()
                == [.returnBeforeDeparture(worker: u, returned: early.today.adding(days: -5), departed: early.today)])
    }

    @Test("a loan disbursed before it was decided, and two open loans")
    func loans() {
        var desk = Desk()
        let w = desk.register()
        desk.run(.applyForLoan(LoanApplication(worker: w, bank: "BRI", amount: 10_000_000, rateBasisPoints: 600, tenorMonths: 12)))
        let loan = RecordID(.loan, 1)
        desk.inject(.loanDisbursed(LoanStep(loan: loan, date: desk.today)))
        #expect(desk.state.invariantViolations() == [.loanOutOfOrder(loan: loan, status: .disbursed)])
        desk.inject(.loanApplied(LoanApplied(loan: desk.state.nextID(.loan),
            application: LoanApplication(worker: w, bank: "BRI", amount: 1_000_000, rateBasisPoints: 600, tenorMonths: 12))))
        #expect(desk.state.invariantViolations().contains(.severalOpenLoans(worker: w, loans: [loan, RecordID(.loan, 2)])))
    }

    @Test("two open cases of one type for one worker, a count that disagrees, a case closed before it opened")
    func cases() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let draft = CaseDraft(worker: w, type: .unpaidWages, mission: Fixture.reference.missions[0].code, opened: desk.today)
        desk.run(.openCase(draft))
        #expect(desk.refusals(.openCase(draft)).first == .fieldInvalid(
            field: "type", detail: "\(w) already has open case \(RecordID(.protectionCase, 1)) of this type"))
        desk.inject(.caseOpened(CaseOpened(protectionCase: desk.state.nextID(.protectionCase), draft: draft)))
        #expect(desk.state.invariantViolations() == [.severalOpenCases(worker: w, type: .unpaidWages,
            cases: [RecordID(.protectionCase, 1), RecordID(.protectionCase, 2)])])
        desk.state.workers.openCases[Int(desk.state.workerRow(w) ?? 0)] = 5
        #expect(desk.state.invariantViolations().contains(.openCaseCount(worker: w, recorded: 5, open: 2)))
        desk.state.cases[0].closed = desk.today.adding(days: -1).number
        #expect(desk.state.invariantViolations().contains(.caseClosedBeforeOpened(protectionCase: RecordID(.protectionCase, 1))))
    }

    @Test("references to records that do not exist, or to another worker's rows")
    func references() {
        var desk = Desk()
        let w = desk.worker(at: .inTraining)
        let v = desk.worker(at: .selected)
        desk.state.enrollments[0].cohort = 99
        desk.state.workers.placement[Int(desk.state.workerRow(w) ?? 0)] = 0  // v's placement
        desk.state.reviews.append(DuplicateReviewRow(existing: 0, later: 40, day: desk.today.number, status: 0))
        desk.state.attendance[TerpaduState.attendanceKey(fair: 7, worker: 0)] = FairOutcome.attended.rawValue
        let v2 = desk.state.invariantViolations()
        #expect(v2.contains(.danglingReference(holder: "enrollments[0]", field: "cohort")))
        #expect(v2.contains(.danglingReference(holder: "\(w).placement", field: "placement")))
        #expect(v2.contains(.danglingReference(holder: "\(RecordID(.duplicateReview, 1))", field: "later")))
        #expect(v2.contains(.danglingReference(holder: "attendance[7, 0]", field: "fair")))
        _ = v
    }

    @Test("an exit without a day, a duplicate exit no review confirmed, one NIK for two people, a review of one record")
    func people() {
        var desk = Desk()
        let w = desk.worker(at: .withdrawn)
        let r = Int(desk.state.workerRow(w) ?? 0)
        desk.state.workers.exitDay[r] = Day.none.number
        let v = desk.register()
        desk.inject(.workerExited(ExitEntry(worker: v, reason: .duplicate)))
        let u = desk.register()
        desk.state.workers.nik[Int(desk.state.workerRow(u) ?? 0)] = desk.state.workers.nik[r]
        desk.state.reviews.append(DuplicateReviewRow(existing: 1, later: 1, day: desk.today.number, status: 0))
        let found = desk.state.invariantViolations()
        #expect(found.contains(.exitWithoutDay(worker: w)))
        #expect(found.contains(.duplicateExitWithoutReview(worker: v)))
        #expect(found.contains(.sharedNIK(workers: [w, u])))
        #expect(found.contains(.reviewOfOneRecord(review: RecordID(.duplicateReview, 1))))
    }
}
