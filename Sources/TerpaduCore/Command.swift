/// What an operator asks for. The core checks a command against the current state and, when every
/// rule holds, turns it into events; otherwise it answers with typed refusals.
public enum Command: Sendable, Hashable {
    case loadReference(ReferenceData)
    case registerWorker(WorkerDraft)
    case updateWorker(WorkerUpdate)
    case recordDocument(DocumentEntry)
    case scheduleFair(FairDraft)
    case recordAttendance(AttendanceEntry)
    case createJobOrder(JobOrderDraft)
    case createCohort(CohortDraft)
    case enroll(CohortEnrollment)
    case recordResult(TrainingResult)
    case applyForLoan(LoanApplication)
    case decideLoan(LoanDecision)
    case disburseLoan(LoanStep)
    case closeLoan(LoanClosure)
    case recordOrientation(OrientationEntry)
    case selectForJobOrder(Selection)
    case recordDeparture(Departure)
    case openCase(CaseDraft)
    case closeCase(CaseClosure)
    case recordCheckIn(CheckIn)
    case recordReturn(ReturnEntry)
    case createProgram(ProgramDraft)
    case enrollReturnee(ProgramEnrollmentEntry)
    case recordOutcome(OutcomeEntry)
    case exitWorker(ExitEntry)
    case resolveDuplicate(DuplicateResolution)
    case correctEntry(CorrectionEntry)
    case revealNIK(NIKReveal)
    case recordExport(ExportRecord)
    case recordHeadcount(HeadcountEntry)
    case scheduleLiteracySession(LiteracySessionDraft)
    case recordLiteracyParticipation(LiteracyParticipation)
    case recordHealthCoverage(HealthCoverageEntry)
    case recordLanguageTest(LanguageTestEntry)
    /// Replaces the table of licensed placement agencies (P3MI) that P to P job orders are checked against.
    case loadAgencies(AgencyTable)

    /// lowerCamelCase name, as `terpadu apply` reads it in `"cmd"`.
    public var name: String {
        switch self {
        case .loadReference: "loadReference"
        case .registerWorker: "registerWorker"
        case .updateWorker: "updateWorker"
        case .recordDocument: "recordDocument"
        case .scheduleFair: "scheduleFair"
        case .recordAttendance: "recordAttendance"
        case .createJobOrder: "createJobOrder"
        case .createCohort: "createCohort"
        case .enroll: "enroll"
        case .recordResult: "recordResult"
        case .applyForLoan: "applyForLoan"
        case .decideLoan: "decideLoan"
        case .disburseLoan: "disburseLoan"
        case .closeLoan: "closeLoan"
        case .recordOrientation: "recordOrientation"
        case .selectForJobOrder: "selectForJobOrder"
        case .recordDeparture: "recordDeparture"
        case .openCase: "openCase"
        case .closeCase: "closeCase"
        case .recordCheckIn: "recordCheckIn"
        case .recordReturn: "recordReturn"
        case .createProgram: "createProgram"
        case .enrollReturnee: "enrollReturnee"
        case .recordOutcome: "recordOutcome"
        case .exitWorker: "exitWorker"
        case .resolveDuplicate: "resolveDuplicate"
        case .correctEntry: "correctEntry"
        case .revealNIK: "revealNIK"
        case .recordExport: "recordExport"
        case .recordHeadcount: "recordHeadcount"
        case .scheduleLiteracySession: "scheduleLiteracySession"
        case .recordLiteracyParticipation: "recordLiteracyParticipation"
        case .recordHealthCoverage: "recordHealthCoverage"
        case .recordLanguageTest: "recordLanguageTest"
        case .loadAgencies: "loadAgencies"
        }
    }

    /// The worker this command edits, with the version the operator saw, when it has one.
    var workerEdit: (worker: RecordID, expectedVersion: Int?)? {
        switch self {
        case .updateWorker(let c): (c.worker, c.expectedVersion)
        case .recordDocument(let c): (c.worker, c.expectedVersion)
        case .recordAttendance(let c): (c.worker, c.expectedVersion)
        case .enroll(let c): (c.worker, c.expectedVersion)
        case .recordResult(let c): (c.worker, c.expectedVersion)
        case .applyForLoan(let c): (c.worker, c.expectedVersion)
        case .recordOrientation(let c): (c.worker, c.expectedVersion)
        case .selectForJobOrder(let c): (c.worker, c.expectedVersion)
        case .recordDeparture(let c): (c.worker, c.expectedVersion)
        case .openCase(let c): (c.worker, c.expectedVersion)
        case .recordCheckIn(let c): (c.worker, c.expectedVersion)
        case .recordReturn(let c): (c.worker, c.expectedVersion)
        case .enrollReturnee(let c): (c.worker, c.expectedVersion)
        case .recordOutcome(let c): (c.worker, c.expectedVersion)
        case .exitWorker(let c): (c.worker, c.expectedVersion)
        case .recordLiteracyParticipation(let c): (c.worker, c.expectedVersion)
        case .recordHealthCoverage(let c): (c.worker, c.expectedVersion)
        case .recordLanguageTest(let c): (c.worker, c.expectedVersion)
        default: nil
        }
    }
}

