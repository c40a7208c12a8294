import Testing
@testable import TerpaduCore

/// A small reference fixture written in code, a fixed office clock, and a desk that drives a state
/// through `execute` the way an operator would, keeping every accepted event for replay.
enum Fixture {
    /// The ten zero-cost jobs of BP2MI regulation 9/2020.
    static let zeroCostJobs = [
        "housekeeper", "babySitter", "elderlyCarer", "childCarer", "cook", "familyDriver", "gardener",
        "cleaner", "farmWorker", "fishingVesselCrew",
    ]

    static let baseReference = ReferenceData(
        provinces: [
            .init(code: "11", name: "Aceh"),
            .init(code: "31", name: "DKI Jakarta"),
            .init(code: "32", name: "Jawa Barat"),
            .init(code: "33", name: "Jawa Tengah"),
            .init(code: "35", name: "Jawa Timur"),
            .init(code: "52", name: "Nusa Tenggara Barat"),
        ],
        countries: [
            .init(iso: "HK", nameEN: "Hong Kong", nameID: "Hong Kong"),
            .init(iso: "TW", nameEN: "Taiwan", nameID: "Taiwan"),
            .init(iso: "MY", nameEN: "Malaysia", nameID: "Malaysia"),
            .init(iso: "JP", nameEN: "Japan", nameID: "Jepang"),
            .init(iso: "KR", nameEN: "South Korea", nameID: "Korea Selatan"),
        ],
        missions: [
            .init(code: "KJRI-HK", countryISO: "HK", name: "KJRI Hong Kong", city: "Hong Kong"),
            .init(code: "KDEI-TPE", countryISO: "TW", name: "KDEI Taipei", city: "Taipei"),
            .init(code: "KBRI-KL", countryISO: "MY", name: "KBRI Kuala Lumpur", city: "Kuala Lumpur"),
            .init(code: "KBRI-TYO", countryISO: "JP", name: "KBRI Tokyo", city: "Tokyo"),
            .init(code: "KBRI-SEL", countryISO: "KR", name: "KBRI Seoul", city: "Seoul"),
        ],
        jobs: zeroCostJobs.map {
            .init(code: $0, nameEN: $0, nameID: $0, sector: "domestic", zeroCost: true, sswField: false)
        } + [
            .init(code: "welder", nameEN: "Welder", nameID: "Juru Las", sector: "manufacturing",
                  zeroCost: false, sswField: false),
            .init(code: "sswCare", nameEN: "SSW Japan: nursing care", nameID: "SSW Jepang: Kaigo", sector: "care",
                  zeroCost: false, sswField: true),
        ],
        programs: [
            .init(code: "caregiver", nameEN: "Caregiver", nameID: "Pramurukti", kind: .vocational, hours: 600),
            .init(code: "welding", nameEN: "Welding", nameID: "Pengelasan", kind: .vocational, hours: 400),
            .init(code: "jftBasic", nameEN: "JFT-Basic Japanese", nameID: "Bahasa Jepang JFT-Basic", kind: .language, hours: 300,
                  languageLevel: .jftBasic),
            .init(code: "epsTopik", nameEN: "EPS-TOPIK Korean", nameID: "Bahasa Korea EPS-TOPIK", kind: .language, hours: 300,
                  languageLevel: .epsTopik),
        ],
        banks: [.init(code: "BRI", name: "Bank Rakyat Indonesia"), .init(code: "BNI", name: "Bank Negara Indonesia")],
        loanTerms: .init(ceiling: 100_000_000, maxRateBasisPoints: 600, maxTenorMonths: 36),
        returnReasons: ReturnReason.allCases.map { .init(code: $0.code, nameEN: $0.code, nameID: $0.code) })

    /// Licensed agencies: the one the desk's P to P orders name, the generator's, and one whose licence
    /// lapsed in 2020.
    static let agencies: [ReferenceData.Agency] = [
        .init(name: "PT Sinar Jaya", licence: "P3MI-0421/2024", validFrom: day(2024, 1, 1), validUntil: day(2035, 12, 31)),
        .init(name: "PT Duta Tenaga Kerja", licence: "P3MI-0107/2018", validFrom: day(2018, 1, 15), validUntil: day(2035, 12, 31)),
        .init(name: "PT Bina Insani", licence: "P3MI-0214/2018", validFrom: day(2018, 3, 1), validUntil: day(2035, 12, 31)),
        .init(name: "PT Lama Sentosa", licence: "P3MI-0099/2015", validFrom: day(2015, 5, 4), validUntil: day(2020, 5, 3)),
    ]

    static let reference: ReferenceData = {
        var r = baseReference
        r.agencies = agencies
        return r
    }()

