import TerpaduCore

/// A step of the cycle the desk records through a form, with the records it is about. Every pane's
/// write goes through one of these, so each is opened, checked, sent and answered the same way.
public enum Step: Sendable, Hashable {
    case scheduleFair
    case createCohort
    case createJobOrder
    case createProgram
    /// How far an attendee got at the fair.
    case fairOutcome(fair: RecordID, worker: RecordID)
    /// The workers (one, or the marked rows of a fair) into a cohort the form names.
    case enrollInCohort(workers: [RecordID])
    case selectForOrder(workers: [RecordID])
    case enrollInProgram(workers: [RecordID])
    case document(worker: RecordID)
    case departure(worker: RecordID)
    case applyLoan(worker: RecordID)
    case decideLoan(loan: RecordID)
    case disburseLoan(loan: RecordID)
    case closeLoan(loan: RecordID)
    case openCase(worker: RecordID)
    case checkIn(worker: RecordID)
    case closeCase(protectionCase: RecordID)
    case returnHome(worker: RecordID)
    case programOutcome(program: RecordID, worker: RecordID)
    /// People reached by a legal-recruitment education session, counted after it.
    case headcount(fair: RecordID)
    case scheduleLiteracySession
    case literacy(worker: RecordID)
    case healthCoverage(worker: RecordID)
    case languageTest(worker: RecordID)

    /// The step without its records: what titles and words are chosen by.
    public var kind: StepKind {
        switch self {
        case .scheduleFair: .scheduleFair
        case .createCohort: .createCohort
        case .createJobOrder: .createJobOrder
        case .createProgram: .createProgram
        case .fairOutcome: .fairOutcome
        case .enrollInCohort: .enrollInCohort
        case .selectForOrder: .selectForOrder
        case .enrollInProgram: .enrollInProgram
        case .document: .document
        case .departure: .departure
        case .applyLoan: .applyLoan
        case .decideLoan: .decideLoan
        case .disburseLoan: .disburseLoan
        case .closeLoan: .closeLoan
        case .openCase: .openCase
        case .checkIn: .checkIn
        case .closeCase: .closeCase
        case .returnHome: .returnHome
        case .programOutcome: .programOutcome
        case .headcount: .headcount
        case .scheduleLiteracySession: .scheduleLiteracySession
        case .literacy: .literacy
        case .healthCoverage: .healthCoverage
        case .languageTest: .languageTest
        }
    }

    /// The record the step is about, named in the form's title (nil for a new record).
    public var subject: RecordID? {
        switch self {
        case .scheduleFair, .createCohort, .createJobOrder, .createProgram, .scheduleLiteracySession: nil
        case .headcount(let f): f
        case .literacy(let w), .healthCoverage(let w), .languageTest(let w): w
        case .fairOutcome(_, let w), .programOutcome(_, let w): w
        case .enrollInCohort(let ws), .selectForOrder(let ws), .enrollInProgram(let ws): ws.count == 1 ? ws.first : nil
        case .document(let w), .departure(let w), .applyLoan(let w), .openCase(let w), .checkIn(let w), .returnHome(let w): w
        case .decideLoan(let l), .disburseLoan(let l), .closeLoan(let l): l
        case .closeCase(let c): c
        }
    }

    /// The workers the step is about, one command each.
    public var workers: [RecordID] {
        switch self {
        case .enrollInCohort(let ws), .selectForOrder(let ws), .enrollInProgram(let ws): ws
        default: subject.map { $0.kind == .worker ? [$0] : [] } ?? []
        }
    }
}

public enum StepKind: String, CaseIterable, Sendable, Hashable {
    case scheduleFair, createCohort, createJobOrder, createProgram, fairOutcome, enrollInCohort, selectForOrder
    case enrollInProgram, document, departure, applyLoan, decideLoan, disburseLoan, closeLoan, openCase, checkIn
    case closeCase, returnHome, programOutcome, headcount, scheduleLiteracySession, literacy, healthCoverage, languageTest
}

/// A field of a step's form. Its raw value is the form's field ID, and the name a core refusal gives
/// it where the two agree, so a refusal lands beside the field it is about.
public enum StepField: String, CaseIterable, Sendable, Hashable {
    case kind, venue, regency, province, date
    case program, provider, start, end, capacity
    case employer, employerIsLegalEntity, country, job, scheme, agency, agencyLicence, quota, certificateRequired
    case workerCost, contractMonths
    case name, village
    case outcome, cohort, jobOrder, number, issued, expiry, fit
    case bank, amount, rate, tenorMonths, approved, repaid
    case type, mission, opened, summary, wellbeing, note, resolution, closed, reason
    case businessStarted, businessKind, monthlyRevenue, jobsCreated
    case retake, topic, headcount, online, session, insurer, policyNumber, validFrom, validTo, level, score, passed, languageLevel
}