public struct WorkerDraft: Codable, Sendable, Hashable {
    public var nik: String
    public var name: String
    public var sex: Sex
    public var birthDate: Day
    public var province: String
    public var regency: String?
    public var village: String?
    public var phone: String?
    public var education: String?

    public init(nik: String, name: String, sex: Sex, birthDate: Day, province: String,
                regency: String? = nil, village: String? = nil, phone: String? = nil, education: String? = nil) {
        self.nik = nik; self.name = name; self.sex = sex; self.birthDate = birthDate; self.province = province
        self.regency = regency; self.village = village; self.phone = phone; self.education = education
    }
}

/// Only the fields given change.
public struct WorkerUpdate: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var nik: String?
    public var name: String?
    public var sex: Sex?
    public var birthDate: Day?
    public var province: String?
    public var regency: String?
    public var village: String?
    public var phone: String?
    public var education: String?

    public init(worker: RecordID, expectedVersion: Int? = nil, nik: String? = nil, name: String? = nil,
                sex: Sex? = nil, birthDate: Day? = nil, province: String? = nil, regency: String? = nil,
                village: String? = nil, phone: String? = nil, education: String? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.nik = nik; self.name = name
        self.sex = sex; self.birthDate = birthDate; self.province = province; self.regency = regency
        self.village = village; self.phone = phone; self.education = education
    }
}

public struct DocumentEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var kind: DocumentKind
    public var number: String?
    public var issued: Day
    /// Required for a passport.
    public var expiry: Day?
    /// For medical and psychological fitness: false records an "unfit" finding.
    public var fit: Bool?

    public init(worker: RecordID, expectedVersion: Int? = nil, kind: DocumentKind, number: String? = nil,
                issued: Day, expiry: Day? = nil, fit: Bool? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.kind = kind; self.number = number
        self.issued = issued; self.expiry = expiry; self.fit = fit
    }
}

public struct FairDraft: Codable, Sendable, Hashable {
    public var kind: FairKind
    public var venue: String
    public var regency: String
    public var province: String
    public var date: Day
    public var employers: [String]
    public var jobOrders: [RecordID]
    /// The village (required for an education session, optional otherwise).
    public var village: String?
    /// An education session's topic (only for kind `education`, where it is required).
    public var topic: String?
    /// An education session's headcount, people reached (only for `education`; may come later through
    /// `recordHeadcount`).
    public var headcount: Int?

    public init(kind: FairKind, venue: String, regency: String, province: String, date: Day,
                employers: [String] = [], jobOrders: [RecordID] = [], village: String? = nil, topic: String? = nil,
                headcount: Int? = nil) {
        self.kind = kind; self.venue = venue; self.regency = regency; self.province = province; self.date = date
        self.employers = employers; self.jobOrders = jobOrders
        self.village = village; self.topic = topic; self.headcount = headcount
    }
}

public struct AttendanceEntry: Codable, Sendable, Hashable {
    public var fair: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?
    public var outcome: FairOutcome

    public init(fair: RecordID, worker: RecordID, expectedVersion: Int? = nil, outcome: FairOutcome) {
        self.fair = fair; self.worker = worker; self.expectedVersion = expectedVersion; self.outcome = outcome
    }
}

public struct JobOrderDraft: Codable, Sendable, Hashable {
    public var employer: String
    /// Whether the employer is a legal entity: it must be stated for an individual (perseorangan)
    /// order; nil is "not stated" (job orders recorded before the rule always stated it).
    public var employerIsLegalEntity: Bool?
    public var country: String
    public var job: String
    public var scheme: Scheme
    /// The licensed placement agency (P3MI) and its licence number, required for P to P.
    public var agency: String?
    public var agencyLicence: String?
    public var quota: Int
    public var certificateRequired: Bool
    /// Placement cost borne by the worker, in rupiah.
    public var workerCost: Int64
    public var contractMonths: Int
    /// The language level the order asks for (JLPT N4 or JFT-Basic for Japan SSW, EPS-TOPIK for Korea…),
    /// checked at departure.
    public var languageLevel: LanguageLevel?

