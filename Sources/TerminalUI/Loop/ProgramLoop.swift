/// The one loop that owns the terminal for a `Program`. Keys, ticks and posted messages are taken in
/// batches and handed to `update`; each effect it returns goes to `perform` (on the UI thread, which
/// must only hand the work off and return at once), and `perform` answers `.quit` to end the loop.
/// After a batch a frame is drawn, but no sooner than 16 ms after the previous one (a resize or a
/// keystroke draws at once). Only changed cells reach the terminal, so a batch that changed nothing on screen sends
/// nothing.
public final class ProgramLoop<P: Program> {
    public let program: P
    public private(set) var model: P.Model
    public let terminal: Terminal
    public let queue: MessageQueue<P.Message>
    public var tickInterval: Duration?
    public private(set) var frameClock = FrameClock()
    private let perform: (P.Effect) -> LoopControl
    private let clock = ContinuousClock()

    public init(program: P, model: P.Model, terminal: Terminal, queue: MessageQueue<P.Message> = MessageQueue(),
                tickInterval: Duration? = nil, perform: @escaping (P.Effect) -> LoopControl) {
        self.program = program
        self.model = model
        self.terminal = terminal
        self.queue = queue
        self.tickInterval = tickInterval
        self.perform = perform
    }

    /// Feeds one event to `update` and hands its effects to `perform`, in order; `.quit` when one
    /// asked to stop. Effects after the one that quit are not performed: nothing new starts once
    /// the program is ending.
    @discardableResult
    public func send(_ event: LoopEvent<P.Message>, at now: ContinuousClock.Instant) -> LoopControl {
        let effects = program.update(&model, event, at: now)
        for effect in effects where perform(effect) == .quit { return .quit }
        return .continue
    }

    /// Runs until an effect asks to quit or the backend reports a termination signal (checked after
    /// every wait, before the batch is handled: nothing new starts once the program is told to end).
    @discardableResult
    public func run() -> LoopExit {
        var dirty = true
        var nextTick = tickInterval.map { clock.now + $0 }
        // The program learns the screen's size before anything else.
        if send(.resize(terminal.size), at: clock.now) == .quit { return .quit }
        while true {
            let now = clock.now
            var timeout: Duration? = dirty ? frameClock.delay(at: now) : nil
            if let t = nextTick {
                let untilTick = t > now ? t - now : .zero
                timeout = min(timeout ?? untilTick, untilTick)
            }
            var events: [LoopEvent<P.Message>] = terminal.backend.readKeys(timeout: timeout, wakeFD: queue.wakeFD)
                .map { $0 == .resize ? .resize(terminal.size) : .key($0) }
            if let signal = terminal.backend.terminationSignal { return .signal(signal) }
            events += queue.drain().map { .message($0) }
            let after = clock.now
            if let t = nextTick, after >= t, let interval = tickInterval {
                events.append(.tick)
                nextTick = max(t + interval, after)
            }
            var resized = false
            var typed = false
            for event in events {
                if case .resize = event { resized = true }
                if case .key = event { typed = true }
                if send(event, at: after) == .quit { return .quit }
                dirty = true
            }
            if resized {
                terminal.invalidate()
                drawFrame(at: clock.now)
                dirty = false
            } else if dirty, typed || frameClock.canDraw(at: clock.now) {
                // A keystroke is echoed at once: the frame limit is for bursts of answers, and a key
                // held behind it waited up to 16 ms for a frame drawn just before it.
                drawFrame(at: clock.now)
                dirty = false
            }
        }
    }

    /// Renders and draws one frame now.
    public func drawFrame(at now: ContinuousClock.Instant) {
        var buffer = terminal.makeBuffer()
        program.view(model, into: &buffer, at: now)
        terminal.draw(buffer)
        frameClock.didDraw(at: now)
    }
}
