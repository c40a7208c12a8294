#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGTERM, SIGHUP and SIGINT while a backend has the terminal, so that a program that is
/// told to end (a `kill`, an SSH session that drops) puts the terminal back first, through its normal
/// shutdown path, and then dies of the same signal (status 128 + n, as the shell expects).
///
/// The handler only does async-signal-safe work: it writes the signal number to a self-pipe, which
/// `NcursesBackend.readKeys` polls beside the keyboard, so the event loop returns at once; the program
/// then closes the backend (`endwin`) and calls `exit(bySignal:)`. Should a second signal come while
/// the first is still unnoticed a second later (the UI thread is stuck), the handler restores the
/// terminal itself with `write` and `tcsetattr` alone (bytes and modes prepared in advance) and dies
/// of the signal. (Signals that come together, like the kernel's SIGHUP and the shell's on a hangup,
/// still take the normal path.)
///
/// Signals that the program ignores (`nohup`) or already handles are left alone. One backend at a
/// time catches them; handlers are process-wide.
public enum TerminationSignals {
    /// The signals caught.
    public static let caught: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// Ends the process as if `signal` had not been caught: default action, unblocked, raised. Call
    /// it after the terminal was restored (the backend closed). Output buffers are flushed first.
    public static func exit(bySignal signal: Int32) -> Never {
        fflush(nil)
        dieOf(signal)
    }

    /// Restores the default action of `signal`, unblocks it and raises it; `_exit(128 + signal)` if
    /// that did not end the process. Only async-signal-safe calls.
    fileprivate static func dieOf(_ signal: Int32) -> Never {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        _ = sigprocmask(SIG_UNBLOCK, &set, nil)
        _ = raise(signal)
        _exit(128 + signal)
    }

    /// How to put the terminal back without ncurses: bytes for the terminal (leave the alternate
    /// screen, show the cursor, plain attributes) and the terminal modes from before the backend started.
    struct Restore {
        var fd: Int32
        var bytes: [UInt8]
        var modes: termios?
    }

    // Touched on the UI thread only.
    nonisolated(unsafe) private static var installed: [(signal: Int32, previous: sigaction)] = []
    nonisolated(unsafe) private static var isInstalled = false

    /// The descriptor `readKeys` polls: readable once a signal was caught. -1 when not catching.
    static var readFD: Int32 { isInstalled ? signalState.pointee.pipeRead : -1 }

    /// Installs the handlers where the signal's action is the default. Call on one thread (the UI
    /// thread) only. False when another backend already catches them or no pipe could be made.
    static func install() -> Bool {
        guard !isInstalled else { return false }
        let state = signalState
        guard state.pointee.pipeWrite >= 0 else { return false }
        state.pointee.caught = 0
        state.pointee.noticed = 0
        installed = []
        for signal in caught {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, previous.handlerIsDefault else { continue }
            var action = sigaction()
            action.setHandler(terminationSignalHandler)
            sigemptyset(&action.sa_mask)
            for s in caught { sigaddset(&action.sa_mask, s) }
            action.sa_flags = SA_RESTART
            if sigaction(signal, &action, nil) == 0 { installed.append((signal, previous)) }
        }
        isInstalled = true
        return true
    }

