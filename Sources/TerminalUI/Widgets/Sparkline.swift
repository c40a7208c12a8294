/// A one-row chart of recent values with block characters (▁▂▃▄▅▆▇█, or ASCII `.:=#`).
/// Shows the newest values when there are more than columns.
public struct Sparkline: Widget {
    public var values: [Double]
    public var maximum: Double?
    public var slot: ThemeSlot
    public var theme: Theme

    public init(values: [Double], maximum: Double? = nil, slot: ThemeSlot = .accent, theme: Theme = .builtIn) {
        self.values = values
        self.maximum = maximum
        self.slot = slot
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let finite = shown.filter(\.isFinite)
        let top = maximum ?? (finite.max() ?? 0)
        let levels = theme.symbols.levels
        let steps = levels.count - 1
        for (i, v) in shown.enumerated() {
            let fraction = top > 0 && v.isFinite ? min(max(v / top, 0), 1) : 0
            // Total eighths across the rows, so taller areas show finer detail.
            let eighths = Int((fraction * Double(area.height * steps)).rounded())
            for row in 0..<area.height {
                let fromBottom = row * steps
                let level = min(steps, max(0, eighths - fromBottom))
                let y = area.maxY - 1 - row
                buffer.write(levels[level], x: area.x + i, y: y, width: 1, style: theme[slot])
            }
        }
    }
}
