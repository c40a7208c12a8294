import Glibc
import Synchronization

/// A first-come, first-served line in front of SQLite's write lock, shared by every process that
/// writes one journal: a 4 KiB file (`journal.sqlite-queue`) mapped into each, with a ticket counter
/// and a now-serving counter changed by atomic operations.
///
/// SQLite's lock is taken by whoever polls first once it is free, so with four busy writers the one
/// that just committed often takes it again, and an unlucky writer can wait ten transactions or more
/// (p99 ≈ 9–11 ms here). In line, a writer waits for those ahead of it only.
///
/// The line only orders writers; SQLite's lock still keeps them apart, so every failure here falls back
/// to the busy handler alone: a file that cannot be mapped means no line, a holder that died with its
/// ticket (its pid is gone) is skipped after 2 ms, one that holds its turn for 0.5 s is stepped past,
/// and counters that make no sense are ignored.
final class WriteQueue: @unchecked Sendable {
    private static let size = 4096
    private static let pidSlots = 64
    /// A holder of the turn for this long is stepped past (SQLite's lock still decides).
    static let patience = 0.5
    /// A line longer than this means the counters are damaged: do not wait at all.
    private static let plausibleLength: Int32 = 1024

    private let base: UnsafeMutableRawPointer

    private init(base: UnsafeMutableRawPointer) { self.base = base }

    deinit { munmap(base, Self.size) }

    /// Maps the queue file at `path` (created 0600 when missing); nil when that is not possible.
    static func open(path: String) -> WriteQueue? {
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        if st.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        if Int(st.st_size) < size, ftruncate(fd, off_t(size)) != 0 { return nil }
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), p != MAP_FAILED else { return nil }
        return WriteQueue(base: p)
    }

    private var next: UnsafeMutablePointer<Atomic<UInt32>> { base.assumingMemoryBound(to: Atomic<UInt32>.self) }
    private var serving: UnsafeMutablePointer<Atomic<UInt32>> {
        (base + 4).assumingMemoryBound(to: Atomic<UInt32>.self)
    }
    private func holder(_ ticket: UInt32) -> UnsafeMutablePointer<Atomic<Int32>> {
        (base + 64 + 4 * Int(ticket % UInt32(Self.pidSlots))).assumingMemoryBound(to: Atomic<Int32>.self)
    }

    /// Takes a ticket and returns when it is this ticket's turn.
    func enter() -> UInt32 {
        let ticket = next.pointee.wrappingAdd(1, ordering: .acquiringAndReleasing).oldValue
        holder(ticket).pointee.store(getpid(), ordering: .releasing)
        var watched = serving.pointee.load(ordering: .acquiring)
        var since = FairBusyHandler.monotonicSeconds()
        while true {
            let now = serving.pointee.load(ordering: .acquiring)
            let ahead = Int32(bitPattern: ticket &- now)
            if ahead <= 0 || ahead > Self.plausibleLength { return ticket }
            let time = FairBusyHandler.monotonicSeconds()
            if now != watched {
                watched = now
                since = time
            } else if time - since > 0.002 && (holderIsGone(now) || time - since > Self.patience) {
                _ = serving.pointee.compareExchange(expected: now, desired: now &+ 1, ordering: .acquiringAndReleasing)
                continue
            }
            // The next in line looks often while the turn ahead is young (most transactions take well
            // under 2 ms), less as it ages; those further back, less still.
            let age = time - since
            let pause = ahead > 1 ? min(1_000, 50 * Int(ahead)) : age < 0.002 ? 20 : age < 0.02 ? 100 : 500
            usleep(UInt32(pause))
        }
    }

    /// Ends `ticket`'s turn (nothing, if it was stepped past meanwhile).
    func leave(_ ticket: UInt32) {
        _ = serving.pointee.compareExchange(expected: ticket, desired: ticket &+ 1, ordering: .acquiringAndReleasing)
    }

    private func holderIsGone(_ ticket: UInt32) -> Bool {
        let pid = holder(ticket).pointee.load(ordering: .acquiring)
        return pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// For tests: the next ticket's number (how many were ever taken, wrapping).
    var nextTicket: UInt32 { next.pointee.load(ordering: .acquiring) }

    /// For tests: sets the pid recorded for `ticket`.
    func recordHolder(_ pid: Int32, for ticket: UInt32) {
        holder(ticket).pointee.store(pid, ordering: .releasing)
    }
}
