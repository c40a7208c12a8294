/// Rules for the cycle's records: fairs, job orders, training, loans, placement, protection, return,
/// reintegration.
extension Validation {
    func fair(_ d: FairDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        var clean = d
        clean.venue = try text(d.venue, "venue", max: 120)
        clean.regency = try text(d.regency, "regency", max: 80)
        clean.province = try province(d.province)
        guard d.employers.count <= 200 else { throw refuse(.fieldTooLong(field: "employers", max: 200)) }
        clean.employers = []
        for e in d.employers { clean.employers.append(try text(e, "employers", max: 120)) }
        for j in d.jobOrders { _ = try record(j, .jobOrder) }
        try fairKindFields(d, into: &clean)
        return [.fairScheduled(FairScheduled(fair: state.nextID(.jobFair), draft: clean))]
    }

    func attendance(_ a: AttendanceEntry) throws(Refusals) -> [EventBody] {
        let f = try record(a.fair, .jobFair)
        let r = try activeWorker(a.worker, allowed: Self.beforeDeparture)
        if let old = state.attendance[TerpaduState.attendanceKey(fair: f, worker: r)],
           let current = FairOutcome(rawValue: old), a.outcome < current {
            throw refuse(.fairOutcomeWouldGoBack(current: current))
        }
        if state.fairs[f].kind == .education && a.outcome != .attended { throw refuse(.educationAttendanceOnly) }
        return [.attendanceRecorded(AttendanceEntry(fair: a.fair, worker: a.worker, outcome: a.outcome))]
    }

    /// The legal-channel rule: P to P only through a licensed agency (P3MI); an individual placement
    /// only with an employer that is a legal entity.
    static func channelProblem(scheme: Scheme, agency: String, licence: String, legalEntity: Bool) -> Refusal? {
        switch scheme {
        case .pToP where agency.isEmpty || licence.isEmpty: .agencyLicenceRequired
        case .individual where !legalEntity: .employerMustBeLegalEntity
        default: nil
        }
    }

    func jobOrder(_ d: JobOrderDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        var clean = d
        clean.employer = try text(d.employer, "employer", max: 120)
        guard state.reference.countryByISO[d.country] != nil else { throw refuse(.unknownReference(table: "country", code: d.country)) }
        guard let job = state.reference.jobByCode[d.job] else { throw refuse(.unknownReference(table: "job", code: d.job)) }
        clean.agency = try optionalText(d.agency, "agency", max: 120)
        clean.agencyLicence = try optionalText(d.agencyLicence, "agencyLicence", max: 60)
        try range(d.quota, "quota", 1...100_000)
        try range(d.contractMonths, "contractMonths", 1...120)
        guard d.workerCost >= 0, d.workerCost <= 1_000_000_000 else {
            throw refuse(.fieldInvalid(field: "workerCost", detail: "must be between 0 and 1000000000"))
        }
        let jobInfo = state.reference.data.jobs[job]
        if jobInfo.zeroCost && d.workerCost > 0 { throw refuse(.zeroCostViolation(job: jobInfo.code, cost: d.workerCost)) }
        // An individual placement's employer must be stated to be a legal entity, not assumed to be.
        if d.scheme == .individual, d.employerIsLegalEntity == nil { throw refuse(.fieldRequired(field: "employerIsLegalEntity")) }
        if let p = Self.channelProblem(scheme: d.scheme, agency: clean.agency ?? "", licence: clean.agencyLicence ?? "",
                                  legalEntity: d.employerIsLegalEntity ?? false) { throw refuse(p) }
        if d.scheme == .pToP, let p = Self.licenceProblem(agency: clean.agency ?? "", licence: clean.agencyLicence ?? "",
                                                           on: today, reference: state.reference) { throw refuse(p) }
        return [.jobOrderCreated(JobOrderCreated(jobOrder: state.nextID(.jobOrder), draft: clean))]
    }

