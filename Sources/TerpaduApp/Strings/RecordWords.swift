import TerpaduCore

/// Words the four record panes share: their keys and the parts of every list and detail.
public struct RecordWords: Sendable {
    public var keyFilter: String
    public var hintFilter: String
    public var keyOpenRecord: String
    public var keySort: String
    public var keyReverse: String
    public var keyClear: String
    public var keyOpenWorker: String
    public var hintWorker: String
    public var keyCohorts: String
    public var hintCohorts: String
    public var keyPassRates: String
    public var hintPassRates: String
    public var keyOrders: String
    public var hintOrders: String
    public var keyCases: String
    public var hintCases: String
    public var keyLoans: String
    public var hintLoans: String
    public var keyLiteracy: String
    public var hintLiteracy: String
    /// Column titles of the lists under a detail.
    public var worker: String
    public var name: String
    public var status: String
    public var date: String
    public var place: String
    public var dates: String
    public var capacity: String
    public var enrolled: String
    /// "12 of 20": a part of a whole.
    public var partOf: @Sendable (String, String) -> String
    public var noneYet: String
}

/// The Job fairs pane.
public struct FairWords: Sendable {
    public var column: @Sendable (FairColumn) -> String
    public var kind: @Sendable (FairKind) -> String
    public var outcome: @Sendable (FairOutcome) -> String
    public var venue: String
    public var regency: String
    public var employers: String
    public var jobOrders: String
    public var funnel: String
    public var attendees: String
    public var outcomeColumn: String
}

/// The Training pane.
public struct TrainingWords: Sendable {
    public var column: @Sendable (CohortColumn) -> String
    public var result: @Sendable (EnrollmentRecord.Result?) -> String
    public var program: String
    public var provider: String
    public var seatsLeft: String
    public var passRate: String
    /// "12 of 15 passed".
    public var passedOf: @Sendable (String, String) -> String
    public var noResults: String
    public var roster: String
    public var resultColumn: String
    public var attendance: String
    public var score: String
    public var certificate: String
    public var passRatesTitle: String
    public var cohorts: String
    public var results: String
    public var passed: String
    /// The language level a program teaches, and the tally of levels under the pass rates.
    public var level: String
    public var languageLevels: String
    public var tests: String
    public var testsPassed: String
    public var cohortPasses: String
}

/// The Placements pane: job orders, protection cases, loans.
public struct PlacementWords: Sendable {
    public var orderColumn: @Sendable (JobOrderColumn) -> String
    public var caseColumn: @Sendable (CaseColumn) -> String
    public var literacyColumn: @Sendable (LiteracyColumn) -> String
    public var loanColumn: @Sendable (LoanColumn) -> String
    public var scheme: @Sendable (Scheme) -> String
    public var placementStatus: @Sendable (PlacementStatus) -> String
    public var caseType: @Sendable (CaseType) -> String
    public var resolution: @Sendable (CaseResolution) -> String
    public var loanStatus: @Sendable (LoanStatus) -> String
    public var wellbeing: @Sendable (Wellbeing) -> String
    public var orders: String
    public var cases: String
    public var loans: String
    public var literacySessions: String
    /// A literacy session run online, by no mission.
    public var online: String
    public var legalEntity: String
    public var country: String
    public var job: String
    public var agency: String
    public var quota: String
    public var certificateRequired: String
    public var workerCost: String
    public var contract: String
    public var months: @Sendable (Int) -> String
    public var created: String
    public var verdict: String
    public var legal: String
    public var notLegal: String
    public var selectedWorkers: String
    public var placement: String
    public var selected: String
    public var departed: String
    public var caseTypeLabel: String
    public var mission: String
    public var opened: String
    public var closed: String
    public var open: String
    public var summary: String
    public var checkIns: String
    public var wellbeingColumn: String
    public var note: String
    public var bank: String
    public var amount: String
    public var rate: String
    /// "6.0 % a year".
    public var perYear: @Sendable (String) -> String
    public var tenor: String
    public var applied: String
    public var decided: String
    public var disbursed: String
}

/// The Reintegration pane.
public struct ReintegrationWords: Sendable {
    public var column: @Sendable (ProgramColumn) -> String
    public var kind: @Sendable (ProgramKind) -> String
    public var kindLabel: String
    public var outcomes: String
    public var businessesStarted: String
    public var members: String
    public var outcome: String
    public var businessKind: String
    public var revenue: String
    public var jobsCreated: String
    public var businessStarted: String
    public var noBusiness: String
    public var awaited: String
}
