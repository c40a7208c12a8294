import TerminalUI

/// The hint bar and the help screen, both read from the key tables that drive dispatch, so neither
/// can promise a key that does something else (or a key this role does not have).
enum DeskHints {
    /// The hint bar: the screen's keys, then the shell's. An F-key is shown with its plain twin
    /// ("F7/n"), because vt100 and the Linux console garble some F-keys.
    static func current(_ model: DeskModel) -> [KeyHint] {
        var hints: [KeyHint] = []
        switch model.place {
        case .pane(.workers): hints += bar(WorkersKeys.list(model.strings, canWrite: model.context.canWrite).bindings)
        case .worker:
            hints += bar(WorkersKeys.card(model.strings, canWrite: model.context.canWrite).bindings)
            hints.append(KeyHint(keys: "Esc", label: model.strings.shell.hintBack))
        case .workerForm:
            // In a form every printable key is text: only the F-keys of the shell apply.
            hints += bar(model.workerForm?.form.keys.bindings ?? [])
            if model.workerForm?.editedID != nil { hints += bar(WorkersKeys.form(model.strings, canWrite: model.context.canWrite).bindings) }
            return hints + bar(shellFKeys(model), typing: true)
        case .step:
            return bar(model.stepForm?.form.keys.bindings ?? []) + bar(shellFKeys(model), typing: true)
        case .resultSheet:
            return bar(model.resultSheet?.sheet?.keys.bindings ?? []) + bar(shellFKeys(model), typing: true)
        case .reviews:
            hints += bar(ReviewKeys.table(model.strings, canWrite: model.context.canWrite).bindings)
            hints.append(KeyHint(keys: "Esc", label: model.strings.shell.hintBack))
        case .documents:
            hints += bar(DocumentChecklistKeys.table(model.strings, canWrite: model.context.canWrite).bindings)
            if model.context.canWrite { hints.append(KeyHint(keys: "1–9", label: model.strings.steps.hintRecordNumbered)) }
            hints.append(KeyHint(keys: "Esc", label: model.strings.shell.hintBack))
        default:
            let record = RecordKeys.bindings(model)
            hints += bar(record.list?.bindings ?? []) + bar(record.detail?.bindings ?? [])
            if record.detail != nil { hints.append(KeyHint(keys: "Esc", label: model.strings.shell.hintBack)) }
        }
        return hints + bar(DeskKeys.table(model.strings).bindings)
    }

    static func shellFKeys(_ model: DeskModel) -> [KeyBinding<DeskAction>] {
        DeskKeys.table(model.strings).bindings.filter { b in b.keys.contains { if case .function = $0 { true } else { false } } }
    }

    /// `typing`: a field has focus, so a plain key would be text: only the F-key is shown.
    static func bar<A>(_ bindings: [KeyBinding<A>], typing: Bool = false) -> [KeyHint] {
        bindings.compactMap { b in
            guard let hint = b.hint, let first = b.keys.first else { return nil }
            if let keys = b.hintKeys { return KeyHint(keys: keys, label: hint) }
            if case .function = first, !typing,
               let plain = b.keys.dropFirst().first(where: { if case .char = $0 { true } else { false } }) {
                return KeyHint(keys: first.displayName + "/" + plain.displayName, label: hint)
            }
            return KeyHint(keys: first.displayName, label: hint)
        }
    }

    /// `?`: the screen's keys, the shell's, and the commands, each under its heading.
    static func help(_ model: DeskModel) -> [HelpEntry] {
        let s = model.strings.shell
        var entries: [HelpEntry] = []
        func section(_ title: String, _ items: [HelpEntry]) {
            guard !items.isEmpty else { return }
            if !entries.isEmpty { entries.append(HelpEntry(keys: "", help: "")) }
            entries.append(HelpEntry(keys: "— " + title, help: ""))
            entries += items
        }
        switch model.place {
        case .pane(.workers): section(s.helpThisScreen, WorkersKeys.list(model.strings, canWrite: model.context.canWrite).helpEntries)
        case .worker: section(s.helpThisScreen, WorkersKeys.card(model.strings, canWrite: model.context.canWrite).helpEntries)
        case .workerForm:
            section(s.helpForm, (model.workerForm?.form.keys.helpEntries ?? [])
                    + WorkersKeys.form(model.strings, canWrite: model.context.canWrite).helpEntries)
        case .step:
            section(s.helpForm, model.stepForm?.form.keys.helpEntries ?? [])
        case .resultSheet:
            section(s.helpForm, model.resultSheet?.sheet?.keys.helpEntries ?? [])
        case .reviews:
            section(s.helpThisScreen, ReviewKeys.table(model.strings, canWrite: model.context.canWrite).helpEntries)
        case .documents:
            section(s.helpThisScreen, merged(DocumentChecklistKeys.table(model.strings, canWrite: model.context.canWrite).bindings))
        default:
            let record = RecordKeys.bindings(model)
            section(s.helpThisScreen, (record.list?.helpEntries ?? []) + (record.detail?.helpEntries ?? []))
        }
        section(s.helpEverywhere, merged(DeskKeys.table(model.strings).bindings))
        section(s.helpCommands, s.commandsHelp.map { HelpEntry(keys: $0.0, help: $0.1) })
        return entries
    }

    /// Bindings sharing one help text (the six tab digits) on one line: "1 2 3 4 5 6".
    static func merged<A>(_ bindings: [KeyBinding<A>]) -> [HelpEntry] {
        var out: [HelpEntry] = []
        for b in bindings {
            if let last = out.last, last.help == b.help {
                out[out.count - 1].keys += " " + b.keysLabel
            } else {
                out.append(HelpEntry(keys: b.keysLabel, help: b.help))
            }
        }
        return out
    }
}
