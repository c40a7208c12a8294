/// What reaches a program's `update`: a key, a message posted from another thread, a timer tick,
/// or a new screen size.
public enum LoopEvent<Message: Sendable>: Sendable {
    case key(Key)
    case message(Message)
    case tick
    case resize(Size)
}

/// What an effect's performer tells the loop: carry on, or stop.
public enum LoopControl: Sendable {
    case `continue`, quit
}

/// Why `ProgramLoop.run()` returned: an effect asked to quit, or the backend caught a termination
/// signal (the program should close the backend, save what it must, and
/// `TerminationSignals.exit(bySignal:)`).
public enum LoopExit: Sendable, Hashable {
    case quit
    case signal(Int32)
}
