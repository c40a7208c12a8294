extension TerpaduState {
    /// Moves the state on by one event. Total and deterministic: an event that names something this
    /// state does not have (which validation prevents) changes nothing but the sequence.
    public mutating func apply(_ event: Event) {
        let day = self.day(of: event)
        lastSeq = event.seq
        lastEventMillis = event.timeMillis
        switch event.body {
        case .referenceLoaded(let data): applyReference(data)
        case .workerRegistered(let p): applyRegistration(p, day: day)
        case .workerUpdated(let p): applyUpdate(p, day: day)
        case .documentRecorded(let p): applyDocument(p, day: day)
        case .fairScheduled(let p): applyFair(p)
        case .attendanceRecorded(let p): applyAttendance(fair: p.fair, worker: p.worker, outcome: p.outcome, day: day)
        case .jobOrderCreated(let p): applyJobOrder(p, day: day)
        case .cohortCreated(let p): applyCohort(p)
        case .enrolled(let p): applyEnrollment(p, day: day)
        case .resultRecorded(let p):
            applyResult(cohort: p.cohort, worker: p.worker, attendance: p.attendance, score: p.score,
                        passed: p.passed, certificate: p.certificateNumber, day: day)
        case .loanApplied(let p): applyLoan(p, day: day)
        case .loanDecided(let p):
            setLoan(p.loan, day: day) { $0.status = (p.approved ? LoanStatus.approved : .rejected).rawValue; $0.decidedDay = day.number }
        case .loanDisbursed(let p):
            setLoan(p.loan, day: day) { $0.status = LoanStatus.disbursed.rawValue; $0.disbursedDay = p.date.number }
        case .loanClosed(let p):
            setLoan(p.loan, day: day) { $0.status = (p.repaid ? LoanStatus.repaid : .defaulted).rawValue }
        case .orientationRecorded(let p):
            applyDocument(DocumentEntry(worker: p.worker, kind: .orientation, number: p.certificateNumber, issued: p.date), day: day)
        case .workerSelected(let p): applySelection(p, day: day)
        case .departed(let p): applyDeparture(worker: p.worker, date: p.date, day: day)
        case .caseOpened(let p): applyCaseOpened(p, day: day)
        case .caseClosed(let p): applyCaseClosed(p, day: day)
        case .checkInRecorded(let p): applyCheckIn(p, day: day)
        case .returned(let p): applyReturn(worker: p.worker, date: p.date, reason: p.reason, day: day)
        case .programCreated(let p): applyProgram(p)
        case .returneeEnrolled(let p): applyProgramEnrollment(p, day: day)
        case .outcomeRecorded(let p): applyOutcome(p, day: day)
        case .workerExited(let p): applyExit(worker: p.worker, reason: p.reason, day: day)
        case .duplicateFlagged(let p): applyDuplicateFlag(p, day: day)
        case .duplicateResolved(let p): applyDuplicateResolution(p, day: day)
        case .entryCorrected(let p): applyCorrection(p.correction, day: day)
        case .nikRevealed: revealCount += 1
        case .dataExported: exportCount += 1
        case .gapRecorded(let g): applyGap(g, seq: event.seq)
        case .headcountRecorded(let p): applyHeadcount(p)
        case .literacySessionScheduled(let p): applyLiteracySession(p)
        case .literacyParticipationRecorded(let p): applyLiteracyParticipation(p, day: day)
        case .healthCoverageRecorded(let p): applyCoverage(p, day: day)
        case .languageTestRecorded(let p): applyLanguageTest(p, day: day)
        case .agenciesLoaded(let t):
            var data = reference.data
            data.agencies = t.agencies
            reference = ReferenceIndex(data)
        }
    }

    /// Applies a change to one worker, keeping the counters equal to a recount: the worker's old
    /// facts are taken out and the new ones put in. Also stamps the day the worker first reached
    /// pre-placement, and bumps the record's version.
    mutating func changeWorker(_ id: RecordID, day: Day, _ body: (inout TerpaduState, Int) -> Void) {
        guard let row = workerRow(id) else { return }
        let r = Int(row)
        let before = facts(r)
        body(&self, r)
        if workers.prePlacementDay[r] == Day.none.number, status(r).stage == .prePlacement {
            workers.prePlacementDay[r] = day.number
        }
        let after = facts(r)
        workers.status[r] = after.status.rawValue
        if before != after {
            counters.add(before, -1)
            counters.add(after, 1)
            if before.province != after.province || before.country != after.country {
                resliceCases(worker: row, from: before, to: after)
            }
        }
        workers.version[r] &+= 1
    }

    private mutating func resliceCases(worker: Int32, from: WorkerFacts, to: WorkerFacts) {
        for c in cases where c.worker == worker {
            counters.addCase(c, province: from.province, country: from.country, -1)
            counters.addCase(c, province: to.province, country: to.country, 1)
        }
    }

    // MARK: Reference and workers

    mutating func applyReference(_ data: ReferenceData) {
        // Rows keep their codes in events; re-resolve worker provinces against the new tables.
        let oldProvinces = reference.data.provinces.map(\.code)
        let old = reference.data
        reference = ReferenceIndex(data)
        // Records that hold reference rows by index follow their codes into the new tables too, so a
        // reload that reorders a table does not send a job order to another country.
        func resolve(_ i: Int, _ codes: [String], _ index: [String: Int]) -> Int? {
            i >= 0 && i < codes.count ? index[codes[i]] : nil
        }
        let countryCodes = old.countries.map(\.iso), jobCodes = old.jobs.map(\.code)
        for k in jobOrders.indices {
            jobOrders[k].country = resolve(jobOrders[k].country, countryCodes, reference.countryByISO) ?? -1
            jobOrders[k].job = resolve(jobOrders[k].job, jobCodes, reference.jobByCode) ?? -1
        }
        let programCodes = old.programs.map(\.code)
        for k in cohorts.indices {
            cohorts[k].program = resolve(cohorts[k].program, programCodes, reference.programByCode) ?? -1
        }
        let missionCodes = old.missions.map(\.code), bankCodes = old.banks.map(\.code)
        for k in cases.indices {
            cases[k].mission = UInt16(clamping: resolve(Int(cases[k].mission), missionCodes, reference.missionByCode) ?? 0)
        }
        for k in loans.indices {
            loans[k].bank = UInt16(clamping: resolve(Int(loans[k].bank), bankCodes, reference.bankByCode) ?? 0)
        }
        if !oldProvinces.isEmpty {
            for r in 0..<workers.count {
                let p = workers.province[r]
                if p != WorkerTable.noProvince, Int(p) < oldProvinces.count,
                   let n = reference.provinceByCode[oldProvinces[Int(p)]] {
                    workers.province[r] = UInt8(n)
                } else {
                    workers.province[r] = WorkerTable.noProvince
                }
            }
        }
        counters = recount()
    }

    func provinceIndex(_ code: String) -> UInt8 {
        guard let i = reference.provinceByCode[code], i < Int(WorkerTable.noProvince) else { return WorkerTable.noProvince }
        return UInt8(i)
    }

    mutating func applyRegistration(_ p: WorkerRegistered, day: Day) {
        // Rows are handed out in order; an event out of order is ignored rather than misfiled.
        guard p.worker == nextID(.worker) else { return }
        let row = Int32(workers.count)
        workers.append(nik: p.nik.value, name: strings.append(p.name), sex: p.sex, birth: p.birthDate,
                       province: provinceIndex(p.province), regency: strings.append(optional: p.regency),
                       village: strings.append(optional: p.village), phone: strings.append(optional: p.phone),
                       education: strings.append(optional: p.education), day: day)
        nikIndex.insert(p.nik.value, row: row)
        let keys = TextRules.keys(p.name)
        duplicates.set(row: row, birth: p.birthDate.number, key: NameMatch.key(searchKey: keys.search))
        search.set(row: row, key: keys.search)
        let f = facts(Int(row))
        workers.status[Int(row)] = f.status.rawValue
        counters.add(f, 1)
    }

    mutating func applyUpdate(_ u: WorkerUpdate, day: Day) {
        changeWorker(u.worker, day: day) { s, r in
            let row = Int32(r)
            let oldBirth = s.workers.birth[r]
            if let n = u.nik, case .success(let nik) = NIK.parse(n) {
                s.nikIndex.remove(s.workers.nik[r], row: row)
                s.workers.nik[r] = nik.value
                s.nikIndex.insert(nik.value, row: row)
            }
            if u.name != nil || u.birthDate != nil {
                s.duplicates.remove(row: row, birth: oldBirth)
                if let name = u.name { s.workers.name[r] = s.strings.append(name); s.search.set(row: row, name: name) }
                if let b = u.birthDate { s.workers.birth[r] = b.number }
                let (start, length) = s.search.span(row: r)
                let key = s.search.withBytes {
                    NameMatch.key(searchKey: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]))
                }
                s.duplicates.set(row: row, birth: s.workers.birth[r], key: key)
            }
            if let x = u.sex { s.workers.sex[r] = x.rawValue }
            if let x = u.province { s.workers.province[r] = s.provinceIndex(x) }
            if let x = u.regency { s.workers.regency[r] = s.strings.append(optional: x) }
            if let x = u.village { s.workers.village[r] = s.strings.append(optional: x) }
            if let x = u.phone { s.workers.phone[r] = s.strings.append(optional: x) }
            if let x = u.education { s.workers.education[r] = s.strings.append(optional: x) }
        }
    }

    mutating func applyDocument(_ d: DocumentEntry, day: Day) {
        changeWorker(d.worker, day: day) { s, r in
            s.workers.documents[r] |= d.kind.bit
            s.workers.setDates(d.kind, row: r, issued: d.issued, expiry: d.expiry ?? .none)
            switch d.kind {
            case .passport: s.workers.passportExpiry[r] = (d.expiry ?? .none).number
            case .medicalFitness:
                if d.fit == false { s.workers.unfit[r] |= 1 } else { s.workers.unfit[r] &= ~1 }
            case .psychologicalFitness:
                if d.fit == false { s.workers.unfit[r] |= 2 } else { s.workers.unfit[r] &= ~2 }
            default: break
            }
        }
    }

    // MARK: Fairs, job orders, training

    mutating func applyFair(_ p: FairScheduled) {
        guard p.fair == nextID(.jobFair) else { return }
        let d = p.draft
        fairs.append(JobFair(kind: d.kind, venue: d.venue, regency: d.regency, province: d.province, date: d.date,
                             employers: d.employers, jobOrders: d.jobOrders, village: d.village ?? "",
                             topic: d.topic ?? "", headcount: d.headcount ?? 0))
        Counters.grow(&counters.fairFunnel, to: fairs.count * 4)
        links.fairAttendees.append([])
    }

    static func attendanceKey(fair: Int, worker: Int) -> UInt64 { UInt64(fair) << 32 | UInt64(worker) }

    mutating func applyAttendance(fair: RecordID, worker: RecordID, outcome: FairOutcome, day: Day) {
        guard let f = row(fair, .jobFair), let w = workerRow(worker) else { return }
        let key = Self.attendanceKey(fair: f, worker: Int(w))
        if let old = attendance[key] { funnel(fair: f, outcome: old, -1) } else { links.addAttendee(fair: f, worker: w) }
        attendance[key] = outcome.rawValue
        funnel(fair: f, outcome: outcome.rawValue, 1)
        changeWorker(worker, day: day) { _, _ in }
    }

    mutating func funnel(fair f: Int, outcome: UInt8, _ delta: Int32) {
        Counters.grow(&counters.fairFunnel, to: (f + 1) * 4)
        for level in 0..<min(Int(outcome), 4) { counters.fairFunnel[f * 4 + level] &+= delta }
    }

    mutating func applyJobOrder(_ p: JobOrderCreated, day: Day) {
        guard p.jobOrder == nextID(.jobOrder) else { return }
        let d = p.draft
        jobOrders.append(JobOrder(
            employer: d.employer, employerIsLegalEntity: d.employerIsLegalEntity,
            country: reference.countryByISO[d.country] ?? -1, job: reference.jobByCode[d.job] ?? -1,
            scheme: d.scheme, agency: d.agency ?? "", agencyLicence: d.agencyLicence ?? "", quota: d.quota,
            certificateRequired: d.certificateRequired, workerCost: d.workerCost,
            contractMonths: d.contractMonths, created: day, languageLevel: d.languageLevel))
        Counters.grow(&counters.jobOrderFilled, to: jobOrders.count)
        links.jobOrderPlacements.append([])
    }

    mutating func applyCohort(_ p: CohortCreated) {
        guard p.cohort == nextID(.cohort) else { return }
        let d = p.draft
        cohorts.append(TrainingCohort(program: reference.programByCode[d.program] ?? -1, provider: d.provider,
                                      start: d.start, end: d.end, capacity: d.capacity))
        Counters.grow(&counters.cohortEnrolled, to: cohorts.count)
        Counters.grow(&counters.cohortResults, to: cohorts.count)
        Counters.grow(&counters.cohortPassed, to: cohorts.count)
        links.cohortEnrollments.append([])
    }

    mutating func applyEnrollment(_ p: CohortEnrollment, day: Day) {
        if p.retake, applyRetake(p, day: day) { return }
        guard let c = row(p.cohort, .cohort), workerRow(p.worker) != nil else { return }
        changeWorker(p.worker, day: day) { s, r in
            s.enrollments.append(EnrollmentRow(cohort: Int32(c), worker: Int32(r), day: day.number,
                                               attendance: 0, score: 0, result: 0, certificate: StringPool.absent))
            s.workers.enrollment[r] = Int32(s.enrollments.count - 1)
            RecordLinks.append(Int32(s.enrollments.count - 1), to: &s.links.cohortEnrollments, at: c)
            s.links.enrollmentsByWorker.insert(RecordLinks.key(Int32(r)), row: Int32(s.enrollments.count - 1))
            s.counters.cohortEnrolled[c] &+= 1
        }
    }

    /// The worker's latest enrolment, when it is in `cohort`.
    func enrollmentIndex(worker r: Int, cohort c: Int) -> Int? {
        let e = Int(workers.enrollment[r])
        guard e >= 0, e < enrollments.count, Int(enrollments[e].cohort) == c else { return nil }
        return e
    }

    mutating func applyResult(cohort: RecordID, worker: RecordID, attendance: Int, score: Int, passed: Bool,
                              certificate: String?, day: Day) {
        guard let c = row(cohort, .cohort) else { return }
        changeWorker(worker, day: day) { s, r in
            guard let e = s.enrollmentIndex(worker: r, cohort: c) else { return }
            let old = s.enrollments[e].result
            if old != 0 { s.counters.cohortResults[c] &-= 1 }
            if old == 1 { s.counters.cohortPassed[c] &-= 1 }
            s.enrollments[e].attendance = UInt8(clamping: attendance)
            s.enrollments[e].score = UInt8(clamping: score)
            s.enrollments[e].result = passed ? 1 : 2
            s.enrollments[e].certificate = s.strings.append(optional: passed ? certificate : nil)
            s.counters.cohortResults[c] &+= 1
            if passed { s.counters.cohortPassed[c] &+= 1 }
            // The competency certificate follows the latest result.
            if passed { s.workers.documents[r] |= DocumentKind.competencyCertificate.bit }
            else { s.workers.documents[r] &= ~DocumentKind.competencyCertificate.bit }
        }
    }

    // MARK: Loans

    mutating func applyLoan(_ p: LoanApplied, day: Day) {
        guard p.loan == nextID(.loan), workerRow(p.application.worker) != nil else { return }
        let a = p.application
        changeWorker(a.worker, day: day) { s, r in
            s.loans.append(LoanRow(worker: Int32(r), bank: UInt16(clamping: s.reference.bankByCode[a.bank] ?? 0),
                                   status: LoanStatus.applied.rawValue,
                                   rateBasisPoints: UInt16(clamping: a.rateBasisPoints),
                                   tenorMonths: UInt16(clamping: a.tenorMonths), amount: a.amount,
                                   appliedDay: day.number, decidedDay: Day.none.number, disbursedDay: Day.none.number))
            s.workers.loan[r] = Int32(s.loans.count - 1)
            s.counters.openLoans += 1
        }
    }

    mutating func setLoan(_ id: RecordID, day: Day, _ change: (inout LoanRow) -> Void) {
        guard let l = row(id, .loan) else { return }
        let wasOpen = LoanStatus(rawValue: loans[l].status)?.isOpen ?? false
        change(&loans[l])
        let isOpen = LoanStatus(rawValue: loans[l].status)?.isOpen ?? false
        counters.openLoans += (isOpen ? 1 : 0) - (wasOpen ? 1 : 0)
        changeWorker(self.id(.worker, row: loans[l].worker), day: day) { _, _ in }
    }

    // MARK: Placement

    mutating func applySelection(_ p: WorkerSelected, day: Day) {
        guard p.placement == nextID(.placement),
              let jo = row(p.jobOrder, .jobOrder), workerRow(p.worker) != nil else { return }
        changeWorker(p.worker, day: day) { s, r in
            s.placements.append(PlacementRow(worker: Int32(r), jobOrder: Int32(jo), selectedDay: day.number,
                                             departureDay: Day.none.number, status: PlacementStatus.selected.rawValue))
            s.workers.placement[r] = Int32(s.placements.count - 1)
            RecordLinks.append(Int32(s.placements.count - 1), to: &s.links.jobOrderPlacements, at: jo)
            s.counters.jobOrderFilled[jo] &+= 1
        }
    }

    mutating func applyDeparture(worker: RecordID, date: Day, day: Day) {
        changeWorker(worker, day: day) { s, r in
            let p = Int(s.workers.placement[r])
            guard p >= 0, p < s.placements.count else { return }
            s.placements[p].status = PlacementStatus.departed.rawValue
            s.placements[p].departureDay = date.number
        }
    }

    mutating func applyCaseOpened(_ p: CaseOpened, day: Day) {
        guard p.protectionCase == nextID(.protectionCase), let w = workerRow(p.draft.worker) else { return }
        let d = p.draft
        let row = CaseRow(worker: w, type: d.type.rawValue, resolution: 0,
                          mission: UInt16(clamping: reference.missionByCode[d.mission] ?? 0),
                          opened: d.opened.number, closed: Day.none.number, summary: strings.append(optional: d.summary))
        cases.append(row)
        let f = facts(Int(w))
        counters.addCase(row, province: f.province, country: f.country, 1)
        changeWorker(d.worker, day: day) { s, r in s.workers.openCases[r] &+= 1 }
    }

    mutating func applyCaseClosed(_ p: CaseClosure, day: Day) {
        guard let c = row(p.protectionCase, .protectionCase),
              cases[c].closed == Day.none.number else { return }
        let w = cases[c].worker
        let f = facts(Int(w))
        counters.addCase(cases[c], province: f.province, country: f.country, -1)
        cases[c].closed = p.closed.number
        cases[c].resolution = p.resolution.rawValue
        counters.addCase(cases[c], province: f.province, country: f.country, 1)
        changeWorker(id(.worker, row: w), day: day) { s, r in
            if s.workers.openCases[r] > 0 { s.workers.openCases[r] -= 1 }
        }
    }

    mutating func applyCheckIn(_ p: CheckIn, day: Day) {
        guard let w = workerRow(p.worker) else { return }
        checkIns.append(CheckInRow(worker: w, day: p.date.number, wellbeing: p.wellbeing.rawValue,
                                   note: strings.append(optional: p.note)))
        links.checkInsByWorker.insert(RecordLinks.key(w), row: Int32(checkIns.count - 1))
        changeWorker(p.worker, day: day) { s, r in
            s.workers.lastCheckIn[r] = max(s.workers.lastCheckIn[r], p.date.number)
        }
    }

    mutating func applyReturn(worker: RecordID, date: Day, reason: ReturnReason, day: Day) {
        changeWorker(worker, day: day) { s, r in
            s.workers.returnDay[r] = date.number
            s.workers.returnReason[r] = reason.rawValue
            let p = Int(s.workers.placement[r])
            if p >= 0, p < s.placements.count { s.placements[p].status = PlacementStatus.completed.rawValue }
            if reason == .death {
                // A worker who returns in a coffin leaves the cycle as deceased.
                s.workers.exitReason[r] = ExitReason.deceased.rawValue
                s.workers.exitDay[r] = date.number
                s.workers.exitFromStage[r] = Stage.placement.rawValue
            }
        }
    }

    // MARK: Reintegration

    mutating func applyProgram(_ p: ProgramCreated) {
        guard p.program == nextID(.program) else { return }
        let d = p.draft
        programs.append(ReintegrationProgram(kind: d.kind, name: d.name, village: d.village, regency: d.regency,
                                             province: d.province, start: d.start, end: d.end, capacity: d.capacity))
        Counters.grow(&counters.programEnrolled, to: programs.count)
        Counters.grow(&counters.programOutcomes, to: programs.count)
        Counters.grow(&counters.programBusinesses, to: programs.count)
        links.programEnrollments.append([])
    }

    mutating func applyProgramEnrollment(_ p: ProgramEnrollmentEntry, day: Day) {
        guard let g = row(p.program, .program) else { return }
        changeWorker(p.worker, day: day) { s, r in
            s.programEnrollments.append(ProgramEnrollmentRow(program: Int32(g), worker: Int32(r), day: day.number,
                outcome: 0, outcomeDay: Day.none.number, jobsCreated: 0, monthlyRevenue: 0, businessKind: StringPool.absent))
            s.workers.programEnrollment[r] = Int32(s.programEnrollments.count - 1)
            RecordLinks.append(Int32(s.programEnrollments.count - 1), to: &s.links.programEnrollments, at: g)
            s.counters.programEnrolled[g] &+= 1
        }
    }

    mutating func applyOutcome(_ p: OutcomeEntry, day: Day) {
        guard let g = row(p.program, .program) else { return }
        changeWorker(p.worker, day: day) { s, r in
            let e = Int(s.workers.programEnrollment[r])
            guard e >= 0, e < s.programEnrollments.count, Int(s.programEnrollments[e].program) == g else { return }
            let old = s.programEnrollments[e].outcome
            if old != 0 { s.counters.programOutcomes[g] &-= 1 }
            if old == 2 { s.counters.programBusinesses[g] &-= 1 }
            s.programEnrollments[e].outcome = p.businessStarted ? 2 : 1
            s.programEnrollments[e].outcomeDay = day.number
            s.programEnrollments[e].jobsCreated = Int32(clamping: p.jobsCreated)
            s.programEnrollments[e].monthlyRevenue = p.monthlyRevenue
            s.programEnrollments[e].businessKind = s.strings.append(optional: p.businessKind)
            s.counters.programOutcomes[g] &+= 1
            if p.businessStarted { s.counters.programBusinesses[g] &+= 1 }
        }
    }

    // MARK: Exits, duplicates, corrections

    mutating func applyExit(worker: RecordID, reason: ExitReason, day: Day) {
        changeWorker(worker, day: day) { s, r in
            guard s.workers.exitReason[r] == 0 else { return }
            s.workers.exitFromStage[r] = (s.status(r).stage ?? .preparation).rawValue
            s.workers.exitReason[r] = reason.rawValue
            s.workers.exitDay[r] = day.number
            // A selection that never departed frees its place in the job order.
            let p = Int(s.workers.placement[r])
            if p >= 0, p < s.placements.count, s.placements[p].status == PlacementStatus.selected.rawValue {
                s.placements[p].status = PlacementStatus.cancelled.rawValue
                let jo = Int(s.placements[p].jobOrder)
                if jo >= 0, jo < s.counters.jobOrderFilled.count { s.counters.jobOrderFilled[jo] &-= 1 }
            }
        }
    }

    mutating func applyDuplicateFlag(_ p: DuplicateFlagged, day: Day) {
        guard p.review == nextID(.duplicateReview), let a = workerRow(p.existing), let b = workerRow(p.later) else { return }
        reviews.append(DuplicateReviewRow(existing: a, later: b, day: day.number, status: 0))
        counters.openReviews += 1
    }

    mutating func applyDuplicateResolution(_ p: DuplicateResolution, day: Day) {
        guard let v = row(p.review, .duplicateReview), reviews[v].status == 0 else { return }
        reviews[v].status = p.samePerson ? 2 : 1
        counters.openReviews -= 1
        if p.samePerson { applyExit(worker: id(.worker, row: reviews[v].later), reason: .duplicate, day: day) }
    }

    mutating func applyCorrection(_ c: Correction, day: Day) {
        switch c {
        case .revokeDocument(let w, let kind):
            changeWorker(w, day: day) { s, r in
                s.workers.documents[r] &= ~kind.bit
                if kind == .passport { s.workers.passportExpiry[r] = Day.none.number }
                s.workers.setDates(kind, row: r, issued: .none, expiry: .none)
                if kind == .medicalFitness { s.workers.unfit[r] &= ~1 }
                if kind == .psychologicalFitness { s.workers.unfit[r] &= ~2 }
            }
        case .amendResult(let cohort, let w, let attendance, let score, let passed, let cert):
            applyResult(cohort: cohort, worker: w, attendance: attendance, score: score, passed: passed,
                        certificate: cert, day: day)
        case .amendFairOutcome(let fair, let w, let outcome):
            applyAttendance(fair: fair, worker: w, outcome: outcome, day: day)
        case .amendDepartureDate(let w, let date):
            changeWorker(w, day: day) { s, r in
                let p = Int(s.workers.placement[r])
                if p >= 0, p < s.placements.count { s.placements[p].departureDay = date.number }
            }
        case .reinstate(let w):
            changeWorker(w, day: day) { s, r in
                let reason = s.workers.exitReason[r]
                s.workers.exitReason[r] = 0
                s.workers.exitDay[r] = Day.none.number
                s.workers.exitFromStage[r] = 0
                if reason == ExitReason.deceased.rawValue, s.workers.returnReason[r] == ReturnReason.death.rawValue {
                    s.workers.returnReason[r] = ReturnReason.other.rawValue
                }
                let p = Int(s.workers.placement[r])
                if p >= 0, p < s.placements.count, s.placements[p].status == PlacementStatus.cancelled.rawValue {
                    s.placements[p].status = PlacementStatus.selected.rawValue
                    let jo = Int(s.placements[p].jobOrder)
                    if jo >= 0, jo < s.counters.jobOrderFilled.count { s.counters.jobOrderFilled[jo] &+= 1 }
                }
            }
        case .amendReturn(let w, let date, let reason):
            changeWorker(w, day: day) { s, r in
                let wasDeath = s.workers.returnReason[r] == ReturnReason.death.rawValue
                let deceased = s.workers.exitReason[r] == ExitReason.deceased.rawValue
                s.workers.returnDay[r] = date.number
                s.workers.returnReason[r] = reason.rawValue
                // The death rule of a return follows the amended reason, as if it had been typed right.
                if reason == .death, s.workers.exitReason[r] == 0 || (wasDeath && deceased) {
                    s.workers.exitReason[r] = ExitReason.deceased.rawValue
                    s.workers.exitDay[r] = date.number
                    s.workers.exitFromStage[r] = Stage.placement.rawValue
                } else if reason != .death, wasDeath, deceased {
                    s.workers.exitReason[r] = 0
                    s.workers.exitDay[r] = Day.none.number
                    s.workers.exitFromStage[r] = 0
                }
            }
        }
    }
}
