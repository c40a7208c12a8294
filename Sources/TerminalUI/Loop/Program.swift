/// The seam every screen copies (Model, Update, View, Effects, as in the Elm architecture):
///
/// - `update` is pure: it changes the model for one event and returns what it wants done (effects:
///   a query, a command to record, an export, a quit). It never does I/O, never blocks, never reads
///   a clock (time is passed in).
/// - `view` draws the model into a fresh buffer, also pure.
/// - Effects are run by whoever owns the program's resources (for an app with a data store, the
///   store's one owner, off the UI thread); their answers come back as messages posted to the loop's
///   queue and reach `update` like any key.
///
/// Tests drive `update` and `view` directly: no terminal, no threads.
public protocol Program {
    associatedtype Model
    associatedtype Message: Sendable
    associatedtype Effect

    func update(_ model: inout Model, _ event: LoopEvent<Message>, at now: ContinuousClock.Instant) -> [Effect]
    func view(_ model: Model, into buffer: inout Buffer, at now: ContinuousClock.Instant)
}
