import TerminalUI
import TerpaduCore

/// The Workers list: the query, the selection, and the rows the owner sent for around it. Only rows
/// near the screen are ever asked for, so a million people cost one page.
public struct WorkersPaneModel: Sendable {
    public var query = WorkerListQuery()
    public var table = TableState()
    public var page: WorkerPage?
    /// The newest request; answers for older ones are dropped.
    public var generation: UInt64 = 0
    /// The window last asked for, so moving inside it asks for nothing.
    public var requested: Range<Int>?
    /// The search field, while it has focus.
    public var search: FilterInputState?
    public var searching = false

    public init() {}

    public var total: Int { page?.total ?? 0 }

    public var selectedRow: WorkerRow? { page?.row(table.selected) }
}

/// The worker card: the answer on screen, and whether a newer one is on its way.
public struct WorkerCardModel: Sendable {
    public var id: RecordID
    public var card: WorkerCard?
    public var revealedNIK: String?
    /// Scroll of the column that scrolls (the checklist and timeline).
    public var scroll = 0
    /// Below three columns' width the right column shows the timeline instead of the checklist.
    public var showTimeline = false

    public init(id: RecordID) { self.id = id }
}
