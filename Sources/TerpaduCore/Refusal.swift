/// Why the core refused a command: typed, so the desk can say it in Indonesian or English and a
/// script can act on the code. A refused command produces no event and changes nothing.
public enum Refusal: Hashable, Sendable {
    // Input
    case fieldRequired(field: String)
    case fieldTooLong(field: String, max: Int)
    case fieldHasControlCharacters(field: String)
    case fieldInvalid(field: String, detail: String)
    case dateOrder(field: String, mustNotBeBefore: String)
    case nik(NIKProblem)
    case duplicateNIK(existing: RecordID)
    case birthDateInFuture
    case underage(age: Int, minimum: Int)
    // References and records
    case referenceNotLoaded
    case unknownReference(table: String, code: String)
    case unknownRecord(RecordID)
    case conflict(record: RecordID, expectedVersion: Int, currentVersion: Int)
    case unknownEvent(seq: Int64)
    // Lifecycle
    case wrongStatus(worker: RecordID, status: Status, allowed: [Status])
    case workerHasExited(worker: RecordID, status: Status)
    case cohortFull(cohort: RecordID, capacity: Int)
    case programFull(program: RecordID, capacity: Int)
    case alreadyEnrolled(worker: RecordID, in: RecordID)
    case notEnrolled(worker: RecordID, in: RecordID)
    case cohortNotStarted(cohort: RecordID, starts: Day)
    case certificateNumberRequired
    case resultNotRecorded(worker: RecordID, in: RecordID)
    case resultAlreadyRecorded(worker: RecordID, in: RecordID)
    case dateInFuture(field: String)
    case fairOutcomeWouldGoBack(current: FairOutcome)
    case alreadyAttendedFair(worker: RecordID)
    // Job orders and placement
    case zeroCostViolation(job: String, cost: Int64)
    /// A KUR placement loan for a worker selected for a zero-cost job: they bear no placement cost.
    case zeroCostLoan(job: String)
    case agencyLicenceRequired
    case employerMustBeLegalEntity
    case quotaFull(jobOrder: RecordID, quota: Int)
    case alreadySelected(worker: RecordID, placement: RecordID)
    case notSelected(worker: RecordID)
    // Departure guards (DESIGN §1), each its own reason so every missing one can be listed
    case departureUnderage(age: Int)
    case passportMissing
    case passportExpiresTooSoon(expiry: Day, needed: Day)
    case medicalFitnessMissing
    case medicallyUnfit
    case psychologicalFitnessMissing
    case psychologicallyUnfit
    case workVisaMissing
    case placementAgreementMissing
    case employmentContractMissing
    case socialSecurityMissing
    case orientationMissing
    case competencyCertificateMissing
    case illegalChannel(detail: String)
    case departureBeforeSelection(selected: Day)
    // Financing
    case loanAboveCeiling(amount: Int64, ceiling: Int64)
    case loanRateAboveMaximum(basisPoints: Int, maximum: Int)
    case loanTenorAboveMaximum(months: Int, maximum: Int)
    case loanAlreadyOpen(loan: RecordID)
    case loanWrongStatus(loan: RecordID, status: LoanStatus, allowed: [LoanStatus])
    // Protection, return, reintegration
    case caseAlreadyClosed(RecordID)
    case duplicateReviewAlreadyResolved(RecordID)
    case notADuplicatePair
    case nothingToCorrect(detail: String)
    // Education, financial literacy, health coverage, language (CycleRecords)
    /// A field that this kind of fair does not take (a topic for a job fair, employers for an education session).
    case fieldNotForKind(field: String, kind: FairKind)
    /// An education session records who attended, not interviews or offers.
    case educationAttendanceOnly
    /// A financial literacy session is run by a mission or online: exactly one of the two.
    case literacyRunByMissionOrOnline
    /// Financial literacy is for workers in placement (departed, not returned).
    case notInPlacement(worker: RecordID, status: Status)
    case alreadyParticipated(worker: RecordID, session: RecordID)
    case sessionNotYetHeld(session: RecordID, date: Day)
    /// Departure guard: the job order asks for a language level the worker has not shown.
    case languageLevelMissing(required: LanguageLevel)
    // Documents at departure and licensed agencies
    /// A document with an expiry that lapses before the departure day.
    case documentExpired(kind: DocumentKind, expiry: Day, departure: Day)
    /// A document dated (issued) after the departure day.
    case documentDatedAfterDeparture(kind: DocumentKind, issued: Day, departure: Day)
    /// A P to P job order while the table of licensed agencies is empty.
    case noLicensedAgencies
    /// The licence number is not in the table of licensed agencies.
    case agencyLicenceUnknown(licence: String)
    /// The licence belongs to another agency (`registeredTo` is the name the table gives it).
    case agencyLicenceMismatch(licence: String, registeredTo: String)
    /// The licence is not in force on `on` (the order's day, or the departure day).
    case agencyLicenceNotValid(licence: String, validFrom: Day, validUntil: Day, on: Day)
    // Rules issue 10 added (corrections, retakes)
    /// `corrects` names event `seq`, of kind `found` ("" when the journal has no such event readable),
    /// which a correction `correction` cannot correct (it must record the entry being fixed, about
    /// the same records).
    case correctsWrongEvent(seq: Int64, found: String, correction: String)
    /// A reinstatement of a worker a duplicate review confirmed as the same person as another record.
    case reinstateConfirmedDuplicate(worker: RecordID, review: RecordID)
    /// A correction would leave a recorded departure without a guard it passed (a revoked document,
    /// a failed result the job order's certificate rule needed).
    case departureReliesOnEntry(worker: RecordID, field: String)
    /// A date later facts of the record do not allow: `field` must not be after `mustNotBeAfter`.
    case dateAfterLaterFact(field: String, mustNotBeAfter: String)
    /// Enrolling a worker who already has a result in that cohort needs `retake`.
    case retakeRequired(worker: RecordID, in: RecordID)

    /// A stable lowerCamelCase code for scripts (`apply` prints it as "reason").
    public var code: String {
        // The case's label, read without printing its payload.
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}

/// One or more refusals (a departure can fail several guards at once; all are reported).
public struct Refusals: Error, Hashable, Sendable {
    public var reasons: [Refusal]

    public init(_ reasons: [Refusal]) { self.reasons = reasons }
    public init(_ reason: Refusal) { self.reasons = [reason] }

    public var first: Refusal { reasons.first ?? .nothingToCorrect(detail: "") }
}
