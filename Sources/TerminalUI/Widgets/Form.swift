/// Draws a `FormState`: one row per field — label, the value box, and the field's validation
/// message beside it in the error style. The focused field's label is accented and its cursor shown.
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
        let labelWidth = min(state.fields.map { TextLayout.width($0.label) + 1 }.max() ?? 0, max(0, area.width / 3))
        // Scroll so the focused field is visible.
        let offset = state.focus >= area.height ? state.focus - area.height + 1 : 0
        for (i, field) in state.fields.enumerated().dropFirst(offset).prefix(area.height) {
            let row = area.row(i - offset)
            let focused = i == state.focus
            let boxWidth = min(fieldWidth, max(1, (area.width - labelWidth - 2) / 2))
            let cols = Layout.horizontal([.fixed(labelWidth), .fixed(boxWidth), .fill(1)], spacing: 1).split(row)
            let marker = field.required ? "*" : ""
            buffer.write(field.label + marker, in: cols[0], alignment: .right,
                         style: focused ? theme[.accent] : theme[.text])
            let box = cols[1]
            let boxStyle = focused ? theme[.selection] : theme[.muted].adding(.underline)
            switch field.kind {
            case .checkbox:
                buffer.write(field.checked ? theme.symbols.checked : theme.symbols.unchecked, in: box,
                             style: focused ? theme[.selection] : theme[.text])
            case .choice:
                buffer.fill(box, style: boxStyle)
                buffer.write("‹ " + field.value + " ›", in: box, style: boxStyle)
            case .masked:
                field.input.render(box, &buffer, style: boxStyle, focused: focused, mask: theme.symbols.maskChar)
            default:
                field.input.render(box, &buffer, style: boxStyle, focused: focused)
            }
            if let message = state.error(for: field.id) {
                buffer.write("← " + message, in: cols[2], style: theme[.error])
            }
        }
    }
}
