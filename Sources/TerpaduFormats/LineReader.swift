import Glibc

/// Reads lines from a file descriptor, and can tell "no complete line available right now" from
/// "end of input", so `apply` commits what it has instead of waiting for a full batch. (In
/// TerpaduFormats rather than the executable so its tests can drive it directly.)
///
/// Every line of the input gives exactly one `.line` or `.tooLong`, whether it ends in LF, CRLF or
/// (the last one) nothing: a line's limit is on its text, without the LF or CRLF, and the bytes of
/// a line found too long are dropped up to and including its end, however they arrive.
public struct LineReader {
    public enum Next: Equatable, Sendable {
        /// One line without its LF or CRLF, at most `maxLine` bytes.
        case line([UInt8])
        /// A line longer than the limit (its bytes were dropped).
        case tooLong
        case wouldBlock
        case end
        /// The input could not be read (errno): the line in progress and everything after it are
        /// unread. Given once; `.end` after it.
        case failed(errno: Int32)
    }

    public let fd: Int32
    public let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var failure: Int32?
    /// The line in progress is already too long; its bytes so far were dropped.
    private var skipping = false

    public init(fd: Int32, maxLine: Int) {
        self.fd = fd
        self.maxLine = maxLine
    }

    public mutating func next(wait: Bool) -> Next {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                let answer = take(upTo: nl)
                start = nl + 1
                compact()
                return answer
            }
            // No newline yet: more than the limit plus a CR can no longer end as a line.
            if buffer.count - start > maxLine + 1 {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                if let code = failure {
                    // What came before the failure may be a line cut short: it is not used.
                    failure = nil
                    buffer.removeAll()
                    start = 0
                    skipping = false
                    return .failed(errno: code)
                }
                if skipping || start < buffer.count {
                    let answer = take(upTo: buffer.count)
                    buffer.removeAll()
                    start = 0
                    return answer
                }
                return .end
            }
            if !wait {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&p, 1, 0)
                if ready == 0 { return .wouldBlock }
                if ready < 0 && errno == EINTR { continue }
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    // A non-blocking descriptor: wait for input rather than spin.
                    if !wait { return .wouldBlock }
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                failure = code
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }

    /// The line `buffer[start..<end]` (a CR before `end` is not part of it), or `.tooLong`.
    private mutating func take(upTo end: Int) -> Next {
        var last = end
        if last > start && buffer[last - 1] == 13 { last -= 1 }
        let tooLong = skipping || last - start > maxLine
        skipping = false
        return tooLong ? .tooLong : .line(Array(buffer[start..<last]))
    }

    private mutating func compact() {
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
