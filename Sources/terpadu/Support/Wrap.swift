/// `items` joined with `separator` (kept at the end of each item but the last) into lines of at most
/// `width` columns, so plain output reads on an 80-column terminal without the terminal's own wrapping
/// cutting words. `first` starts the first line and `then` each following one. An item longer than a
/// line stands on its own line.
func wrap(_ items: [String], separator: String = ",", first: String, then: String, width: Int = 80) -> [String] {
    var lines: [String] = []
    var line = first
    var lineHasItem = false
    for (i, item) in items.enumerated() {
        let piece = item + (i + 1 < items.count ? separator : "")
        if lineHasItem && line.count + 1 + piece.count > width {
            lines.append(line)
            line = then
            lineHasItem = false
        }
        line += (lineHasItem ? " " : "") + piece
        lineHasItem = true
    }
    lines.append(line)
    return lines
}
