import Foundation
import TerpaduCore
import TerpaduStore

/// One field of an `apply` command.
public struct ApplyField: Sendable, Equatable {
    public var name: String
    public var type: String
    public var required: Bool
}

/// An `apply` command: its `cmd` name, fields, what it does, and how its JSON becomes a `Command`.
public struct ApplyCommandSpec: Sendable {
    public let name: String
    public let summary: String
    public let fields: [ApplyField]
    let decode: @Sendable (Data, JSONDecoder) throws -> Command
}

/// Every core command, as `terpadu apply` reads it. The field lists are the ones the core's types
/// decode; fields with a default in the core (`employers`, `workerCost`, …) may be left out.
public enum ApplyCommands {
    static let types: [String: String] = [
        "worker": "worker ID (W-000001)", "fair": "fair ID (JF-000001)", "jobOrder": "job order ID (JO-000001)",
        "cohort": "cohort ID (TC-000001)", "loan": "loan ID (LN-000001)", "protectionCase": "case ID (PC-000001)",
        "program": "program ID (RP-000001)", "review": "duplicate review ID (DR-000001)",
        "expectedVersion": "integer: the record version you saw", "nik": "16 digits", "sex": "M or F",
        "birthDate": "date YYYY-MM-DD", "date": "date YYYY-MM-DD", "issued": "date YYYY-MM-DD",
        "expiry": "date YYYY-MM-DD", "start": "date YYYY-MM-DD", "end": "date YYYY-MM-DD",
        "opened": "date YYYY-MM-DD", "closed": "date YYYY-MM-DD", "province": "province code (32)",
        "country": "country ISO code (HK)", "job": "job code (housekeeper)", "mission": "mission code (KJRI-HK)",
        "bank": "bank code", "program.code": "training program code (housekeepingCourse)",
        "kind.document": "document kind", "outcome": "attended, interviewed, shortlisted or offered",
        "fit": "true or false", "passed": "true or false", "approved": "true or false", "repaid": "true or false",
        "samePerson": "true or false", "employerIsLegalEntity": "true or false", "certificateRequired": "true or false",
        "businessStarted": "true or false", "revealed": "true or false",
        "amount": "rupiah, integer", "workerCost": "rupiah, integer", "monthlyRevenue": "rupiah, integer",
        "rateBasisPoints": "integer, 600 = 6 % a year", "tenorMonths": "integer", "quota": "integer",
        "capacity": "integer", "contractMonths": "integer", "attendance": "integer 0-100", "score": "integer 0-100",
        "jobsCreated": "integer", "rows": "integer", "corrects": "event sequence number",
        "employers": "list of strings", "jobOrders": "list of job order IDs",
        "correction": "object, see below",
        "headcount": "integer: people reached", "session": "literacy session ID (LS-000001)",
        "online": "true or false", "validFrom": "date YYYY-MM-DD", "validTo": "date YYYY-MM-DD",
        "languageLevel": "language level code (jlptN4, jftBasic, epsTopik, germanB1…)",
        "level": "language level code (jlptN4, jftBasic, epsTopik, germanB1…)",
        "mission.optional": "mission code (KJRI-HK)", "score.language": "integer 0-1000",
        "agencies": "list of {name, licence, validFrom, validUntil} (dates YYYY-MM-DD)",
    ]

    static func f(_ spec: String) -> [ApplyField] {
        spec.split(separator: " ").map { word in
            // `name=typeKey` names the field `name` but describes it as `typeKey`.
            let optional = word.hasSuffix("?")
            let plain = optional ? word.dropLast() : word[...]
            let parts = plain.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? ""
            let typeKey = parts.count > 1 ? parts[1] : name
            return ApplyField(name: name, type: types[typeKey] ?? "string", required: !optional)
        }
    }

    static func spec(_ name: String, _ summary: String, _ fields: String,
                     _ decode: @escaping @Sendable (Data, JSONDecoder) throws -> Command) -> ApplyCommandSpec {
        ApplyCommandSpec(name: name, summary: summary, fields: f(fields), decode: decode)
    }

