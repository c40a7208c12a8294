import Testing
@testable import TerpaduCore

/// The core's seeded generator with the helpers the random walk uses (same on every run and machine).
struct SplitMix64 {
    private var base: SeededRandom

    init(state: UInt64) { base = SeededRandom(seed: state) }

    mutating func next() -> UInt64 { base.next() }

    /// 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}

/// Random, mostly valid operator commands against the records that exist, on a clock that moves on.
struct RandomOperator {
    var rng: SplitMix64
    var state = TerpaduState()
    var events: [Event] = []
    var today = Fixture.startDay
    var hour = 8
    var accepted = 0
    var refused = 0
    var attemptedKinds: Set<String> = []
    private var serial = 0

    static let names = ["Siti Aminah", "SITI  AMINAH", "Dewi Lestari", "Nur Hidayah", "José Ramos", "Jose\u{301} Ramos",
                        "Sri Wahyuni", "Rina Marlina", "Budi Santoso", "Agus Salim", "Eko Prasetyo", "Wati"]
    static let births = [Fixture.day(1998, 4, 12), Fixture.day(1995, 1, 31), Fixture.day(2000, 2, 29),
                         Fixture.day(1988, 12, 1), Fixture.day(2003, 7, 17)]
    static let provinces = Fixture.reference.provinces.map(\.code)
    static let countries = Fixture.reference.countries.map(\.iso)
    static let missions = Fixture.reference.missions.map(\.code)
    static let jobs = Fixture.reference.jobs.map(\.code)
    static let programs = Fixture.reference.programs.map(\.code)

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    var context: CommandContext {
        CommandContext(operatorName: "op.\(hour % 3)", timeMillis: Fixture.millis(today, hour: hour))
    }

    mutating func execute(_ c: Command) {
        attemptedKinds.insert(c.name)
        let named = c.correctedSeq.flatMap { seq in events.last { $0.seq == seq } }
        switch state.execute(c, context: context, correcting: named) {
        case .success(let e): events += e; accepted += 1
        case .failure: refused += 1
        }
    }

    /// A worker, preferring (up to a few tries) one whose status is in `wanted`.
    mutating func worker(_ wanted: Set<Status> = []) -> RecordID {
        let n = state.workerCount
        var id = RecordID(.worker, rng.below(n) + 1)
        guard !wanted.isEmpty else { return id }
        for _ in 0..<12 {
            if let s = state.status(of: id), wanted.contains(s) { return id }
            id = RecordID(.worker, rng.below(n) + 1)
        }
        return id
    }

    func record(_ kind: RecordKind, _ count: Int, _ rng: inout SplitMix64) -> RecordID {
        RecordID(kind, rng.below(max(count, 1)) + 1)
    }

