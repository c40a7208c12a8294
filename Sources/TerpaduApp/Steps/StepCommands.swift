import TerpaduCore

/// A step's form values as the commands the store records, or the fields that cannot become one
/// (each with its reason, in the screen's language). One command per worker the step is about.
enum StepCommands {
    struct Problems: Error, Sendable, Hashable {
        var byField: [String: String]
    }

    static func commands(_ step: Step, _ values: [String: String], _ s: Strings, version: Int?) -> Result<[Command], Problems> {
        var reader = ValueReader(values: values, strings: s)
        let commands = build(step, &reader, version: version)
        if !reader.problems.isEmpty { return .failure(Problems(byField: reader.problems)) }
        return .success(commands)
    }

    private static func build(_ step: Step, _ v: inout ValueReader, version: Int?) -> [Command] {
        switch step {
        case .scheduleFair:
            let kind = v.choice(.kind, FairKind.self), venue = v.text(.venue), regency = v.text(.regency)
            let province = v.text(.province), date = v.day(.date), village = v.optional(.village), topic = v.optional(.topic)
            let headcount = v.optionalInt(.headcount)
            guard let kind, let date, let headcount else { return [] }
            return [.scheduleFair(FairDraft(kind: kind, venue: venue, regency: regency, province: province, date: date,
                                            village: village, topic: topic, headcount: headcount))]
        case .createCohort:
            let program = v.text(.program), provider = v.text(.provider), start = v.day(.start), end = v.day(.end)
            let capacity = v.int(.capacity)
            guard let start, let end, let capacity else { return [] }
            return [.createCohort(CohortDraft(program: program, provider: provider, start: start, end: end, capacity: capacity))]
        case .createJobOrder:
            let employer = v.text(.employer), legal = v.yes(.employerIsLegalEntity), country = v.text(.country)
            let job = v.text(.job), scheme = v.choice(.scheme, Scheme.self), agency = v.optional(.agency)
            let licence = v.optional(.agencyLicence), quota = v.int(.quota), certificate = v.yes(.certificateRequired)
            let cost = v.int(.workerCost), months = v.int(.contractMonths), level = v.optionalChoice(.languageLevel, LanguageLevel.self)
            guard let legal, let scheme, let quota, let cost, let months, let level else { return [] }
            return [.createJobOrder(JobOrderDraft(employer: employer, employerIsLegalEntity: legal, country: country, job: job,
                                                  scheme: scheme, agency: agency, agencyLicence: licence, quota: quota,
                                                  certificateRequired: certificate ?? false, workerCost: Int64(cost),
                                                  contractMonths: months, languageLevel: level))]
        case .createProgram:
            let kind = v.choice(.kind, ProgramKind.self), name = v.text(.name), village = v.text(.village)
            let regency = v.text(.regency), province = v.text(.province), start = v.day(.start), end = v.day(.end)
            let capacity = v.int(.capacity)
            guard let kind, let start, let end, let capacity else { return [] }
            return [.createProgram(ProgramDraft(kind: kind, name: name, village: village, regency: regency, province: province,
                                                start: start, end: end, capacity: capacity))]
        case .fairOutcome(let fair, let worker):
            guard let outcome = v.choice(.outcome, FairOutcome.self) else { return [] }
            return [.recordAttendance(AttendanceEntry(fair: fair, worker: worker, expectedVersion: version, outcome: outcome))]
        case .enrollInCohort(let workers):
            guard let cohort = v.record(.cohort, .cohort) else { return [] }
            let retake = v.yes(.retake) ?? false
            return workers.map { .enroll(CohortEnrollment(cohort: cohort, worker: $0, expectedVersion: workers.count == 1 ? version : nil,
                                                          retake: retake)) }
        case .selectForOrder(let workers):
            guard let order = v.record(.jobOrder, .jobOrder) else { return [] }
            return workers.map { .selectForJobOrder(Selection(worker: $0, expectedVersion: workers.count == 1 ? version : nil, jobOrder: order)) }
        case .enrollInProgram(let workers):
            guard let program = v.record(.program, .program) else { return [] }
            return workers.map { .enrollReturnee(ProgramEnrollmentEntry(program: program, worker: $0,
                                                                        expectedVersion: workers.count == 1 ? version : nil)) }
        case .document(let worker):
            let kind = v.choice(.kind, DocumentKind.self), number = v.optional(.number), issued = v.day(.issued)
            let expiry = v.optionalDay(.expiry)
            guard let kind, let issued else { return [] }
            if kind == .orientation {
                return [.recordOrientation(OrientationEntry(worker: worker, expectedVersion: version, date: issued,
                                                            certificateNumber: number))]
            }
            let fit: Bool? = kind == .medicalFitness || kind == .psychologicalFitness ? v.value(.fit) != "2" : nil
            return [.recordDocument(DocumentEntry(worker: worker, expectedVersion: version, kind: kind, number: number,
                                                  issued: issued, expiry: expiry ?? nil, fit: fit))]
        case .departure(let worker):
            guard let date = v.day(.date) else { return [] }
            return [.recordDeparture(Departure(worker: worker, expectedVersion: version, date: date))]
        case .applyLoan(let worker):
            let bank = v.text(.bank), amount = v.int(.amount), rate = v.basisPoints(.rate), tenor = v.int(.tenorMonths)
            guard let amount, let rate, let tenor else { return [] }
            return [.applyForLoan(LoanApplication(worker: worker, expectedVersion: version, bank: bank, amount: Int64(amount),
                                                  rateBasisPoints: rate, tenorMonths: tenor))]
        case .decideLoan(let loan):
            guard let approved = v.yes(.approved) else { return [] }
            return [.decideLoan(LoanDecision(loan: loan, approved: approved))]
        case .disburseLoan(let loan):
            guard let date = v.day(.date) else { return [] }
            return [.disburseLoan(LoanStep(loan: loan, date: date))]
        case .closeLoan(let loan):
            guard let repaid = v.yes(.repaid) else { return [] }
            return [.closeLoan(LoanClosure(loan: loan, repaid: repaid))]
        case .openCase(let worker):
            let type = v.choice(.type, CaseType.self), mission = v.text(.mission), opened = v.day(.opened)
            let summary = v.optional(.summary)
            guard let type, let opened else { return [] }
            return [.openCase(CaseDraft(worker: worker, expectedVersion: version, type: type, mission: mission, opened: opened,
                                        summary: summary))]
        case .checkIn(let worker):
            let date = v.day(.date), wellbeing = v.choice(.wellbeing, Wellbeing.self), note = v.optional(.note)
            guard let date, let wellbeing else { return [] }
            return [.recordCheckIn(CheckIn(worker: worker, expectedVersion: version, date: date, wellbeing: wellbeing, note: note))]
        case .closeCase(let id):
            let resolution = v.choice(.resolution, CaseResolution.self), closed = v.day(.closed)
            guard let resolution, let closed else { return [] }
            return [.closeCase(CaseClosure(protectionCase: id, resolution: resolution, closed: closed))]
        case .returnHome(let worker):
            let date = v.day(.date), reason = v.choice(.reason, ReturnReason.self)
            guard let date, let reason else { return [] }
            return [.recordReturn(ReturnEntry(worker: worker, expectedVersion: version, date: date, reason: reason))]
        case .headcount(let fair):
            guard let n = v.int(.headcount) else { return [] }
            return [.recordHeadcount(HeadcountEntry(fair: fair, headcount: n))]
        case .scheduleLiteracySession:
            let date = v.day(.date), mission = v.optional(.mission), online = v.yes(.online) ?? false, topic = v.text(.topic)
            guard let date else { return [] }
            return [.scheduleLiteracySession(LiteracySessionDraft(date: date, mission: mission, online: online, topic: topic))]
        case .literacy(let worker):
            guard let session = v.record(.session, .literacySession) else { return [] }
            return [.recordLiteracyParticipation(LiteracyParticipation(session: session, worker: worker, expectedVersion: version))]
        case .healthCoverage(let worker):
            let insurer = v.text(.insurer), policy = v.text(.policyNumber), from = v.day(.validFrom), to = v.day(.validTo)
            guard let from, let to else { return [] }
            return [.recordHealthCoverage(HealthCoverageEntry(worker: worker, expectedVersion: version, insurer: insurer,
                                                              policyNumber: policy, validFrom: from, validTo: to))]
        case .languageTest(let worker):
            let level = v.choice(.level, LanguageLevel.self), date = v.day(.date), score = v.optionalInt(.score)
            let passed = v.yes(.passed) ?? false
            guard let level, let date, let score else { return [] }
            return [.recordLanguageTest(LanguageTestEntry(worker: worker, expectedVersion: version, level: level, date: date,
                                                          score: score, passed: passed))]
        case .programOutcome(let program, let worker):
            let started = v.yes(.businessStarted) ?? false, kind = v.optional(.businessKind)
            let revenue = v.int(.monthlyRevenue), jobs = v.int(.jobsCreated)
            guard let revenue, let jobs else { return [] }
            return [.recordOutcome(OutcomeEntry(program: program, worker: worker, expectedVersion: version, businessStarted: started,
                                                businessKind: kind, monthlyRevenue: Int64(revenue), jobsCreated: jobs))]
        }
    }
}

