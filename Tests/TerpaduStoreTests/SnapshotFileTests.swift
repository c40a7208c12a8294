import Testing
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct SnapshotFileTests {
    func decode(_ bytes: [UInt8]) throws -> (SnapshotHeader, [UInt8]) {
        try bytes.withUnsafeBytes { raw in
            let (h, p) = try SnapshotFile.decode(raw)
            return (h, Array(p))
        }
    }

    @Test func roundTrip() throws {
        for payload in [[], [7], Array(0..<255), [UInt8](repeating: 0xAB, count: 100_003)] as [[UInt8]] {
            let file = SnapshotFile.encode(sequence: 12_345, payload: payload)
            #expect(file.count == SnapshotFile.headerSize + payload.count)
            let (h, p) = try decode(file)
            #expect(h.sequence == 12_345)
            #expect(h.version == 1)
            #expect(h.payloadLength == UInt64(payload.count))
            #expect(p == payload)
        }
    }

    @Test func typedErrors() throws {
        let good = SnapshotFile.encode(sequence: 9, payload: Array("hello, snapshot".utf8))
        #expect(throws: SnapshotFormatError.truncated(expected: 40, actual: 3)) { try decode(Array(good[0..<3])) }
        var bad = good
        bad[0] = UInt8(ascii: "X")
        #expect(throws: SnapshotFormatError.badMagic) { try decode(bad) }
        bad = good
        bad[8] = 2
        #expect(throws: SnapshotFormatError.unsupportedVersion(2)) { try decode(bad) }
        #expect(throws: SnapshotFormatError.truncated(expected: 40, actual: 39)) { try decode(Array(good[0..<39])) }
        #expect(throws: SnapshotFormatError.truncated(expected: UInt64(good.count), actual: UInt64(good.count - 1))) {
            try decode(Array(good.dropLast()))
        }
        #expect(throws: SnapshotFormatError.lengthMismatch(expected: UInt64(good.count), actual: UInt64(good.count + 1))) {
            try decode(good + [0])
        }
        bad = good
        bad[good.count - 1] ^= 0x01
        #expect(throws: SnapshotFormatError.checksumMismatch(.payload)) { try decode(bad) }
        bad = good
        bad[17] ^= 0x80
        #expect(throws: SnapshotFormatError.checksumMismatch(.header)) { try decode(bad) }
    }

    /// 10,000 random and mutated inputs: never a crash, always a typed error or a valid decode.
    @Test func fuzzDecoder() {
        var rng = TestRandom(seed: 0x7E5A_0001)
        let seeds: [[UInt8]] = [
            SnapshotFile.encode(sequence: 1, payload: []),
            SnapshotFile.encode(sequence: 42, payload: Array("payload bytes".utf8)),
            SnapshotFile.encode(sequence: UInt64.max, payload: [UInt8](repeating: 3, count: 300)),
        ]
        var typed = 0, decoded = 0
        for i in 0..<10_000 {
            var input: [UInt8]
            if i % 4 == 0 {
                input = (0..<Int(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                if i % 8 == 0 && input.count >= 8 { input.replaceSubrange(0..<8, with: SnapshotFile.magic) }
            } else {
                input = seeds[Int(rng.next() % UInt64(seeds.count))]
                for _ in 0..<(1 + Int(rng.next() % 4)) {
                    switch rng.next() % 5 {
                    case 0 where !input.isEmpty:
                        input[Int(rng.next() % UInt64(input.count))] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                    case 1 where !input.isEmpty:
                        input.removeLast(Int(rng.next() % UInt64(input.count)))
                    case 2:
                        input += (0..<Int(rng.next() % 16)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                    case 3 where input.count >= 32:
                        // a huge payload length
                        let v = rng.next()
                        for k in 0..<8 { input[24 + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
                    default:
                        if !input.isEmpty { input[Int(rng.next() % UInt64(input.count))] = 0 }
                    }
                }
            }
            do {
                let (h, p) = try decode(input)
                #expect(Int(h.payloadLength) == p.count)
                decoded += 1
            } catch is SnapshotFormatError {
                typed += 1
            } catch {
                Issue.record("untyped error \(error)")
            }
        }
        #expect(typed + decoded == 10_000)
        #expect(typed > 9_000)
    }
}

