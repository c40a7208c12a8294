import Testing
@testable import TerminalUI

/// Screenshot tests: what specific widgets draw, as lines of text (and styles where they matter).
@Suite struct WidgetTests {
    let theme = Theme.builtIn

    @Test func blockWithTitle() {
        let b = render(Block(title: "Pekerja"), width: 12, height: 3)
        #expect(b.lines == ["┌ Pekerja ─┐", "│          │", "└──────────┘"].map { $0 + String(repeating: " ", count: 12 - TextLayout.width($0)) })
        #expect(Block(title: "x").inner(Rect(x: 0, y: 0, width: 12, height: 3)) == Rect(x: 1, y: 1, width: 10, height: 1))
    }

    @Test func blockAt1x1ShowsTheTitleInitial() {
        #expect(render(Block(title: "Pekerja"), width: 1, height: 1).lines == ["…"])
        #expect(render(Block(title: "P"), width: 1, height: 1).lines == ["P"])
    }

    @Test func paragraphWrapsAndMarksOverflow() {
        let p = Paragraph("the quick brown fox jumps over the lazy dog")
        #expect(render(p, width: 10, height: 2).lines == ["the quick ", "brown fox…"])
        let cut = Paragraph("one line that is long\nshort", wrap: false)
        #expect(render(cut, width: 8, height: 2).lines == ["one lin…", "short   "])
        #expect(render(Paragraph("centre", alignment: .center), width: 10, height: 1).lines == ["  centre  "])
    }

