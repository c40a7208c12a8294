import TerpaduCore

/// The core's seeded generator with the helpers the fuzzers use, so a failing input can be found
/// again from its seed.
public struct TestRandom: RandomNumberGenerator {
    private var base: SeededRandom

    public init(seed: UInt64) { base = SeededRandom(seed: seed) }

    public mutating func next() -> UInt64 { base.next() }

    /// 0..<n; 0 when n ≤ 0.
    public mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    public mutating func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[below(xs.count)] }
}