    /// Monday 2026-11-02, the first day every desk starts on.
    static let startDay = day(2026, 11, 2)

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        guard let day = Day(year: y, month: m, day: d) else { fatalError("fixture date \(y)-\(m)-\(d) does not exist") }
        return day
    }

    /// 10:00 WIB on `day`.
    static func millis(_ day: Day, hour: Int = 10) -> Int64 {
        OfficeCalendar.jakarta.startMillis(of: day) + Int64(hour) * 3_600_000
    }

    static func context(_ day: Day, hour: Int = 10) -> CommandContext {
        CommandContext(operatorName: "op.bandung", timeMillis: millis(day, hour: hour))
    }

    /// A NIK agreeing with sex and birth date: `PP 73 01 DD MM YY serial`.
    static func nik(province: String = "32", sex: Sex, birth: Day, serial: Int) -> String {
        let c = birth.civil
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let dd = c.day + (sex == .female ? 40 : 0)
        var s = String(serial)
        while s.count < 4 { s = "0" + s }
        return province + "7301" + two(dd) + two(c.month) + two(c.year % 100) + s
    }
}

/// An operator's desk: a state, a clock, and every accepted event in order.
struct Desk {
    var state = TerpaduState()
    var today = Fixture.startDay
    var events: [Event] = []
    private var serial = 0

    init(loadReference: Bool = true) {
        if loadReference { run(.loadReference(Fixture.reference)) }
    }

    var context: CommandContext { Fixture.context(today) }

    mutating func advance(days: Int) { today = today.adding(days: days) }

