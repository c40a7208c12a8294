/// The open list of a pick field: a small framed box of at most `maxRows` options ("code  label"),
/// the highlighted one in the selection style, the match count in the top border and how many
/// more are below in the bottom one. Drawn over whatever is beneath, in the rows under the field
/// (or above it when there is more room there), clipped to the form's area.
struct PickListView {
    var matches: [PickOption]
    var total: Int
    var highlight: Int
    var words: ToolkitWords
    var theme: Theme
    var maxRows = 8

    func render(under field: Rect, within area: Rect, _ buffer: inout Buffer) {
        let rows = min(maxRows, max(1, matches.count))
        let below = area.maxY - field.maxY
        let above = field.y - area.y
        let height = rows + 2
        let y: Int
        let h: Int
        if below >= height || below >= above {
            y = field.maxY
            h = min(height, below)
        } else {
            h = min(height, above)
            y = field.y - h
        }
        let contentWidth = max(matches.map { TextLayout.width($0.shown) }.max() ?? 0, TextLayout.width(words.noMatches))
        let w = min(max(field.width, contentWidth + 4), area.width)
        let x = max(area.x, min(field.x, area.maxX - w))
        let box = Rect(x: x, y: y, width: w, height: h).intersection(area)
        guard !box.isEmpty else { return }
        let shown = min(rows, max(0, box.height - 2))
        let start = highlight >= shown ? highlight - shown + 1 : 0
        let hidden = max(0, matches.count - start - shown)
        buffer.fill(box, style: theme[.background])
        Block(title: "\(matches.count)/\(total)", theme: theme, titleStyle: theme[.muted], fill: theme[.background])
            .render(box, &buffer)
        if hidden > 0, box.height >= 2 {
            let text = " \(hidden) \(words.more) "
            let tw = TextLayout.width(text)
            if tw + 3 <= box.width { buffer.write(text, x: box.maxX - 2 - tw, y: box.maxY - 1, width: tw, style: theme[.muted]) }
        }
        let inner = box.inset(1)
        guard !inner.isEmpty else { return }
        if matches.isEmpty {
            buffer.write(words.noMatches, in: inner.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        for (n, option) in matches.enumerated().dropFirst(start).prefix(min(shown, inner.height)) {
            let row = inner.row(n - start)
            let style = n == highlight ? theme[.selection] : theme[.text]
            buffer.fill(row, style: style)
            buffer.write(option.shown, in: row.inset(horizontal: 1), style: style)
        }
    }
}