    @Test func tableWithHeaderSortIndicatorAndSelection() {
        let source = ArrayDataSource([["1", "Siti", "Jawa Barat"], ["2", "Budi", "Bali"], ["3", "日本語名前", "NTT"]])
        let table = Table(source: source,
                          columns: [TableColumn("No", width: .fixed(2), alignment: .right), TableColumn("Name", width: .fixed(8)),
                                    TableColumn("Province", width: .fill(1))],
                          state: TableState(selected: 1, sortColumn: 1, sortAscending: false), theme: theme)
        let b = render(table, width: 24, height: 5)
        #expect(b.lines == [
            "No Name ▼   Province    ",
            " 1 Siti     Jawa Barat  ",
            " 2 Budi     Bali        ",
            " 3 日本語…  NTT         ",
            "                        ",
        ])
        let sel = theme[.text].patched(theme[.selection])
        #expect(b.styleLines([theme[.header]: "h", sel: "S", theme[.text]: " "]) == [
            "hhhhhhhhhhhhhhhhhhhhhhhh",
            "                        ",
            "SSSSSSSSSSSSSSSSSSSSSSSS",
            "                        ",
            "                        ",
        ])
        #expect(b[0, 2].style == sel)
        #expect(b[23, 2].style == sel)
        #expect(b[0, 1].style == theme[.text])
        expectWellFormed(b)
    }

    @Test func tableOverAMillionRowsScrolledToTheEnd() {
        let source = GeneratedRows(count: 1_000_000)
        var state = TableState()
        state.selectLast(rowCount: source.rowCount)
        let table = Table(source: source, columns: [TableColumn("No", width: .fixed(8), alignment: .right),
                                                     TableColumn("Name", width: .fill(1))], theme: theme)
        var b = Buffer(size: Size(width: 30, height: 6))
        table.render(b.area, &b, state: &state)
        #expect(state.offset == 999_995)
        #expect(b.lines == [
            "      No Name                 ",
            "  999996 Name 999996          ",
            "  999997 Name 999997          ",
            "  999998 Name 999998          ",
            "  999999 Name 999999          ",
            " 1000000 Name 1000000         ",
        ])
        // Only the visible rows were asked for.
        #expect(source.cellsRequested == 10)
        #expect(source.highestRowRequested == 999_999)
        // Page up moves by the visible height; overflowing moves clamp.
        state.move(by: -5, rowCount: source.rowCount)
        #expect(state.selected == 999_994)
        state.move(by: Int.max, rowCount: source.rowCount)
        #expect(state.selected == 999_999)
        state.move(by: Int.min, rowCount: source.rowCount)
        #expect(state.selected == 0)
    }

    @Test func listScrollsToSelection() {
        let list = ListView(items: (1...10).map { "Item \($0)" }, selected: 7, theme: theme)
        #expect(render(list, width: 10, height: 3).lines == ["  Item 6  ", "  Item 7  ", "> Item 8  "])
    }

    @Test func tabsKeepTheSelectedTabVisible() {
        let tabs = Tabs(titles: ["Persiapan", "Pra-penempatan", "Penempatan", "Purna"], selected: 3, theme: theme)
        let line = render(tabs, width: 20, height: 1).lines[0]
        #expect(line.contains("Purna"))
        #expect(render(Tabs(titles: ["A", "B"], selected: 0), width: 10, height: 1).lines == [" A │ B    "])
    }

    @Test func breadcrumbDropsFromTheLeft() {
        let crumb = Breadcrumb(["Home", "Cohorts", "2025-07", "Siti"], theme: theme)
        #expect(render(crumb, width: 40, height: 1).lines[0].hasPrefix("Home › Cohorts › 2025-07 › Siti"))
        #expect(render(crumb, width: 20, height: 1).lines == ["… › 2025-07 › Siti  "])
    }

    @Test func statusLineKeepsTheRightPart() {
        let status = StatusLine(left: "operator siti · /srv/terpadu", right: "saved", theme: theme)
        #expect(render(status, width: 20, height: 1).lines == ["operator siti… saved"])
        #expect(render(status, width: 4, height: 1).lines == ["sav…"])
    }

    @Test func keyHintBarLeavesOutWhatDoesNotFit() {
        let bar = KeyHintBar(hints: [KeyHint(keys: "F1", label: "Help"), KeyHint(keys: "/", label: "Filter"), KeyHint(keys: "F10", label: "Quit")], theme: theme)
        #expect(render(bar, width: 20, height: 1).lines == ["F1 Help  / Filter   "])
        #expect(render(bar, width: 40, height: 1).lines[0].hasPrefix("F1 Help  / Filter  F10 Quit"))
        #expect(render(bar, width: 1, height: 1).lines == ["…"])
    }

    @Test func menuSkipsDisabledItems() {
        let menu = Menu(title: "Go", items: [MenuItem("Workers", shortcut: "F2"), MenuItem("Off", enabled: false), MenuItem("Cohorts")], theme: theme)
        #expect(menu.move(1) == 2)
        #expect(render(menu, width: 16, height: 5).lines == [
            "┌ Go ──────────┐",
            "│ Workers   F2 │",
            "│ Off          │",
            "│ Cohorts      │",
            "└──────────────┘",
        ])
    }

    @Test func dialogsCentreAndDefaultToNo() {
        var confirm = ConfirmDialog(title: "Hapus?", message: "Delete this record?", theme: theme)
        #expect(render(confirm, width: 34, height: 6).lines == [
            "  ┌ Hapus? ────────────────────┐  ",
            "  │ Delete this record?        │  ",
            "  │                            │  ",
            "  │      [ Yes ]  [ No ]       │  ",
            "  └────────────────────────────┘  ",
            "                                  ",
        ])
        #expect(confirm.handle(.enter) == .declined)
        #expect(confirm.handle(.left) == .none)
        #expect(confirm.handle(.enter) == .confirmed)
        #expect(confirm.handle(.char("n")) == .declined)
        #expect(confirm.handle(.escape) == .declined)
        #expect(confirm.handle(.char("y")) == .confirmed)
        let alert = AlertDialog(title: "Error", message: "Locked", theme: theme)
        #expect(alert.handle(.enter) == .confirmed)
        #expect(alert.handle(.char("x")) == .none)
    }

    @Test func gaugeAndProgressBar() {
        #expect(render(Gauge(ratio: 0.5, theme: theme), width: 10, height: 1).lines == ["   50%    "])
        #expect(render(ProgressBar(ratio: 0.5, theme: theme), width: 12, height: 1).lines == ["████░░░░ 50%"])
        var ascii = theme
        ascii.symbols = .ascii
        #expect(render(ProgressBar(ratio: 0.25, theme: ascii), width: 12, height: 1).lines == ["##...... 25%"])
        #expect(render(ProgressBar(ratio: .nan, theme: ascii), width: 4, height: 1).lines == ["...."])
    }

    @Test func figureTile() {
        let tile = FigureTile(label: "Placements", value: "41", caption: "this month", theme: theme)
        #expect(render(tile, width: 16, height: 5).lines == [
            "┌ Placements ──┐",
            "│      41      │",
            "│  this month  │",
            "│              │",
            "└──────────────┘",
        ])
        #expect(render(tile, width: 16, height: 1).lines == ["   Placements 41"])
        #expect(render(tile, width: 1, height: 1).lines == ["…"])
    }

    @Test func sparklineAndBarChartWithASCIIFallback() {
        let spark = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8], theme: theme)
        #expect(render(spark, width: 9, height: 1).lines == [" ▁▂▃▄▅▆▇█"])
        var ascii = theme
        ascii.symbols = .ascii
        #expect(render(Sparkline(values: [0, 4, 8], theme: ascii), width: 3, height: 1).lines == [" :#"])
        let chart = BarChart(bars: [Bar("HK", 100), Bar("TW", 50)], theme: theme)
        #expect(render(chart, width: 16, height: 2).lines == ["HK █████████ 100", "TW ████▌      50"])
        let asciiChart = BarChart(bars: [Bar("HK", 100), Bar("TW", 50)], theme: ascii)
        #expect(render(asciiChart, width: 16, height: 2).lines == ["HK ######### 100", "TW ####       50"])
    }

    @Test func toastsFadeWithInjectedTime() {
        let t0 = ContinuousClock.now
        var queue = ToastQueue()
        queue.post(Toast("Saved", posted: t0, lifetime: .seconds(10)))
        let fresh = render(ToastView(queue: queue, now: t0, theme: theme), width: 12, height: 2)
        #expect(fresh.lines == ["            ", "      Saved "])
        #expect(!fresh[7, 1].style.attributes.contains(.dim))
        let fading = render(ToastView(queue: queue, now: t0 + .seconds(8), theme: theme), width: 12, height: 2)
        #expect(fading[7, 1].style.attributes.contains(.dim))
        #expect(render(ToastView(queue: queue, now: t0 + .seconds(10), theme: theme), width: 12, height: 2).lines == ["            ", "            "])
        queue.prune(at: t0 + .seconds(11))
        #expect(queue.toasts.isEmpty)
    }
}

@Suite struct GaugeStyleTests {
    @Test func labelStaysReadableOnBothParts() {
        let theme = Theme.builtIn
        let b = render(Gauge(ratio: 0.5, theme: theme), width: 10, height: 1)
        let accent = theme[.accent].fg
        #expect(b[4, 0].style == Style(fg: .black, bg: accent, attributes: .bold))  // "5" on the filled part
        #expect(b[5, 0].style == theme[.muted].adding(.bold))  // "0" on the empty part
        let mono = render(Gauge(ratio: 0.5, theme: theme.adapted(to: .none)), width: 10, height: 1)
        #expect(mono[0, 0].style.attributes.contains(.reverse))
        #expect(!mono[9, 0].style.attributes.contains(.reverse))
    }
}