    public init(employer: String, employerIsLegalEntity: Bool? = nil, country: String, job: String,
                scheme: Scheme, agency: String? = nil, agencyLicence: String? = nil, quota: Int,
                certificateRequired: Bool = false, workerCost: Int64 = 0, contractMonths: Int = 24,
                languageLevel: LanguageLevel? = nil) {
        self.languageLevel = languageLevel
        self.employer = employer; self.employerIsLegalEntity = employerIsLegalEntity; self.country = country
        self.job = job; self.scheme = scheme; self.agency = agency; self.agencyLicence = agencyLicence
        self.quota = quota; self.certificateRequired = certificateRequired; self.workerCost = workerCost
        self.contractMonths = contractMonths
    }
}

public struct CohortDraft: Codable, Sendable, Hashable {
    public var program: String
    public var provider: String
    public var start: Day
    public var end: Day
    public var capacity: Int

    public init(program: String, provider: String, start: Day, end: Day, capacity: Int) {
        self.program = program; self.provider = provider; self.start = start; self.end = end; self.capacity = capacity
    }
}

public struct CohortEnrollment: Codable, Sendable, Hashable {
    public var cohort: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?
    /// A second go in a cohort where the worker already has a result: the retake takes the worker's
    /// seat again instead of a second one, and the earlier result stays in the history. Absent in
    /// events written before it existed (false), and written only when true.
    public var retake: Bool

    public init(cohort: RecordID, worker: RecordID, expectedVersion: Int? = nil, retake: Bool = false) {
        self.cohort = cohort; self.worker = worker; self.expectedVersion = expectedVersion; self.retake = retake
    }

    enum CodingKeys: String, CodingKey { case cohort, worker, expectedVersion, retake }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cohort = try c.decode(RecordID.self, forKey: .cohort)
        worker = try c.decode(RecordID.self, forKey: .worker)
        expectedVersion = try c.decodeIfPresent(Int.self, forKey: .expectedVersion)
        retake = try c.decodeIfPresent(Bool.self, forKey: .retake) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cohort, forKey: .cohort)
        try c.encode(worker, forKey: .worker)
        try c.encodeIfPresent(expectedVersion, forKey: .expectedVersion)
        if retake { try c.encode(true, forKey: .retake) }
    }
}

public struct TrainingResult: Codable, Sendable, Hashable {
    public var cohort: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?
    /// Share of sessions attended, 0–100.
    public var attendance: Int
    /// Final score, 0–100.
    public var score: Int
    public var passed: Bool
    public var certificateNumber: String?

    public init(cohort: RecordID, worker: RecordID, expectedVersion: Int? = nil, attendance: Int, score: Int,
                passed: Bool, certificateNumber: String? = nil) {
        self.cohort = cohort; self.worker = worker; self.expectedVersion = expectedVersion
        self.attendance = attendance; self.score = score; self.passed = passed; self.certificateNumber = certificateNumber
    }
}

public struct LoanApplication: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var bank: String
    public var amount: Int64
    /// Yearly rate in basis points (600 = 6 %).
    public var rateBasisPoints: Int
    public var tenorMonths: Int

    public init(worker: RecordID, expectedVersion: Int? = nil, bank: String, amount: Int64,
                rateBasisPoints: Int, tenorMonths: Int) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.bank = bank; self.amount = amount
        self.rateBasisPoints = rateBasisPoints; self.tenorMonths = tenorMonths
    }
}

public struct LoanDecision: Codable, Sendable, Hashable {
    public var loan: RecordID
    public var approved: Bool
    public init(loan: RecordID, approved: Bool) { self.loan = loan; self.approved = approved }
}

public struct LoanStep: Codable, Sendable, Hashable {
    public var loan: RecordID
    public var date: Day
    public init(loan: RecordID, date: Day) { self.loan = loan; self.date = date }
}

public struct LoanClosure: Codable, Sendable, Hashable {
    public var loan: RecordID
    public var repaid: Bool
    public init(loan: RecordID, repaid: Bool) { self.loan = loan; self.repaid = repaid }
}

public struct OrientationEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var date: Day
    public var certificateNumber: String?

    public init(worker: RecordID, expectedVersion: Int? = nil, date: Day, certificateNumber: String? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.date = date
        self.certificateNumber = certificateNumber
    }
}

public struct Selection: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var jobOrder: RecordID

    public init(worker: RecordID, expectedVersion: Int? = nil, jobOrder: RecordID) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.jobOrder = jobOrder
    }
}

public struct Departure: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var date: Day

    public init(worker: RecordID, expectedVersion: Int? = nil, date: Day) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.date = date
    }
}

public struct CaseDraft: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var type: CaseType
    public var mission: String
    public var opened: Day
    public var summary: String?

    public init(worker: RecordID, expectedVersion: Int? = nil, type: CaseType, mission: String, opened: Day,
                summary: String? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.type = type; self.mission = mission
        self.opened = opened; self.summary = summary
    }
}

public struct CaseClosure: Codable, Sendable, Hashable {
    public var protectionCase: RecordID
    public var resolution: CaseResolution
    public var closed: Day

