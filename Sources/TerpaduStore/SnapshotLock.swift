import Foundation
import Glibc

/// Linux's open-file-description lock command (`<fcntl.h>`, Linux ≥ 3.15); Swift's Glibc module does not
/// export it because it needs `_GNU_SOURCE`.
let F_OFD_SETLK_LINUX: Int32 = 37
let F_OFD_GETLK_LINUX: Int32 = 36

/// An exclusive, non-blocking lock on `snapshots/.lock`: whoever holds it writes and prunes snapshots.
///
/// Uses an OFD lock (`F_OFD_SETLK`): it belongs to this open file description, so closing some other
/// descriptor of the same file elsewhere in the process does not drop it (as it would a POSIX `F_SETLK`
/// lock), and the kernel releases it when the process dies. Two `SnapshotLock`s in one process also
/// exclude each other.
public final class SnapshotLock: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock if no one holds it; returns nil when another holder has it.
    public static func tryAcquire(path: String) throws(FileSystemError) -> SnapshotLock? {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileSystemError(.open, path: path, code: errno) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        var request = wholeFile(F_WRLCK)
        let rc = fcntl(fd, F_OFD_SETLK_LINUX, &request)
        if rc == 0 { return SnapshotLock(path: path, fd: fd) }
        let code = errno
        _ = Glibc.close(fd)
        if code == EAGAIN || code == EACCES || code == EWOULDBLOCK { return nil }
        throw FileSystemError(.lock, path: path, code: code)
    }

    public var isHeld: Bool { lock.withLock { fd >= 0 } }

    /// Whether some process holds the lock at `path`, asked without taking it or creating the file
    /// (`F_OFD_GETLK`); false when there is no lock file, nil when it cannot be asked.
    public static func isHeld(path: String) -> Bool? {
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { return errno == ENOENT ? false : nil }
        defer { _ = Glibc.close(fd) }
        var request = wholeFile(F_WRLCK)
        guard fcntl(fd, F_OFD_GETLK_LINUX, &request) == 0 else { return nil }
        return request.l_type != Int16(F_UNLCK)
    }

    /// Releases the lock (unlocking, then closing its descriptor). Safe to call more than once.
    ///
    /// The explicit unlock matters: closing the descriptor drops an OFD lock only once every
    /// descriptor of the open file description is closed, and a child that another thread of this
    /// process is spawning holds a copy of every descriptor (O_CLOEXEC or not) until its `exec`.
    /// Without the unlock the lock could outlive `release()` by that long, and a writer taking it
    /// right after (in this process or another) would be refused.
    public func release() {
        lock.withLock {
            if fd >= 0 {
                var request = Self.wholeFile(F_UNLCK)
                _ = fcntl(fd, F_OFD_SETLK_LINUX, &request)
                _ = Glibc.close(fd)
            }
            fd = -1
        }
    }

    /// A lock request of `type` for the whole file, as OFD locks take it (`l_pid` must be 0).
    private static func wholeFile(_ type: Int32) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = 0
        request.l_len = 0
        request.l_pid = 0
        return request
    }

    deinit { release() }
}
