/// Draws the live toasts stacked at the bottom-right of the area.
public struct ToastView: Widget {
    public var queue: ToastQueue
    public var now: ContinuousClock.Instant
    public var theme: Theme

    public init(queue: ToastQueue, now: ContinuousClock.Instant, theme: Theme = .builtIn) {
        self.queue = queue
        self.now = now
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var y = area.maxY - 1
        for toast in queue.visible(at: now).reversed() where y >= area.y {
            let text = TextLayout.truncate(" " + toast.message + " ", to: area.width)
            let w = TextLayout.width(text)
            var style = theme[toast.slot].adding(.reverse)
            if toast.phase(at: now) == .fading { style = style.adding(.dim) }
            buffer.write(text, x: area.maxX - w, y: y, width: w, style: style)
            y -= 1
        }
    }
}