    mutating func step(_ i: Int) {
        if i > 0, i % 70 == 0 { today = today.adding(days: 1); hour = 8 }
        if i % 10 == 0 { hour = min(hour + 1, 17) }
        if i == 0 { execute(.loadReference(Fixture.reference)); return }
        if i == 5000 {
            // A reload of reordered tables half-way through.
            var ref = Fixture.reference
            ref.countries.reverse(); ref.jobs.reverse(); ref.provinces.reverse()
            execute(.loadReference(ref)); return
        }
        if state.workerCount < 20 || rng.chance(8) { register(); return }
        let preDeparture: Set<Status> = [.registered, .inTraining, .certified, .selected, .documentsComplete, .readyToDepart]
        switch rng.below(100) {
        case 0..<3:
            let w = worker()
            execute(.updateWorker(WorkerUpdate(worker: w, expectedVersion: rng.chance(80) ? state.version(of: w) : 1,
                                               name: rng.chance(30) ? rng.pick(Self.names) : nil,
                                               province: rng.chance(50) ? rng.pick(Self.provinces) : nil,
                                               phone: rng.chance(30) ? "0812\(rng.below(9999))" : nil)))
        case 3..<18: document(worker([.selected, .certified, .registered, .inTraining]))
        case 18..<20:
            execute(.recordOrientation(OrientationEntry(worker: worker([.registered, .certified, .selected]),
                                                        date: today, certificateNumber: "OPP")))
        case 20..<21:
            execute(.scheduleFair(FairDraft(kind: rng.chance(50) ? .jobFair : .canvassing, venue: "Balai Desa",
                                            regency: "Kab. Indramayu", province: rng.pick(Self.provinces), date: today,
                                            jobOrders: state.jobOrderCount > 0 ? [record(.jobOrder, state.jobOrderCount, &rng)] : [])))
        case 21..<25:
            execute(.recordAttendance(AttendanceEntry(fair: record(.jobFair, state.fairCount, &rng), worker: worker(preDeparture),
                                                      outcome: rng.pick(FairOutcome.allCases))))
        case 25..<27: jobOrder()
        case 27..<28:
            execute(.createCohort(CohortDraft(program: rng.pick(Self.programs), provider: "LPK Mandiri",
                                              start: today.adding(days: -rng.below(10)), end: today.adding(days: 60),
                                              capacity: 5 + rng.below(30))))
        case 28..<33:
            execute(.enroll(CohortEnrollment(cohort: record(.cohort, state.cohortCount, &rng), worker: worker([.registered, .certified]))))
        case 33..<38: result()
        case 38..<41:
            execute(.applyForLoan(LoanApplication(worker: worker(preDeparture), bank: rng.chance(50) ? "BRI" : "BNI",
                                                  amount: Int64(1 + rng.below(110)) * 1_000_000,
                                                  rateBasisPoints: 300 + rng.below(320), tenorMonths: 6 + rng.below(33))))
        case 41..<43:
            execute(.decideLoan(LoanDecision(loan: record(.loan, state.loanCount, &rng), approved: rng.chance(75))))
        case 43..<45:
            execute(.disburseLoan(LoanStep(loan: record(.loan, state.loanCount, &rng), date: today)))
        case 45..<46:
            execute(.closeLoan(LoanClosure(loan: record(.loan, state.loanCount, &rng), repaid: rng.chance(85))))
        case 46..<53:
            execute(.selectForJobOrder(Selection(worker: worker([.registered, .certified, .documentsComplete, .inTraining]),
                                                 jobOrder: record(.jobOrder, state.jobOrderCount, &rng))))
        case 53..<60:
            execute(.recordDeparture(Departure(worker: worker([.readyToDepart]), date: today.adding(days: -rng.below(2)))))
        case 60..<63, 92..<95:
            execute(.openCase(CaseDraft(worker: worker([.working]), type: rng.pick(CaseType.allCases),
                                        mission: rng.pick(Self.missions), opened: today)))
        case 62..<64:
            execute(.closeCase(CaseClosure(protectionCase: record(.protectionCase, state.caseCount, &rng),
                                           resolution: rng.pick(CaseResolution.allCases), closed: today)))
        case 64..<67:
            execute(.recordCheckIn(CheckIn(worker: worker([.working]), date: today, wellbeing: rng.pick(Wellbeing.allCases))))
        case 67..<71:
            execute(.recordReturn(ReturnEntry(worker: worker([.working]), date: today, reason: rng.pick(ReturnReason.allCases))))
        case 71..<72:
            execute(.createProgram(ProgramDraft(kind: rng.chance(50) ? .umkmIncubation : .kampungMigran, name: "Program",
                                                village: "Desa", regency: "Kab.", province: rng.pick(Self.provinces),
                                                start: today, end: today.adding(days: 120), capacity: 5 + rng.below(20))))
        case 72..<76:
            execute(.enrollReturnee(ProgramEnrollmentEntry(program: record(.program, state.programCount, &rng),
                                                           worker: worker([.returned]))))
        case 76..<79: outcome()
        case 79..<81:
            execute(.exitWorker(ExitEntry(worker: worker(), reason: rng.pick(ExitReason.allCases.filter { $0 != .duplicate }))))
        case 81..<83:
            execute(.resolveDuplicate(DuplicateResolution(review: record(.duplicateReview, state.reviewCount, &rng),
                                                          samePerson: rng.chance(50))))
        case 83..<90: correction()
        case 90..<91: execute(.revealNIK(NIKReveal(worker: worker(), purpose: "audit")))
        case 91..<92: execute(.recordExport(ExportRecord(kind: "workers", rows: rng.below(500), revealed: rng.chance(20))))
        default:
            // Pure noise: unknown records and impossible steps, all to be refused.
            execute(.recordDeparture(Departure(worker: RecordID(.worker, state.workerCount + 5), date: today)))
        }
    }

