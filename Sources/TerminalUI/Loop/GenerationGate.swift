/// A value computed off the UI thread, tagged with the generation it was started for.
public struct Tagged<Value: Sendable>: Sendable {
    public var generation: UInt64
    public var value: Value
    public init(generation: UInt64, value: Value) {
        self.generation = generation
        self.value = value
    }
}

/// Numbers the requests for one kind of slow work (say, the filter over a million rows). Each new
/// request calls `next()`; a result comes back `Tagged` and `accept` keeps it only if no newer request
/// has started since, so a result made stale by a newer keystroke is dropped. Thread-safe, so the
/// worker can also ask `isCurrent` and give up early.
public final class GenerationGate: Sendable {
    private let current = Locked<UInt64>(0)

    public init() {}

    /// Starts a new generation and returns its number; everything older becomes stale.
    public func next() -> UInt64 { current.withLock { $0 += 1; return $0 } }

    public var latest: UInt64 { current.withLock { $0 } }

    public func isCurrent(_ generation: UInt64) -> Bool { current.withLock { $0 == generation } }

    /// The value when it belongs to the latest generation, else nil (stale).
    public func accept<Value>(_ result: Tagged<Value>) -> Value? {
        isCurrent(result.generation) ? result.value : nil
    }
}