    public static let all: [ApplyCommandSpec] = [
        spec("loadReference", "Replace the reference tables (normally loaded from seeds/ when a directory is created).",
             "provinces countries missions jobs programs banks loanTerms returnReasons exitReasons caseTypes") {
            .loadReference(try $1.decode(ReferenceData.self, from: $0)) },
        spec("registerWorker", "Register a person (preparation stage).",
             "nik name sex birthDate province regency? village? phone? education?") {
            .registerWorker(try $1.decode(WorkerDraft.self, from: $0)) },
        spec("updateWorker", "Change a worker's personal data; only the fields given change.",
             "worker expectedVersion? nik? name? sex? birthDate? province? regency? village? phone? education?") {
            .updateWorker(try $1.decode(WorkerUpdate.self, from: $0)) },
        spec("recordDocument", "Record a document of the pre-departure checklist (kind: passport, medicalFitness, psychologicalFitness, workVisa, placementAgreement, employmentContract, socialSecurity, orientation, competencyCertificate).",
             "worker kind issued expectedVersion? number? expiry? fit?") {
            .recordDocument(try $1.decode(DocumentEntry.self, from: $0)) },
        spec("scheduleFair", "Schedule a job fair, a village canvassing visit or a legal-recruitment education session (kind: jobFair, canvassing, education; an education session needs village and topic, takes a headcount and no employers or job orders).",
             "kind venue regency province date employers? jobOrders? village? topic? headcount?") {
            .scheduleFair(try $1.decode(FairDraftInput.self, from: $0).draft) },
        spec("recordAttendance", "Record how far a worker got at a fair (outcome: attended, interviewed, shortlisted, offered).",
             "fair worker outcome expectedVersion?") {
            .recordAttendance(try $1.decode(AttendanceEntry.self, from: $0)) },
        spec("createJobOrder", "Create a job order (scheme: gToG, pToP, ukps, individual).",
             "employer country job scheme quota employerIsLegalEntity? agency? agencyLicence? certificateRequired? workerCost? contractMonths? languageLevel?") {
            .createJobOrder(try $1.decode(JobOrderDraftInput.self, from: $0).draft) },
        spec("createCohort", "Create a training cohort of a training program.",
             "program=program.code provider start end capacity") {
            .createCohort(try $1.decode(CohortDraft.self, from: $0)) },
        spec("enroll", "Enroll a worker in a training cohort (retake: true for a second go where the worker has a result).", "cohort worker expectedVersion? retake?") {
            .enroll(try $1.decode(CohortEnrollment.self, from: $0)) },
        spec("recordResult", "Record a training result (a pass needs certificateNumber).",
             "cohort worker attendance score passed expectedVersion? certificateNumber?") {
            .recordResult(try $1.decode(TrainingResult.self, from: $0)) },
        spec("applyForLoan", "Apply for KUR financing for a worker.",
             "worker bank amount rateBasisPoints tenorMonths expectedVersion?") {
            .applyForLoan(try $1.decode(LoanApplication.self, from: $0)) },
        spec("decideLoan", "Approve or reject a loan application.", "loan approved") {
            .decideLoan(try $1.decode(LoanDecision.self, from: $0)) },
        spec("disburseLoan", "Record that an approved loan was paid out.", "loan date") {
            .disburseLoan(try $1.decode(LoanStep.self, from: $0)) },
        spec("closeLoan", "Close a disbursed loan as repaid or defaulted.", "loan repaid") {
            .closeLoan(try $1.decode(LoanClosure.self, from: $0)) },
        spec("recordOrientation", "Record pre-departure orientation (OPP).",
             "worker date expectedVersion? certificateNumber?") {
            .recordOrientation(try $1.decode(OrientationEntry.self, from: $0)) },
        spec("selectForJobOrder", "Select a worker for a job order (creates a placement).",
             "worker jobOrder expectedVersion?") {
            .selectForJobOrder(try $1.decode(Selection.self, from: $0)) },
        spec("recordDeparture", "Record a departure; every departure guard must hold.",
             "worker date expectedVersion?") {
            .recordDeparture(try $1.decode(Departure.self, from: $0)) },
        spec("openCase", "Open a protection case with an Indonesian mission (type: unpaidWages, overwork, abuse, sexualHarassment, documentRetention, contractViolation, illnessOrAccident, detention, trafficking, missingContact, deathAbroad, other).",
             "worker type mission opened expectedVersion? summary?") {
            .openCase(try $1.decode(CaseDraft.self, from: $0)) },
        spec("closeCase", "Close a protection case (resolution: resolved, mediated, legalAction, repatriated, referred, unresolved).",
             "protectionCase resolution closed") {
            .closeCase(try $1.decode(CaseClosure.self, from: $0)) },
        spec("recordCheckIn", "Record a check-in with a worker abroad (wellbeing: well, concern, urgent).",
             "worker date wellbeing expectedVersion? note?") {
            .recordCheckIn(try $1.decode(CheckIn.self, from: $0)) },
        spec("recordReturn", "Record a return home (reason: contractEnded, leave, earlyTermination, accidentOrIllness, abuse, warDisasterEpidemic, deportation, death, other).",
             "worker date reason expectedVersion?") {
            .recordReturn(try $1.decode(ReturnEntry.self, from: $0)) },
        spec("createProgram", "Create a reintegration program (kind: umkmIncubation, kampungMigran).",
             "kind name village regency province start end capacity") {
            .createProgram(try $1.decode(ProgramDraft.self, from: $0)) },
        spec("enrollReturnee", "Enroll a returnee in a reintegration program.", "program worker expectedVersion?") {
            .enrollReturnee(try $1.decode(ProgramEnrollmentEntry.self, from: $0)) },
        spec("recordOutcome", "Record a returnee's outcome in a program.",
             "program worker businessStarted expectedVersion? businessKind? monthlyRevenue? jobsCreated?") {
            .recordOutcome(try $1.decode(OutcomeEntryInput.self, from: $0).entry) },
        spec("exitWorker", "Record that a worker left the cycle (reason: personalChoice, duplicate, familyObjection, failedSelection, noJobOrder, medicallyUnfit, psychologicallyUnfit, deceased, other).",
             "worker reason expectedVersion? note?") {
            .exitWorker(try $1.decode(ExitEntry.self, from: $0)) },
        spec("resolveDuplicate", "Resolve a duplicate review: the same person (the later record exits) or not.",
             "review samePerson") {
            .resolveDuplicate(try $1.decode(DuplicateResolution.self, from: $0)) },
        spec("correctEntry", "Correct an earlier event by its sequence number; history is kept.",
             "corrects correction note?") {
            .correctEntry(try $1.decode(CorrectionEntry.self, from: $0)) },
        spec("revealNIK", "Record that a worker's full NIK was shown, and why.", "worker purpose") {
            .revealNIK(try $1.decode(NIKReveal.self, from: $0)) },
        spec("recordExport", "Record an export of data.", "kind rows revealed destination?") {
            .recordExport(try $1.decode(ExportRecord.self, from: $0)) },
        spec("recordHeadcount", "Record how many people an education session reached (registered or not), once it was held.",
             "fair headcount") {
            .recordHeadcount(try $1.decode(HeadcountEntry.self, from: $0)) },
        spec("scheduleLiteracySession", "Schedule a financial literacy session for workers in placement, run by an Indonesian mission or online.",
             "date topic mission=mission.optional? online?") {
            .scheduleLiteracySession(try $1.decode(LiteracySessionDraft.self, from: $0)) },
        spec("recordLiteracyParticipation", "Record that a worker in placement (departed, not returned) took part in a financial literacy session.",
             "session worker expectedVersion?") {
            .recordLiteracyParticipation(try $1.decode(LiteracyParticipation.self, from: $0)) },
        spec("recordHealthCoverage", "Record a worker's health insurance for the placement (validTo after validFrom).",
             "worker insurer policyNumber validFrom validTo expectedVersion?") {
            .recordHealthCoverage(try $1.decode(HealthCoverageEntry.self, from: $0)) },
        spec("recordLanguageTest", "Record a language test a worker took (level: jlptN5…jlptN1, jftBasic, epsTopik, germanA1…germanC2, englishA1…englishC2).",
             "worker level date passed expectedVersion? score=score.language?") {
            .recordLanguageTest(try $1.decode(LanguageTestEntry.self, from: $0)) },
        spec("loadAgencies", "Replace the table of licensed placement agencies (P3MI) that P to P job orders are checked against; `terpadu reference load agencies FILE.csv` does the same from a CSV file.",
             "agencies") {
            .loadAgencies(try $1.decode(AgencyTable.self, from: $0)) },
    ]

