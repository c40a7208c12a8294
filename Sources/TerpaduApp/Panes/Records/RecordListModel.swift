import TerminalUI
import TerpaduCore

/// One record list: the query, the selection, and the rows the owner sent for around it. Only rows
/// near the screen are ever asked for.
public struct RecordListModel: Sendable {
    public var query: RecordListQuery
    public var table = TableState()
    public var page: RecordListPage?
    /// The newest request; answers for older ones are dropped.
    public var generation: UInt64 = 0
    /// The window last asked for, so moving inside it asks for nothing.
    public var requested: Range<Int>?
    /// The `/` filter, while it has focus.
    public var filter: FilterInputState?
    public var searching = false

    public init(_ list: RecordList) { query = RecordListQuery(list) }

    public var total: Int { page?.total ?? 0 }
    public var selectedID: RecordID? { page?.id(at: table.selected) }

    /// Takes an answer if it is for the newest request.
    mutating func accept(_ answer: RecordListPage, visibleRows: Int) -> Bool {
        guard answer.generation == generation, answer.query == query else { return false }
        page = answer
        searching = false
        table.scrollToSelection(visibleRows: visibleRows, rowCount: answer.total)
        return true
    }

    /// The query changed: a new generation, the selection back to the top.
    mutating func restart() {
        generation &+= 1
        table.selected = 0
        table.offset = 0
        searching = true
        requested = nil
    }
}