    /// Sets what the handler writes if it must restore the terminal itself. Call after `install()`
    /// (the bytes come from terminfo, which is only loaded once ncurses started).
    static func prepare(_ restore: Restore) {
        let state = signalState
        guard isInstalled, state.pointee.restoreFD < 0 else { return }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, restore.bytes.count))
        bytes.initialize(from: restore.bytes, count: restore.bytes.count)
        state.pointee.restoreBytes = bytes
        state.pointee.restoreCount = restore.bytes.count
        if let modes = restore.modes {
            let m = UnsafeMutablePointer<termios>.allocate(capacity: 1)
            m.initialize(to: modes)
            state.pointee.restoreModes = m
        }
        state.pointee.restoreFD = restore.fd  // last: the handler only looks once this is set
    }

    /// The first signal caught and not yet taken, if any; from then on the handler leaves the
    /// shutdown to the program (a second signal no longer restores the terminal in the handler).
    static func take() -> Int32? {
        let state = signalState
        guard isInstalled, state.pointee.pipeRead >= 0 else { return nil }
        var first: Int32?
        var byte: UInt8 = 0
        while read(state.pointee.pipeRead, &byte, 1) == 1 {
            if first == nil, byte != 0 { first = Int32(byte) }
        }
        if first != nil { state.pointee.noticed = 1 }
        return first
    }

    /// Puts back the actions found by `install()` and returns a signal caught but not yet taken.
    static func uninstall() -> Int32? {
        guard isInstalled else { return nil }
        for (signal, previous) in installed {
            var p = previous
            _ = sigaction(signal, &p, nil)
        }
        installed = []
        let pending = take()
        isInstalled = false
        let state = signalState
        state.pointee.restoreFD = -1
        state.pointee.restoreBytes?.deallocate()
        state.pointee.restoreBytes = nil
        state.pointee.restoreCount = 0
        state.pointee.restoreModes?.deallocate()
        state.pointee.restoreModes = nil
        return pending
    }

    /// Only for tests: what the handler does when `signal` arrives, without sending one.
    static func simulate(_ signal: Int32) { terminationSignalHandler(signal) }
}

/// What the handler may touch: plain memory at a fixed address, written by the UI thread before the
/// handlers are installed (the pipe, made once and never closed, so the handler can never write to
/// a descriptor that was reused) or in an order the handler tolerates (`prepare`, `take`).
private struct SignalState {
    var pipeRead: Int32 = -1
    var pipeWrite: Int32 = -1
    /// Set by the handler, like a `volatile sig_atomic_t`, with the monotonic time of the first signal.
    var caught: Int32 = 0
    var firstCaughtNanoseconds: Int64 = 0
    /// Set by the UI thread once it took a signal from the pipe.
    var noticed: Int32 = 0
    var restoreFD: Int32 = -1
    var restoreBytes: UnsafeMutablePointer<UInt8>?
    var restoreCount = 0
    var restoreModes: UnsafeMutablePointer<termios>?
}

/// Initialised on first use, which `install()` makes sure happens before any handler can run; from
/// then on reading it is a plain load.
nonisolated(unsafe) private let signalState: UnsafeMutablePointer<SignalState> = {
    let state = UnsafeMutablePointer<SignalState>.allocate(capacity: 1)
    state.initialize(to: SignalState())
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        state.pointee.pipeRead = fds[0]
        state.pointee.pipeWrite = fds[1]
    }
    return state
}()

/// The handler: async-signal-safe calls only (`clock_gettime`, `write`, `tcsetattr`, `sigaction`,
/// `sigprocmask`, `raise`, `_exit`), no allocation, no locks.
private func terminationSignalHandler(_ signal: Int32) {
    let savedErrno = errno
    defer { errno = savedErrno }
    let state = signalState
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    if state.pointee.caught != 0, state.pointee.noticed == 0, state.pointee.restoreFD >= 0,
       nanoseconds - state.pointee.firstCaughtNanoseconds >= 1_000_000_000 {
        // The program has not reacted to the first signal for a second: put the terminal back from here.
        let fd = state.pointee.restoreFD
        if let bytes = state.pointee.restoreBytes { _ = write(fd, bytes, state.pointee.restoreCount) }
        if let modes = state.pointee.restoreModes { _ = tcsetattr(fd, TCSANOW, modes) }
        TerminationSignals.dieOf(signal)
    }
    if state.pointee.caught == 0 {
        state.pointee.firstCaughtNanoseconds = nanoseconds
        state.pointee.caught = 1
    }
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(state.pointee.pipeWrite, &byte, 1)
}

extension sigaction {
    fileprivate var handlerIsDefault: Bool {
        #if canImport(Glibc)
        return __sigaction_handler.sa_handler == nil
        #else
        return __sigaction_u.__sa_handler == nil
        #endif
    }

    fileprivate mutating func setHandler(_ handler: @escaping @convention(c) (Int32) -> Void) {
        #if canImport(Glibc)
        __sigaction_handler.sa_handler = handler
        #else
        __sigaction_u.__sa_handler = handler
        #endif
    }
}
