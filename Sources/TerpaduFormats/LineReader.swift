import Glibc

/// Reads lines from a file descriptor, and can tell "no complete line available right now" from
/// "end of input", so `apply` commits what it has instead of waiting for a full batch. (In
/// TerpaduFormats rather than the executable so its tests can drive it directly.)
public struct LineReader {
    public enum Next: Equatable, Sendable {
        case line([UInt8])
        /// A line longer than the limit (its bytes were dropped).
        case tooLong
        case wouldBlock
        case end
    }

    public let fd: Int32
    public let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var skipping = false

    public init(fd: Int32, maxLine: Int) {
        self.fd = fd
        self.maxLine = maxLine
    }

    public mutating func next(wait: Bool) -> Next {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                compact()
                if skipping {
                    skipping = false
                    return .tooLong
                }
                return .line(line.last == 13 ? Array(line.dropLast()) : line)
            }
            if buffer.count - start > maxLine {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                if skipping {
                    skipping = false
                    return .tooLong
                }
                if start < buffer.count {
                    let line = Array(buffer[start...])
                    buffer.removeAll()
                    start = 0
                    return .line(line)
                }
                return .end
            }
            if !wait {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&p, 1, 0)
                if ready == 0 { return .wouldBlock }
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }

    private mutating func compact() {
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