    func cohort(_ d: CohortDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        guard state.reference.programByCode[d.program] != nil else { throw refuse(.unknownReference(table: "program", code: d.program)) }
        var clean = d
        clean.provider = try text(d.provider, "provider", max: 120)
        if d.end < d.start { throw refuse(.dateOrder(field: "end", mustNotBeBefore: d.start.description)) }
        try range(d.capacity, "capacity", 1...10_000)
        return [.cohortCreated(CohortCreated(cohort: state.nextID(.cohort), draft: clean))]
    }

    func enroll(_ e: CohortEnrollment) throws(Refusals) -> [EventBody] {
        let c = try record(e.cohort, .cohort)
        let r = try activeWorker(e.worker, allowed: Self.beforeDeparture)
        let latest = Int(state.workers.enrollment[r])
        if latest >= 0, latest < state.enrollments.count, state.enrollments[latest].result == 0 {
            throw refuse(.alreadyEnrolled(worker: e.worker, in: state.id(.cohort, row: state.enrollments[latest].cohort)))
        }
        if let problem = seatProblem(e, cohort: c, worker: r) { throw refuse(problem) }
        // A retake takes the worker's own seat again, so it needs no free one.
        let capacity = state.cohorts[c].capacity
        if !e.retake, c < state.counters.cohortEnrolled.count, Int(state.counters.cohortEnrolled[c]) >= capacity {
            throw refuse(.cohortFull(cohort: e.cohort, capacity: capacity))
        }
        return [.enrolled(CohortEnrollment(cohort: e.cohort, worker: e.worker, retake: e.retake))]
    }

    func result(_ t: TrainingResult) throws(Refusals) -> [EventBody] {
        let c = try record(t.cohort, .cohort)
        let r = try worker(t.worker)
        guard let e = state.enrollmentIndex(worker: r, cohort: c) else { throw refuse(.notEnrolled(worker: t.worker, in: t.cohort)) }
        if state.enrollments[e].result != 0 { throw refuse(.resultAlreadyRecorded(worker: t.worker, in: t.cohort)) }
        if today < state.cohorts[c].start { throw refuse(.cohortNotStarted(cohort: t.cohort, starts: state.cohorts[c].start)) }
        try range(t.attendance, "attendance", 0...100)
        try range(t.score, "score", 0...100)
        var clean = t
        clean.expectedVersion = nil
        clean.certificateNumber = try optionalText(t.certificateNumber, "certificateNumber", max: 40)
        if t.passed && clean.certificateNumber == nil { throw refuse(.certificateNumberRequired) }
        if !t.passed { clean.certificateNumber = nil }
        return [.resultRecorded(clean)]
    }

    func loanApplication(_ a: LoanApplication) throws(Refusals) -> [EventBody] {
        try requireReference()
        let r = try activeWorker(a.worker, allowed: Self.beforeDeparture)
        guard state.reference.bankByCode[a.bank] != nil else { throw refuse(.unknownReference(table: "bank", code: a.bank)) }
        let terms = state.reference.data.loanTerms
        guard a.amount > 0 else { throw refuse(.fieldInvalid(field: "amount", detail: "must be more than 0")) }
        if a.amount > terms.ceiling { throw refuse(.loanAboveCeiling(amount: a.amount, ceiling: terms.ceiling)) }
        guard a.rateBasisPoints >= 0 else { throw refuse(.fieldInvalid(field: "rate", detail: "must not be negative")) }
        if a.rateBasisPoints > terms.maxRateBasisPoints {
            throw refuse(.loanRateAboveMaximum(basisPoints: a.rateBasisPoints, maximum: terms.maxRateBasisPoints))
        }
        guard a.tenorMonths >= 1 else { throw refuse(.fieldInvalid(field: "tenorMonths", detail: "must be at least 1")) }
        if a.tenorMonths > terms.maxTenorMonths {
            throw refuse(.loanTenorAboveMaximum(months: a.tenorMonths, maximum: terms.maxTenorMonths))
        }
        // BP2MI regulation 9/2020: the ten zero-cost jobs cost the worker nothing, so there is no
        // placement cost for a KUR loan to finance.
        let p = Int(state.workers.placement[r])
        if p >= 0, p < state.placements.count, state.placements[p].status == PlacementStatus.selected.rawValue {
            let jo = Int(state.placements[p].jobOrder)
            if jo >= 0, jo < state.jobOrders.count {
                let job = state.jobOrders[jo].job
                if job >= 0, job < state.reference.data.jobs.count, state.reference.data.jobs[job].zeroCost {
                    throw refuse(.zeroCostLoan(job: state.reference.data.jobs[job].code))
                }
            }
        }
        let l = Int(state.workers.loan[r])
        if l >= 0, l < state.loans.count, LoanStatus(rawValue: state.loans[l].status)?.isOpen ?? false {
            throw refuse(.loanAlreadyOpen(loan: state.id(.loan, row: Int32(l))))
        }
        var clean = a
        clean.expectedVersion = nil
        return [.loanApplied(LoanApplied(loan: state.nextID(.loan), application: clean))]
    }

