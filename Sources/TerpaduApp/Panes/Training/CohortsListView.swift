import TerminalUI
import TerpaduCore

/// The training cohorts, newest first: program, provider, dates, a capacity bar, pass rate.
struct CohortsListView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, t = s.training, n = s.format, theme = model.theme
        let list = model.records.training.cohorts
        var rows: [CohortView] = []
        if case .cohorts(let r)? = list.page?.rows { rows = r }
        func col(_ c: CohortColumn, _ width: Constraint, _ alignment: Alignment = .left, _ priority: Int,
                 _ cell: @escaping (CohortView) -> String) -> RecordTableColumn<CohortView> {
            RecordTableColumn(column: c.rawValue, title: t.column(c), width: width, alignment: alignment, priority: priority, cell: cell)
        }
        let columns = [
            col(.id, .fixed(9), .left, 0) { $0.id.description },
            col(.program, .fill(3), .left, 0) { Self.programName($0, s) },
            col(.provider, .fill(2), .left, 3) { $0.provider },
            col(.start, .fixed(11), .right, 2) { n.day($0.start) },
            col(.end, .fixed(11), .right, 5) { n.day($0.end) },
            col(.capacity, .fixed(13), .left, 1) { "\(n.number($0.enrolled))/\(n.number($0.capacity))" },
            col(.enrolled, .fixed(8), .right, 6) { n.number($0.enrolled) },
            col(.seatsLeft, .fixed(8), .right, 2) { n.number($0.seatsLeft) },
            col(.passRate, .fixed(9), .right, 1) { $0.rate.rate.map(n.percent) ?? "–" },
        ]
        let sublists = TrainingPaneView.sublists(model)
        guard let capacityAt = RecordTableView<CohortView>.fitting(columns, width: area.width)
            .firstIndex(where: { $0.column == CohortColumn.capacity.rawValue }) else {
            RecordTableView(model: model, list: list, rows: rows, columns: columns, sublists: sublists).render(area, &buffer)
            return
        }
        RecordTableView(model: model, list: list, rows: rows, columns: columns, sublists: sublists, overlay: { c, cells, buffer in
            Self.gauge(c, s, theme).render(cells[capacityAt], &buffer)
        }).render(area, &buffer)
    }

    static func programName(_ c: CohortView, _ s: Strings) -> String {
        let name = s.language == .id ? c.programNameID : c.programNameEN
        return name.isEmpty ? c.program : name
    }

    /// Seats taken of the capacity; a full cohort in the warning colour.
    static func gauge(_ c: CohortView, _ s: Strings, _ theme: Theme) -> Gauge {
        let ratio = c.capacity > 0 ? Double(c.enrolled) / Double(c.capacity) : 0
        return Gauge(ratio: ratio, label: "\(s.format.number(c.enrolled))/\(s.format.number(c.capacity))",
                     slot: c.seatsLeft == 0 ? .warning : .ok, theme: theme)
    }
}
