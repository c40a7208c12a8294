import TerminalUI

/// The demo's update: pure, it changes the model for one event and returns what it wants done.
struct DemoProgram: Program {
    typealias Model = DemoModel
    typealias Message = DemoMessage
    typealias Effect = DemoEffect

    func update(_ model: inout DemoModel, _ event: LoopEvent<DemoMessage>, at now: ContinuousClock.Instant) -> [DemoEffect] {
        model.toasts.prune(at: now)
        var effects: [DemoEffect] = []
        switch event {
        case .resize(let s):
            model.size = s
        case .tick:
            model.ticks += 1
            model.spark.append(Double((model.ticks * 11) % 23))
            if model.spark.count > 200 { model.spark.removeFirst(model.spark.count - 200) }
        case .message(.filtered(let result)):
            // An answer to an older request (or one that gave up) is dropped.
            guard result.generation == model.filterGeneration, let rows = result.value else { break }
            model.filtering = false
            model.source.filtered = rows
            model.table.selected = 0
        case .message(.themeLoaded(.success(let theme))):
            model.theme = theme
            toast("Theme \(theme.name)", .ok, &model, at: now)
        case .message(.themeLoaded(.failure(let error))):
            model.overlay = .alert(AlertDialog(title: "Theme", message: error.description, words: model.words, theme: model.theme))
        case .key(let key):
            effects = handle(key, &model, at: now)
        }
        model.table.scrollToSelection(visibleRows: DemoLayout.tableRows(model.size), rowCount: model.source.rowCount)
        return effects
    }

    func handle(_ key: Key, _ model: inout DemoModel, at now: ContinuousClock.Instant) -> [DemoEffect] {
        switch model.overlay {
        case .help:
            model.overlay = .none
            return []
        case .command(var cmd):
            switch cmd.handle(key) {
            case .cancelled: model.overlay = .none
            case .submitted(let text):
                model.overlay = .none
                if !text.isEmpty, model.commandHistory.last != text { model.commandHistory.append(text) }
                return run(command: text, &model, at: now)
            default: model.overlay = .command(cmd)
            }
            return []
        case .filter(var f):
            switch f.handle(key) {
            case .cancelled:
                model.overlay = .none
                return startFilter("", &model)
            case .submitted: model.overlay = .none
            case .changed(let text):
                model.overlay = .filter(f)
                return startFilter(text, &model)
            case .none: model.overlay = .filter(f)
            }
            return []
        case .confirm(var dialog, let purpose):
            switch dialog.handle(key) {
            case .confirmed:
                model.overlay = .none
                confirmed(purpose, &model, at: now)
            case .declined: model.overlay = .none
            case .none: model.overlay = .confirm(dialog, purpose)
            }
            return []
        case .alert(let alert):
            if alert.handle(key) != .none { model.overlay = .none }
            return []
        case .none:
            break
        }
        if model.tab == 1 { return handleForm(key, &model, at: now) }
        if case .mouse(let m) = key {
            // With --mouse: the wheel scrolls the table, a click on a row selects it.
            let rows = model.source.rowCount
            switch m.kind {
            case .wheelUp: model.table.move(by: -3, rowCount: rows)
            case .wheelDown: model.table.move(by: 3, rowCount: rows)
            case .leftClick, .rightClick:
                let first = DemoLayout.firstTableRowY
                if model.tab == 0, m.y >= first, m.y < first + DemoLayout.tableRows(model.size) {
                    model.table.selected = min(model.table.offset + m.y - first, max(0, rows - 1))
                }
            }
            return []
        }
        guard let action = demoKeys.action(for: key) else { return [] }
        return perform(action, &model, at: now)
    }

    func handleForm(_ key: Key, _ model: inout DemoModel, at now: ContinuousClock.Instant) -> [DemoEffect] {
        if let action = formKeys.action(for: key) { return perform(action, &model, at: now) }
        switch model.form.handle(key) {
        case .submitted(let values):
            model.formResult = "Submitted: " + (values["name"] ?? "") + " · province " + (values["province"] ?? "")
            toast("Form saved", .ok, &model, at: now)
            model.form = DemoForm.make()
        case .cancelled:
            if model.form.isChanged {
                model.overlay = .confirm(ConfirmDialog(title: "Leave the form?", message: "What was typed is lost.",
                                                       words: model.words, theme: model.theme), .leaveForm)
            } else {
                leaveForm(&model)
            }
        case .invalid:
            model.formResult = "Please correct the marked fields"
        case .edited(field: "nik"):
            // As the app would: a note from what is typed, never in the way of saving.
            let nik = model.form.value("nik")
            model.form.setNote(nik.count == 16 ? nil : "\(nik.count)/16", for: "nik")
        case .edited, .left, .none: break
        }
        return []
    }

