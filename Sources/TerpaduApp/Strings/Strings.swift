import TerminalUI
import TerpaduCore

/// Every word the desk puts on screen, in one language. Each language fills every field through the
/// memberwise initialisers (English.swift, Indonesian.swift), so the compiler proves both complete;
/// the words for the core's enums, refusals and events are exhaustive switches, proven the same way.
public struct Strings: Sendable {
    public var language: Language
    public var format: Formatting
    /// The toolkit's own words (help title, dialog buttons, form messages) in this language.
    public var toolkit: ToolkitWords
    public var shell: ShellWords
    public var workers: WorkerWords
    public var form: FormWords
    public var welcome: WelcomeWords
    public var dashboard: DashboardWords
    /// The Job fairs, Training, Placements and Reintegration panes (RecordWords.swift).
    public var records: RecordWords
    public var fairs: FairWords
    public var training: TrainingWords
    public var placements: PlacementWords
    public var reintegration: ReintegrationWords
    /// The duplicate-review queue.
    public var review: ReviewWords
    /// The steps of the cycle: forms, keys, answers (StepWords.swift).
    public var steps: StepWords
    public var stage: @Sendable (Stage) -> String
    public var status: @Sendable (Status) -> String
    public var sex: @Sendable (Sex) -> String
    public var document: @Sendable (DocumentKind) -> String
    /// A departure guard's name on the checklist.
    public var departureGuard: @Sendable (DepartureGuard) -> String
    /// A refusal from the core in words (field names in this language too).
    public var refusal: @Sendable (Refusal) -> String
    /// One journal event as a timeline line, e.g. "registered", "passport recorded".
    public var event: @Sendable (EventBody) -> String
    /// A form field's name in this language, for refusals that name a field ("birthDate").
    public var field: @Sendable (String) -> String
}

/// The shell: header, tabs, help, status line, command line.
public struct ShellWords: Sendable {
    public var product: String
    public var operatorRole: String
    public var supervisorRole: String
    public var tabs: [String]  // 6: Dashboard, Workers, Job fairs, Training, Placements, Reintegration
    public var exited: String
    public var helpTitle: String
    public var helpEverywhere: String
    public var helpThisScreen: String
    public var helpForm: String
    public var helpCommands: String
    public var keyHelp: String
    public var keyQuit: String
    public var keyNextTab: String
    public var keyPreviousTab: String
    public var keyGoTab: String
    public var keyCommand: String
    public var keyFilter: String
    public var keyUp: String
    public var keyDown: String
    public var keyPageUp: String
    public var keyPageDown: String
    public var keyFirst: String
    public var keyLast: String
    public var keyOpen: String
    public var keyBack: String
    public var keySort: String
    public var keyQuickFilter: String
    public var hintHelp: String
    public var hintQuit: String
    public var hintCommand: String
    public var hintFilter: String
    public var hintOpen: String
    public var hintBack: String
    public var hintSort: String
    public var loading: String
    public var filtering: String
    public var matches: @Sendable (String) -> String
    public var noRecords: String
    public var readOnlyCannot: @Sendable (String) -> String
    public var unknownCommand: @Sendable (String) -> String
    public var commandNeeds: @Sendable (String) -> String
    public var notFound: @Sendable (String) -> String
    public var themeSet: @Sendable (String) -> String
    public var languageSet: String
    public var feedBusy: String
    public var feedRestoring: String
    public var feedUnusable: @Sendable (String) -> String
    public var lastChange: @Sendable (String, String) -> String
    public var notSaved: @Sendable (String) -> String
    public var notYet: @Sendable (String) -> String
    public var snapshotWritten: @Sendable (String) -> String
    public var snapshotNotHolder: String
    public var exported: @Sendable (String, String) -> String
    public var exporting: @Sendable (String) -> String
    public var importing: @Sendable (String) -> String
    public var imported: @Sendable (String, String) -> String
    /// The import report file, in the desk's language: "line 4", "stored as …".
    public var reportLine: @Sendable (String) -> String
    public var storedAs: @Sendable (String, String) -> String
    public var storedAsNothing: @Sendable (String) -> String
    public var importSummary: @Sendable (String, String, String, String) -> String
    public var verbImport: String
    public var commandsHelp: [(String, String)]
    public var verbRegister: String
    public var verbEdit: String
    public var verbExport: String
    public var verbSnapshot: String
    public var quitConfirm: String
    public var yes: String
    public var no: String
    public var ok: String
}

