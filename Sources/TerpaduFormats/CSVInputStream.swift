import Foundation
import Glibc

/// Where an import reads its bytes from.
public enum CSVSource: Sendable {
    /// A file, read as a stream (never whole).
    case file(path: String)
    /// Bytes in memory (tests, the desk's paste).
    case bytes([UInt8])
}

/// The bytes of a `CSVSource`, a chunk at a time, with how many were read and the size when known.
final class CSVByteInput {
    /// -1 for an in-memory source.
    private var fd: Int32
    private let memory: [UInt8]
    private var memoryGiven = false
    /// errno of the read that failed; nil while reading works.
    private(set) var failure: Int32?
    private(set) var bytesRead: Int64 = 0
    /// The size of the input when known.
    let totalBytes: Int64?

    struct OpenError: Error {
        let code: Int32
    }

    init(source: CSVSource) throws(OpenError) {
        switch source {
        case .bytes(let b):
            fd = -1
            memory = b
            totalBytes = Int64(b.count)
        case .file(let path):
            var f: Int32
            repeat { f = Glibc.open(path, O_RDONLY | O_CLOEXEC) } while f < 0 && errno == EINTR
            guard f >= 0 else { throw OpenError(code: errno) }
            var st = stat()
            if fstat(f, &st) != 0 {
                let code = errno
                _ = Glibc.close(f)
                throw OpenError(code: code)
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                _ = Glibc.close(f)
                throw OpenError(code: EISDIR)
            }
            fd = f
            memory = []
            totalBytes = (st.st_mode & S_IFMT) == S_IFREG ? Int64(st.st_size) : nil
        }
    }

    deinit {
        if fd >= 0 { _ = Glibc.close(fd) }
    }

    /// Replaces `chunk` with the next bytes; false at the end of the input or when reading failed
    /// (then `failure` says why).
    func next(into chunk: inout [UInt8]) -> Bool {
        if fd < 0 {
            guard !memoryGiven else { return false }
            memoryGiven = true
            chunk = memory
            bytesRead += Int64(memory.count)
            return !memory.isEmpty
        }
        guard failure == nil else { return false }
        if chunk.count != 65_536 { chunk = [UInt8](repeating: 0, count: 65_536) }
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                failure = errno
                return false
            }
            if n == 0 { return false }
            if n < chunk.count { chunk.removeLast(chunk.count - n) }
            bytesRead += Int64(n)
            return true
        }
    }
}
