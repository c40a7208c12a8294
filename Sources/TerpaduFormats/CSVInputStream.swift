import TerpaduStore
import Foundation
import Glibc

/// Where an import reads its bytes from.
public enum CSVSource: Sendable {
    /// A file, read as a stream (never whole).
    case file(path: String)
    /// Bytes in memory (tests, the desk's paste).
    case bytes([UInt8])
}

/// An `InputStream` over a file descriptor or a byte array that counts the bytes handed out, so an
/// import can report progress in bytes while CSV.swift reads from it.
final class CountingInputStream: InputStream {
    /// -1 for an in-memory source.
    private var fd: Int32
    /// Bytes read but not yet handed out: `buffer[position...]`.
    private var buffer: [UInt8]
    private var position = 0
    private var sourceAtEnd: Bool
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?
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
            buffer = b
            sourceAtEnd = true
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
            buffer = []
            sourceAtEnd = false
            totalBytes = (st.st_mode & S_IFMT) == S_IFREG ? Int64(st.st_size) : nil
        }
        super.init(data: Data())
    }

    deinit {
        if fd >= 0 { _ = Glibc.close(fd) }
    }

    override func open() {
        if status == .notOpen { status = .open }
    }

    override func close() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
        status = .closed
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: (any Error)? { failure }

    /// True only when a byte is really there: CSV.swift treats a read of 0 bytes after
    /// `hasBytesAvailable` said yes as an error, so this reads ahead to find the end.
    override var hasBytesAvailable: Bool {
        guard status == .open || status == .reading else { return false }
        if position < buffer.count { return true }
        fill()
        return position < buffer.count
    }

    private func fill() {
        guard !sourceAtEnd, fd >= 0 else {
            if status == .open || status == .reading { status = .atEnd }
            return
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                status = .error
                sourceAtEnd = true
                return
            }
            if n == 0 {
                sourceAtEnd = true
                status = .atEnd
                return
            }
            buffer = Array(chunk[0..<n])
            position = 0
            return
        }
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        guard len > 0 else { return 0 }
        if status == .error { return -1 }
        guard status == .open || status == .reading else { return 0 }
        if position >= buffer.count { fill() }
        if status == .error { return -1 }
        let n = min(len, buffer.count - position)
        guard n > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { out.update(from: base + position, count: n) }
        }
        position += n
        bytesRead += Int64(n)
        if position >= buffer.count && sourceAtEnd { status = .atEnd }
        return n
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}
