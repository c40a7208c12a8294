/// A filled bar with a centred label ("62%"), for a ratio 0…1.
public struct Gauge: Widget {
    public var ratio: Double
    public var label: String?
    public var theme: Theme
    public var slot: ThemeSlot

    public init(ratio: Double, label: String? = nil, slot: ThemeSlot = .accent, theme: Theme = .builtIn) {
        self.ratio = ratio.isFinite ? min(max(ratio, 0), 1) : 0
        self.label = label
        self.slot = slot
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let filled = Int((Double(area.width) * ratio).rounded(.down))
        let fillStyle = Style(fg: theme[slot].fg, bg: theme[slot].fg).adding(theme[slot].fg == nil ? .reverse : [])
        for y in area.y..<area.maxY {
            buffer.fill(Rect(x: area.x, y: y, width: filled, height: 1), style: fillStyle)
            buffer.fill(Rect(x: area.x + filled, y: y, width: area.width - filled, height: 1), style: theme[.muted])
        }
        let text = label ?? "\(Int((ratio * 100).rounded()))%"
        let w = min(TextLayout.width(text), area.width)
        let x = area.x + (area.width - w) / 2
        let y = area.y + area.height / 2
        buffer.write(text, x: x, y: y, width: w, style: Style(attributes: .bold))
        // Keep the label readable on the filled part.
        for cx in x..<(x + w) where cx < area.x + filled {
            buffer.setStyle(Rect(x: cx, y: y, width: 1, height: 1), Style(attributes: .reverse))
        }
    }
}

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