    /// Runs a command that must be accepted; records an issue (with the refusals) when it is not.
    @discardableResult
    mutating func run(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        switch state.execute(command, context: context, correcting: named(command)) {
        case .success(let e):
            events += e
            return e
        case .failure(let r):
            Issue.record("\(command.name) was refused: \(r.reasons)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Runs a command that must be refused and returns the reasons; the state must not move.
    mutating func refusals(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) -> [Refusal] {
        let before = (state.lastSeq, state.counters, state.workerCount)
        switch state.execute(command, context: context, correcting: named(command)) {
        case .success(let e):
            events += e
            Issue.record("\(command.name) was accepted but should be refused", sourceLocation: sourceLocation)
            return []
        case .failure(let r):
            #expect(state.lastSeq == before.0, sourceLocation: sourceLocation)
            #expect(state.counters == before.1, sourceLocation: sourceLocation)
            #expect(state.workerCount == before.2, sourceLocation: sourceLocation)
            return r.reasons
        }
    }

    /// The event a correction names, as the store reads it from the journal.
    func named(_ command: Command) -> Event? {
        guard let seq = command.correctedSeq else { return nil }
        return events.first { $0.seq == seq }
    }

    /// Applies a hand-made event (to build states that commands would refuse to reach).
    mutating func inject(_ body: EventBody) {
        let e = Event(seq: state.lastSeq + 1, timeMillis: Fixture.millis(today), operatorName: "fixture", body: body)
        state.apply(e)
        events.append(e)
    }

    mutating func nextNIK(province: String = "32", sex: Sex, birth: Day) -> String {
        serial += 1
        return Fixture.nik(province: province, sex: sex, birth: birth, serial: serial)
    }

    // MARK: Records

    @discardableResult
    mutating func register(name: String? = nil, sex: Sex = .female, birth: Day = Fixture.day(1998, 4, 12),
                           province: String = "32", nikProvince: String = "32") -> RecordID {
        let nik = nextNIK(province: nikProvince, sex: sex, birth: birth)
        run(.registerWorker(WorkerDraft(nik: nik, name: name ?? "Pekerja \(serial)", sex: sex, birthDate: birth,
                                        province: province, regency: "Kota Bandung", phone: "+62 812-0000-\(serial)")))
        return state.id(.worker, row: state.workerCount - 1)
    }

    @discardableResult
    mutating func jobOrder(job: String = "housekeeper", country: String = "HK", scheme: Scheme = .pToP,
                           quota: Int = 10, certificateRequired: Bool = false, cost: Int64 = 0) -> RecordID {
        run(.createJobOrder(JobOrderDraft(employer: "Chan Household Ltd", employerIsLegalEntity: true, country: country,
                                          job: job, scheme: scheme,
                                          agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: quota,
                                          certificateRequired: certificateRequired, workerCost: cost)))
        return state.id(.jobOrder, row: state.jobOrderCount - 1)
    }

    @discardableResult
    mutating func cohort(program: String = "caregiver", capacity: Int = 20) -> RecordID {
        run(.createCohort(CohortDraft(program: program, provider: "BLK Bandung", start: today,
                                      end: today.adding(days: 60), capacity: capacity)))
        return state.id(.cohort, row: state.cohortCount - 1)
    }

    @discardableResult
    mutating func program(capacity: Int = 20) -> RecordID {
        run(.createProgram(ProgramDraft(kind: .umkmIncubation, name: "Inkubasi UMKM Desmigratif",
                                        village: "Cibiru", regency: "Kota Bandung", province: "32",
                                        start: today, end: today.adding(days: 90), capacity: capacity)))
        return state.id(.program, row: state.programCount - 1)
    }

    @discardableResult
    mutating func fair(kind: FairKind = .jobFair) -> RecordID {
        run(.scheduleFair(FairDraft(kind: kind, venue: "Gedung Sate", regency: "Kota Bandung", province: "32",
                                    date: today, employers: ["PT Sinar Jaya"])))
        return state.id(.jobFair, row: state.fairCount - 1)
    }

    static let alwaysRequired: [DocumentKind] = [
        .passport, .medicalFitness, .psychologicalFitness, .workVisa, .placementAgreement,
        .employmentContract, .socialSecurity, .orientation,
    ]

    mutating func document(_ kind: DocumentKind, for w: RecordID, fit: Bool = true,
                           expiry: Day? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        switch kind {
        case .passport:
            run(.recordDocument(DocumentEntry(worker: w, kind: .passport, number: "C1234567", issued: today,
                                              expiry: expiry ?? today.adding(days: 5 * 365))),
                sourceLocation: sourceLocation)
        case .orientation:
            run(.recordOrientation(OrientationEntry(worker: w, date: today, certificateNumber: "OPP-77")),
                sourceLocation: sourceLocation)
        case .medicalFitness, .psychologicalFitness:
            run(.recordDocument(DocumentEntry(worker: w, kind: kind, issued: today, fit: fit)), sourceLocation: sourceLocation)
        default:
            run(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "\(kind.code)-1", issued: today)),
                sourceLocation: sourceLocation)
        }
    }

    mutating func allDocuments(for w: RecordID, except: Set<DocumentKind> = []) {
        for k in Self.alwaysRequired where !except.contains(k) { document(k, for: w) }
    }

    // MARK: Walking a worker through the cycle

    /// A new worker brought to `status` through ordinary commands.
    mutating func worker(at status: Status, jobOrder given: RecordID? = nil, sex: Sex = .female,
                         province: String = "32") -> RecordID {
        let w = register(sex: sex, province: province)
        walk(w, to: status, jobOrder: given)
        return w
    }

    mutating func walk(_ w: RecordID, to status: Status, jobOrder given: RecordID? = nil) {
        switch status {
        case .registered: return
        case .inTraining:
            run(.enroll(CohortEnrollment(cohort: cohort(), worker: w)))
        case .certified:
            let c = cohort()
            run(.enroll(CohortEnrollment(cohort: c, worker: w)))
            run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 95, score: 88, passed: true,
                                             certificateNumber: "BNSP-\(w.number)")))
        case .selected:
            run(.selectForJobOrder(Selection(worker: w, jobOrder: given ?? jobOrder())))
        case .documentsComplete:
            allDocuments(for: w)
        case .readyToDepart:
            walk(w, to: .selected, jobOrder: given)
            allDocuments(for: w)
        case .working:
            walk(w, to: .readyToDepart, jobOrder: given)
            run(.recordDeparture(Departure(worker: w, date: today)))
        case .returned:
            walk(w, to: .working, jobOrder: given)
            run(.recordReturn(ReturnEntry(worker: w, date: today, reason: .contractEnded)))
        case .inReintegration:
            walk(w, to: .returned, jobOrder: given)
            run(.enrollReturnee(ProgramEnrollmentEntry(program: program(), worker: w)))
        case .reintegrated:
            walk(w, to: .inReintegration, jobOrder: given)
            run(.recordOutcome(OutcomeEntry(program: RecordID(.program, state.programCount), worker: w,
                                            businessStarted: true, businessKind: "warung", monthlyRevenue: 4_500_000,
                                            jobsCreated: 2)))
        case .withdrawn:
            run(.exitWorker(ExitEntry(worker: w, reason: .personalChoice)))
        case .unfit:
            run(.exitWorker(ExitEntry(worker: w, reason: .medicallyUnfit)))
        case .deceased:
            run(.exitWorker(ExitEntry(worker: w, reason: .deceased)))
        }
    }

    func status(_ w: RecordID) -> Status? { state.status(of: w) }

    /// The live counters must equal a recount after every step a test takes.
    func expectCountersHold(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.counters == state.recount(), sourceLocation: sourceLocation)
    }

    /// How many workers the counters hold in `status` (summed over every other dimension).
    func count(_ status: Status) -> Int {
        let c = state.counters
        let per = c.cube.count / CounterDimensions.statuses
        let base = Int(status.rawValue) * per
        return c.cube[base..<(base + per)].reduce(0) { $0 + Int($1) }
    }
}
