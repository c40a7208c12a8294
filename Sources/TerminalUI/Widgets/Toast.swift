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
