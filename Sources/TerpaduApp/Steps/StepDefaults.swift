import TerpaduCore

/// What a step's form starts with, so the common path is typed once: today's date, the record the
/// operator came from, the mission and bank used last, the first document still missing.
public struct StepDefaults: Sendable, Hashable {
    public var today: Day
    public var cohort: RecordID?
    public var jobOrder: RecordID?
    public var program: RecordID?
    public var literacySession: RecordID?
    public var mission: String?
    public var bank: String?
    public var document: DocumentKind?

    public init(today: Day, cohort: RecordID? = nil, jobOrder: RecordID? = nil, program: RecordID? = nil,
                mission: String? = nil, bank: String? = nil, document: DocumentKind? = nil) {
        self.today = today; self.cohort = cohort; self.jobOrder = jobOrder; self.program = program
        self.mission = mission; self.bank = bank; self.document = document
    }

    /// A cohort, job order or program offered to the next step that names one.
    mutating func remember(_ id: RecordID) {
        switch id.kind {
        case .cohort: cohort = id
        case .jobOrder: jobOrder = id
        case .program: program = id
        case .literacySession: literacySession = id
        default: break
        }
    }
}
