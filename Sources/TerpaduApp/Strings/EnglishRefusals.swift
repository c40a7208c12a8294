import TerpaduCore
import TerpaduFormats

/// Refusals in English for the desk: the ones shown beside a form field name that field as people
/// say it; the rest read as the command line's refusals do (one wording, kept in TerpaduFormats).
enum EnglishRefusals {
    static let words: @Sendable (Refusal) -> String = { r in
        let field = English.strings.field
        switch r {
        case .fieldRequired(let f): return "\(field(f)) is required"
        case .fieldTooLong(let f, let max): return "\(field(f)) is longer than \(max) characters"
        case .fieldHasControlCharacters(let f): return "\(field(f)) contains control characters"
        case .fieldInvalid(let f, let detail): return "\(field(f)) \(detail)"
        case .dateOrder(let f, let before): return "\(field(f)) must not be before \(field(before))"
        case .nik(let p): return nik(p)
        case .birthDateInFuture: return "the birth date is in the future"
        case .dateInFuture(let f): return "\(field(f)) is in the future"
        case .notSelected: return "not selected for a job order"
        case .wrongStatus(let w, let st, let allowed):
            let status = English.strings.status
            return "\(w) is \(status(st)); this needs one of: \(allowed.map(status).joined(separator: ", "))"
        case .workerHasExited(let w, let st): return "\(w) has left the cycle (\(English.strings.status(st)))"
        case .zeroCostViolation(let job, let cost):
            return "\(job) is a zero-cost job (BP2MI regulation 9/2020); the worker may not bear \(English.strings.format.rupiah(cost))"
        // Amounts and days as English writes them (Rp100,000,000; 2 Dec 2026), not as the log does.
        case .loanAboveCeiling(let amount, let ceiling):
            return "KUR amount \(English.strings.format.rupiah(amount)) is above the ceiling of \(English.strings.format.rupiah(ceiling))"
        case .sessionNotYetHeld(let session, let date):
            return "session \(session) is held on \(English.strings.format.day(date)); record participation after it"
        case .documentExpired(let kind, let expiry, let departure):
            return "\(English.strings.document(kind)) expired on \(English.strings.format.day(expiry)), "
                + "before the departure on \(English.strings.format.day(departure))"
        case .documentDatedAfterDeparture(let kind, let issued, let departure):
            return "\(English.strings.document(kind)) is dated \(English.strings.format.day(issued)), "
                + "after the departure on \(English.strings.format.day(departure))"
        case .agencyLicenceNotValid(let licence, let from, let until, let on):
            return "agency licence \(licence) is valid from \(English.strings.format.day(from)) to "
                + "\(English.strings.format.day(until)), not on \(English.strings.format.day(on))"
        default: return RefusalText.message(r)
        }
    }

    static func nik(_ p: NIKProblem) -> String {
        switch p {
        case .wrongLength: "a NIK has exactly 16 digits"
        case .notDigits: "a NIK holds only the digits 0–9"
        case .unknownProvince: "no province has the code in the NIK's first two digits"
        case .invalidDate: "digits 7–12 of the NIK are not a real date (women: day + 40)"
        case .sexMismatch: "the NIK says another sex (women have 40 added to the day)"
        case .birthDateMismatch: "the NIK's digits 7–12 give another birth date"
        case .zeroSerial: "the NIK's last four digits must not be 0000"
        }
    }
}
