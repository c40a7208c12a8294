/// What a key did to a form.
public enum FormOutcome: Hashable, Sendable {
    /// Nothing for the app to do (the key edited a field, moved focus, or was ignored).
    case none
    /// Enter with every field valid: the values by field id.
    case submitted([String: String])
    /// Enter with errors: focus moved to the first invalid field, messages are shown inline.
    case invalid
    /// Esc.
    case cancelled
}

/// A form's state and its pure update: `handle(key) -> FormOutcome`. Tab/↓ and Shift-Tab/↑ move
/// between fields (validating the field left), Enter submits, Esc cancels.
public struct FormState: Sendable {
    public var fields: [FormField]
    public var focus: Int
    /// Inline messages by field id.
    public private(set) var errors: [String: String] = [:]

    /// The toolkit's words for the form's messages.
    public var words: ToolkitWords

    public init(fields: [FormField], focus: Int = 0, words: ToolkitWords = .english) {
        self.fields = fields
        self.words = words
        self.focus = min(max(0, focus), max(0, fields.count - 1))
    }

    public var values: [String: String] {
        Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    public func error(for id: String) -> String? { errors[id] }

    public mutating func handle(_ key: Key) -> FormOutcome {
        guard !fields.isEmpty else { return key == .escape ? .cancelled : .none }
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            return submit()
        case .tab, .down:
            validateField(focus)
            focus = (focus + 1) % fields.count
            return .none
        case .backTab, .up:
            validateField(focus)
            focus = (focus - 1 + fields.count) % fields.count
            return .none
        default:
            editFocused(key)
            return .none
        }
    }

    /// Validates every field; returns `.submitted` or `.invalid`.
    public mutating func submit() -> FormOutcome {
        for i in fields.indices { validateField(i) }
        if let first = fields.firstIndex(where: { errors[$0.id] != nil }) {
            focus = first
            return .invalid
        }
        return .submitted(values)
    }

    mutating func validateField(_ i: Int) {
        guard fields.indices.contains(i) else { return }
        errors[fields[i].id] = fields[i].validate(words: words)
    }

    mutating func editFocused(_ key: Key) {
        var field = fields[focus]
        switch field.kind {
        case .checkbox:
            if key == .char(" ") { field.checked.toggle() }
        case .choice(let options):
            guard !options.isEmpty else { break }
            if key == .right || key == .char(" ") { field.choiceIndex = (field.choiceIndex + 1) % options.count }
            if key == .left { field.choiceIndex = (field.choiceIndex - 1 + options.count) % options.count }
        default:
            field.input.handle(key)
        }
        fields[focus] = field
        // An error clears as soon as the field becomes valid again.
        if errors[field.id] != nil, field.validate(words: words) == nil { errors[field.id] = nil }
    }
}
