import Foundation
import TerminalUI

/// The demo's state and its update/render, driven by `EventLoop`.
final class DemoApp: LoopApp {
    enum Message: Sendable {
        case filtered(Tagged<[Int32]?>)
        /// Block the UI thread for this many seconds (`:stall N`, posted once its toast is on screen).
        case stall(UInt32)
    }

    enum Overlay {
        case none, help, command(CommandLineState), filter(FilterInputState)
        case confirm(ConfirmDialog, row: Int), alert(AlertDialog)
    }

    static let tabTitles = ["Table", "Form", "Charts"]

    let themes: ThemeProvider
    var theme: Theme
    var tab = 0
    var overlay = Overlay.none
    var table = TableState()
    var source = DemoSource(filtered: nil, descending: false)
    var filterText = ""
    var filtering = false
    var deleted: Set<Int> = []
    var form = DemoApp.makeForm()
    var formResult = ""
    var toasts = ToastQueue()
    var spark: [Double] = (0..<60).map { Double(($0 * 7) % 23) }
    var ticks = 0
    var lastTableHeight = 20
    var size: Size
    let work: BackgroundWork<Message>
    /// A `:stall N` whose toast is yet to be drawn.
    var stallRequested: UInt32?

    init(themes: ThemeProvider, theme: Theme, size: Size, queue: MessageQueue<Message>) {
        self.themes = themes
        self.theme = theme
        self.size = size
        self.work = BackgroundWork(queue: queue)
    }

