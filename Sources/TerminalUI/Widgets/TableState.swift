/// The ways a key moves a table's selection: a row, a page, to either end.
public enum TableStep: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
}

/// Selection, scroll offset and sort indicator of a table, kept by the app between frames.
public struct TableState: Hashable, Sendable {
    public var selected: Int
    public var offset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool

    public init(selected: Int = 0, offset: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true) {
        self.selected = selected
        self.offset = offset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
    }

    /// Moves the selection by `delta` rows, clamped to the data.
    public mutating func move(by delta: Int, rowCount: Int) {
        guard rowCount > 0 else { selected = 0; offset = 0; return }
        let target = selected.addingReportingOverflow(delta)
        selected = target.overflow ? (delta > 0 ? rowCount - 1 : 0) : min(max(0, target.partialValue), rowCount - 1)
    }

    public mutating func selectFirst() { selected = 0 }

    public mutating func selectLast(rowCount: Int) { selected = max(0, rowCount - 1) }

    /// One step of the selection over `rowCount` rows, `pageRows` of them on screen.
    public mutating func step(_ step: TableStep, rowCount: Int, pageRows: Int) {
        switch step {
        case .up: move(by: -1, rowCount: rowCount)
        case .down: move(by: 1, rowCount: rowCount)
        case .pageUp: move(by: -max(1, pageRows), rowCount: rowCount)
        case .pageDown: move(by: max(1, pageRows), rowCount: rowCount)
        case .first: selectFirst()
        case .last: selectLast(rowCount: rowCount)
        }
    }

    /// Adjusts the offset so the selection is among `visibleRows` rows on screen.
    public mutating func scrollToSelection(visibleRows: Int, rowCount: Int) {
        selected = min(max(0, selected), max(0, rowCount - 1))
        guard visibleRows > 0 else { offset = selected; return }
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        offset = min(max(0, offset), max(0, rowCount - visibleRows))
    }

    /// Sort by `column`; choosing the current sort column again flips the direction.
    public mutating func toggleSort(_ column: Int) {
        if sortColumn == column { sortAscending.toggle() } else { sortColumn = column; sortAscending = true }
    }
}