    mutating func register() {
        serial += 1
        let sex: Sex = rng.chance(70) ? .female : .male
        let birth = rng.pick(Self.births)
        var nik = Fixture.nik(province: rng.pick(Self.provinces), sex: sex, birth: birth, serial: serial % 9999 + 1)
        if rng.chance(3) { nik = String(nik.dropLast()) }  // a typo: wrong length
        let name = rng.chance(25) ? rng.pick(Self.names) : "\(rng.pick(Self.names)) bin \(serial)"
        execute(.registerWorker(WorkerDraft(nik: nik, name: name, sex: sex, birthDate: birth,
                                            province: rng.pick(Self.provinces), regency: "Kab. Cirebon")))
    }

    mutating func document(_ w: RecordID) {
        let r = Int(state.workerRow(w) ?? 0)
        let have = r < state.workerCount ? state.workers.documents[r] : 0
        let missing = DocumentKind.allCases.filter { have & $0.bit == 0 && $0 != .competencyCertificate }
        let kind = missing.isEmpty || rng.chance(10) ? rng.pick(DocumentKind.allCases) : rng.pick(missing)
        execute(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "N\(rng.below(99999))", issued: today,
                                              expiry: kind == .passport ? today.adding(days: 150 + rng.below(2000)) : nil,
                                              fit: kind == .medicalFitness || kind == .psychologicalFitness ? rng.chance(92) : nil)))
    }

    mutating func jobOrder() {
        let job = rng.pick(Self.jobs)
        let zero = Fixture.zeroCostJobs.contains(job)
        let scheme = rng.pick(Scheme.allCases)
        execute(.createJobOrder(JobOrderDraft(
            employer: "Employer \(rng.below(50))", employerIsLegalEntity: rng.chance(90), country: rng.pick(Self.countries),
            job: job, scheme: scheme, agency: rng.chance(90) ? "PT Bina Karya" : nil, agencyLicence: "P3MI-\(rng.below(900))",
            quota: 5 + rng.below(40), certificateRequired: rng.chance(20),
            workerCost: zero ? (rng.chance(5) ? 1_000_000 : 0) : Int64(rng.below(30)) * 1_000_000)))
    }

    mutating func result() {
        let w = worker([.inTraining])
        let r = Int(state.workerRow(w) ?? 0)
        let e = r < state.workerCount ? Int(state.workers.enrollment[r]) : -1
        let cohort = e >= 0 && e < state.enrollments.count
            ? state.id(.cohort, row: state.enrollments[e].cohort) : record(.cohort, state.cohortCount, &rng)
        let passed = rng.chance(75)
        execute(.recordResult(TrainingResult(cohort: cohort, worker: w, attendance: 50 + rng.below(51), score: rng.below(101),
                                             passed: passed, certificateNumber: passed && rng.chance(95) ? "BNSP-\(serial)" : nil)))
    }

    mutating func outcome() {
        let w = worker([.inReintegration, .reintegrated])
        let r = Int(state.workerRow(w) ?? 0)
        let e = r < state.workerCount ? Int(state.workers.programEnrollment[r]) : -1
        let program = e >= 0 && e < state.programEnrollments.count
            ? state.id(.program, row: state.programEnrollments[e].program) : record(.program, state.programCount, &rng)
        let started = rng.chance(60)
        execute(.recordOutcome(OutcomeEntry(program: program, worker: w, businessStarted: started,
                                            businessKind: started ? "warung" : nil,
                                            monthlyRevenue: Int64(rng.below(10)) * 1_000_000, jobsCreated: rng.below(4))))
    }

    mutating func correction() {
        let seq = Int64(1 + rng.below(Int(max(state.lastSeq, 1))))
        let w = worker()
        let c: Correction
        switch rng.below(6) {
        case 0: c = .revokeDocument(worker: w, kind: rng.pick(DocumentKind.allCases))
        case 1:
            let r = Int(state.workerRow(w) ?? 0)
            let e = r < state.workerCount ? Int(state.workers.enrollment[r]) : -1
            let cohort = e >= 0 && e < state.enrollments.count ? state.id(.cohort, row: state.enrollments[e].cohort)
                : RecordID(.cohort, 1)
            c = .amendResult(cohort: cohort, worker: w, attendance: rng.below(101), score: rng.below(101),
                             passed: rng.chance(50), certificateNumber: "BNSP-X")
        case 2: c = .amendFairOutcome(fair: record(.jobFair, state.fairCount, &rng), worker: w, outcome: rng.pick(FairOutcome.allCases))
        case 3: c = .amendDepartureDate(worker: worker([.working, .returned]), date: today.adding(days: -rng.below(20)))
        case 4: c = .reinstate(worker: worker([.withdrawn, .unfit, .deceased]))
        default: c = .amendReturn(worker: worker([.returned, .inReintegration]), date: today.adding(days: -rng.below(10)),
                                  reason: rng.pick(ReturnReason.allCases))
        }
        // Mostly the event the correction is about (the newest that fits), sometimes any event.
        let fitting = rng.chance(85) ? events.last(where: { c.canCorrect($0.body) })?.seq : nil
        execute(.correctEntry(CorrectionEntry(corrects: fitting ?? seq, correction: c)))
    }
}