    func select(_ s: Selection) throws(Refusals) -> [EventBody] {
        let r = try activeWorker(s.worker, allowed: [.registered, .inTraining, .certified, .documentsComplete])
        // A worker selected for an order that asks for a certificate they lack shows as documentsComplete,
        // not selected: the open placement, not the status, decides.
        let current = Int(state.workers.placement[r])
        if current >= 0, current < state.placements.count, state.placements[current].status == PlacementStatus.selected.rawValue {
            throw refuse(.alreadySelected(worker: s.worker, placement: state.id(.placement, row: Int32(current))))
        }
        let jo = try record(s.jobOrder, .jobOrder)
        let order = state.jobOrders[jo]
        let age = ageOn(today, row: r)
        if age < Self.minimumAge { throw refuse(.underage(age: age, minimum: Self.minimumAge)) }
        let filled = jo < state.counters.jobOrderFilled.count ? Int(state.counters.jobOrderFilled[jo]) : 0
        if filled >= order.quota { throw refuse(.quotaFull(jobOrder: s.jobOrder, quota: order.quota)) }
        if order.job >= 0, order.job < state.reference.data.jobs.count {
            let job = state.reference.data.jobs[order.job]
            if job.zeroCost && order.workerCost > 0 { throw refuse(.zeroCostViolation(job: job.code, cost: order.workerCost)) }
        }
        return [.workerSelected(WorkerSelected(placement: state.nextID(.placement),
                                               worker: s.worker, jobOrder: s.jobOrder))]
    }

    /// Anyone not yet departed may try: every failing guard is listed at once, "not selected" among
    /// them, as the departure checklist shows them.
    func departure(_ d: Departure) throws(Refusals) -> [EventBody] {
        let r = try activeWorker(d.worker, allowed: Self.beforeDeparture)
        try notFuture(d.date, "date")
        let p = Int(state.workers.placement[r])
        if p >= 0, p < state.placements.count, state.placements[p].status == PlacementStatus.selected.rawValue {
            let selected = Day(number: state.placements[p].selectedDay)
            if d.date < selected { throw refuse(.departureBeforeSelection(selected: selected)) }
        }
        let problems = departureProblems(row: r, date: d.date)
        if !problems.isEmpty { throw Refusals(problems) }
        return [.departed(Departure(worker: d.worker, date: d.date))]
    }

    /// The day the worker's current placement departed, or `Day.none`.
    func departureDay(row r: Int) -> Day {
        let p = Int(state.workers.placement[r])
        guard p >= 0, p < state.placements.count else { return .none }
        return Day(number: state.placements[p].departureDay)
    }

    func openCase(_ c: CaseDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        let r = try activeWorker(c.worker, allowed: [.working, .returned, .inReintegration, .reintegrated])
        guard state.reference.missionByCode[c.mission] != nil else { throw refuse(.unknownReference(table: "mission", code: c.mission)) }
        try notFuture(c.opened, "opened")
        // A case belongs to a placement, so it opens no earlier than the departure (this also keeps the
        // day-by-day counters from stretching back to a mistyped year).
        let departed = departureDay(row: r)
        if c.opened < departed { throw refuse(.dateOrder(field: "opened", mustNotBeBefore: departed.description)) }
        // One open case per worker and type: a second report of the same trouble belongs in the first.
        if let open = state.cases.indices.last(where: {
            Int(state.cases[$0].worker) == r && state.cases[$0].type == c.type.rawValue && state.cases[$0].closed == Day.none.number
        }) {
            throw refuse(.fieldInvalid(field: "type", detail: "\(c.worker) already has open case \(state.id(.protectionCase, row: Int32(open))) of this type"))
        }
        var clean = c
        clean.expectedVersion = nil
        clean.summary = try optionalText(c.summary, "summary", max: 1000)
        return [.caseOpened(CaseOpened(protectionCase: state.nextID(.protectionCase), draft: clean))]
    }

