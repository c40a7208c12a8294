import TerminalUI
import TerpaduCore

/// Where a record's detail puts its parts: the facts on the left, a figure (funnel, capacity, verdict)
/// on the right, and the list under them (a heading, the table's header, its rows). Update and view
/// both use it, so the rows asked for are the rows drawn.
struct RecordDetailLayout {
    var facts = Rect.zero
    var figure = Rect.zero
    var list = Rect.zero

    /// Rows of the facts block; one column below 70 columns stacks the figure under the facts.
    static func factRows(_ kind: RecordKind) -> Int {
        switch kind {
        case .jobOrder: 10
        case .loan: 12
        default: 6
        }
    }

    init(body: Rect, kind: RecordKind) {
        let area = body.inset(horizontal: 1)
        let h = Self.factRows(kind)
        if area.width >= 70 {
            let top = Rect(x: area.x, y: area.y, width: area.width, height: min(h, area.height))
            let cols = Layout.horizontal([.fill(1), .fill(1)], spacing: 2).split(top)
            facts = cols[0]
            figure = cols[1]
            list = Rect(x: area.x, y: area.y + top.height + 1, width: area.width, height: max(0, area.height - top.height - 1))
        } else {
            facts = Rect(x: area.x, y: area.y, width: area.width, height: min(h, area.height))
            figure = Rect(x: area.x, y: facts.maxY, width: area.width, height: min(h, max(0, area.height - facts.height)))
            let used = facts.height + figure.height
            list = Rect(x: area.x, y: area.y + used + 1, width: area.width, height: max(0, area.height - used - 1))
        }
        if kind == .loan { list = .zero }
    }

    /// Rows of the list on screen: less its heading and the table's header.
    var visibleRows: Int { max(1, list.height - 2) }
}
