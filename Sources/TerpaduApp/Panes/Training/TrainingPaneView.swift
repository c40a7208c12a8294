import TerminalUI
import TerpaduCore
import TerpaduFormats

/// The Training pane: its cohorts, or the pass rate of each program (`c` / `p`).
struct TrainingPaneView: Widget {
    let model: DeskModel

    static func sublists(_ model: DeskModel) -> [(key: String, title: String, selected: Bool)] {
        let t = model.strings.training, showing = model.records.training.showing
        return [("c", t.cohorts, showing == .cohorts), ("p", t.passRatesTitle, showing == .passRates)]
    }

    func render(_ area: Rect, _ buffer: inout Buffer) {
        switch model.records.training.showing {
        case .cohorts: CohortsListView(model: model).render(area, &buffer)
        case .passRates: PassRatesView(model: model).render(area, &buffer)
        }
    }
}

/// Every training program's results over all its cohorts, from the counters.
struct PassRatesView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings, t = s.training, n = s.format, theme = model.theme
        let top = area.row(0).inset(horizontal: 1)
        var x = top.x
        for (i, sub) in TrainingPaneView.sublists(model).enumerated() where x < top.maxX {
            if i > 0 { x += buffer.write(" │ ", x: x, y: top.y, width: top.maxX - x, style: theme[.border]) }
            x += buffer.write(sub.key, x: x, y: top.y, width: top.maxX - x, style: theme[.accent])
            x += buffer.write(" " + sub.title, x: x, y: top.y, width: top.maxX - x, style: sub.selected ? theme[.selection] : theme[.muted])
        }
        var tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        // The language levels below, when there is room for them and a few programs above.
        let levels = model.records.training.languageLevels ?? []
        let levelRows = levels.isEmpty ? 0 : min(levels.count + 3, max(0, tableArea.height - 6))
        if levelRows >= 4 {
            tableArea.height -= levelRows
            renderLevels(levels, Rect(x: area.x, y: tableArea.maxY + 1, width: area.width, height: levelRows - 1), &buffer)
        }
        guard let rates = model.records.training.passRates.map({ PassRatesView.ordered($0, s.language) }) else {
            buffer.write(s.shell.loading, in: tableArea.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        let columns: [RecordTableColumn<ProgramPassRate>] = [
            RecordTableColumn(column: 0, title: t.program, width: .fill(3), priority: 0) { $0.name.text(s.language) },
            RecordTableColumn(column: 6, title: t.level, width: .fixed(12), priority: 2) { $0.level.map(RefusalText.languageLevelName) ?? "" },
            RecordTableColumn(column: 1, title: s.records.enrolled, width: .fixed(9), alignment: .right, priority: 2) { n.number($0.rate.enrolled) },
            RecordTableColumn(column: 2, title: t.results, width: .fixed(9), alignment: .right, priority: 2) { n.number($0.rate.results) },
            RecordTableColumn(column: 3, title: t.passed, width: .fixed(9), alignment: .right, priority: 1) { n.number($0.rate.passed) },
            RecordTableColumn(column: 4, title: t.passRate, width: .fixed(10), alignment: .right, priority: 0) { $0.rate.rate.map(n.percent) ?? "–" },
            RecordTableColumn(column: 5, title: "", width: .fill(2), priority: 3) { _ in "" },
        ]
        let shown = RecordTableView<ProgramPassRate>.fitting(columns, width: tableArea.width)
        let source = RecordPageSource(rows: rates, offset: 0, total: rates.count, columns: shown)
        var state = model.records.training.passRateTable
        Table(source: source, columns: shown.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) },
              state: state, theme: theme).render(tableArea, &buffer, state: &state)
        // The last column, when shown, is the rate as a bar.
        guard shown.last?.column == 5 else { return }
        let cells = Layout.horizontal(shown.map(\.width), spacing: 1).split(tableArea)
        guard let bar = cells.last else { return }
        for y in 1..<max(1, tableArea.height) {
            let i = state.offset + y - 1
            guard i < rates.count, let rate = rates[i].rate.rate else { continue }
            Gauge(ratio: rate, label: "", slot: .ok, theme: theme)
                .render(Rect(x: bar.x, y: tableArea.y + y, width: bar.width, height: 1), &buffer)
        }
    }

    /// Each level: tests recorded and passed, and passes in cohorts teaching it.
    func renderLevels(_ levels: [LanguageLevelTally], _ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, t = s.training, n = s.format, theme = model.theme
        buffer.write(t.languageLevels, in: area.row(0).inset(horizontal: 1), style: theme[.header])
        let columns: [RecordTableColumn<LanguageLevelTally>] = [
            RecordTableColumn(column: 0, title: t.level, width: .fill(2), priority: 0) { RefusalText.languageLevelName($0.level) },
            RecordTableColumn(column: 1, title: t.tests, width: .fixed(9), alignment: .right, priority: 1) { n.number($0.tests) },
            RecordTableColumn(column: 2, title: t.testsPassed, width: .fixed(9), alignment: .right, priority: 0) { n.number($0.testsPassed) },
            RecordTableColumn(column: 3, title: t.cohortPasses, width: .fixed(15), alignment: .right, priority: 0) { n.number($0.cohortPasses) },
        ]
        let shown = RecordTableView<LanguageLevelTally>.fitting(columns, width: area.width)
        var state = TableState(selected: -1)
        Table(source: RecordPageSource(rows: levels, offset: 0, total: levels.count, columns: shown),
              columns: shown.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) }, state: state, theme: theme)
            .render(Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1)), &buffer, state: &state)
    }

    /// By program name in the screen's language.
    static func ordered(_ rates: [ProgramPassRate], _ language: Language) -> [ProgramPassRate] {
        rates.sorted { ($0.name.text(language), $0.code) < ($1.name.text(language), $1.code) }
    }
}
