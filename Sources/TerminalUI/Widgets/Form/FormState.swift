/// A form's state and its pure update, `handle(key) -> FormOutcome`. Fields come in a fixed order;
/// the keys are in `keys` (see `FormAction` and `defaultKeys`). While a field that takes text has
/// focus every printable character is text (names may hold `?`, dates are typed with `/`); only the
/// keys of the table that are not printable (F-keys, Ctrl-keys, Tab, Enter, Esc, arrows) act there.
///
/// Errors: a field's validator and the form validator run when the field is left and on save, and
/// again as you type in a field once it shows an error. The app's own errors (`setError`, say a
/// refusal from the core) stay until that field is edited, and block saving like any error. Notes
/// (`setNote`) are muted and never block. Nothing typed is ever cleared by a refusal.
public struct FormState: Sendable {
    public var fields: [FormField]
    public var focus: Int
    public var keys: KeyTable<FormAction>
    public var words: ToolkitWords
    /// Sees every field's value (by id) and returns messages by field id.
    public var formValidator: (@Sendable ([String: String]) -> [String: String])?
    /// The values as the form was opened (after the app's prefill, see `markOpened`).
    public private(set) var initialValues: [String: String] = [:]
    public private(set) var isPickListOpen = false
    /// The highlighted row of the open pick list (an index into `pickMatches`).
    public private(set) var pickHighlight = 0
    /// Fields left at least once (or all, after a save): their validation messages are shown.
    private var touched: Set<String> = []
    private var validationErrors: [String: String] = [:]
    private var appErrors: [String: String] = [:]
    private var notes: [String: String] = [:]

    /// `keys` defaults to `defaultKeys(words: words)`.
    public init(fields: [FormField], focus: Int = 0, keys: KeyTable<FormAction>? = nil, words: ToolkitWords = .english) {
        self.fields = fields
        self.words = words
        self.keys = keys ?? Self.defaultKeys(words: words)
        self.focus = min(max(0, focus), max(0, fields.count - 1))
        if fields.indices.contains(self.focus), fields[self.focus].readOnly, let first = step(from: self.focus, by: 1, wrap: true) {
            self.focus = first
        }
        initialValues = values
    }

    // MARK: Reading

    public var values: [String: String] {
        Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// The value of a field ("" for an unknown id): see `FormField.value`.
    public func value(_ id: String) -> String { field(id)?.value ?? "" }

    /// What is typed or shown in a field.
    public func text(_ id: String) -> String { field(id)?.text ?? "" }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    /// The message shown beside a field: the app's, else the validators'.
    public func error(for id: String) -> String? { appErrors[id] ?? validationErrors[id] }

    /// Every message shown, by field id.
    public var errors: [String: String] { validationErrors.merging(appErrors) { _, app in app } }

    public func note(for id: String) -> String? { notes[id] }

    public var isChanged: Bool { !changedFields.isEmpty }

    /// The fields whose value differs from the one the form was opened with.
    public var changedFields: Set<String> {
        Set(fields.map(\.id).filter { value($0) != (initialValues[$0] ?? "") })
    }

    public var focusedID: String? { fields.indices.contains(focus) ? fields[focus].id : nil }

    /// The options the focused pick field's text finds (every option when nothing new is typed).
    public var pickMatches: [PickOption] {
        guard fields.indices.contains(focus) else { return [] }
        let field = fields[focus]
        let options = field.kind.pickOptions
        if field.input.text.isEmpty || field.pickedOption?.code == field.input.text { return options }
        return options.filter { $0.matches(field.input.text) }
    }

    // MARK: The app's changes

    /// Sets a field's value as the app knows it (a prefill): a pick by code, a date given YYYY-MM-DD
    /// (shown in the field's `dateOrder`), a checkbox by "true".
    public mutating func setValue(_ value: String, for id: String) {
        guard let i = index(id) else { return }
        fields[i].setValue(value)
        revalidate()
    }

    /// A message beside the field (nil clears it); it stays until the field is edited.
    public mutating func setError(_ message: String?, for id: String) { appErrors[id] = message }

    /// A muted note beside the field (nil clears it); it never blocks saving.
    public mutating func setNote(_ note: String?, for id: String) { notes[id] = note }

    /// The current values become the ones `isChanged` compares with (call it after prefilling).
    public mutating func markOpened() { initialValues = values }

    public mutating func focus(_ id: String) {
        guard let i = index(id) else { return }
        closePickList()
        focus = i
    }

    // MARK: Internals shared with the key handling

    func index(_ id: String) -> Int? { fields.firstIndex { $0.id == id } }

    /// The next field from `start` in direction `delta` that can take focus (not read-only).
    func step(from start: Int, by delta: Int, wrap: Bool) -> Int? {
        var i = start
        for _ in 0..<fields.count {
            i += delta
            if wrap { i = (i % fields.count + fields.count) % fields.count }
            guard fields.indices.contains(i) else { return nil }
            if !fields[i].readOnly { return i }
        }
        return nil
    }

    mutating func touch(_ id: String) { touched.insert(id) }

    mutating func touchAll() { touched = Set(fields.map(\.id)) }

    mutating func clearAppError(_ id: String) { appErrors[id] = nil }

    mutating func closePickList() {
        isPickListOpen = false
        pickHighlight = 0
    }

    mutating func openPickList() {
        isPickListOpen = true
        let matches = pickMatches
        let picked = fields.indices.contains(focus) ? fields[focus].pickedOption : nil
        pickHighlight = picked.flatMap { p in matches.firstIndex(of: p) } ?? 0
    }

    mutating func movePickHighlight(by delta: Int) {
        let count = pickMatches.count
        guard count > 0 else { pickHighlight = 0; return }
        pickHighlight = min(max(0, pickHighlight + delta), count - 1)
    }

    /// Runs the validators again for the fields whose messages are shown.
    mutating func revalidate() {
        let formMessages = formValidator?(values) ?? [:]
        var out: [String: String] = [:]
        for field in fields where touched.contains(field.id) {
            if let message = field.validate(words: words) ?? formMessages[field.id] { out[field.id] = message }
        }
        validationErrors = out
    }
}
