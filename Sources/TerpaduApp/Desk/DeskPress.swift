import TerminalUI
import TerpaduCore

extension DeskModel {
    /// One key. Overlays first, then a field with focus (which takes every printable character),
    /// then the screen's own table, then the shell's.
    mutating func press(_ key: Key) -> [DeskEffect] {
        switch phase {
        case .ready: break
        case .welcome(let demo): return welcome(key, demoChosen: demo)
        case .opening, .seeding: return key == .function(10) ? [.quit] : []
        case .failed: return key == .function(10) || key == .char("q") || key == .escape ? [.quit] : []
        }
        switch overlay {
        case .none: break
        case .help(let scroll):
            switch key {
            case .down, .char("j"): overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown: overlay = .help(scroll: scroll + 10)
            case .pageUp: overlay = .help(scroll: max(0, scroll - 10))
            default: overlay = .none
            }
            return []
        case .command(var line):
            switch line.handle(key) {
            case .cancelled:
                overlay = .none
            case .submitted(let text):
                overlay = .none
                if !text.isEmpty { commandHistory.append(text) }
                return run(command: text)
            default:
                overlay = .command(line)
            }
            return []
        case .confirmQuit(var dialog):
            switch dialog.handle(key) {
            case .confirmed: return [.quit]
            case .declined: overlay = .none
            case .none: overlay = .confirmQuit(dialog)
            }
            return []
        case .confirmDiscard(var dialog):
            switch dialog.handle(key) {
            case .confirmed:
                overlay = .none
                switch place {
                case .step: leaveStep()
                case .resultSheet: return leaveSheet()
                default: leaveForm()
                }
            case .declined: overlay = .none
            case .none: overlay = .confirmDiscard(dialog)
            }
            return []
        case .report(var report):
            switch key {
            case .down, .char("j"): report.scroll = min(report.scroll + 1, max(0, report.lines.count - 1))
            case .up, .char("k"): report.scroll = max(0, report.scroll - 1)
            default:
                overlay = .none
                return []
            }
            overlay = .report(report)
            return []
        }
        if case .step = place { return stepKey(key) }
        if case .resultSheet = place { return sheetKey(key) }
        if case .reviews = place, let effects = reviewKey(key) { return effects }
        if case .documents = place, let effects = documentsKey(key) { return effects }
        // A field with focus: only F-keys and Ctrl-keys reach the shell.
        if workers.search != nil, pane == .workers, case .pane = place {
            if DeskKeys.actsWhileTyping(key), let action = DeskKeys.table(strings).action(for: key) {
                return perform(action)
            }
            return typeSearch(key)
        }
        if let effects = recordKey(key) { return effects }
        switch place {
        case .workerForm:
            return formKey(key)
        case .pane(.workers):
            if picking != nil, key == .escape { return cancelPick() }
            if let action = WorkersKeys.list(strings, canWrite: context.canWrite).action(for: key) {
                return workersAction(action)
            }
        case .worker:
            if let action = WorkersKeys.card(strings, canWrite: context.canWrite).action(for: key) {
                return cardAction(action)
            }
        default: break
        }
        if let action = DeskKeys.table(strings).action(for: key) { return perform(action) }
        if !context.canWrite, let refusal = writeKeyTypedAnyway(key) { say(refusal, .error) }
        return []
    }

    /// The shell's actions.
    mutating func perform(_ action: DeskAction) -> [DeskEffect] {
        switch action {
        case .help:
            overlay = .help(scroll: 0)
            return []
        case .quit:
            return [.quit]
        case .command:
            overlay = .command(DeskCommands.lineState(self))
            return []
        case .nextTab:
            return show(pane: Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count) ?? .workers)
        case .previousTab:
            return show(pane: Pane(rawValue: (pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .workers)
        case .tab(let p):
            return show(pane: p)
        case .back:
            if case .worker = place { card = nil }
            _ = back()
            if case .worker(let id) = place, card?.id != id { return openCardModel(id) }
            return recordPlaceShown()
        }
    }

    mutating func show(pane p: Pane) -> [DeskEffect] {
        // Another tab while picking a worker: the pick is given up, not left waiting.
        if picking != nil, p != .workers { picking = nil }
        go(.pane(p))
        switch p {
        case .workers: return workersWindowEffects()
        case .dashboard: return phase == .ready ? [.dashboard] : []
        default: return recordPlaceShown()
        }
    }

    /// The keys a supervisor does not have, typed anyway: answered in words, never silently ignored.
    func writeKeyTypedAnyway(_ key: Key) -> String? {
        let sh = strings.shell
        switch place {
        case .pane(.workers):
            return WorkersKeys.list(strings, canWrite: true).action(for: key) == .new ? sh.readOnlyCannot(sh.verbRegister) : nil
        case .worker:
            switch WorkersKeys.card(strings, canWrite: true).action(for: key) {
            case .edit?: return sh.readOnlyCannot(sh.verbEdit)
            case .reveal?: return strings.workers.revealNotAllowed
            case .step(let kind)?: return sh.readOnlyCannot(strings.steps.title(kind).lowercased())
            default: return nil
            }
        default: return nil
        }
    }

    mutating func welcome(_ key: Key, demoChosen: Bool) -> [DeskEffect] {
        switch key {
        case .left, .right, .tab, .backTab: phase = .welcome(demoChosen: !demoChosen)
        case .char("d"), .char("D"): return startDirectory(demo: true)
        case .char("e"), .char("E"), .char("k"), .char("K"): return startDirectory(demo: false)
        case .enter: return startDirectory(demo: demoChosen)
        case .function(10), .char("q"), .escape: return [.quit]
        default: break
        }
        return []
    }

    mutating func startDirectory(demo: Bool) -> [DeskEffect] {
        phase = demo ? .seeding(done: 0, total: 0) : .opening
        return [.start(demo: demo)]
    }
}