/// Reads a form's values as the types commands hold; what cannot be read is noted on its field.
struct ValueReader {
    let values: [String: String]
    let strings: Strings
    var problems: [String: String] = [:]

    func value(_ f: StepField) -> String { values[f.rawValue] ?? "" }

    /// Required text is checked by the core, which names the field; here it is passed on as typed.
    func text(_ f: StepField) -> String { value(f) }

    func optional(_ f: StepField) -> String? {
        let t = value(f)
        return t.isEmpty ? nil : t
    }

    mutating func note(_ f: StepField, _ message: String) { problems[f.rawValue] = message }

    mutating func day(_ f: StepField) -> Day? {
        guard let d = Day(iso: value(f)) else {
            note(f, value(f).isEmpty ? strings.toolkit.required : strings.toolkit.notADate)
            return nil
        }
        return d
    }

    /// An optional date: nil inside when empty, nil outside when typed but not a date.
    mutating func optionalDay(_ f: StepField) -> Day?? {
        if value(f).isEmpty { return .some(nil) }
        return day(f).map { .some($0) }
    }

    /// A whole number; "25.000.000" and "25,000,000" both read as twenty-five million.
    mutating func int(_ f: StepField) -> Int? {
        let digits = value(f).filter { $0 != "." && $0 != "," && $0 != " " }
        guard let n = Int(digits) else {
            note(f, value(f).isEmpty ? strings.toolkit.required : strings.toolkit.notANumber)
            return nil
        }
        return n
    }