    public init(protectionCase: RecordID, resolution: CaseResolution, closed: Day) {
        self.protectionCase = protectionCase; self.resolution = resolution; self.closed = closed
    }
}

public struct CheckIn: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var date: Day
    public var wellbeing: Wellbeing
    public var note: String?

    public init(worker: RecordID, expectedVersion: Int? = nil, date: Day, wellbeing: Wellbeing, note: String? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.date = date; self.wellbeing = wellbeing
        self.note = note
    }
}

public struct ReturnEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var date: Day
    public var reason: ReturnReason

    public init(worker: RecordID, expectedVersion: Int? = nil, date: Day, reason: ReturnReason) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.date = date; self.reason = reason
    }
}

public struct ProgramDraft: Codable, Sendable, Hashable {
    public var kind: ProgramKind
    public var name: String
    public var village: String
    public var regency: String
    public var province: String
    public var start: Day
    public var end: Day
    public var capacity: Int

    public init(kind: ProgramKind, name: String, village: String, regency: String, province: String,
                start: Day, end: Day, capacity: Int) {
        self.kind = kind; self.name = name; self.village = village; self.regency = regency
        self.province = province; self.start = start; self.end = end; self.capacity = capacity
    }
}

public struct ProgramEnrollmentEntry: Codable, Sendable, Hashable {
    public var program: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?

    public init(program: RecordID, worker: RecordID, expectedVersion: Int? = nil) {
        self.program = program; self.worker = worker; self.expectedVersion = expectedVersion
    }
}

public struct OutcomeEntry: Codable, Sendable, Hashable {
    public var program: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?
    public var businessStarted: Bool
    public var businessKind: String?
    /// Rupiah a month.
    public var monthlyRevenue: Int64
    public var jobsCreated: Int

    public init(program: RecordID, worker: RecordID, expectedVersion: Int? = nil, businessStarted: Bool,
                businessKind: String? = nil, monthlyRevenue: Int64 = 0, jobsCreated: Int = 0) {
        self.program = program; self.worker = worker; self.expectedVersion = expectedVersion
        self.businessStarted = businessStarted; self.businessKind = businessKind
        self.monthlyRevenue = monthlyRevenue; self.jobsCreated = jobsCreated
    }
}

public struct ExitEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var reason: ExitReason
    public var note: String?

    public init(worker: RecordID, expectedVersion: Int? = nil, reason: ExitReason, note: String? = nil) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.reason = reason; self.note = note
    }
}

public struct DuplicateResolution: Codable, Sendable, Hashable {
    public var review: RecordID
    /// True: the two records are one person, and the later one exits with reason "duplicate".
    public var samePerson: Bool

    public init(review: RecordID, samePerson: Bool) { self.review = review; self.samePerson = samePerson }
}

/// A correcting event names the event it corrects by sequence number; history is never deleted.
public struct CorrectionEntry: Codable, Sendable, Hashable {
    public var corrects: Int64
    public var correction: Correction
    public var note: String?

    public init(corrects: Int64, correction: Correction, note: String? = nil) {
        self.corrects = corrects; self.correction = correction; self.note = note
    }
}

/// What a correction changes. Each undoes or amends one kind of mistaken entry.
public enum Correction: Codable, Sendable, Hashable {
    /// A document recorded for the wrong person or by mistake.
    case revokeDocument(worker: RecordID, kind: DocumentKind)
    /// A training result typed wrongly.
    case amendResult(cohort: RecordID, worker: RecordID, attendance: Int, score: Int, passed: Bool, certificateNumber: String?)
    /// A fair outcome typed wrongly (may go down as well as up).
    case amendFairOutcome(fair: RecordID, worker: RecordID, outcome: FairOutcome)
    /// The departure date typed wrongly.
    case amendDepartureDate(worker: RecordID, date: Day)
    /// An exit recorded for the wrong person: the worker returns to where they were.
    case reinstate(worker: RecordID)
    /// The return date or reason typed wrongly.
    case amendReturn(worker: RecordID, date: Day, reason: ReturnReason)
}

public struct NIKReveal: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var purpose: String
    public init(worker: RecordID, purpose: String) { self.worker = worker; self.purpose = purpose }
}

public struct ExportRecord: Codable, Sendable, Hashable {
    public var kind: String
    public var rows: Int
    public var revealed: Bool
    public var destination: String?
    public init(kind: String, rows: Int, revealed: Bool, destination: String? = nil) {
        self.kind = kind; self.rows = rows; self.revealed = revealed; self.destination = destination
    }
}

/// The whole table of licensed placement agencies, as `loadAgencies` replaces it and `agenciesLoaded`
/// records it.
public struct AgencyTable: Codable, Sendable, Hashable {
    public var agencies: [ReferenceData.Agency]
    public init(agencies: [ReferenceData.Agency]) { self.agencies = agencies }
}
