import TerpaduCore
import TerpaduStore

/// Plain English for the core's refusals, for `terpadu apply` and other headless output. (The desk
/// has its own strings in Indonesian and English.)
public enum RefusalText {
    /// A stable lowerCamelCase code for scripts.
    public static func code(_ refusal: StoreRefusal) -> String {
        switch refusal {
        case .refused(let r, _): return code(r.first)
        case .readOnly: return "readOnly"
        case .failed: return "notSaved"
        }
    }

    /// What `apply` and `import` say about a command that was not saved.
    public static func message(_ refusal: StoreRefusal) -> String {
        switch refusal {
        case .refused(let r, _): return r.reasons.map(message).joined(separator: "; ")
        case .readOnly: return "this store is open read-only; it does not record changes"
        case .failed(let e): return "not saved: \(e)"
        }
    }

    /// The code scripts act on: the refusal's code, with a NIK problem spelled out (`nikSexMismatch`).
    public static func code(_ r: Refusal) -> String {
        if case .nik(let p) = r {
            let raw = p.rawValue
            return "nik" + raw.prefix(1).uppercased() + raw.dropFirst()
        }
        return r.code
    }

    public static func message(_ r: Refusal) -> String {
        switch r {
        case .fieldRequired(let f): return "\(f) is required"
        case .fieldTooLong(let f, let max): return "\(f) is longer than \(max) characters"
        case .fieldHasControlCharacters(let f): return "\(f) contains control characters"
        case .fieldInvalid(let f, let detail): return "\(f) \(detail)"
        case .dateOrder(let f, let before): return "\(f) must not be before \(before)"
        case .nik(let p): return nikMessage(p)
        case .duplicateNIK(let existing): return "this NIK is already registered as \(existing)"
        case .birthDateInFuture: return "birthDate is in the future"
        case .underage(let age, let minimum): return "the person is \(age); registration needs at least \(minimum)"
        case .referenceNotLoaded: return "reference data is not loaded in this data directory"
        case .unknownReference(let table, let code): return "\(code) is not a known \(table) code"
        case .unknownRecord(let id): return "there is no record \(id)"
        case .conflict(let record, let expected, let current):
            return "\(record) has changed since version \(expected) (it is now at version \(current)); reload it and try again"
        case .unknownEvent(let seq): return "there is no event \(seq) to correct"
        case .wrongStatus(let w, let status, let allowed):
            return "\(w) is \(status.code); this needs one of: \(allowed.map(\.code).joined(separator: ", "))"
        case .workerHasExited(let w, let status): return "\(w) has left the cycle (\(status.code))"
        case .cohortFull(let c, let capacity): return "cohort \(c) is full (\(capacity) places)"
        case .programFull(let p, let capacity): return "program \(p) is full (\(capacity) places)"
        case .alreadyEnrolled(let w, let c): return "\(w) is already enrolled in \(c)"
        case .notEnrolled(let w, let c): return "\(w) is not enrolled in \(c)"
        case .cohortNotStarted(let c, let starts): return "cohort \(c) starts on \(starts)"
        case .certificateNumberRequired: return "a passed result needs certificateNumber"
        case .resultNotRecorded(let w, let c): return "no result is recorded for \(w) in \(c)"
        case .resultAlreadyRecorded(let w, let c): return "a result is already recorded for \(w) in \(c); correct it with correctEntry"
        case .dateInFuture(let f): return "\(f) is in the future"
        case .fairOutcomeWouldGoBack(let current): return "the fair outcome is already \(current.code); it only moves forward"
        case .alreadyAttendedFair(let w): return "\(w) has already attended this fair"
        case .zeroCostViolation(let job, let cost):
            return "\(job) is a zero-cost job (BP2MI regulation 9/2020); the worker may not bear Rp\(cost)"
        case .zeroCostLoan(let job):
            return "\(job) is a zero-cost job (BP2MI regulation 9/2020): the worker bears no placement cost, so there is none for a KUR loan to finance"
        case .agencyLicenceRequired: return "a P to P job order needs agency and agencyLicence (a licensed P3MI)"
        case .employerMustBeLegalEntity: return "an individual-scheme job order needs an employer that is a legal entity"
        case .quotaFull(let jo, let quota): return "job order \(jo) is full (quota \(quota))"
        case .alreadySelected(let w, let p): return "\(w) is already selected (\(p))"
        case .notSelected(let w): return "\(w) has not been selected for a job order"
        case .departureUnderage(let age): return "the worker is \(age); departure needs at least 18"
        case .passportMissing: return "no valid passport is recorded"
        case .passportExpiresTooSoon(let expiry, let needed): return "the passport expires \(expiry); it must be valid until \(needed)"
        case .medicalFitnessMissing: return "no medical fitness certificate is recorded"
        case .medicallyUnfit: return "the worker was found medically unfit"
        case .psychologicalFitnessMissing: return "no psychological fitness certificate is recorded"
        case .psychologicallyUnfit: return "the worker was found psychologically unfit"
        case .workVisaMissing: return "no work visa is recorded"
        case .placementAgreementMissing: return "no placement agreement is recorded"
        case .employmentContractMissing: return "no employment contract is recorded"
        case .socialSecurityMissing: return "BPJS Ketenagakerjaan (social security) is not recorded as active"
        case .orientationMissing: return "pre-departure orientation (OPP) is not recorded"
        case .competencyCertificateMissing: return "the job order asks for a competency certificate and none is recorded"
        case .illegalChannel(let detail): return "not a legal placement channel: \(detail)"
        case .departureBeforeSelection(let selected): return "departure cannot be before the selection on \(selected)"
        case .loanAboveCeiling(let amount, let ceiling): return "KUR amount Rp\(amount) is above the ceiling of Rp\(ceiling)"
        case .loanRateAboveMaximum(let bp, let max): return "rate \(percent(bp)) is above the maximum of \(percent(max)) a year"
        case .loanTenorAboveMaximum(let months, let max): return "tenor of \(months) months is above the maximum of \(max)"
        case .loanAlreadyOpen(let loan): return "the worker already has an open loan \(loan)"
        case .loanWrongStatus(let loan, let status, let allowed):
            return "loan \(loan) is \(status.code); this needs one of: \(allowed.map(\.code).joined(separator: ", "))"
        case .caseAlreadyClosed(let c): return "case \(c) is already closed"
        case .duplicateReviewAlreadyResolved(let r): return "duplicate review \(r) is already resolved"
        case .notADuplicatePair: return "these records are not a duplicate pair"
        case .nothingToCorrect(let detail): return "nothing to correct: \(detail)"
        case .fieldNotForKind(let f, let kind): return "\(f) is not used for a fair of kind \(kind.code)"
        case .educationAttendanceOnly:
            return "an education session records attendance only (outcome attended), not interviews or offers"
        case .literacyRunByMissionOrOnline:
            return "a financial literacy session is run by a mission or online: give mission or online: true, not both"
        case .notInPlacement(let w, let status):
            return "\(w) is \(status.code); financial literacy is for workers in placement (departed, not returned)"
        case .alreadyParticipated(let w, let session): return "\(w) already took part in \(session)"
        case .sessionNotYetHeld(let session, let date): return "session \(session) is held on \(date); record participation after it"
        case .languageLevelMissing(let required):
            return "the job order asks for \(languageLevelName(required)) and the worker has neither passed a cohort nor a recorded test at that level or higher"
        case .documentExpired(let kind, let expiry, let departure):
            return "\(documentName(kind)) expired on \(expiry), before the departure on \(departure)"
        case .documentDatedAfterDeparture(let kind, let issued, let departure):
            return "\(documentName(kind)) is dated \(issued), after the departure on \(departure)"
        case .noLicensedAgencies:
            return "no licensed agencies (P3MI) are loaded, so no P to P job order can be checked; "
                + "load the table with `terpadu reference load agencies FILE.csv`"
        case .agencyLicenceUnknown(let licence): return "agencyLicence \(licence) is not in the table of licensed agencies"
        case .agencyLicenceMismatch(let licence, let registeredTo):
            return "agencyLicence \(licence) belongs to \(registeredTo), not to the agency named"
        case .agencyLicenceNotValid(let licence, let from, let until, let on):
            return "agencyLicence \(licence) is valid from \(from) to \(until), not on \(on)"
        case .correctsWrongEvent(let seq, let found, let correction):
            return found.isEmpty
                ? "corrects: event \(seq) cannot be read, so a \(correction) cannot name it"
                : "corrects: event \(seq) is a \(found), which a \(correction) cannot correct; name the event that recorded the entry it fixes"
        case .reinstateConfirmedDuplicate(let w, let review):
            return "\(w) left as a duplicate confirmed by review \(review); the person's record is the other one"
        case .departureReliesOnEntry(let w, let f):
            return "\(f): \(w)'s recorded departure relied on this; correct the departure first"
        case .dateAfterLaterFact(let f, let after): return "\(f) must not be after \(after)"
        case .retakeRequired(let w, let c): return "\(w) already has a result in \(c): mark the enrolment a retake"
        }
    }

