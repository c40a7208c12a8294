/// The one loop that owns the terminal. Keys, ticks and posted messages are taken in batches; after
/// a batch is handled a frame is drawn, but no sooner than 16 ms after the previous frame (a resize
/// draws at once, relaid out for the new size). Only changed cells reach the terminal.
public final class EventLoop<App: LoopApp> {
    public let app: App
    public let terminal: Terminal
    public let queue: MessageQueue<App.Message>
    public var tickInterval: Duration?
    public private(set) var frameClock = FrameClock()
    private let clock = ContinuousClock()

    public init(app: App, terminal: Terminal, queue: MessageQueue<App.Message> = MessageQueue(),
                tickInterval: Duration? = nil) {
        self.app = app
        self.terminal = terminal
        self.queue = queue
        self.tickInterval = tickInterval
    }

    /// Runs until the app returns `.quit` or the backend reports a termination signal (checked after
    /// every wait, before the batch is handled: nothing new starts once the program is told to end).
    @discardableResult
    public func run() -> LoopExit {
        var dirty = true
        var nextTick = tickInterval.map { clock.now + $0 }
        while true {
            let now = clock.now
            var timeout: Duration? = dirty ? frameClock.delay(at: now) : nil
            if let t = nextTick {
                let untilTick = t > now ? t - now : .zero
                timeout = min(timeout ?? untilTick, untilTick)
            }
            var events: [LoopEvent<App.Message>] = terminal.backend.readKeys(timeout: timeout, wakeFD: queue.wakeFD)
                .map { .key($0) }
            if let signal = terminal.backend.terminationSignal { return .signal(signal) }
            events += queue.drain().map { .message($0) }
            let after = clock.now
            if let t = nextTick, after >= t, let interval = tickInterval {
                events.append(.tick)
                nextTick = max(t + interval, after)
            }
            var resized = false
            for event in events {
                var e = event
                if case .key(.resize) = event {
                    resized = true
                    e = .resize(terminal.size)
                }
                if app.handle(e, at: after) == .quit { return .quit }
                dirty = true
            }
            if resized {
                terminal.invalidate()
                drawFrame(at: clock.now)
                dirty = false
            } else if dirty, frameClock.canDraw(at: clock.now) {
                drawFrame(at: clock.now)
                dirty = false
            }
        }
    }

    /// Renders and draws one frame now.
    public func drawFrame(at now: ContinuousClock.Instant) {
        var buffer = terminal.makeBuffer()
        app.render(into: &buffer, at: now)
        terminal.draw(buffer)
        frameClock.didDraw(at: now)
    }
}
