/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var slot: ThemeSlot
    public init(_ label: String, _ value: Double, slot: ThemeSlot = .accent) {
        self.label = label
        self.value = value
        self.slot = slot
    }
}

/// Horizontal bars: label, a bar scaled to the largest value (block characters, or `#` in the
/// ASCII set), and the value. Horizontal so labels such as province names stay readable.
public struct BarChart: Widget {
    public var bars: [Bar]
    public var theme: Theme
    public var valueFormatter: @Sendable (Double) -> String

    public init(bars: [Bar], theme: Theme = .builtIn,
                valueFormatter: @escaping @Sendable (Double) -> String = { String(Int($0.isFinite ? $0 : 0)) }) {
        self.bars = bars
        self.theme = theme
        self.valueFormatter = valueFormatter
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { TextLayout.width($0.label) }.max() ?? 0, area.width / 3)
        let valueTexts = bars.map { valueFormatter($0.value) }
        let valueWidth = min(valueTexts.map { TextLayout.width($0) }.max() ?? 0, area.width / 4)
        let top = bars.map(\.value).filter(\.isFinite).max() ?? 0
        let cols = Layout.horizontal([.fixed(labelWidth), .fill(1), .fixed(valueWidth)], spacing: 1).split(area)
        for (i, bar) in bars.enumerated().prefix(area.height) {
            let y = area.y + i
            buffer.write(bar.label, in: Rect(x: cols[0].x, y: y, width: cols[0].width, height: 1), style: theme[.text])
            let width = cols[1].width
            let fraction = top > 0 && bar.value.isFinite ? min(max(bar.value / top, 0), 1) : 0
            let eighths = Int((fraction * Double(width * 8)).rounded())
            let full = eighths / 8
            for x in 0..<min(full, width) {
                buffer.write(theme.symbols.full, x: cols[1].x + x, y: y, width: 1, style: theme[bar.slot])
            }
            if full < width, eighths % 8 > 0, theme.symbols == .unicode {
                // Horizontal eighth blocks: ▏▎▍▌▋▊▉
                let horizontal = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
                buffer.write(horizontal[eighths % 8], x: cols[1].x + full, y: y, width: 1, style: theme[bar.slot])
            }
            buffer.write(valueTexts[i], in: Rect(x: cols[2].x, y: y, width: cols[2].width, height: 1),
                         alignment: .right, style: theme[.text])
        }
    }
}
