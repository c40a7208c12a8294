extension FormState {
    /// Applies one key: printable characters are text in a field that takes text; other keys go
    /// through `keys`; what the table does not bind edits the focused field (←/→, Backspace,
    /// Ctrl-A/E/U/K/W…).
    public mutating func handle(_ key: Key) -> FormOutcome {
        guard fields.indices.contains(focus) else {
            return keys.action(for: key) == .cancel ? .cancelled : .none
        }
        if case .char = key, fields[focus].takesText {
            // Typing over a chosen option starts a new search instead of appending to its code.
            if fields[focus].pickedOption != nil, !fields[focus].readOnly { fields[focus].input.text = "" }
            return edit(key)
        }
        if let action = keys.action(for: key) { return perform(action) }
        return edit(key)
    }

    /// Does what a key of the table asks.
    public mutating func perform(_ action: FormAction) -> FormOutcome {
        guard fields.indices.contains(focus) else { return action == .cancel ? .cancelled : .none }
        let field = fields[focus]
        switch action {
        case .next:
            if isPickListOpen { pickHighlighted() }
            return move(by: 1, wrap: true)
        case .nextOrSubmit:
            if isPickListOpen { pickHighlighted() }
            return step(from: focus, by: 1, wrap: false) == nil ? submit() : move(by: 1, wrap: false)
        case .previous:
            return move(by: -1, wrap: true)
        case .up:
            if isPickListOpen { movePickHighlight(by: -1); return .none }
            return move(by: -1, wrap: false)
        case .down:
            if isPickListOpen { movePickHighlight(by: 1); return .none }
            if field.kind.isPick, !field.readOnly { openPickList(); return .none }
            return move(by: 1, wrap: false)
        case .toggle:
            guard field.kind.isCheckbox, !field.readOnly else { return .none }
            fields[focus].checked.toggle()
            return edited()
        case .submit:
            return submit()
        case .cancel:
            if isPickListOpen { closePickList(); return .none }
            return .cancelled
        }
    }

    /// Saves: leaves the focused field as Tab would, runs every validator and the form validator.
    public mutating func submit() -> FormOutcome {
        leaveFocused()
        touchAll()
        revalidate()
        if let first = fields.firstIndex(where: { error(for: $0.id) != nil }) {
            focus = first
            return .invalid
        }
        return .submitted(values)
    }

    /// Moves focus to the next field that can take it; `.left` when focus moved.
    mutating func move(by delta: Int, wrap: Bool) -> FormOutcome {
        let left = fields[focus].id
        leaveFocused()
        guard let target = step(from: focus, by: delta, wrap: wrap), target != focus else { return .none }
        focus = target
        return .left(field: left)
    }

    /// What leaving a field does: the pick list closes, text that is exactly one option's code
    /// picks it, and the field's messages are shown from now on.
    mutating func leaveFocused() {
        closePickList()
        let field = fields[focus]
        if field.kind.isPick, field.pickedOption == nil, !field.input.text.isEmpty {
            let typed = PickOption.fold(field.input.text)
            let exact = field.kind.pickOptions.indices.filter { PickOption.fold(field.kind.pickOptions[$0].code) == typed }
            if exact.count == 1, let only = exact.first { choose(only) }
        }
        touch(field.id)
        revalidate()
    }

    /// Picks the highlighted option of the open list, if any.
    mutating func pickHighlighted() {
        let matches = pickMatches
        let options = fields[focus].kind.pickOptions
        if matches.indices.contains(pickHighlight), let i = options.firstIndex(of: matches[pickHighlight]) { choose(i) }
        closePickList()
    }

    mutating func choose(_ option: Int) {
        let options = fields[focus].kind.pickOptions
        guard options.indices.contains(option) else { return }
        fields[focus].picked = option
        fields[focus].input.text = options[option].code
        clearAppError(fields[focus].id)
    }

    /// A key for the focused field's text.
    mutating func edit(_ key: Key) -> FormOutcome {
        var field = fields[focus]
        guard !field.readOnly, field.takesText else { return .none }
        let before = field.input.text
        guard field.input.handle(key), field.input.text != before else { return .none }
        if field.kind.isPick {
            // New text is a new search: the earlier pick no longer holds.
            field.picked = nil
        }
        fields[focus] = field
        if field.kind.isPick {
            if field.input.text.isEmpty { closePickList() } else { openPickList() }
        }
        return edited()
    }

    /// After a change to the focused field's value: the app's error there goes, messages update.
    mutating func edited() -> FormOutcome {
        let id = fields[focus].id
        clearAppError(id)
        revalidate()
        return .edited(field: id)
    }
}