    func confirmed(_ purpose: DemoModel.ConfirmPurpose, _ model: inout DemoModel, at now: ContinuousClock.Instant) {
        switch purpose {
        case .deleteRow(let row):
            model.deleted.insert(row)
            toast("Row \(row + 1) deleted", .warning, &model, at: now)
        case .leaveForm:
            leaveForm(&model)
        }
    }

    func leaveForm(_ model: inout DemoModel) {
        model.form = DemoForm.make()
        model.formResult = "Cancelled"
    }

    func perform(_ action: DemoAction, _ model: inout DemoModel, at now: ContinuousClock.Instant) -> [DemoEffect] {
        let rows = model.source.rowCount
        let page = max(1, DemoLayout.tableRows(model.size))
        let tabs = DemoModel.tabTitles.count
        switch action {
        case .quit: return [.quit]
        case .help: model.overlay = .help
        case .nextTab: model.tab = (model.tab + 1) % tabs
        case .previousTab: model.tab = (model.tab + tabs - 1) % tabs
        case .tableTab: model.tab = 0
        case .formTab: model.tab = 1
        case .chartsTab: model.tab = 2
        case .nextTheme:
            let names = model.themeNames
            guard !names.isEmpty else { return [.loadTheme(model.theme.name)] }
            let next = names[((names.firstIndex(of: model.theme.name) ?? -1) + 1) % names.count]
            return [.loadTheme(next)]
        case .command:
            // Commands are fixed candidates; a theme's name is completed as an argument.
            let names = model.themeNames
            model.overlay = .command(CommandLineState(
                candidates: ["quit", "goto ", "table", "form", "charts", "help", "theme "], history: model.commandHistory,
                completer: { text in
                    guard text.hasPrefix("theme ") else { return [] }
                    let typed = text.dropFirst("theme ".count)
                    return names.filter { $0.hasPrefix(typed) }.map { "theme " + $0 }
                }))
        case .filter:
            model.tab = 0
            model.overlay = .filter(FilterInputState(text: model.filterText))
        case .up: model.table.move(by: -1, rowCount: rows)
        case .down: model.table.move(by: 1, rowCount: rows)
        case .pageUp: model.table.move(by: -page, rowCount: rows)
        case .pageDown: model.table.move(by: page, rowCount: rows)
        case .first: model.table.selectFirst()
        case .last: model.table.selectLast(rowCount: rows)
        case .sort:
            model.table.toggleSort(0)
            model.source.descending = !model.table.sortAscending
        case .open:
            guard rows > 0 else { break }
            let r = model.source.underlyingRow(model.table.selected)
            model.overlay = .alert(AlertDialog(title: "Row \(r + 1)",
                                               message: "\(DemoRows.name(r)) · \(DemoRows.cell(row: r, column: 2)) · \(DemoRows.cell(row: r, column: 3))",
                                               level: .accent, words: model.words, theme: model.theme))
        case .delete:
            guard rows > 0 else { break }
            let r = model.source.underlyingRow(model.table.selected)
            model.overlay = .confirm(ConfirmDialog(title: "Delete?", message: "Delete row \(r + 1), \(DemoRows.name(r))?",
                                                   words: model.words, theme: model.theme), .deleteRow(r))
        }
        return []
    }

    func run(command: String, _ model: inout DemoModel, at now: ContinuousClock.Instant) -> [DemoEffect] {
        let parts = command.split(separator: " ").map(String.init)
        switch parts.first ?? "" {
        case "quit", "q": return [.quit]
        case "theme" where parts.count == 2: return [.loadTheme(parts[1])]
        case "goto" where parts.count == 2:
            if let n = Int(parts[1]) {
                model.tab = 0
                model.table.selected = min(max(0, n - 1), max(0, model.source.rowCount - 1))
            }
        case "table": model.tab = 0
        case "form": model.tab = 1
        case "charts": model.tab = 2
        case "help": model.overlay = .help
        case "stall" where parts.count == 2:
            if let seconds = UInt32(parts[1]) {
                toast("Stalling the UI for \(seconds) s", .warning, &model, at: now)
                return [.stall(seconds)]
            }
        default: toast("Unknown command: \(command)", .error, &model, at: now)
        }
        return []
    }

    func startFilter(_ text: String, _ model: inout DemoModel) -> [DemoEffect] {
        model.filterText = text
        model.filterGeneration += 1
        if text.isEmpty {
            model.source.filtered = nil
            model.filtering = false
        } else {
            model.filtering = true
        }
        return [.filter(text, generation: model.filterGeneration)]
    }

    func toast(_ text: String, _ slot: ThemeSlot, _ model: inout DemoModel, at now: ContinuousClock.Instant) {
        model.toasts.post(Toast(text, slot: slot, posted: now, lifetime: .seconds(3)))
    }
}
