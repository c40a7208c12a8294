/// One step of a generated worker's life, and what it schedules next.
extension DatasetGenerator {
    mutating func advance(_ i: Int, at t: Int64, _ sink: Sink) {
        guard workerID[i] > 0, let s = Step(rawValue: step[i]) else { return }
        let w = wid(i)
        let day = calendar.day(atMillis: t)
        switch s {
        case .register, .done: return
        case .fair:
            guard let fair = lastFair else { break }
            var outcome = FairOutcome(rawValue: UInt8(rng.weighted([0, 0.45, 0.3, 0.15, 0.1]))) ?? .attended
            if lastFairIsEducation { outcome = .attended }
            _ = send(.recordAttendance(AttendanceEntry(fair: RecordID(.jobFair, fair.id), worker: w, outcome: outcome)), at: t, sink)
            schedule(i, .enroll, after: rng.between(7, 30), from: t)
        case .exitEarly:
            let reasons: [ExitReason] = [.personalChoice, .familyObjection, .noJobOrder, .other, .deceased]
            let reason = reasons[rng.weighted([0.4, 0.25, 0.23, 0.07, 0.05])]
            _ = send(.exitWorker(ExitEntry(worker: w, reason: reason)), at: t, sink)
        case .enroll:
            guard let cohort = openCohort(for: i, day: day, sink) else { return }
            guard send(.enroll(CohortEnrollment(cohort: RecordID(.cohort, cohort.id), worker: w)), at: t, sink) != nil else { return }
            cohortOf[i] = Int32(cohort.id)
            let resultDay = max(cohort.end.number, day.number + 1)
            schedule(i, .result, after: Int(resultDay - day.number), from: t)
        case .result:
            let passed = rng.chance(0.88)
            let score = passed ? rng.between(70, 100) : rng.between(30, 69)
            let cert = passed ? "SK-\(rng.between(100_000, 999_999))" : nil
            let entry = TrainingResult(cohort: RecordID(.cohort, Int(cohortOf[i])), worker: w,
                                       attendance: rng.between(passed ? 85 : 50, 100), score: score, passed: passed,
                                       certificateNumber: cert)
            guard send(.recordResult(entry), at: t, sink) != nil else { return }
            if passed {
                schedule(i, .passport, after: rng.between(3, 14), from: t)
            } else if rng.chance(0.5) {
                _ = send(.exitWorker(ExitEntry(worker: w, reason: .failedSelection)), at: t + 60_000, sink)
            }
        case .passport:
            let doc = DocumentEntry(worker: w, kind: .passport, number: "C\(rng.between(1_000_000, 9_999_999))",
                                    issued: day, expiry: day.adding(days: 5 * 365))
            guard send(.recordDocument(doc), at: t, sink) != nil else { return }
            schedule(i, .medical, after: rng.between(2, 10), from: t)
        case .medical:
            let fit = rng.chance(0.97)
            guard send(.recordDocument(DocumentEntry(worker: w, kind: .medicalFitness, issued: day, fit: fit)), at: t, sink) != nil
            else { return }
            if !fit {
                _ = send(.exitWorker(ExitEntry(worker: w, reason: .medicallyUnfit)), at: t + 60_000, sink)
                return
            }
            schedule(i, .psychological, after: rng.between(1, 7), from: t)
        case .psychological:
            guard send(.recordDocument(DocumentEntry(worker: w, kind: .psychologicalFitness, issued: day, fit: true)), at: t, sink) != nil
            else { return }
            schedule(i, .socialSecurity, after: rng.between(1, 7), from: t)
        case .socialSecurity:
            let doc = DocumentEntry(worker: w, kind: .socialSecurity, number: "BPJS-\(rng.between(10_000_000, 99_999_999))", issued: day)
            guard send(.recordDocument(doc), at: t, sink) != nil else { return }
            schedule(i, rng.chance(0.3) ? .loanApply : .select, after: rng.between(3, 14), from: t)
        case .loanApply:
            let terms = reference.loanTerms
            let bank = reference.banks.isEmpty ? "" : reference.banks[rng.below(reference.banks.count)].code
            let amount = Int64(rng.between(5, max(5, Int(terms.ceiling / 1_000_000)))) * 1_000_000
            let app = LoanApplication(worker: w, bank: bank, amount: min(amount, terms.ceiling),
                                      rateBasisPoints: terms.maxRateBasisPoints,
                                      tenorMonths: max(1, min(terms.maxTenorMonths, rng.between(12, 36))))
            if let id = Self.createdID(send(.applyForLoan(app), at: t, sink), .loan) {
                loanOf[i] = Int32(id)
                schedule(i, .loanDecide, after: rng.between(3, 14), from: t)
            } else {
                schedule(i, .select, after: 3, from: t)
            }
        case .loanDecide:
            let approved = rng.chance(0.85)
            _ = send(.decideLoan(LoanDecision(loan: RecordID(.loan, Int(loanOf[i])), approved: approved)), at: t, sink)
            schedule(i, approved ? .loanDisburse : .select, after: rng.between(2, 10), from: t)
        case .loanDisburse:
            _ = send(.disburseLoan(LoanStep(loan: RecordID(.loan, Int(loanOf[i])), date: day)), at: t, sink)
            schedule(i, .select, after: rng.between(2, 10), from: t)
        case .select:
            guard let order = openJobOrder(for: i, day: day, sink) else { return }
            guard send(.selectForJobOrder(Selection(worker: w, jobOrder: RecordID(.jobOrder, order.id))), at: t, sink) != nil
            else { return }
            if let level = order.language {
                // The language test the order asks for; without a pass, departure waits.
                let passed = rng.chance(0.9)
                let test = LanguageTestEntry(worker: w, level: level, date: day, score: passed ? rng.between(60, 100) : rng.between(20, 59),
                                             passed: passed)
                if send(.recordLanguageTest(test), at: t + 30_000, sink) == nil || !passed {
                    stopAt[i] = min(stopAt[i], Step.orientation.rawValue)
                }
            }
            // Without a competency certificate the documents can be completed but departure waits
            // for the skills test: the worker stays "documents complete".
            if order.certificate && cohortOf[i] < 0 { stopAt[i] = min(stopAt[i], Step.orientation.rawValue) }
            schedule(i, .visa, after: rng.between(7, 30), from: t)
        case .visa, .agreement, .contract, .orientation:
            let kind: DocumentKind = switch s {
            case .visa: .workVisa
            case .agreement: .placementAgreement
            case .contract: .employmentContract
            default: .orientation
            }
            let ok: Bool
            if kind == .orientation {
                ok = send(.recordOrientation(OrientationEntry(worker: w, date: day, certificateNumber: "OPP-\(rng.between(1000, 99999))")), at: t, sink) != nil
            } else {
                ok = send(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "\(kind.code.prefix(2).uppercased())-\(rng.between(10_000, 99_999))", issued: day)), at: t, sink) != nil
            }
            guard ok else { return }
            let next = Step(rawValue: s.rawValue + 1) ?? .depart
            schedule(i, next, after: rng.between(2, 12), from: t)
        case .depart:
            guard send(.recordDeparture(Departure(worker: w, date: day)), at: t, sink) != nil else { return }
            if rng.chance(0.85) {
                // Health insurance for the contract; some buy a year only, so some lapse while abroad.
                let years = rng.chance(0.8) ? 2 : 1
                let insurer = GeneratorNames.insurers[rng.below(GeneratorNames.insurers.count)]
                _ = send(.recordHealthCoverage(HealthCoverageEntry(worker: w, insurer: insurer,
                                                                    policyNumber: "POL-\(rng.between(100_000, 999_999))",
                                                                    validFrom: day, validTo: day.adding(days: 365 * years - 1))),
                         at: t + 60_000, sink)
            }
            scheduleAbroad(i, from: t)
        case .checkIn:
            let wellbeing: Wellbeing = rng.chance(0.9) ? .well : (rng.chance(0.8) ? .concern : .urgent)
            _ = send(.recordCheckIn(CheckIn(worker: w, date: day, wellbeing: wellbeing)), at: t, sink)
            if rng.chance(0.4), let session = literacySession(for: i, day: day, sink) {
                _ = send(.recordLiteracyParticipation(LiteracyParticipation(session: RecordID(.literacySession, session), worker: w)),
                         at: t + 60_000, sink)
            }
            scheduleAbroad(i, from: t)
        case .openCase:
            let iso = markets.isEmpty ? "" : markets[Int(market[i]) % markets.count].iso
            let missions = reference.missions.filter { $0.countryISO == iso }
            if let mission = missions.first {
                let type = CaseType(rawValue: UInt8(rng.between(1, CaseType.allCases.count))) ?? .other
                let draft = CaseDraft(worker: w, type: type, mission: mission.code, opened: day,
                                      summary: "Laporan melalui hotline \(rng.between(100, 999))")
                if let id = Self.createdID(send(.openCase(draft), at: t, sink), .protectionCase) {
                    caseOf[i] = Int32(id)
                    schedule(i, .closeCase, after: rng.between(7, 90), from: t)
                    return
                }
            }
            scheduleAbroad(i, from: t)
        case .closeCase:
            let resolution = CaseResolution(rawValue: UInt8(rng.weighted([0, 0.5, 0.25, 0.05, 0.1, 0.05, 0.05]))) ?? .resolved
            _ = send(.closeCase(CaseClosure(protectionCase: RecordID(.protectionCase, Int(caseOf[i])), resolution: resolution, closed: day)), at: t, sink)
            scheduleAbroad(i, from: t)
        case .returnHome:
            let reason = ReturnReason(rawValue: UInt8(1 + rng.weighted([0.8, 0.05, 0.07, 0.03, 0.02, 0.005, 0.01, 0.003, 0.012]))) ?? .contractEnded
            guard send(.recordReturn(ReturnEntry(worker: w, date: day, reason: reason)), at: t, sink) != nil else { return }
            if reason != .death && rng.chance(0.4) { schedule(i, .program, after: rng.between(14, 60), from: t) }
        case .program:
            guard let program = openProgram(for: i, day: day, sink) else { return }
            guard send(.enrollReturnee(ProgramEnrollmentEntry(program: RecordID(.program, program), worker: w)), at: t, sink) != nil
            else { return }
            programOf[i] = Int32(program)
            if rng.chance(0.7) { schedule(i, .outcome, after: rng.between(60, 150), from: t) }
        case .outcome:
            let started = rng.chance(0.6)
            let entry = OutcomeEntry(program: RecordID(.program, Int(programOf[i])), worker: w, businessStarted: started,
                                     businessKind: started ? GeneratorNames.businesses[rng.below(GeneratorNames.businesses.count)] : nil,
                                     monthlyRevenue: started ? Int64(rng.between(1, 30)) * 500_000 : 0,
                                     jobsCreated: started ? rng.between(0, 4) : 0)
            _ = send(.recordOutcome(entry), at: t, sink)
        }
    }

    /// While abroad: a check-in now and then, sometimes a protection case, then the return.
    mutating func scheduleAbroad(_ i: Int, from t: Int64) {
        let day = calendar.day(atMillis: t)
        // From departure on, regDay holds the departure day: the contract clock runs from there.
        if step[i] == Step.depart.rawValue { regDay[i] = day.number }
        let abroadDays = Int(day.number - regDay[i])
        let contractDays = 730
        let early = rng.chance(0.12)
        if rng.chance(0.04), caseOf[i] < 0 {
            schedule(i, .openCase, after: rng.between(20, 200), from: t)
        } else if abroadDays < contractDays - 90, !early, rng.chance(0.5) {
            schedule(i, .checkIn, after: rng.between(60, 180), from: t)
        } else {
            let remaining = early ? rng.between(60, 360) : max(1, contractDays - abroadDays)
            schedule(i, .returnHome, after: remaining, from: t)
        }
    }

    // MARK: Records made on demand

    mutating func openCohort(for i: Int, day: Day, _ sink: Sink) -> (id: Int, end: Day)? {
        guard !markets.isEmpty else { return nil }
        let m = markets[Int(market[i]) % markets.count]
        let available = m.programs.filter { p in reference.programs.contains { $0.code == p } }
        guard let program = available.first ?? reference.programs.first?.code else { return nil }
        if var c = cohortByProgram[program], c.enrolled < c.capacity, c.start.number >= day.number - 7 {
            c.enrolled += 1
            cohortByProgram[program] = c
            return (c.id, c.end)
        }
        let start = day.adding(days: rng.between(3, 10))
        let end = start.adding(days: rng.between(30, 75))
        let capacity = rng.between(20, 40)
        let provider = GeneratorNames.providers[rng.below(GeneratorNames.providers.count)]
        guard let id = Self.createdID(send(.createCohort(CohortDraft(program: program, provider: provider, start: start, end: end,
                                                                      capacity: capacity)), at: time(on: day) - 60_000, sink), .cohort)
        else { return nil }
        cohortByProgram[program] = (id, 1, capacity, start, end)
        return (id, end)
    }

    /// A financial literacy session held today by the mission in the worker's market, or online.
    mutating func literacySession(for i: Int, day: Day, _ sink: Sink) -> Int? {
        let iso = markets.isEmpty ? "" : markets[Int(market[i]) % markets.count].iso
        let mission = rng.chance(0.7) ? reference.missions.first { $0.countryISO == iso }?.code : nil
        let key = mission ?? ""
        if let s = literacyByMission[key], s.day == day { return s.id }
        let topic = GeneratorNames.literacyTopics[rng.below(GeneratorNames.literacyTopics.count)]
        let draft = LiteracySessionDraft(date: day, mission: mission, online: mission == nil, topic: topic)
        guard let id = Self.createdID(send(.scheduleLiteracySession(draft), at: time(on: day) - 3_600_000, sink), .literacySession)
        else { return nil }
        literacyByMission[key] = (id, day)
        return id
    }

    /// The language level a market's order asks for: JLPT N4 or JFT-Basic for Japan's SSW fields,
    /// EPS-TOPIK for Korea, German A2 or B1 for Germany.
    func languageLevel(country: String, job: String) -> LanguageLevel? {
        switch country {
        case "JP": reference.jobs.first { $0.code == job }?.sswField == true ? (job.count % 2 == 0 ? .jlptN4 : .jftBasic) : nil
        case "KR": .epsTopik
        case "DE": job == "nurse" ? .germanB1 : .germanA2
        default: nil
        }
    }

    mutating func openJobOrder(for i: Int, day: Day, _ sink: Sink) -> (id: Int, certificate: Bool, language: LanguageLevel?)? {
        guard !markets.isEmpty else { return nil }
        let m = markets[Int(market[i]) % markets.count]
        let j = m.jobs[rng.weighted(m.jobs.map(\.weight))]
        var scheme = m.schemes[rng.weighted(m.schemes.map(\.1))].0
        // P to P only through an agency of the reference table whose licence is in force now and a
        // year on (the order's departures follow within months); with none, the employer hires directly.
        var licensed: ReferenceData.Agency?
        if scheme == .pToP {
            let usable = reference.agencies.filter { $0.isValid(on: day) && $0.isValid(on: day.adding(days: 365)) }
            if usable.isEmpty { scheme = .individual } else { licensed = usable[rng.below(usable.count)] }
        }
        let key = "\(m.iso)/\(j.code)/\(scheme.code)"
        let language = languageLevel(country: m.iso, job: j.code)
        if var o = jobOrderByKey[key], o.left > 0 {
            o.left -= 1
            jobOrderByKey[key] = o
            return (o.id, j.certificate, language)
        }
        let cost = j.cost.upperBound == 0 ? 0 : Int64(rng.between(j.cost.lowerBound / 100_000, j.cost.upperBound / 100_000)) * 100_000
        let quota = rng.between(20, 120)
        let draft = JobOrderDraft(employer: GeneratorNames.employers[rng.below(GeneratorNames.employers.count)],
                                  employerIsLegalEntity: true, country: m.iso, job: j.code, scheme: scheme,
                                  agency: licensed?.name, agencyLicence: licensed?.licence,
                                  quota: quota, certificateRequired: j.certificate, workerCost: cost,
                                  contractMonths: 24, languageLevel: language)
        guard let id = Self.createdID(send(.createJobOrder(draft), at: time(on: day) - 120_000, sink), .jobOrder) else { return nil }
        jobOrderByKey[key] = (id, quota - 1)
        return (id, j.certificate, language)
    }

    mutating func openProgram(for i: Int, day: Day, _ sink: Sink) -> Int? {
        guard !reference.provinces.isEmpty else { return nil }
        let province = reference.provinces[rng.weighted(provinceWeights)].code
        if var p = programByProvince[province], p.left > 0 {
            p.left -= 1
            programByProvince[province] = p
            return p.id
        }
        let kind: ProgramKind = rng.chance(0.6) ? .umkmIncubation : .kampungMigran
        let capacity = rng.between(15, 40)
        let name = kind == .umkmIncubation ? "Inkubasi UMKM Purna PMI \(rng.between(1, 99))" : "Kampung Migran \(rng.between(1, 99))"
        let draft = ProgramDraft(kind: kind, name: name, village: "Desa \(rng.between(1, 400))", regency: "Kab. \(rng.between(1, 30))",
                                 province: province, start: day, end: day.adding(days: 180), capacity: capacity)
        guard let id = Self.createdID(send(.createProgram(draft), at: time(on: day) - 60_000, sink), .program) else { return nil }
        programByProvince[province] = (id, capacity - 1)
        return id
    }
}
