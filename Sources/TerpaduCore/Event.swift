/// A fact the journal keeps forever: who did what, when. Applying events is total and deterministic.
public struct Event: Sendable, Hashable {
    /// Position in the journal, from 1; handed out under the journal's write lock.
    public var seq: Int64
    /// Milliseconds since the epoch (UTC), from the injected clock.
    public var timeMillis: Int64
    public var operatorName: String
    public var body: EventBody

    public init(seq: Int64, timeMillis: Int64, operatorName: String, body: EventBody) {
        self.seq = seq; self.timeMillis = timeMillis; self.operatorName = operatorName; self.body = body
    }
}

public enum EventBody: Sendable, Hashable {
    case referenceLoaded(ReferenceData)
    case workerRegistered(WorkerRegistered)
    case workerUpdated(WorkerUpdate)
    case documentRecorded(DocumentEntry)
    case fairScheduled(FairScheduled)
    case attendanceRecorded(AttendanceEntry)
    case jobOrderCreated(JobOrderCreated)
    case cohortCreated(CohortCreated)
    case enrolled(CohortEnrollment)
    case resultRecorded(TrainingResult)
    case loanApplied(LoanApplied)
    case loanDecided(LoanDecision)
    case loanDisbursed(LoanStep)
    case loanClosed(LoanClosure)
    case orientationRecorded(OrientationEntry)
    case workerSelected(WorkerSelected)
    case departed(Departure)
    case caseOpened(CaseOpened)
    case caseClosed(CaseClosure)
    case checkInRecorded(CheckIn)
    case returned(ReturnEntry)
    case programCreated(ProgramCreated)
    case returneeEnrolled(ProgramEnrollmentEntry)
    case outcomeRecorded(OutcomeEntry)
    case workerExited(ExitEntry)
    case duplicateFlagged(DuplicateFlagged)
    case duplicateResolved(DuplicateResolution)
    case entryCorrected(CorrectionEntry)
    case nikRevealed(NIKReveal)
    case dataExported(ExportRecord)
    /// A repair's record of events the journal lost (see `GapRecorded`).
    case gapRecorded(GapRecorded)
    case headcountRecorded(HeadcountEntry)
    case literacySessionScheduled(LiteracySessionScheduled)
    case literacyParticipationRecorded(LiteracyParticipation)
    case healthCoverageRecorded(HealthCoverageEntry)
    case languageTestRecorded(LanguageTestEntry)
    /// The table of licensed agencies was replaced (payload schema 3).
    case agenciesLoaded(AgencyTable)
}

public struct WorkerRegistered: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var nik: NIK
    public var name: String
    public var sex: Sex
    public var birthDate: Day
    public var province: String
    public var regency: String?
    public var village: String?
    public var phone: String?
    public var education: String?
}

public struct FairScheduled: Codable, Sendable, Hashable {
    public var fair: RecordID
    public var draft: FairDraft
}

public struct JobOrderCreated: Codable, Sendable, Hashable {
    public var jobOrder: RecordID
    public var draft: JobOrderDraft
}

public struct CohortCreated: Codable, Sendable, Hashable {
    public var cohort: RecordID
    public var draft: CohortDraft
}

public struct LoanApplied: Codable, Sendable, Hashable {
    public var loan: RecordID
    public var application: LoanApplication
}

public struct WorkerSelected: Codable, Sendable, Hashable {
    public var placement: RecordID
    public var worker: RecordID
    public var jobOrder: RecordID
}

public struct CaseOpened: Codable, Sendable, Hashable {
    public var protectionCase: RecordID
    public var draft: CaseDraft
}

public struct ProgramCreated: Codable, Sendable, Hashable {
    public var program: RecordID
    public var draft: ProgramDraft
}

public struct DuplicateFlagged: Codable, Sendable, Hashable {
    public var review: RecordID
    public var existing: RecordID
    public var later: RecordID
}

