/// The four stages of UU 18/2017 (before, during, after work), plus the bucket of people who left.
public enum Stage: UInt8, CaseIterable, Sendable, CodedEnum {
    case preparation, prePlacement, placement, postPlacement

    /// Spelled out: the journal's stage table writes it in every transaction.
    public var code: String {
        switch self {
        case .preparation: "preparation"
        case .prePlacement: "prePlacement"
        case .placement: "placement"
        case .postPlacement: "postPlacement"
        }
    }

}

/// A worker's status inside a stage, or an exit. Always derived from the worker's facts, never typed in.
public enum Status: UInt8, CaseIterable, Sendable, CodedEnum {
    case registered, inTraining, certified, selected, documentsComplete, readyToDepart
    case working, returned, inReintegration, reintegrated
    case withdrawn, unfit, deceased

    /// The stage this status belongs to; nil for an exit.
    public var stage: Stage? {
        switch self {
        case .registered: .preparation
        case .inTraining, .certified, .selected, .documentsComplete, .readyToDepart: .prePlacement
        case .working: .placement
        case .returned, .inReintegration, .reintegrated: .postPlacement
        case .withdrawn, .unfit, .deceased: nil
        }
    }

    public var isExit: Bool { stage == nil }

    /// Spelled out: the journal's stage table writes it in every transaction.
    public var code: String {
        switch self {
        case .registered: "registered"
        case .inTraining: "inTraining"
        case .certified: "certified"
        case .selected: "selected"
        case .documentsComplete: "documentsComplete"
        case .readyToDepart: "readyToDepart"
        case .working: "working"
        case .returned: "returned"
        case .inReintegration: "inReintegration"
        case .reintegrated: "reintegrated"
        case .withdrawn: "withdrawn"
        case .unfit: "unfit"
        case .deceased: "deceased"
        }
    }

}

/// Why a worker left the cycle. Each reason belongs to one exit status.
public enum ExitReason: UInt8, CaseIterable, Sendable, CodedEnum {
    case personalChoice = 1, duplicate, familyObjection, failedSelection, noJobOrder
    case medicallyUnfit, psychologicallyUnfit, deceased, other

    public var status: Status {
        switch self {
        case .medicallyUnfit, .psychologicallyUnfit: .unfit
        case .deceased: .deceased
        default: .withdrawn
        }
    }

}

/// Return reasons of UU 18/2017 art. 27.
public enum ReturnReason: UInt8, CaseIterable, Sendable, CodedEnum {
    case contractEnded = 1, leave, earlyTermination, accidentOrIllness, abuse
    case warDisasterEpidemic, deportation, death, other

}

/// The legal channels a job order can go through.
public enum Scheme: UInt8, CaseIterable, Sendable, CodedEnum {
    case gToG = 1, pToP, ukps, individual

}

/// The pre-departure documents on a worker's checklist.
public enum DocumentKind: UInt8, CaseIterable, Sendable, CodedEnum {
    case passport, medicalFitness, psychologicalFitness, workVisa, placementAgreement
    case employmentContract, socialSecurity, orientation, competencyCertificate

    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// Everything but the certificate, which only some job orders ask for.
    static let alwaysRequired: [DocumentKind] = [
        .passport, .medicalFitness, .psychologicalFitness, .workVisa, .placementAgreement,
        .employmentContract, .socialSecurity, .orientation,
    ]
    static let alwaysRequiredMask: UInt16 = alwaysRequired.reduce(0) { $0 | $1.bit }
}

public enum FairKind: UInt8, CaseIterable, Sendable, CodedEnum {
    case jobFair, canvassing
    /// Legal-recruitment education (edukasi perekrutan dan penempatan sah): a session in a village
    /// against trafficking and illegal placement, with a topic and a headcount of people reached.
    case education
}

/// How far a person got at a job fair; each level includes the ones before it.
public enum FairOutcome: UInt8, CaseIterable, Sendable, CodedEnum, Comparable {
    case attended = 1, interviewed, shortlisted, offered

    public static func < (a: FairOutcome, b: FairOutcome) -> Bool { a.rawValue < b.rawValue }
}

public enum TrainingKind: UInt8, CaseIterable, Sendable, CodedEnum {
    case vocational, language
}

public enum LoanStatus: UInt8, CaseIterable, Sendable, CodedEnum {
    case applied, approved, rejected, disbursed, repaid, defaulted

    public var isOpen: Bool { self == .applied || self == .approved || self == .disbursed }
}

public enum PlacementStatus: UInt8, CaseIterable, Sendable, CodedEnum {
    case selected, departed, completed, cancelled
}

public enum CaseResolution: UInt8, CaseIterable, Sendable, CodedEnum {
    case resolved = 1, mediated, legalAction, repatriated, referred, unresolved
}

public enum ProgramKind: UInt8, CaseIterable, Sendable, CodedEnum {
    case umkmIncubation, kampungMigran
}

public enum Wellbeing: UInt8, CaseIterable, Sendable, CodedEnum {
    case well, concern, urgent
}

public enum Sex: UInt8, CaseIterable, Sendable, Codable {
    case male, female

    public init?(code: String) {
        switch code.uppercased() {
        case "M", "L", "MALE": self = .male
        case "F", "P", "FEMALE": self = .female
        default: return nil
        }
    }

    public var code: String { self == .male ? "M" : "F" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let s = Sex(code: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "sex must be M or F: \(text)"))
        }
        self = s
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}

/// Kinds of protection case handled with an Indonesian mission.
public enum CaseType: UInt8, CaseIterable, Sendable, CodedEnum {
    case unpaidWages = 1, overwork, abuse, sexualHarassment, documentRetention, contractViolation
    case illnessOrAccident, detention, trafficking, missingContact, deathAbroad, other

}
