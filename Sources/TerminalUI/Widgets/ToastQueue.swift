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
