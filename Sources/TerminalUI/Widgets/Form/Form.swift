/// Draws a `FormState`: one row per field — the label (accented when focused, `*` when required),
/// the value box, and beside it the field's error ("← message", error style) or else its note
/// (muted). The focused field's open pick list is drawn as a small box under it (above it when
/// there is no room below), over the fields beneath. Scrolls to keep the focused field visible.
public struct Form: Widget {
    public var state: FormState
    public var theme: Theme
    /// Columns for the value box (the rest of the row holds the message).
    public var fieldWidth: Int

    public init(state: FormState, theme: Theme = .builtIn, fieldWidth: Int = 24) {
        self.state = state
        self.theme = theme
        self.fieldWidth = fieldWidth
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let fields = state.fields
        let labelWidth = min(fields.map { TextLayout.width($0.label) + 1 }.max() ?? 0, max(0, area.width / 3))
        let boxWidth = min(fieldWidth, max(1, (area.width - labelWidth - 2) / 2))
        let offset = state.focus >= area.height ? state.focus - area.height + 1 : 0
        var focusedBox: Rect?
        for (i, field) in fields.enumerated().dropFirst(offset).prefix(area.height) {
            let row = area.row(i - offset)
            let focused = i == state.focus
            let cols = Layout.horizontal([.fixed(labelWidth), .fixed(boxWidth), .fill(1)], spacing: 1).split(row)
            buffer.write(field.label + (field.required ? "*" : ""), in: cols[0], alignment: .right,
                         style: focused ? theme[.accent] : theme[.text])
            renderBox(field, focused: focused, cols[1], &buffer)
            if focused { focusedBox = cols[1] }
            if let message = state.error(for: field.id) {
                buffer.write("← " + message, in: cols[2], style: theme[.error])
            } else if let note = state.note(for: field.id) {
                buffer.write(note, in: cols[2], style: theme[.muted])
            }
        }
        if state.isPickListOpen, let box = focusedBox, fields.indices.contains(state.focus) {
            PickListView(matches: state.pickMatches, total: fields[state.focus].kind.pickOptions.count,
                         highlight: state.pickHighlight, words: state.words, theme: theme)
                .render(under: box, within: area, &buffer)
        }
    }

    func renderBox(_ field: FormField, focused: Bool, _ box: Rect, _ buffer: inout Buffer) {
        let editable = focused && !field.readOnly
        let style: Style
        if field.readOnly {
            style = theme[.muted]
        } else {
            style = focused ? theme[.selection] : theme[.muted].adding(.underline)
        }
        switch field.kind {
        case .checkbox:
            buffer.write(field.checked ? theme.symbols.checked : theme.symbols.unchecked, in: box,
                         style: focused ? theme[.selection] : theme[.text])
        case .masked where !field.revealed:
            field.input.render(box, &buffer, style: style, focused: editable, mask: theme.symbols.maskChar)
        case .pick:
            field.input.render(box, &buffer, style: style, focused: editable)
            // The chosen option's label follows its code.
            if let option = field.pickedOption, !option.label.isEmpty, field.input.text == option.code {
                let used = TextLayout.width(option.code) + (editable ? 1 : 0)
                let rest = Rect(x: box.x + used + 1, y: box.y, width: max(0, box.width - used - 1), height: 1)
                buffer.write(option.label, in: rest, style: style)
            }
        default:
            field.input.render(box, &buffer, style: style, focused: editable)
        }
    }
}
