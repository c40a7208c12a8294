/// A short message that appears in a corner and fades: full style for most of its life, dimmed
/// for the last part, then gone. Time is passed in by the caller, never read here.
public struct Toast: Hashable, Sendable {
    public var message: String
    public var slot: ThemeSlot
    public var posted: ContinuousClock.Instant
    public var lifetime: Duration

    public init(_ message: String, slot: ThemeSlot = .ok, posted: ContinuousClock.Instant, lifetime: Duration = .seconds(3)) {
        self.message = message
        self.slot = slot
        self.posted = posted
        self.lifetime = lifetime
    }

    public enum Phase: Hashable, Sendable { case shown, fading, gone }

    /// Shown for the first 70 % of the lifetime, fading for the rest.
    public func phase(at now: ContinuousClock.Instant) -> Phase {
        let age = now - posted
        if age >= lifetime { return .gone }
        if age >= lifetime * 0.7 { return .fading }
        return .shown
    }
}

/// The toasts currently alive, newest last.
public struct ToastQueue: Hashable, Sendable {
    public private(set) var toasts: [Toast] = []
    public var limit: Int

    public init(limit: Int = 3) { self.limit = limit }

    public mutating func post(_ toast: Toast) {
        toasts.append(toast)
        if toasts.count > limit { toasts.removeFirst(toasts.count - limit) }
    }

    /// Drops toasts that are gone at `now`.
    public mutating func prune(at now: ContinuousClock.Instant) {
        toasts.removeAll { $0.phase(at: now) == .gone }
    }

    public func visible(at now: ContinuousClock.Instant) -> [Toast] {
        toasts.filter { $0.phase(at: now) != .gone }
    }

    /// True while some toast is alive, so the app keeps ticking to fade it.
    public func isAnimating(at now: ContinuousClock.Instant) -> Bool { !visible(at: now).isEmpty }
}

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
