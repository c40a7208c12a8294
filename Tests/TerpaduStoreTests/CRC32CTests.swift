import Testing
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct CRC32CTests {
    @Test func standardVectors() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    }

    @Test func incrementalEqualsWhole() {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for split in [0, 1, 7, 8, 9, 500, 999, 1000] {
            let a = bytes[..<split].withUnsafeBytes { CRC32C.update(0, $0) }
            let b = bytes[split...].withUnsafeBytes { CRC32C.update(a, $0) }
            #expect(b == CRC32C.checksum(bytes))
        }
    }

    /// The instruction and the tables agree at every length and alignment (the standard vectors above
    /// go through whichever this CPU uses).
    @Test func hardwareAndTablesAgree() {
        var rng = TestRandom(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        bytes.withUnsafeBytes { all in
            for start in 0..<9 {
                for length in [0, 1, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4000] where start + length <= all.count {
                    let part = UnsafeRawBufferPointer(rebasing: all[start..<(start + length)])
                    #expect(CRC32C.update(0x1234_5678, part) == CRC32C.softwareUpdate(0x1234_5678, part))
                    #expect(CRC32C.checksum(part) == CRC32C.softwareUpdate(0, part))
                }
            }
        }
    }
}