    /// An optional whole number: nil inside when empty, nil outside when typed but not a number.
    mutating func optionalInt(_ f: StepField) -> Int?? {
        if value(f).isEmpty { return .some(nil) }
        return int(f).map { .some($0) }
    }

    /// An optional pick: nil inside when none was chosen.
    mutating func optionalChoice<E: CodedEnum>(_ f: StepField, _ type: E.Type) -> E?? {
        if value(f).isEmpty { return .some(nil) }
        return choice(f, type).map { .some($0) }
    }

    /// A yearly rate typed as a percentage ("6", "6,5" or "6.5") in basis points.
    mutating func basisPoints(_ f: StepField) -> Int? {
        let t = String(value(f).map { $0 == "," ? "." : $0 })
        guard let x = Double(t), x.isFinite, x >= 0, x < 100 else {
            note(f, value(f).isEmpty ? strings.toolkit.required : strings.toolkit.notANumber)
            return nil
        }
        return Int((x * 100).rounded())
    }

    mutating func choice<E: CodedEnum>(_ f: StepField, _ type: E.Type) -> E? {
        guard let e = StepForms.value(type, value(f)) else {
            note(f, value(f).isEmpty ? strings.toolkit.required : strings.toolkit.notInList)
            return nil
        }
        return e
    }

    /// A yes/no pick or a checkbox; nil (noted) when a pick was left empty, since some answers must
    /// be stated rather than assumed.
    mutating func yes(_ f: StepField) -> Bool? {
        switch value(f) {
        // A yes/no pick is numbered like the others (1 yes, 2 no); a checkbox says true or false.
        case "1", "true": return true
        case "2", "false": return false
        default:
            note(f, strings.toolkit.required)
            return nil
        }
    }

    mutating func record(_ f: StepField, _ kind: RecordKind) -> RecordID? {
        let t = value(f).uppercased()
        if let id = RecordID(parsing: t, as: kind) { return id }
        // The number alone ("12" for C-000012) is enough.
        if !t.isEmpty, t.count <= 12, t.allSatisfy(\.isASCII), let n = Int(t), n > 0 { return RecordID(kind, n) }
        note(f, t.isEmpty ? strings.toolkit.required : strings.steps.notAnID(strings.steps.field(f), t))
        return nil
    }
}
