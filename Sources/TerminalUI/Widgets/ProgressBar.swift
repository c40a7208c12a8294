/// A one-line progress bar: `████░░░░ 45%` (ASCII: `####.... 45%`).
public struct ProgressBar: Widget {
    public var ratio: Double
    public var theme: Theme
    public var slot: ThemeSlot
    public var showPercent: Bool

    public init(ratio: Double, slot: ThemeSlot = .accent, showPercent: Bool = true, theme: Theme = .builtIn) {
        self.ratio = ratio.isFinite ? min(max(ratio, 0), 1) : 0
        self.slot = slot
        self.showPercent = showPercent
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let percent = "\(Int((ratio * 100).rounded()))%"
        let pw = showPercent && area.width >= 8 ? TextLayout.width(percent) + 1 : 0
        let barWidth = area.width - pw
        let filled = Int((Double(barWidth) * ratio).rounded(.down))
        let y = area.y
        for x in 0..<barWidth {
            let full = x < filled
            buffer.write(full ? theme.symbols.full : theme.symbols.gaugeEmpty, x: area.x + x, y: y, width: 1,
                         style: full ? theme[slot] : theme[.muted])
        }
        if pw > 0 { buffer.write(percent, in: Rect(x: area.x + barWidth + 1, y: y, width: pw - 1, height: 1), alignment: .right, style: theme[.text]) }
    }
}
