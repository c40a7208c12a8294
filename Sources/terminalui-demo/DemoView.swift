import TerminalUI

extension DemoApp {
    func render(into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        if let seconds = stallRequested {
            // This frame shows the toast; the stall starts once it is drawn.
            stallRequested = nil
            work.queue.post(.stall(seconds))
        }
        let area = buffer.area
        buffer.fill(area, style: theme[.background])
        let rows = Layout.vertical([.fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(area)
        renderTop(rows[0], &buffer)
        switch tab {
        case 0: renderTable(rows[1], &buffer)
        case 1: renderForm(rows[1], &buffer)
        default: renderCharts(rows[1], &buffer, now: now)
        }
        renderStatus(rows[2], &buffer)
        let hints = tab == 1 ? formKeys.hints : demoKeys.hints
        KeyHintBar(hints: hints, theme: theme).render(rows[3], &buffer)
        switch overlay {
        case .none: break
        case .help:
            var entries = (tab == 1 ? formKeys : demoKeys).helpEntries
            if tab == 1 {
                entries += [HelpEntry(keys: "Tab S-Tab", help: "Next / previous field"),
                            HelpEntry(keys: "Enter", help: "Submit the form"), HelpEntry(keys: "Esc", help: "Cancel")]
            }
            HelpOverlay(title: "Help · any key closes", entries: entries, theme: theme).render(area, &buffer)
        case .command(let cmd):
            CommandLineView(state: cmd, theme: theme).render(rows[3], &buffer)
        case .filter(let f):
            let status = filtering ? "filtering…" : "\(formatted(source.rowCount)) matches"
            FilterInputView(state: f, status: status, theme: theme).render(rows[3], &buffer)
        case .confirm(let dialog, _): dialog.render(area, &buffer)
        case .alert(let alert): alert.render(area, &buffer)
        }
        ToastView(queue: toasts, now: now, theme: theme).render(Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - 2)), &buffer)
    }

    func renderTop(_ area: Rect, _ buffer: inout Buffer) {
        let cols = Layout.horizontal([.min(30), .fill(1)], spacing: 1).split(area)
        Tabs(titles: Self.tabTitles, selected: tab, theme: theme).render(cols[0], &buffer)
        Breadcrumb(["Demo", Self.tabTitles[tab]] + (filterText.isEmpty ? [] : ["/" + filterText]), theme: theme)
            .render(cols[1], &buffer)
    }

    func renderTable(_ area: Rect, _ buffer: inout Buffer) {
        let block = Block(title: "Rows \(formatted(source.rowCount))", theme: theme)
        block.render(area, &buffer)
        let inner = block.inner(area)
        let widget = Table(source: source, columns: DemoRows.columns, state: table, theme: theme) { [deleted, source] row in
            deleted.contains(source.underlyingRow(row)) ? Style(attributes: .dim) : nil
        }
        lastTableHeight = widget.visibleRows(in: inner)
        widget.render(inner, &buffer, state: &table)
    }

    func renderForm(_ area: Rect, _ buffer: inout Buffer) {
        let block = Block(title: "Registration", theme: theme)
        block.render(area, &buffer)
        let inner = block.inner(area).inset(horizontal: 1)
        let parts = Layout.vertical([.fill(1), .fixed(1)]).split(inner)
        Form(state: form, theme: theme).render(parts[0], &buffer)
        buffer.write(formResult, in: parts[1], style: theme[.muted])
    }

    func renderCharts(_ area: Rect, _ buffer: inout Buffer, now: ContinuousClock.Instant) {
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
        ProgressBar(ratio: Double(ticks % 101) / 100, theme: theme).render(progressCols[1], &buffer)
        let sparkBlock = Block(title: "Arrivals per tick", theme: theme)
        sparkBlock.render(rows[3], &buffer)
        Sparkline(values: spark, theme: theme).render(sparkBlock.inner(rows[3]), &buffer)
        let barBlock = Block(title: "Destinations 2024", theme: theme)
        barBlock.render(rows[4], &buffer)
        BarChart(bars: [Bar("Hong Kong", 99_168), Bar("Taiwan", 84_306), Bar("Malaysia", 50_917), Bar("Japan", 12_653),
                        Bar("Singapore", 10_781)], theme: theme, valueFormatter: { formatted(Int($0)) })
            .render(barBlock.inner(rows[4]), &buffer)
    }

    func renderStatus(_ area: Rect, _ buffer: inout Buffer) {
        let position = source.rowCount == 0 ? "no rows" : "row \(formatted(table.selected + 1))/\(formatted(source.rowCount))"
        StatusLine(left: "terminalui-demo · theme \(theme.name) · \(size.width)×\(size.height)", right: position, theme: theme)
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