extension EventBody {
    /// lowerCamelCase kind, as the journal's `kind` column holds it. A switch, not
    /// `String(describing:)`, which would print the whole payload first.
    public var kind: String {
        switch self {
        case .referenceLoaded: "referenceLoaded"
        case .workerRegistered: "workerRegistered"
        case .workerUpdated: "workerUpdated"
        case .documentRecorded: "documentRecorded"
        case .fairScheduled: "fairScheduled"
        case .attendanceRecorded: "attendanceRecorded"
        case .jobOrderCreated: "jobOrderCreated"
        case .cohortCreated: "cohortCreated"
        case .enrolled: "enrolled"
        case .resultRecorded: "resultRecorded"
        case .loanApplied: "loanApplied"
        case .loanDecided: "loanDecided"
        case .loanDisbursed: "loanDisbursed"
        case .loanClosed: "loanClosed"
        case .orientationRecorded: "orientationRecorded"
        case .workerSelected: "workerSelected"
        case .departed: "departed"
        case .caseOpened: "caseOpened"
        case .caseClosed: "caseClosed"
        case .checkInRecorded: "checkInRecorded"
        case .returned: "returned"
        case .programCreated: "programCreated"
        case .returneeEnrolled: "returneeEnrolled"
        case .outcomeRecorded: "outcomeRecorded"
        case .workerExited: "workerExited"
        case .duplicateFlagged: "duplicateFlagged"
        case .duplicateResolved: "duplicateResolved"
        case .entryCorrected: "entryCorrected"
        case .nikRevealed: "nikRevealed"
        case .dataExported: "dataExported"
        case .gapRecorded: "gapRecorded"
        case .headcountRecorded: "headcountRecorded"
        case .literacySessionScheduled: "literacySessionScheduled"
        case .literacyParticipationRecorded: "literacyParticipationRecorded"
        case .healthCoverageRecorded: "healthCoverageRecorded"
        case .languageTestRecorded: "languageTestRecorded"
        case .agenciesLoaded: "agenciesLoaded"
        }
    }

    /// The payload alone, for the journal's JSON column.
    public var payload: any Encodable & Sendable {
        switch self {
        case .referenceLoaded(let p): p
        case .workerRegistered(let p): p
        case .workerUpdated(let p): p
        case .documentRecorded(let p): p
        case .fairScheduled(let p): p
        case .attendanceRecorded(let p): p
        case .jobOrderCreated(let p): p
        case .cohortCreated(let p): p
        case .enrolled(let p): p
        case .resultRecorded(let p): p
        case .loanApplied(let p): p
        case .loanDecided(let p): p
        case .loanDisbursed(let p): p
        case .loanClosed(let p): p
        case .orientationRecorded(let p): p
        case .workerSelected(let p): p
        case .departed(let p): p
        case .caseOpened(let p): p
        case .caseClosed(let p): p
        case .checkInRecorded(let p): p
        case .returned(let p): p
        case .programCreated(let p): p
        case .returneeEnrolled(let p): p
        case .outcomeRecorded(let p): p
        case .workerExited(let p): p
        case .duplicateFlagged(let p): p
        case .duplicateResolved(let p): p
        case .entryCorrected(let p): p
        case .nikRevealed(let p): p
        case .dataExported(let p): p
        case .gapRecorded(let p): p
        case .headcountRecorded(let p): p
        case .literacySessionScheduled(let p): p
        case .literacyParticipationRecorded(let p): p
        case .healthCoverageRecorded(let p): p
        case .languageTestRecorded(let p): p
        case .agenciesLoaded(let p): p
        }
    }

    public enum DecodeError: Error, Sendable { case unknownKind(String) }

