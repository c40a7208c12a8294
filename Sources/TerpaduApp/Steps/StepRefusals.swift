import TerpaduCore

/// Where a refusal from the core lands on a step's form: beside the field it is about, or on the
/// status line when it is about no one field (a full cohort, a missing passport).
enum StepRefusals {
    static func field(of refusal: Refusal) -> StepField? {
        switch refusal {
        case .fieldRequired(let f), .fieldTooLong(let f, _), .fieldHasControlCharacters(let f), .fieldInvalid(let f, _),
             .dateOrder(let f, _), .dateInFuture(let f):
            return StepField(rawValue: f) ?? alias(f)
        case .unknownReference(let table, _): return StepField(rawValue: table) ?? alias(table)
        case .certificateNumberRequired: return .number
        case .retakeRequired: return .retake
        case .agencyLicenceRequired: return .agencyLicence
        case .employerMustBeLegalEntity: return .employerIsLegalEntity
        case .zeroCostViolation: return .workerCost
        case .loanAboveCeiling: return .amount
        case .loanRateAboveMaximum: return .rate
        case .loanTenorAboveMaximum: return .tenorMonths
        case .passportExpiresTooSoon: return .expiry
        default: return nil
        }
    }

    /// Core field names that differ from the form's.
    private static func alias(_ name: String) -> StepField? {
        switch name {
        case "rateBasisPoints": .rate
        case "tenor": .tenorMonths
        case "licence": .agencyLicence
        case "closedOn", "closedDate": .closed
        case "openedOn": .opened
        case "revenue": .monthlyRevenue
        case "to": .validTo
        case "from": .validFrom
        default: nil
        }
    }
}
