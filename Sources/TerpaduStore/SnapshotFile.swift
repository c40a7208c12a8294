/// The framing of one snapshot file. All integers little-endian; 40-byte header, then the payload:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 8 | magic `TRPDSNAP` |
/// | 8 | 4 | format version (1) |
/// | 12 | 4 | reserved, 0 |
/// | 16 | 8 | event sequence the state is as of |
/// | 24 | 8 | payload length |
/// | 32 | 4 | CRC32C of the payload |
/// | 36 | 4 | CRC32C of bytes 0..<36 |
///
/// The payload is opaque here (the core's binary state codec produces it).
public struct SnapshotHeader: Sendable, Equatable {
    public var version: UInt32
    public var sequence: UInt64
    public var payloadLength: UInt64
    public var payloadChecksum: UInt32
}

public enum SnapshotFile {
    public static let magic: [UInt8] = Array("TRPDSNAP".utf8)
    public static let formatVersion: UInt32 = 1
    public static let headerSize = 40

    /// The header bytes for `payload` as of event `sequence`.
    public static func header(sequence: UInt64, payload: UnsafeRawBufferPointer) -> [UInt8] {
        var h = [UInt8]()
        h.reserveCapacity(headerSize)
        h += magic
        append(&h, formatVersion)
        append(&h, UInt32(0))
        append(&h, sequence)
        append(&h, UInt64(payload.count))
        append(&h, CRC32C.checksum(payload))
        let headerCRC = h.withUnsafeBytes { CRC32C.checksum($0) }
        append(&h, headerCRC)
        return h
    }

    /// Header followed by payload, as one array (for small payloads and tests; the writer sends the
    /// two parts separately to avoid copying the payload).
    public static func encode(sequence: UInt64, payload: [UInt8]) -> [UInt8] {
        payload.withUnsafeBytes { header(sequence: sequence, payload: $0) } + payload
    }

    /// Checks `bytes` completely (header, lengths, both checksums) and returns the header and the
    /// payload, which is a slice of `bytes` (no copy).
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(SnapshotFormatError) -> (SnapshotHeader, UnsafeRawBufferPointer) {
        let total = UInt64(bytes.count)
        guard bytes.count >= magic.count else {
            throw .truncated(expected: UInt64(headerSize), actual: total)
        }
        for i in 0..<magic.count where bytes[i] != magic[i] { throw .badMagic }
        guard bytes.count >= 12 else { throw .truncated(expected: UInt64(headerSize), actual: total) }
        let version = load(UInt32.self, bytes, 8)
        guard version == formatVersion else { throw .unsupportedVersion(version) }
        guard bytes.count >= headerSize else { throw .truncated(expected: UInt64(headerSize), actual: total) }
        let storedHeaderCRC = load(UInt32.self, bytes, 36)
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<36])) == storedHeaderCRC else {
            throw .checksumMismatch(.header)
        }
        let header = SnapshotHeader(
            version: version,
            sequence: load(UInt64.self, bytes, 16),
            payloadLength: load(UInt64.self, bytes, 24),
            payloadChecksum: load(UInt32.self, bytes, 32)
        )
        let available = total - UInt64(headerSize)
        guard available >= header.payloadLength else {
            let (expected, overflow) = header.payloadLength.addingReportingOverflow(UInt64(headerSize))
            throw .truncated(expected: overflow ? UInt64.max : expected, actual: total)
        }
        guard available == header.payloadLength else {
            throw .lengthMismatch(expected: header.payloadLength + UInt64(headerSize), actual: total)
        }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        guard CRC32C.checksum(payload) == header.payloadChecksum else { throw .checksumMismatch(.payload) }
        return (header, payload)
    }

    /// Maps the file at `path` read-only, verifies it, and hands the payload to `body` without copying.
    /// The buffer is valid only during `body`.
    public static func withVerifiedPayload<T>(
        atPath path: String,
        _ body: (SnapshotHeader, UnsafeRawBufferPointer) throws -> T
    ) throws -> T {
        let file = try MappedFile(path: path)
        defer { file.unmap() }
        let (header, payload) = try decode(file.bytes)
        return try body(header, payload)
    }

    /// Reads and verifies only the header (and the file length), without checking the payload checksum.
    public static func readHeader(atPath path: String) throws -> SnapshotHeader {
        let file = try MappedFile(path: path)
        defer { file.unmap() }
        let bytes = file.bytes
        do {
            _ = try decode(bytes)
        } catch SnapshotFormatError.checksumMismatch(.payload) {
            // fall through: the header itself is fine
        }
        return SnapshotHeader(
            version: load(UInt32.self, bytes, 8),
            sequence: load(UInt64.self, bytes, 16),
            payloadLength: load(UInt64.self, bytes, 24),
            payloadChecksum: load(UInt32.self, bytes, 32)
        )
    }

    private static func append<I: FixedWidthInteger>(_ out: inout [UInt8], _ value: I) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func load<I: FixedWidthInteger>(_: I.Type, _ bytes: UnsafeRawBufferPointer, _ offset: Int) -> I {
        I(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: I.self))
    }
}
