import TerminalUI

extension DemoProgram {
    /// Draws the model; reads nothing else and changes nothing.
    func view(_ model: DemoModel, into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        let theme = model.theme
        let area = buffer.area
        buffer.fill(area, style: theme[.background])
        let rows = DemoLayout.rows(area)
        renderTop(model, rows[0], &buffer)
        switch model.tab {
        case 0: renderTable(model, rows[1], &buffer)
        case 1: renderForm(model, rows[1], &buffer)
        default: renderCharts(model, rows[1], &buffer, now: now)
        }
        renderStatus(model, rows[2], &buffer)
        let hints = model.tab == 1 ? formKeys.hints + model.form.keys.hints : demoKeys.hints
        KeyHintBar(hints: hints, theme: theme).render(rows[3], &buffer)
        switch model.overlay {
        case .none: break
        case .help:
            // The form's own key table is listed too: help shows exactly what the keys do.
            let entries = model.tab == 1 ? formKeys.helpEntries + model.form.keys.helpEntries : demoKeys.helpEntries
            HelpOverlay(entries: entries, footer: model.words.anyKeyCloses, words: model.words, theme: theme).render(area, &buffer)
        case .command(let cmd):
            CommandLineView(state: cmd, theme: theme).render(rows[3], &buffer)
        case .filter(let f):
            let status = model.filtering ? model.words.filtering : "\(formatted(model.source.rowCount)) matches"
            FilterInputView(state: f, status: status, theme: theme).render(rows[3], &buffer)
        case .confirm(let dialog, _): dialog.render(area, &buffer)
        case .alert(let alert): alert.render(area, &buffer)
        }
        ToastView(queue: model.toasts, now: now, theme: theme)
            .render(Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - 2)), &buffer)
    }

    func renderTop(_ model: DemoModel, _ area: Rect, _ buffer: inout Buffer) {
        let cols = Layout.horizontal([.min(30), .fill(1)], spacing: 1).split(area)
        let titles = DemoModel.tabTitles
        Tabs(titles: titles, selected: model.tab, theme: model.theme).render(cols[0], &buffer)
        Breadcrumb(["Demo", titles[min(model.tab, titles.count - 1)]] + (model.filterText.isEmpty ? [] : ["/" + model.filterText]),
                   theme: model.theme)
            .render(cols[1], &buffer)
    }

    func renderTable(_ model: DemoModel, _ area: Rect, _ buffer: inout Buffer) {
        let block = DemoLayout.tableBlock(rowCount: model.source.rowCount, theme: model.theme)
        block.render(area, &buffer)
        // The update has already scrolled the table state to its selection.
        let source = model.source, deleted = model.deleted
        Table(source: source, columns: DemoRows.columns, state: model.table, theme: model.theme) { row in
            deleted.contains(source.underlyingRow(row)) ? Style(attributes: .dim) : nil
        }.render(block.inner(area), &buffer)
    }

    func renderForm(_ model: DemoModel, _ area: Rect, _ buffer: inout Buffer) {
        let block = Block(title: "Registration", theme: model.theme)
        block.render(area, &buffer)
        let inner = block.inner(area).inset(horizontal: 1)
        let parts = Layout.vertical([.fill(1), .fixed(1)]).split(inner)
        Form(state: model.form, theme: model.theme).render(parts[0], &buffer)
        buffer.write(model.formResult, in: parts[1], style: model.theme[.muted])
    }

    func renderCharts(_ model: DemoModel, _ area: Rect, _ buffer: inout Buffer, now: ContinuousClock.Instant) {
        let theme = model.theme
        let rows = Layout.vertical([.fixed(5), .fixed(1), .fixed(1), .fixed(3), .fill(1)], spacing: 0).split(area)
        let tiles = Layout.horizontal([.fill(1), .fill(1), .fill(1), .fill(1)], spacing: 1).split(rows[0])
        let stages: [(String, ThemeSlot, Int)] = [("Persiapan", .preparation, 41), ("Pra-penempatan", .prePlacement, 1_204),
                                                  ("Penempatan", .placement, 295_439), ("Purna", .postPlacement, 8_812)]
        for (i, s) in stages.enumerated() {
            FigureTile(label: s.0, value: formatted(s.2), caption: s.1.rawValue, slot: s.1, theme: theme).render(tiles[i], &buffer)
        }
        let gaugeCols = Layout.horizontal([.fixed(12), .fill(1)], spacing: 1).split(rows[1])
        buffer.write("Quota used", in: gaugeCols[0], style: theme[.text])
        Gauge(ratio: 0.62, theme: theme).render(gaugeCols[1], &buffer)
        let progressCols = Layout.horizontal([.fixed(12), .fill(1)], spacing: 1).split(rows[2])
        buffer.write("Import", in: progressCols[0], style: theme[.text])
        ProgressBar(ratio: Double(model.ticks % 101) / 100, theme: theme).render(progressCols[1], &buffer)
        let sparkBlock = Block(title: "Arrivals per tick", theme: theme)
        sparkBlock.render(rows[3], &buffer)
        Sparkline(values: model.spark, theme: theme).render(sparkBlock.inner(rows[3]), &buffer)
        let barBlock = Block(title: "Destinations 2024", theme: theme)
        barBlock.render(rows[4], &buffer)
        BarChart(bars: [Bar("Hong Kong", 99_168), Bar("Taiwan", 84_306), Bar("Malaysia", 50_917), Bar("Japan", 12_653),
                        Bar("Singapore", 10_781)], theme: theme, valueFormatter: { formatted(Int($0)) })
            .render(barBlock.inner(rows[4]), &buffer)
    }

    func renderStatus(_ model: DemoModel, _ area: Rect, _ buffer: inout Buffer) {
        let rows = model.source.rowCount
        let position = rows == 0 ? "no rows" : "row \(formatted(model.table.selected + 1))/\(formatted(rows))"
        StatusLine(left: "terminalui-demo · theme \(model.theme.name) · \(model.size.width)×\(model.size.height)", right: position,
                   theme: model.theme)
            .render(area, &buffer)
    }
}

/// 1234567 → "1,234,567".
func formatted(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}