    public static let byName: [String: ApplyCommandSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}

/// `scheduleFair` with the core's defaults for the lists.
struct FairDraftInput: Decodable {
    var draft: FairDraft
    enum K: String, CodingKey { case kind, venue, regency, province, date, employers, jobOrders, village, topic, headcount }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: K.self)
        draft = FairDraft(kind: try c.decode(FairKind.self, forKey: .kind), venue: try c.decode(String.self, forKey: .venue),
                          regency: try c.decode(String.self, forKey: .regency), province: try c.decode(String.self, forKey: .province),
                          date: try c.decode(Day.self, forKey: .date),
                          employers: try c.decodeIfPresent([String].self, forKey: .employers) ?? [],
                          jobOrders: try c.decodeIfPresent([RecordID].self, forKey: .jobOrders) ?? [],
                          village: try c.decodeIfPresent(String.self, forKey: .village),
                          topic: try c.decodeIfPresent(String.self, forKey: .topic),
                          headcount: try c.decodeIfPresent(Int.self, forKey: .headcount))
    }
}

/// `createJobOrder` with the core's defaults.
struct JobOrderDraftInput: Decodable {
    var draft: JobOrderDraft
    enum K: String, CodingKey {
        case employer, employerIsLegalEntity, country, job, scheme, agency, agencyLicence, quota
        case certificateRequired, workerCost, contractMonths, languageLevel
    }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: K.self)
        draft = JobOrderDraft(
            employer: try c.decode(String.self, forKey: .employer),
            // Not assumed: an individual order without it is refused, naming the field.
            employerIsLegalEntity: try c.decodeIfPresent(Bool.self, forKey: .employerIsLegalEntity),
            country: try c.decode(String.self, forKey: .country), job: try c.decode(String.self, forKey: .job),
            scheme: try c.decode(Scheme.self, forKey: .scheme),
            agency: try c.decodeIfPresent(String.self, forKey: .agency),
            agencyLicence: try c.decodeIfPresent(String.self, forKey: .agencyLicence),
            quota: try c.decode(Int.self, forKey: .quota),
            certificateRequired: try c.decodeIfPresent(Bool.self, forKey: .certificateRequired) ?? false,
            workerCost: try c.decodeIfPresent(Int64.self, forKey: .workerCost) ?? 0,
            contractMonths: try c.decodeIfPresent(Int.self, forKey: .contractMonths) ?? 24,
            languageLevel: try c.decodeIfPresent(LanguageLevel.self, forKey: .languageLevel))
    }
}

/// `recordOutcome` with the core's defaults.
struct OutcomeEntryInput: Decodable {
    var entry: OutcomeEntry
    enum K: String, CodingKey { case program, worker, expectedVersion, businessStarted, businessKind, monthlyRevenue, jobsCreated }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: K.self)
        entry = OutcomeEntry(
            program: try c.decode(RecordID.self, forKey: .program), worker: try c.decode(RecordID.self, forKey: .worker),
            expectedVersion: try c.decodeIfPresent(Int.self, forKey: .expectedVersion),
            businessStarted: try c.decode(Bool.self, forKey: .businessStarted),
            businessKind: try c.decodeIfPresent(String.self, forKey: .businessKind),
            monthlyRevenue: try c.decodeIfPresent(Int64.self, forKey: .monthlyRevenue) ?? 0,
            jobsCreated: try c.decodeIfPresent(Int.self, forKey: .jobsCreated) ?? 0)
    }
}
