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
        // Filled: black on the slot's colour, or reverse video without colour. Empty: muted.
        let fillStyle = theme[slot].fg.map { Style(fg: .black, bg: $0) } ?? Style(attributes: .reverse)
        let emptyStyle = theme[.muted]
        buffer.fill(Rect(x: area.x, y: area.y, width: filled, height: area.height), style: fillStyle)
        buffer.fill(Rect(x: area.x + filled, y: area.y, width: area.width - filled, height: area.height), style: emptyStyle)
        let text = label ?? "\(Int((ratio * 100).rounded()))%"
        let w = min(TextLayout.width(text), area.width)
        let x = area.x + (area.width - w) / 2
        buffer.write(text, x: x, y: area.y + area.height / 2, width: w, style: Style(attributes: .bold))
    }
}