    func closeCase(_ c: CaseClosure) throws(Refusals) -> [EventBody] {
        let k = try record(c.protectionCase, .protectionCase)
        guard state.cases[k].closed == Day.none.number else { throw refuse(.caseAlreadyClosed(c.protectionCase)) }
        try notFuture(c.closed, "closed")
        let opened = Day(number: state.cases[k].opened)
        if c.closed < opened { throw refuse(.dateOrder(field: "closed", mustNotBeBefore: opened.description)) }
        return [.caseClosed(c)]
    }

    func checkIn(_ c: CheckIn) throws(Refusals) -> [EventBody] {
        _ = try activeWorker(c.worker, allowed: [.working])
        try notFuture(c.date, "date")
        return [.checkInRecorded(CheckIn(worker: c.worker, date: c.date, wellbeing: c.wellbeing,
                                         note: try optionalText(c.note, "note", max: 500)))]
    }

    func returnHome(_ t: ReturnEntry) throws(Refusals) -> [EventBody] {
        let r = try activeWorker(t.worker, allowed: [.working])
        try notFuture(t.date, "date")
        let p = Int(state.workers.placement[r])
        if p >= 0, p < state.placements.count, t.date.number < state.placements[p].departureDay {
            throw refuse(.dateOrder(field: "date", mustNotBeBefore: Day(number: state.placements[p].departureDay).description))
        }
        return [.returned(ReturnEntry(worker: t.worker, date: t.date, reason: t.reason))]
    }

    func program(_ d: ProgramDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        var clean = d
        clean.name = try text(d.name, "name", max: 120)
        clean.village = try text(d.village, "village", max: 80)
        clean.regency = try text(d.regency, "regency", max: 80)
        clean.province = try province(d.province)
        if d.end < d.start { throw refuse(.dateOrder(field: "end", mustNotBeBefore: d.start.description)) }
        try range(d.capacity, "capacity", 1...10_000)
        return [.programCreated(ProgramCreated(program: state.nextID(.program), draft: clean))]
    }

    func enrollReturnee(_ e: ProgramEnrollmentEntry) throws(Refusals) -> [EventBody] {
        let g = try record(e.program, .program)
        _ = try activeWorker(e.worker, allowed: [.returned])
        let capacity = state.programs[g].capacity
        if g < state.counters.programEnrolled.count, Int(state.counters.programEnrolled[g]) >= capacity {
            throw refuse(.programFull(program: e.program, capacity: capacity))
        }
        return [.returneeEnrolled(ProgramEnrollmentEntry(program: e.program, worker: e.worker))]
    }

    func outcome(_ o: OutcomeEntry) throws(Refusals) -> [EventBody] {
        let g = try record(o.program, .program)
        let r = try activeWorker(o.worker, allowed: [.inReintegration, .reintegrated])
        let pe = Int(state.workers.programEnrollment[r])
        guard pe >= 0, pe < state.programEnrollments.count, Int(state.programEnrollments[pe].program) == g else {
            throw refuse(.notEnrolled(worker: o.worker, in: o.program))
        }
        guard o.monthlyRevenue >= 0 else { throw refuse(.fieldInvalid(field: "monthlyRevenue", detail: "must not be negative")) }
        try range(o.jobsCreated, "jobsCreated", 0...10_000)
        var clean = o
        clean.expectedVersion = nil
        clean.businessKind = try optionalText(o.businessKind, "businessKind", max: 80)
        if o.businessStarted && clean.businessKind == nil { throw refuse(.fieldRequired(field: "businessKind")) }
        return [.outcomeRecorded(clean)]
    }
}
