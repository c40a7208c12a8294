/// Little-endian binary writing and bounds-checked reading for the snapshot codec.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        let u = Array(s.utf8)
        int(UInt32(u.count))
        bytes.append(contentsOf: u)
    }

    mutating func strings(_ a: [String]) {
        int(UInt32(a.count))
        for s in a { string(s) }
    }

    /// Plain-integer values (rows and columns) as raw memory: a million rows in one copy.
    mutating func pod<T>(_ a: [T]) {
        int(UInt64(a.count))
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

public enum SnapshotCodecError: Error, Hashable, Sendable {
    case truncated(at: Int)
    case unsupportedVersion(UInt32)
    case inconsistent(String)
}

struct ByteReader {
    let base: UnsafeRawBufferPointer
    var offset = 0

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    var remaining: Int { base.count - offset }

    mutating func int<T: FixedWidthInteger>(_: T.Type = T.self) throws(SnapshotCodecError) -> T {
        let n = MemoryLayout<T>.size
        guard remaining >= n else { throw .truncated(at: offset) }
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)])) }
        offset += n
        return T(littleEndian: v)
    }

    mutating func string() throws(SnapshotCodecError) -> String {
        let n = Int(try int(UInt32.self))
        guard remaining >= n else { throw .truncated(at: offset) }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)]), as: UTF8.self)
        offset += n
        return s
    }

    mutating func strings() throws(SnapshotCodecError) -> [String] {
        let n = Int(try int(UInt32.self))
        guard n <= remaining / 4 else { throw .truncated(at: offset) }
        var out: [String] = []
        out.reserveCapacity(Self.withHeadroom(n))
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    /// Capacity for an array of `n` decoded elements that will grow: a decoded array with no spare
    /// room is copied whole by its first append (a million-worker state's columns: tens of
    /// milliseconds in the first command after opening). 1/16 extra costs less than that copy's doubling.
    static func withHeadroom(_ n: Int) -> Int { n + n / 16 + 16 }

    mutating func pod<T>(_: T.Type) throws(SnapshotCodecError) -> [T] {
        let count = try int(UInt64.self)
        let stride = MemoryLayout<T>.stride
        guard count <= UInt64(remaining / max(1, stride)) else { throw .truncated(at: offset) }
        let n = Int(count)
        let byteCount = n * stride
        let out = [T](unsafeUninitializedCapacity: Self.withHeadroom(n)) { buf, initialized in
            if n > 0, let dst = buf.baseAddress, let src = base.baseAddress {
                UnsafeMutableRawPointer(dst).copyMemory(from: src + offset, byteCount: byteCount)
            }
            initialized = n
        }
        offset += byteCount
        return out
    }
}
