#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages posted from any thread to the UI thread. Posting appends under a lock and writes one
/// byte to a self-pipe, which wakes the loop's `poll` at once; the loop drains everything posted.
public final class MessageQueue<Message: Sendable>: Sendable {
    private let items = Locked<[Message]>([])
    private let readFD: Int32
    private let writeFD: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
            _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        if readFD >= 0 { close(readFD) }
        if writeFD >= 0 { close(writeFD) }
    }

    /// The descriptor the loop polls: readable when something was posted.
    public var wakeFD: Int32 { readFD }

    /// Posts a message from any thread. Never blocks (a full pipe already means "wake up").
    public func post(_ message: Message) {
        items.withLock { $0.append(message) }
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Takes everything posted so far, oldest first.
    public func drain() -> [Message] {
        var scratch = [UInt8](repeating: 0, count: 256)
        while read(readFD, &scratch, scratch.count) > 0 {}
        return items.withLock { q in
            defer { q.removeAll(keepingCapacity: true) }
            return q
        }
    }
}
