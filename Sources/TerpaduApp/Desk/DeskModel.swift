import TerminalUI
import TerpaduCore

/// The whole desk as `view` draws it. A value: `update` changes it, nothing else does.
public struct DeskModel: Sendable {
    public enum Phase: Sendable, Hashable {
        case opening
        case welcome(demoChosen: Bool)
        case seeding(done: Int, total: Int)
        case ready
        case failed(String)
    }

    public enum Overlay: Sendable {
        case none
        case help(scroll: Int)
        case command(CommandLineState)
        case confirmQuit(ConfirmDialog)
        case confirmDiscard(ConfirmDialog)
        /// What became of a step sent for several workers: the refusals, each with its reason.
        case report(StepReport)
    }

    public var context: DeskContext
    public var strings: Strings
    public var theme: Theme
    public var size: Size
    public var nowMillis: Int64
    public var phase: Phase = .opening
    /// The path the operator came along; the last place is on screen.
    public var path: [Place] = [.pane(.workers)]
    public var overlay: Overlay = .none
    public var status: StatusNote?
    public var header = HeaderFigures()
    public var reference = ReferenceOptions()
    public var workers = WorkersPaneModel()
    public var card: WorkerCardModel?
    public var dashboard: DashboardFigures?
    /// The Job fairs, Training, Placements and Reintegration panes.
    public var records = RecordPanes()
    public var workerForm: WorkerFormModel?
    public var commandHistory: [String] = []
    /// A step's form (Placements, Training, … and the card's actions).
    public var stepForm: StepFormModel?
    /// The duplicate-review queue.
    public var reviews: ReviewQueueModel?
    /// The card's documents checklist.
    public var documents: DocumentChecklistModel?
    /// A cohort's results sheet.
    public var resultSheet: ResultSheetModel?
    /// The Workers pane is choosing a worker for another screen.
    public var picking: WorkerPick?
    /// What the last steps used, offered again: mission, bank, cohort, job order, program.
    public var lastUsed = StepDefaults(today: Day(number: 0))

    public init(context: DeskContext, strings: Strings, theme: Theme, size: Size, nowMillis: Int64) {
        self.context = context
        self.strings = strings
        self.theme = theme
        self.size = size
        self.nowMillis = nowMillis
    }

    public var place: Place { path.last ?? .pane(.workers) }
    public var pane: Pane { place.pane }

    /// Goes to `place`, remembering where the operator came from.
    mutating func go(_ place: Place) {
        guard place != self.place else { return }
        path.append(place)
        if path.count > 32 { path.removeFirst(path.count - 32) }
    }

    /// Back along the path; false when already at its start.
    mutating func back() -> Bool {
        guard path.count > 1 else { return false }
        path.removeLast()
        return true
    }

    mutating func say(_ text: String, _ level: StatusNote.Level = .info) { status = StatusNote(text, level) }
}
