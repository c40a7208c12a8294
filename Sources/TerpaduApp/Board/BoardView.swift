import TerminalUI
import TerpaduCore
import TerpaduStore

/// The whole board for one model. Pure: the same model draws the same screen, so a frame with
/// nothing new sends nothing to the terminal.
struct BoardView: Widget {
    let model: BoardModel
    var s: Strings { model.strings }
    var w: BoardWords { model.words }
    var theme: Theme { model.theme }

    func render(_ area: Rect, _ buffer: inout Buffer) {
        buffer.fill(area, style: theme[.background])
        guard area.height >= 3, area.width >= 10 else {
            buffer.write(w.title, in: area.row(0), style: theme[.header])
            return
        }
        renderHeader(area.row(0), &buffer)
        let footer = Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2)
        var body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 3))
        if let f = model.figures {
            body = renderStages(f, body, &buffer)
            body = renderFlows(f, body, &buffer)
            body = renderTiles(f, body, &buffer)
            renderBreakdown(f, body, &buffer)
        } else {
            buffer.write(model.problem ?? w.opening, in: body.row(1).inset(horizontal: 1),
                         style: theme[model.problem == nil ? .muted : .warning])
        }
        renderFooter(footer, &buffer)
        if let pick = model.pick { BoardPickView(model: model, pick: pick).render(area, &buffer) }
        if model.showHelp {
            HelpOverlay(title: w.helpTitle, entries: BoardKeys.table(w).helpEntries, footer: s.toolkit.anyKeyCloses,
                        words: s.toolkit, theme: theme).render(area, &buffer)
        }
    }

    var narrowingName: String {
        switch model.narrowing {
        case .everyone: w.everyone
        case .province(let code): w.province(model.names.province(code))
        case .country(let iso): w.destination(model.names.country(iso, model.language))
        }
    }

    func renderHeader(_ row: Rect, _ buffer: inout Buffer) {
        buffer.fill(row, style: theme[.header])
        let clock = " " + model.clock + " "
        let cw = TextLayout.width(clock)
        buffer.write(" " + w.title + " · " + narrowingName, in: Rect(x: row.x, y: row.y, width: max(0, row.width - cw), height: 1),
                     style: theme[.header].adding(.bold))
        buffer.write(clock, x: row.maxX - cw, y: row.y, width: cw, style: theme[.header])
    }

    // MARK: The four stages

    static let statusesByStage: [Stage: [Status]] = Dictionary(grouping: Status.allCases.filter { $0.stage != nil }) { $0.stage ?? .preparation }

    /// Each stage's count (several rows tall when there is room) with its statuses beneath.
    func renderStages(_ f: BoardFigures, _ body: Rect, _ buffer: inout Buffer) -> Rect {
        let stages = f.stages
        let counts: [Stage: Int] = [.preparation: stages.preparation, .prePlacement: stages.prePlacement,
                                    .placement: stages.placement, .postPlacement: stages.postPlacement]
        let big = body.height >= 30 && theme.symbols == .unicode
        let statusRows = Stage.allCases.map { Self.statusesByStage[$0]?.count ?? 0 }.max() ?? 0
        let shownStatuses = min(statusRows, body.height >= 22 ? statusRows : 2)
        let height = 1 + (big ? 3 : 1) + shownStatuses + 1
        let block = Rect(x: body.x, y: body.y, width: body.width, height: min(height, body.height))
        let cols = Layout.horizontal(Stage.allCases.map { _ in Constraint.fill(1) }, spacing: 1).split(block.inset(horizontal: 1))
        for (i, stage) in Stage.allCases.enumerated() where i < cols.count {
            let col = cols[i]
            let slot = StageSlots.slot(stage)
            buffer.write("■ " + s.stage(stage), in: col.row(0), style: theme[slot].adding(.bold))
            let figure = s.format.number(counts[stage] ?? 0)
            var y = col.y + 1
            if big, BigDigits.width(figure) <= col.width {
                for line in BigDigits.rows(figure) where y < col.maxY {
                    buffer.write(line, x: col.x, y: y, width: col.width, style: theme[slot])
                    y += 1
                }
            } else if y < col.maxY {
                buffer.write(figure, in: Rect(x: col.x, y: y, width: col.width, height: 1), style: theme[slot].adding(.bold))
                y += big ? 3 : 1
            }
            let statuses = (Self.statusesByStage[stage] ?? []).sorted { (f.statuses[$0] ?? 0) > (f.statuses[$1] ?? 0) }
            for st in statuses.prefix(shownStatuses) where y < col.maxY {
                let n = s.format.number(f.statuses[st] ?? 0), nw = TextLayout.width(n)
                let label = TextLayout.truncate(s.status(st), to: max(0, col.width - nw - 1))
                buffer.write(label, x: col.x, y: y, width: col.width, style: theme[.muted])
                if nw <= col.width { buffer.write(n, x: col.maxX - nw, y: y, width: nw, style: theme[.text]) }
                y += 1
            }
        }
        return Rect(x: body.x, y: block.maxY, width: body.width, height: max(0, body.maxY - block.maxY))
    }

    // MARK: Flows and exits

    static let shownFlows: [DailyKind] = [.registered, .toPrePlacement, .departed, .returned, .programEnrolled, .caseOpened]

    func flowLine(_ title: String, _ flows: Flows?) -> String {
        let parts = Self.shownFlows.map { k in "\(w.flow(k)) \(s.format.number(flows?[k] ?? 0))" }
        let exited = [DailyKind.exitedFromPreparation, .exitedFromPrePlacement, .exitedFromPlacement, .exitedFromPostPlacement]
            .reduce(0) { $0 + (flows?[$1] ?? 0) }
        return title + ": " + (parts + ["\(w.flow(.exitedFromPreparation)) \(s.format.number(exited))"]).joined(separator: " · ")
    }

    func renderFlows(_ f: BoardFigures, _ body: Rect, _ buffer: inout Buffer) -> Rect {
        guard body.height >= 6 else { return body }
        let inner = body.inset(horizontal: 1)
        buffer.write(flowLine(w.today, model.todayFlows), in: inner.row(0), style: theme[.text])
        buffer.write(flowLine(w.thisWeek, model.weekFlows), in: inner.row(1), style: theme[.text])
        let exits = f.exits.filter { $0.value > 0 }.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        let exitText = exits.isEmpty ? w.noExits
            : exits.map { "\(w.exitReason($0.key)) \(s.format.number($0.value))" }.joined(separator: " · ")
        buffer.write(w.exits + ": " + exitText, in: inner.row(2), style: theme[.muted])
        return Rect(x: body.x, y: body.y + 4, width: body.width, height: max(0, body.height - 4))
    }

    // MARK: KPI tiles

    struct TileFigure {
        var value: String
        var caption: String
        var trend: [Double]
        var slot: ThemeSlot
    }

    func figure(_ tile: BoardModel.Tile, _ f: BoardFigures) -> TileFigure {
        let n = s.format, weeks = Array(f.kpis.suffix(12)), last = f.kpis.last
        let nan = Double.nan
        switch tile {
        case .cepat:
            let latest = f.kpis.last { $0.medianDaysToDeparture != nil }?.medianDaysToDeparture
            return TileFigure(value: latest.map { w.days(n.number($0)) } ?? "–", caption: "",
                              trend: weeks.map { $0.medianDaysToDeparture.map(Double.init) ?? nan }, slot: .accent)
        case .murah:
            let latest = f.kpis.last { $0.medianWorkerCost != nil }
            return TileFigure(value: latest?.medianWorkerCost.map(n.rupiah) ?? "–",
                              caption: latest?.zeroCostShare.map { w.zeroCost(n.percent($0)) } ?? "",
                              trend: weeks.map { $0.zeroCostShare ?? nan }, slot: .ok)
        case .aman:
            return TileFigure(value: last?.openCasesPer1000.map { w.perThousand(n.decimal($0)) } ?? "–",
                              caption: w.resolved(n.number(last?.casesResolved ?? 0)),
                              trend: weeks.map { $0.openCasesPer1000 ?? nan }, slot: .warning)
        case .sejahtera:
            return TileFigure(value: last?.returneesInProgramShare.map(n.percent) ?? "–",
                              caption: w.started(n.number(last?.businessesStarted ?? 0)),
                              trend: weeks.map { $0.returneesInProgramShare ?? nan }, slot: .ok)
        case .education:
            return TileFigure(value: f.reach?.education.map { n.number($0.peopleReached) } ?? "–", caption: "", trend: [],
                              slot: .accent)
        case .literacy:
            return TileFigure(value: f.reach?.literacyReached.share.map(n.percent) ?? "–", caption: "", trend: [], slot: .accent)
        case .insurance:
            let lapsing = f.reach?.lapsingIn30Days ?? 0
            return TileFigure(value: f.reach?.healthCovered.share.map(n.percent) ?? "–",
                              caption: lapsing > 0 ? w.lapsing(n.number(lapsing)) : "", trend: [], slot: lapsing > 0 ? .warning : .ok)
        }
    }

    /// As many tiles as fit at 22 columns or more: the four goals first, then the reach figures;
    /// two rows of them when the screen is tall enough for both.
    func renderTiles(_ f: BoardFigures, _ body: Rect, _ buffer: inout Buffer) -> Rect {
        guard body.height >= 8 else { return body }
        let perRow = max(1, min(BoardModel.Tile.allCases.count, body.width / 22))
        let rows = perRow >= BoardModel.Tile.allCases.count || body.height < 18 ? 1 : 2
        let tiles = Array(BoardModel.Tile.allCases.prefix(perRow * rows))
        var y = body.y
        for chunk in stride(from: 0, to: tiles.count, by: perRow).map({ Array(tiles[$0..<min($0 + perRow, tiles.count)]) }) {
            let row = Rect(x: body.x, y: y, width: body.width, height: 5)
            // Every row cut into the same cells, so the tiles of a short last row line up above.
            let cells = Layout.horizontal((0..<perRow).map { _ in Constraint.fill(1) }, spacing: 1).split(row.inset(horizontal: 1))
            for (i, tile) in chunk.enumerated() where i < cells.count {
                let c = cells[i], t = figure(tile, f)
                buffer.write(w.kpi(tile), in: c.row(0), style: theme[.muted])
                buffer.write(t.value, in: c.row(1), style: theme[t.slot].adding(.bold))
                if !t.caption.isEmpty { buffer.write(t.caption, in: c.row(2), style: theme[.muted]) }
                if !t.trend.isEmpty {
                    Sparkline(values: t.trend, slot: t.slot, theme: theme).render(Rect(x: c.x, y: c.y + 3, width: min(12, c.width), height: 1), &buffer)
                }
            }
            y += 5
        }
        return Rect(x: body.x, y: y, width: body.width, height: max(0, body.maxY - y))
    }

    // MARK: Breakdown

    func bars(_ f: BoardFigures) -> [Bar] {
        let l = model.language
        func top(_ counts: [String: Int], _ name: (String) -> String) -> [Bar] {
            counts.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { Bar(name($0.key), Double($0.value)) }
        }
        switch model.breakdown {
        case .provinces: return top(f.provinces) { $0 == "none" ? "–" : model.names.province($0) }
        case .destinations: return top(f.destinations) { $0 == "none" ? "–" : model.names.country($0, l) }
        case .jobs: return top(f.jobs) { $0 == "none" ? "–" : model.names.job($0, l) }
        case .schemes: return top(f.schemes) { code in Scheme(code: code).map(s.placements.scheme) ?? "–" }
        case .passRates:
            return f.passRates.compactMap { code, rate in rate.rate.map { Bar(model.names.program(code, l), $0 * 100, slot: .ok) } }
                .sorted { ($0.value, $1.label) > ($1.value, $0.label) }
        case .reviews: return [Bar(w.breakdown(.reviews), Double(f.openReviews), slot: .warning)]
        case .departures:
            return f.weeks.suffix(12).map { Bar(s.format.day($0.start), Double($0[.departed]), slot: .placement) }
        }
    }

    func renderBreakdown(_ f: BoardFigures, _ body: Rect, _ buffer: inout Buffer) {
        guard body.height >= 2 else { return }
        let inner = body.inset(horizontal: 1)
        var x = inner.x
        for b in BoardModel.Breakdown.allCases where x < inner.maxX {
            let label = "\(b.rawValue + 1) \(w.breakdown(b))"
            let style = b == model.breakdown ? theme[.selection] : theme[.muted]
            x += buffer.write(label, x: x, y: inner.y, width: inner.maxX - x, style: style)
            x += buffer.write("  ", x: x, y: inner.y, width: max(0, inner.maxX - x), style: theme[.muted])
        }
        let chart = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let shown = Array(bars(f).prefix(chart.height))
        let percent = model.breakdown == .passRates
        let n = s.format
        BarChart(bars: shown, theme: theme, valueFormatter: { percent ? n.percent($0 / 100) : n.number(Int($0)) })
            .render(chart, &buffer)
    }

    // MARK: Footer

    func renderFooter(_ area: Rect, _ buffer: inout Buffer) {
        var left = model.reading?.lastChange.map { w.lastChange(s.format.clock(millis: $0.timeMs), $0.operatorName) } ?? w.noChangeYet
        left += " · " + model.dataPath
        var right = w.feed(model.condition)
        var style = theme[.selection]
        if let problem = model.problem, model.figures != nil {
            right = problem
            style = theme[.warning]
        } else if model.condition != .usable {
            style = theme[.warning]
        }
        StatusLine(left: left, right: right, theme: theme, style: style).render(area.row(0), &buffer)
        KeyHintBar(hints: BoardKeys.table(w).hints, theme: theme).render(area.row(1), &buffer)
    }
}

