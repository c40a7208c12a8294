/// What reaches the app's `handle`: a key, a message posted from another thread, a timer tick,
/// or a new screen size.
public enum LoopEvent<Message: Sendable>: Sendable {
    case key(Key)
    case message(Message)
    case tick
    case resize(Size)
}

public enum LoopControl: Sendable {
    case `continue`, quit
}

/// Why `EventLoop.run()` returned: the app quit, or the backend caught a termination signal (the
/// program should close the backend, save what it must, and `TerminationSignals.exit(bySignal:)`).
public enum LoopExit: Sendable, Hashable {
    case quit
    case signal(Int32)
}

/// An application the loop drives: `handle` updates state (it is called on the UI thread only);
/// `render` draws the whole screen into a fresh buffer. Time is passed in, never read inside, so
/// tests can render any moment.
public protocol LoopApp: AnyObject {
    associatedtype Message: Sendable
    func handle(_ event: LoopEvent<Message>, at now: ContinuousClock.Instant) -> LoopControl
    func render(into buffer: inout Buffer, at now: ContinuousClock.Instant)
}