    static func makeForm() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name", required: true),
            FormField(id: "nik", label: "NIK", kind: .masked, validator: { v in
                v.count == 16 && v.allSatisfy { $0.isASCII && $0.isNumber } ? nil : "NIK has 16 digits"
            }),
            FormField(id: "born", label: "Born", kind: .date, required: true),
            FormField(id: "children", label: "Children", kind: .number),
            FormField(id: "scheme", label: "Scheme", kind: .choice(["P to P", "G to G", "UKPS", "Perseorangan"])),
            FormField(id: "consent", label: "Consent", kind: .checkbox),
        ])
    }

    // MARK: update

    func handle(_ event: LoopEvent<Message>, at now: ContinuousClock.Instant) -> LoopControl {
        toasts.prune(at: now)
        switch event {
        case .resize(let s):
            size = s
            return .continue
        case .tick:
            ticks += 1
            spark.append(Double((ticks * 11) % 23))
            if spark.count > 200 { spark.removeFirst(spark.count - 200) }
            return .continue
        case .message(.stall(let seconds)):
            // Signals cut a sleep short, so sleep again until the time is up.
            var left = seconds
            while left > 0 { left = sleep(left) }
            return .continue
        case .message(.filtered(let result)):
            guard let rows = work.gate.accept(result) else { return .continue }  // stale: dropped
            filtering = false
            source.filtered = rows
            table.selected = 0
            return .continue
        case .key(let key):
            return handleKey(key, at: now)
        }
    }

    func handleKey(_ key: Key, at now: ContinuousClock.Instant) -> LoopControl {
        switch overlay {
        case .help:
            overlay = .none
            return .continue
        case .command(var cmd):
            switch cmd.handle(key) {
            case .cancelled: overlay = .none
            case .submitted(let text):
                overlay = .none
                return run(command: text, at: now)
            default: overlay = .command(cmd)
            }
            return .continue
        case .filter(var f):
            switch f.handle(key) {
            case .cancelled:
                overlay = .none
                startFilter("")
            case .submitted: overlay = .none
            case .changed(let text):
                overlay = .filter(f)
                startFilter(text)
            case .none: overlay = .filter(f)
            }
            return .continue
        case .confirm(var dialog, let row):
            switch dialog.handle(key) {
            case .confirmed:
                deleted.insert(row)
                overlay = .none
                toast("Row \(row + 1) deleted", .warning, at: now)
            case .declined: overlay = .none
            case .none: overlay = .confirm(dialog, row: row)
            }
            return .continue
        case .alert(let alert):
            if alert.handle(key) != .none { overlay = .none }
            return .continue
        case .none:
            break
        }
        if tab == 1 {
            if let action = formKeys.action(for: key) { return perform(action, at: now) }
            switch form.handle(key) {
            case .submitted(let values):
                formResult = "Submitted: " + (values["name"] ?? "")
                toast("Form saved", .ok, at: now)
                form = Self.makeForm()
            case .cancelled:
                form = Self.makeForm()
                formResult = "Cancelled"
            case .invalid:
                formResult = "Please correct the marked fields"
            case .none: break
            }
            return .continue
        }
        if case .mouse(let m) = key {
            // With --mouse: the wheel scrolls the table, a click on a row selects it.
            switch m.kind {
            case .wheelUp: table.move(by: -3, rowCount: source.rowCount)
            case .wheelDown: table.move(by: 3, rowCount: source.rowCount)
            case .leftClick, .rightClick:
                let firstRowY = 3  // tab bar, block border, header
                if tab == 0, m.y >= firstRowY, m.y < firstRowY + lastTableHeight {
                    table.selected = min(table.offset + m.y - firstRowY, max(0, source.rowCount - 1))
                }
            }
            return .continue
        }
        guard let action = demoKeys.action(for: key) else { return .continue }
        return perform(action, at: now)
    }

    func perform(_ action: DemoAction, at now: ContinuousClock.Instant) -> LoopControl {
        let rows = source.rowCount
        switch action {
        case .quit: return .quit
        case .help: overlay = .help
        case .nextTab: tab = (tab + 1) % Self.tabTitles.count
        case .previousTab: tab = (tab + Self.tabTitles.count - 1) % Self.tabTitles.count
        case .tableTab: tab = 0
        case .formTab: tab = 1
        case .chartsTab: tab = 2
        case .nextTheme:
            let names = themes.names
            let next = names.isEmpty ? theme.name : names[((names.firstIndex(of: theme.name) ?? -1) + 1) % names.count]
            switchTheme(next, at: now)
        case .command:
            overlay = .command(CommandLineState(candidates: ["quit", "goto ", "table", "form", "charts", "help"]
                                                + themes.names.map { "theme " + $0 }))
        case .filter:
            tab = 0
            overlay = .filter(FilterInputState(text: filterText))
        case .up: table.move(by: -1, rowCount: rows)
        case .down: table.move(by: 1, rowCount: rows)
        case .pageUp: table.move(by: -max(1, lastTableHeight), rowCount: rows)
        case .pageDown: table.move(by: max(1, lastTableHeight), rowCount: rows)
        case .first: table.selectFirst()
        case .last: table.selectLast(rowCount: rows)
        case .sort:
            table.toggleSort(0)
            source.descending = !table.sortAscending
        case .open:
            guard rows > 0 else { break }
            let r = source.underlyingRow(table.selected)
            overlay = .alert(AlertDialog(title: "Row \(r + 1)",
                                         message: "\(DemoRows.name(r)) · \(DemoRows.cell(row: r, column: 2)) · \(DemoRows.cell(row: r, column: 3))",
                                         level: .accent, theme: theme))
        case .delete:
            guard rows > 0 else { break }
            let r = source.underlyingRow(table.selected)
            overlay = .confirm(ConfirmDialog(title: "Delete?", message: "Delete row \(r + 1), \(DemoRows.name(r))?", theme: theme), row: r)
        }
        return .continue
    }

    func run(command: String, at now: ContinuousClock.Instant) -> LoopControl {
        let parts = command.split(separator: " ").map(String.init)
        switch parts.first ?? "" {
        case "quit", "q": return .quit
        case "theme" where parts.count == 2: switchTheme(parts[1], at: now)
        case "goto" where parts.count == 2:
            if let n = Int(parts[1]) {
                tab = 0
                table.selected = min(max(0, n - 1), max(0, source.rowCount - 1))
            }
        case "table": tab = 0
        case "form": tab = 1
        case "charts": tab = 2
        case "help": overlay = .help
        case "stall" where parts.count == 2:
            // Blocks the UI thread, to show (and test) what a termination signal does meanwhile.
            if let seconds = UInt32(parts[1]) {
                toast("Stalling the UI for \(seconds) s", .warning, at: now)
                stallRequested = seconds
            }
        default: toast("Unknown command: \(command)", .error, at: now)
        }
        return .continue
    }

    func switchTheme(_ name: String, at now: ContinuousClock.Instant) {
        switch themes.load(name) {
        case .success(let t):
            theme = t
            toast("Theme \(t.name)", .ok, at: now)
        case .failure(let e):
            overlay = .alert(AlertDialog(title: "Theme", message: e.description, theme: theme))
        }
    }

    func startFilter(_ text: String) {
        filterText = text
        if text.isEmpty {
            _ = work.gate.next()  // anything still running is now stale
            source.filtered = nil
            filtering = false
            return
        }
        filtering = true
        work.start({ isCurrent in DemoRows.filter(text, isCurrent: isCurrent) }, message: { .filtered($0) })
    }

    func toast(_ text: String, _ slot: ThemeSlot, at now: ContinuousClock.Instant) {
        toasts.post(Toast(text, slot: slot, posted: now, lifetime: .seconds(3)))
    }

    /// True while something on screen changes with time (toasts fading, charts moving).
    func isAnimating(at now: ContinuousClock.Instant) -> Bool { toasts.isAnimating(at: now) || tab == 2 }
}
