import Testing
@testable import TerminalUI

/// Every widget renders at 80×24, 20×5 and 1×1 without crashing, keeps rows exactly as wide as the
/// buffer, never splits a wide character, and draws something when it has room.
@Suite struct WidgetSizeTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 20, height: 5), Size(width: 1, height: 1)]

    static let names: [String] = [
        "block", "paragraph", "table", "list", "tabs", "breadcrumb", "status", "hints", "menu", "form",
        "confirm", "alert", "help", "command", "filter", "pickList", "gauge", "progress", "figure", "barchart",
        "sparkline", "toast",
    ]

    static let mixed = "Siti Nu\u{0301}rhaliza 日本語 😀 محمد Nguye\u{0302}\u{0303}n"

    static func make(_ name: String) -> any Widget {
        let theme = Theme.builtIn
        switch name {
        case "block": return Block(title: "Block " + mixed, theme: theme)
        case "paragraph": return Paragraph(String(repeating: mixed + " ", count: 20))
        case "table":
            return Table(source: ArrayDataSource((0..<50).map { ["\($0)", mixed, "Jawa Barat"] }),
                         columns: [TableColumn("No", width: .fixed(4), alignment: .right),
                                   TableColumn("Name", width: .fill(1)), TableColumn("Province", width: .percentage(30))],
                         state: TableState(selected: 3, sortColumn: 1), theme: theme)
        case "list": return ListView(items: (0..<40).map { "Item \($0) \(mixed)" }, selected: 30, theme: theme)
        case "tabs": return Tabs(titles: ["Persiapan", "Pra-penempatan", "Penempatan", "Purna 日本"], selected: 3, theme: theme)
        case "breadcrumb": return Breadcrumb(["Home", "Cohorts", "日本語 2025", mixed], theme: theme)
        case "status": return StatusLine(left: "operator: siti  data: /srv/terpadu " + mixed, right: "saved", theme: theme)
        case "hints": return KeyHintBar(hints: [KeyHint(keys: "F1", label: "Help"), KeyHint(keys: "/", label: "Filter"), KeyHint(keys: "F10", label: "Quit")], theme: theme)
        case "menu": return Menu(title: "Go to", items: [MenuItem("Workers", shortcut: "F2"), MenuItem("日本語", shortcut: "F3"), MenuItem("Disabled", enabled: false)], selected: 1, theme: theme)
        case "form":
            var state = FormState(fields: [
                FormField(id: "name", label: "Name", required: true),
                FormField(id: "born", label: "Born", kind: .date, value: "2001-02-30"),
                FormField(id: "kids", label: "Children", kind: .number, value: "x"),
                FormField(id: "stage", label: "Stage", kind: .pick([PickOption(code: "a", label: "Alpha"), PickOption(code: "b", label: "日本語")])),
                FormField(id: "ok", label: "Consent", kind: .checkbox),
                FormField(id: "nik", label: "NIK", kind: .masked, value: "3201234567890001"),
            ])
            _ = state.submit()
            return Form(state: state, theme: theme)
        case "pickList":
            // A form whose pick field has its list open, drawn over the fields below it.
            var state = FormState(fields: [
                FormField(id: "name", label: "Name " + mixed),
                FormField(id: "province", label: "Province", kind: .pick((1...30).map { PickOption(code: "\($0)", label: "Provinsi 日本 \($0)") })),
                FormField(id: "ok", label: "Consent", kind: .checkbox),
            ], focus: 1)
            _ = state.handle(.char("1"))
            _ = state.handle(.down)
            return Form(state: state, theme: theme)
        case "confirm": return ConfirmDialog(title: "Delete?", message: "Delete the record of " + mixed + "? This cannot be undone.", theme: theme)
        case "alert": return AlertDialog(title: "Error", message: "The journal is locked by another writer.", theme: theme)
        case "help": return HelpOverlay(entries: [HelpEntry(keys: "F1 ?", help: "Help"), HelpEntry(keys: "F10 q", help: "Quit " + mixed)], theme: theme)
        case "command": return CommandLineView(state: CommandLineState(candidates: ["theme", "quit", "goto"], text: "th"), theme: theme)
        case "filter": return FilterInputView(state: FilterInputState(text: "siti 日本"), status: "1,234 matches", theme: theme)
        case "gauge": return Gauge(ratio: 0.62, theme: theme)
        case "progress": return ProgressBar(ratio: 0.45, theme: theme)
        case "figure": return FigureTile(label: "Placements", value: "295,439", caption: "2024", theme: theme)
        case "barchart": return BarChart(bars: [Bar("Hong Kong", 99168), Bar("Taiwan", 84306), Bar("Malaysia", 50917), Bar("日本", 12653)], theme: theme)
        case "sparkline": return Sparkline(values: (0..<100).map { Double($0 % 17) }, theme: theme)
        case "toast":
            let t0 = ContinuousClock.now
            var q = ToastQueue()
            q.post(Toast("Saved " + mixed, posted: t0))
            return ToastView(queue: q, now: t0, theme: theme)
        default: return Paragraph("unknown widget \(name)")
        }
    }

    @Test(arguments: names, sizes)
    func rendersAtEverySize(name: String, size: Size) {
        let widget = Self.make(name)
        let b = render(widget, width: size.width, height: size.height)
        expectWellFormed(b)
        if size.width >= 20 {
            #expect(b.lines.contains { !$0.allSatisfy { $0 == " " } }, "\(name) drew nothing at \(size)")
        }
    }

    @Test(arguments: names)
    func rendersIntoAnOffsetRectOnly(name: String) {
        // Rendered into the middle of a larger buffer, a widget touches nothing outside its rect.
        var b = Buffer(size: Size(width: 40, height: 12))
        b.fill(b.area, symbol: "#")
        let area = Rect(x: 5, y: 3, width: 20, height: 5)
        Self.make(name).render(area, &b)
        for y in 0..<12 {
            for x in 0..<40 where !area.contains(x: x, y: y) {
                #expect(b[x, y].symbol == "#", "\(name) drew outside its area at \(x),\(y)")
            }
        }
        expectWellFormed(b)
    }
}