    /// A language level as people write it ("JLPT N4", "JFT-Basic", "EPS-TOPIK", "German B1").
    public static func languageLevelName(_ l: LanguageLevel) -> String {
        switch l {
        case .jlptN5: "JLPT N5"
        case .jlptN4: "JLPT N4"
        case .jlptN3: "JLPT N3"
        case .jlptN2: "JLPT N2"
        case .jlptN1: "JLPT N1"
        case .jftBasic: "JFT-Basic"
        case .epsTopik: "EPS-TOPIK"
        case .germanA1: "German A1"
        case .germanA2: "German A2"
        case .germanB1: "German B1"
        case .germanB2: "German B2"
        case .germanC1: "German C1"
        case .germanC2: "German C2"
        case .englishA1: "English A1"
        case .englishA2: "English A2"
        case .englishB1: "English B1"
        case .englishB2: "English B2"
        case .englishC1: "English C1"
        case .englishC2: "English C2"
        }
    }

    /// A document as the command line names it in a refusal.
    public static func documentName(_ kind: DocumentKind) -> String {
        switch kind {
        case .passport: "the passport"
        case .medicalFitness: "the medical fitness certificate"
        case .psychologicalFitness: "the psychological fitness certificate"
        case .workVisa: "the work visa"
        case .placementAgreement: "the placement agreement"
        case .employmentContract: "the employment contract"
        case .socialSecurity: "BPJS Ketenagakerjaan"
        case .orientation: "the pre-departure orientation (OPP)"
        case .competencyCertificate: "the competency certificate"
        }
    }

    static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, frac = basisPoints % 100
        return frac == 0 ? "\(whole) %" : "\(whole).\(frac < 10 ? "0" : "")\(frac) %"
    }

    static func nikMessage(_ p: NIKProblem) -> String {
        switch p {
        case .wrongLength: return "nik must have exactly 16 digits"
        case .notDigits: return "nik must contain only the digits 0-9"
        case .unknownProvince: return "nik starts with a province code that does not exist"
        case .invalidDate: return "nik digits 7-12 are not a real date"
        case .sexMismatch: return "nik says a different sex than the one given (women have 40 added to the day)"
        case .birthDateMismatch: return "nik digits 7-12 do not match birthDate"
        case .zeroSerial: return "nik serial (the last four digits) must not be 0000"
        }
    }
}