/// The Workers pane and the worker card.
public struct WorkerWords: Sendable {
    public var columns: [String]  // ID, Name, NIK, Sex, Born, Province, Status, Registered
    public var everyone: String
    public var searchHint: String
    public var identity: String
    public var documents: String
    public var loan: String
    public var placement: String
    public var cases: String
    public var departureChecklist: String
    public var timeline: String
    public var noDocuments: String
    public var noLoan: String
    public var noPlacement: String
    public var openCases: @Sendable (Int) -> String
    public var expires: @Sendable (String) -> String
    public var readyToDepart: String
    public var departureNotChecked: String
    /// After departure, instead of the guards: "departed on 2 Jun 2025, every guard passed".
    public var departedOn: @Sendable (String) -> String
    public var lost: @Sendable (String, Int64) -> String
    public var keyReveal: String
    public var keyEdit: String
    public var keyNew: String
    public var keyStageFilter: String
    public var keyClearFilter: String
    public var keyStatusFilter: String
    public var keyProvinceFilter: String
    public var keyDestinationFilter: String
    public var keyToggleSide: String
    public var hintToggleSide: String
    public var hintReveal: String
    public var hintEdit: String
    public var hintNew: String
    public var revealed: String
    public var revealNotAllowed: String
    public var registered: @Sendable (String) -> String
    public var updated: @Sendable (String) -> String
    public var nothingChanged: String
    public var filterStage: @Sendable (String) -> String
    public var registeredOn: String
    public var version: String
    public var fromNIK: String
}

/// Forms: titles, field labels, the questions they ask.
public struct FormWords: Sendable {
    public var registerTitle: String
    public var editTitle: @Sendable (String) -> String
    public var nik: String
    public var name: String
    public var sex: String
    public var birthDate: String
    public var province: String
    public var regency: String
    public var village: String
    public var phone: String
    public var education: String
    public var keySave: String
    public var keyNextField: String
    public var keyPreviousField: String
    public var keyCancel: String
    public var hintSave: String
    public var hintCancel: String
    public var discardTitle: String
    public var discardMessage: String
    public var provinceDiffers: @Sendable (String) -> String
    public var nikSays: @Sendable (String) -> String
    public var possibleSamePerson: @Sendable (String, String) -> String
    public var conflict: @Sendable (String, String, String, String) -> String
    public var bothChanged: String
    public var fixFields: String
    public var saving: String
}

/// The Dashboard.
public struct DashboardWords: Sendable {
    public var stages: String
    public var thisWeek: String
    public var registered: String
    public var toPrePlacement: String
    public var departed: String
    public var returned: String
    public var kpis: String
    public var fast: String
    public var cheap: String
    public var zeroCost: String
    public var safe: String
    public var prosperous: String
    public var byProvince: String
    public var byDestination: String
    public var noFigure: String
    /// The protection line: education reach, literacy, health insurance, coverage about to lapse.
    public var protection: String
    public var educationReached: @Sendable (String, String) -> String
    public var literacyShare: @Sendable (String) -> String
    public var insuredShare: @Sendable (String) -> String
    public var lapsing: @Sendable (String) -> String
}

/// The first start on an empty data directory.
public struct WelcomeWords: Sendable {
    public var title: String
    public var message: @Sendable (String) -> String
    public var demo: String
    public var empty: String
    public var seeding: @Sendable (String, String) -> String
    public var seeded: @Sendable (String) -> String
    public var failed: @Sendable (String) -> String
}

extension Strings {
    public static let english = English.strings
    public static let indonesian = Indonesian.strings

    /// The stage of a status, or "exited".
    public func stageOrExit(_ status: Status) -> String { status.stage.map(stage) ?? shell.exited }
}
