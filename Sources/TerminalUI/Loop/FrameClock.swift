/// Decides when the next frame may be drawn: as soon as there is something new, but no sooner than
/// `minimumInterval` (16 ms, about 60 frames a second) after the previous frame. A resize skips the
/// wait. Pure: the loop passes the time in.
public struct FrameClock: Sendable {
    public var minimumInterval: Duration
    public private(set) var lastFrame: ContinuousClock.Instant?

    public init(minimumInterval: Duration = .milliseconds(16)) {
        self.minimumInterval = minimumInterval
    }

    /// How long to wait before a frame may be drawn at `now` (zero: draw now).
    public func delay(at now: ContinuousClock.Instant) -> Duration {
        guard let lastFrame else { return .zero }
        let next = lastFrame + minimumInterval
        return next > now ? next - now : .zero
    }

    public func canDraw(at now: ContinuousClock.Instant) -> Bool { delay(at: now) == .zero }

    public mutating func didDraw(at now: ContinuousClock.Instant) { lastFrame = now }
}