@Suite("Counters against recount")
struct CounterPropertyTests {
    @Test("over 10,000 random commands the live counters equal a recount, and a replay rebuilds the state")
    func randomWalk() throws {
        var op = RandomOperator(seed: 0x5EED_2026_1102)
        var seen: Set<Status> = []
        for i in 0..<10_000 {
            op.step(i)
            if i % 300 == 299 {
                for n in 0..<op.state.workerCount { if let s = op.state.status(of: RecordID(.worker, n + 1)) { seen.insert(s) } }
                let holds = op.state.counters == op.state.recount()
                #expect(holds, "counters differ from recount after command \(i)")
                if !holds { break }
            }
        }
        let finalHolds = op.state.counters == op.state.recount()
        #expect(finalHolds, "counters differ from recount at the end")
        #expect(op.accepted + op.refused == 10_000)
        #expect(op.accepted * 100 > 30 * 10_000, "accepted \(op.accepted), refused \(op.refused)")
        #expect(op.refused > 0)
        #expect(op.attemptedKinds.count == 29, "attempted \(op.attemptedKinds.sorted())")
        #expect(Set(op.events.map(\.body.kind)) == EventCodingTests.allKinds,
                "missing \(EventCodingTests.allKinds.subtracting(op.events.map(\.body.kind)).sorted())")
        #expect(op.today.number - Fixture.startDay.number >= 140)
        #expect(seen == Set(Status.allCases), "never reached \(Set(Status.allCases).subtracting(seen))")

        var replayed = TerpaduState()
        for e in op.events { replayed.apply(e) }
        let sameCounters = replayed.counters == op.state.counters
        #expect(sameCounters, "replayed counters differ")
        #expect(replayed.workerCount == op.state.workerCount)
        for n in 1...op.state.workerCount {
            let id = RecordID(.worker, n)
            guard replayed.status(of: id) == op.state.status(of: id), replayed.version(of: id) == op.state.version(of: id)
            else { Issue.record("\(id) differs after replay"); break }
        }
        let same = replayed == op.state
        #expect(same, "replayed state differs")
    }
}
