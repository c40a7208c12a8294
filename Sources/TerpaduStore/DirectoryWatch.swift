#if canImport(Glibc)
import Glibc
#endif

/// Why `DirectoryWatch.wait` returned.
enum DirectoryWake: Equatable {
    /// A watched file in the directory was written, created or moved in.
    case changed
    /// The timeout passed (or the watch can no longer report changes).
    case timedOut
    /// `interrupt()` was called.
    case interrupted
}

/// Lets one thread sleep until a file in a directory changes (Linux inotify), a timeout passes, or
/// another thread calls `interrupt()`. Only the files in `names` count (the journal and its `-wal`:
/// SQLite updates `-shm` mostly through a mapping, and its rare writes there never mean a commit).
///
/// `init` returns nil where inotify cannot be used (no inotify, watch limits reached, a directory
/// that does not exist yet); callers then poll on a timer alone. Events are coalesced: a wake-up
/// drains everything queued, so a directory that changes constantly costs one wake-up per wait.
/// `wait` is for one thread; `interrupt` may be called from any thread until `close()`.
final class DirectoryWatch {
    private let inotifyFD: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let names: [[UInt8]]
    /// False once the kernel dropped the watch (the directory was removed or its file system unmounted).
    private var alive = true
    private var closed = false

    init?(directory: String, names: [String]) {
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            Glibc.close(fd)
            return nil
        }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            Glibc.close(fd)
            return nil
        }
        for end in fds {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        inotifyFD = fd
        wakeRead = fds[0]
        wakeWrite = fds[1]
        self.names = names.map { Array($0.utf8) }
        #else
        return nil
        #endif
    }

    deinit { close() }

    /// Closes the descriptors. Call it when no thread can be in `wait` or `interrupt` any more.
    func close() {
        guard !closed else { return }
        closed = true
        _ = Glibc.close(inotifyFD)
        _ = Glibc.close(wakeRead)
        _ = Glibc.close(wakeWrite)
    }

    /// Wakes the thread in `wait` (or makes its next `wait` return at once). Never blocks.
    func interrupt() {
        guard !closed else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Sleeps until a matching change, an interrupt, or `timeout` seconds. With `changes: false`
    /// changes do not end the wait (they stay queued for the next one).
    func wait(timeout seconds: Double, changes: Bool = true) -> DirectoryWake {
        var deadline = FairBusyHandler.monotonicSeconds() + max(0, seconds)
        while true {
            let watching = changes && alive
            var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watching ? inotifyFD : -1, events: Int16(POLLIN), revents: 0)]
            let left = deadline - FairBusyHandler.monotonicSeconds()
            let ms = left <= 0 ? 0 : Int32(min(left * 1000, Double(Int32.max)).rounded(.up))
            let n = poll(&fds, 2, ms)
            if n < 0 {
                if errno == EINTR { continue }
                // poll itself failed (it should not): stop watching and sleep in short steps, not spin.
                alive = false
                guard left > 0 else { return .timedOut }
                usleep(UInt32(min(left, 0.05) * 1_000_000))
                continue
            }
            if fds[0].revents != 0 {
                drain(wakeRead)
                return .interrupted
            }
            if fds[1].revents != 0 {
                // An error without data would wake every poll at once: stop watching instead.
                if fds[1].revents & Int16(POLLIN) == 0 { alive = false }
                if drainEvents() { return .changed }
                if !alive { deadline = min(deadline, FairBusyHandler.monotonicSeconds()) }
                continue  // only other files changed: keep waiting until the same deadline
            }
            if n == 0 || left <= 0 { return .timedOut }
        }
    }

    /// Reads every queued event; true when one names a watched file (or events were lost).
    private func drainEvents() -> Bool {
        var matched = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotifyFD, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= n {
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let name = raw[(offset + header)..<min(n, offset + header + length)]
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { matched = true }
                    if mask & UInt32(IN_IGNORED) != 0 { alive = false; matched = true }
                    if names.contains(where: { Self.isName($0, of: name) }) { matched = true }
                    offset += header + length
                }
            }
        }
        return matched
    }

    /// inotify pads a name with NULs to a multiple of 16 bytes.
    private static func isName(_ wanted: [UInt8], of field: Slice<UnsafeRawBufferPointer>) -> Bool {
        field.count >= wanted.count && field.starts(with: wanted)
            && field.dropFirst(wanted.count).allSatisfy { $0 == 0 }
    }

    private func drain(_ fd: Int32) {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(fd, &scratch, scratch.count) > 0 {}
    }
}