/// The province or destination list a key opens, largest first; Enter narrows the board to it.
struct BoardPickView: Widget {
    let model: BoardModel
    let pick: BoardModel.Pick

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let w = model.words, theme = model.theme
        let width = min(area.width - 2, 48), height = min(area.height - 2, max(4, pick.choices.count + 2))
        guard width > 8, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.background])
        let title = pick.dimension == .province ? w.pickProvince : w.pickDestination
        let block = Block(title: title, theme: theme, fill: theme[.background])
        block.render(box, &buffer)
        let inner = block.inner(box)
        guard !pick.choices.isEmpty else {
            buffer.write(w.nothingToPick, in: inner.row(0), style: theme[.muted])
            return
        }
        let offset = max(0, min(pick.selected - inner.height + 1, pick.choices.count - inner.height))
        for (i, choice) in pick.choices.enumerated().dropFirst(offset).prefix(inner.height) {
            let row = inner.row(i - offset)
            let name = pick.dimension == .province ? model.names.province(choice.code) : model.names.country(choice.code, model.language)
            let style = i == pick.selected ? theme[.selection] : theme[.text]
            buffer.fill(row, style: style)
            let count = model.strings.format.number(choice.count), cw = TextLayout.width(count)
            buffer.write((i == pick.selected ? "▸ " : "  ") + name, x: row.x, y: row.y, width: max(0, row.width - cw - 1), style: style)
            if cw < row.width { buffer.write(count, x: row.maxX - cw, y: row.y, width: cw, style: style) }
        }
    }
}
