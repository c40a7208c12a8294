/// The shared look of dialogs: a framed box centred in the area, the message wrapped, buttons at
/// the bottom. Shrinks with the area; at the smallest sizes only the title is left.
struct DialogFrame: Widget {
    var title: String
    var message: String
    var buttons: [(String, Bool)]
    var theme: Theme
    var style: Style

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let width = min(area.width, max(30, min(60, TextLayout.width(message) + 4)))
        let lines = TextLayout.wrap(message, width: max(1, width - 4))
        let height = min(area.height, lines.count + 4)
        let box = area.centered(width: width, height: height)
        let block = Block(title: title, theme: theme, titleStyle: style, borderStyle: style, fill: theme[.background])
        buffer.fill(box, style: theme[.background])
        block.render(box, &buffer)
        let inner = block.inner(box).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let textRows = max(0, inner.height - 1)
        Paragraph(message, style: theme[.text]).render(inner.top(textRows), &buffer)
        let buttonRow = inner.bottom(1)
        let total = buttons.reduce(0) { $0 + TextLayout.width($1.0) } + 2 * max(0, buttons.count - 1)
        var x = buttonRow.x + max(0, (buttonRow.width - total) / 2)
        for (label, selected) in buttons {
            x += buffer.write(label, x: x, y: buttonRow.y, width: buttonRow.maxX - x,
                              style: selected ? theme[.selection] : theme[.text])
            x += 2
        }
    }
}