    /// Rebuilds a body from its kind and a decoder for the payload (the store supplies JSON decoding).
    public static func decode(kind: String, _ decode: (any Decodable.Type) throws -> any Decodable) throws -> EventBody {
        func d<T: Decodable>(_ t: T.Type) throws -> T {
            guard let v = try decode(t) as? T else { throw DecodeError.unknownKind(kind) }
            return v
        }
        switch kind {
        case "referenceLoaded": return .referenceLoaded(try d(ReferenceData.self))
        case "workerRegistered": return .workerRegistered(try d(WorkerRegistered.self))
        case "workerUpdated": return .workerUpdated(try d(WorkerUpdate.self))
        case "documentRecorded": return .documentRecorded(try d(DocumentEntry.self))
        case "fairScheduled": return .fairScheduled(try d(FairScheduled.self))
        case "attendanceRecorded": return .attendanceRecorded(try d(AttendanceEntry.self))
        case "jobOrderCreated": return .jobOrderCreated(try d(JobOrderCreated.self))
        case "cohortCreated": return .cohortCreated(try d(CohortCreated.self))
        case "enrolled": return .enrolled(try d(CohortEnrollment.self))
        case "resultRecorded": return .resultRecorded(try d(TrainingResult.self))
        case "loanApplied": return .loanApplied(try d(LoanApplied.self))
        case "loanDecided": return .loanDecided(try d(LoanDecision.self))
        case "loanDisbursed": return .loanDisbursed(try d(LoanStep.self))
        case "loanClosed": return .loanClosed(try d(LoanClosure.self))
        case "orientationRecorded": return .orientationRecorded(try d(OrientationEntry.self))
        case "workerSelected": return .workerSelected(try d(WorkerSelected.self))
        case "departed": return .departed(try d(Departure.self))
        case "caseOpened": return .caseOpened(try d(CaseOpened.self))
        case "caseClosed": return .caseClosed(try d(CaseClosure.self))
        case "checkInRecorded": return .checkInRecorded(try d(CheckIn.self))
        case "returned": return .returned(try d(ReturnEntry.self))
        case "programCreated": return .programCreated(try d(ProgramCreated.self))
        case "returneeEnrolled": return .returneeEnrolled(try d(ProgramEnrollmentEntry.self))
        case "outcomeRecorded": return .outcomeRecorded(try d(OutcomeEntry.self))
        case "workerExited": return .workerExited(try d(ExitEntry.self))
        case "duplicateFlagged": return .duplicateFlagged(try d(DuplicateFlagged.self))
        case "duplicateResolved": return .duplicateResolved(try d(DuplicateResolution.self))
        case "entryCorrected": return .entryCorrected(try d(CorrectionEntry.self))
        case "nikRevealed": return .nikRevealed(try d(NIKReveal.self))
        case "dataExported": return .dataExported(try d(ExportRecord.self))
        case "gapRecorded": return .gapRecorded(try d(GapRecorded.self))
        case "headcountRecorded": return .headcountRecorded(try d(HeadcountEntry.self))
        case "literacySessionScheduled": return .literacySessionScheduled(try d(LiteracySessionScheduled.self))
        case "literacyParticipationRecorded": return .literacyParticipationRecorded(try d(LiteracyParticipation.self))
        case "healthCoverageRecorded": return .healthCoverageRecorded(try d(HealthCoverageEntry.self))
        case "languageTestRecorded": return .languageTestRecorded(try d(LanguageTestEntry.self))
        case "agenciesLoaded": return .agenciesLoaded(try d(AgencyTable.self))
        default: throw DecodeError.unknownKind(kind)
        }
    }

    /// The records this event touches, so the journal can index one record's timeline.
    public var recordIDs: [RecordID] {
        switch self {
        case .referenceLoaded, .dataExported, .gapRecorded, .agenciesLoaded: []
        case .workerRegistered(let p): [p.worker]
        case .workerUpdated(let p): [p.worker]
        case .documentRecorded(let p): [p.worker]
        case .fairScheduled(let p): [p.fair] + p.draft.jobOrders
        case .attendanceRecorded(let p): [p.worker, p.fair]
        case .jobOrderCreated(let p): [p.jobOrder]
        case .cohortCreated(let p): [p.cohort]
        case .enrolled(let p): [p.worker, p.cohort]
        case .resultRecorded(let p): [p.worker, p.cohort]
        case .loanApplied(let p): [p.application.worker, p.loan]
        case .loanDecided(let p): [p.loan]
        case .loanDisbursed(let p): [p.loan]
        case .loanClosed(let p): [p.loan]
        case .orientationRecorded(let p): [p.worker]
        case .workerSelected(let p): [p.worker, p.placement, p.jobOrder]
        case .departed(let p): [p.worker]
        case .caseOpened(let p): [p.draft.worker, p.protectionCase]
        case .caseClosed(let p): [p.protectionCase]
        case .checkInRecorded(let p): [p.worker]
        case .returned(let p): [p.worker]
        case .programCreated(let p): [p.program]
        case .returneeEnrolled(let p): [p.worker, p.program]
        case .outcomeRecorded(let p): [p.worker, p.program]
        case .workerExited(let p): [p.worker]
        case .duplicateFlagged(let p): [p.review, p.existing, p.later]
        case .duplicateResolved(let p): [p.review]
        case .entryCorrected(let p): p.correction.recordIDs
        case .nikRevealed(let p): [p.worker]
        case .headcountRecorded(let p): [p.fair]
        case .literacySessionScheduled(let p): [p.session]
        case .literacyParticipationRecorded(let p): [p.worker, p.session]
        case .healthCoverageRecorded(let p): [p.worker]
        case .languageTestRecorded(let p): [p.worker]
        }
    }
}

extension Correction {
    var recordIDs: [RecordID] {
        switch self {
        case .revokeDocument(let w, _): [w]
        case .amendResult(let c, let w, _, _, _, _): [w, c]
        case .amendFairOutcome(let f, let w, _): [w, f]
        case .amendDepartureDate(let w, _): [w]
        case .reinstate(let w): [w]
        case .amendReturn(let w, _, _): [w]
        }
    }
}
