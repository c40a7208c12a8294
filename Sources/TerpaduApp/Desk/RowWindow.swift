import TerminalUI

/// Which rows to ask for around the screen: nil when they are here or on their way. Half a screen of
/// margin either side, so a row is asked for before the selection reaches it.
enum RowWindow {
    static func ask(_ table: inout TableState, visible: Int, total: Int, requested: Range<Int>?, force: Bool) -> Range<Int>? {
        table.scrollToSelection(visibleRows: visible, rowCount: max(total, table.selected + 1))
        let wanted = table.offset..<(table.offset + visible)
        let margin = visible / 2
        if !force, let r = requested, r.lowerBound <= max(0, wanted.lowerBound - margin),
           r.upperBound >= min(wanted.upperBound + margin, max(total, wanted.lowerBound + 1)) {
            return nil
        }
        return max(0, wanted.lowerBound - visible)..<(wanted.upperBound + 2 * visible)
    }
}
