#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An in-memory screen for tests: frames land in a buffer that tests read as lines of text and
/// styles; keys are fed from a script.
///
/// A watchdog keeps a broken loop from hanging a test run: once `deadline` has passed, `readKeys`
/// reports `watchdogSignal` as a termination signal, so the loop returns `.signal(SIGALRM)` (which
/// the test then sees as a failure) instead of waiting forever in `poll`.
public final class TestBackend: Backend {
    /// The signal the watchdog reports.
    public static let watchdogSignal: Int32 = SIGALRM
    public private(set) var screen: Buffer
    public var colorDepth: ColorDepth
    public private(set) var drawCalls = 0
    public private(set) var cellsDrawn = 0
    /// Keys `readKeys` hands out, one batch per call.
    public var pendingKeys: [[Key]] = []
    /// Set it to act as if a termination signal had been caught.
    public var terminationSignal: Int32?
    /// When the watchdog fires (nil: never).
    public var deadline: ContinuousClock.Instant?

    /// `watchdog`: how long loops on this backend may run before it reports `watchdogSignal`.
    public init(width: Int, height: Int, colorDepth: ColorDepth = .full256, watchdog: Duration? = .seconds(60)) {
        self.screen = Buffer(size: Size(width: width, height: height))
        self.colorDepth = colorDepth
        self.deadline = watchdog.map { ContinuousClock.now + $0 }
    }

    /// True once the watchdog has fired.
    public var watchdogFired: Bool { terminationSignal == Self.watchdogSignal }

    public var size: Size { screen.area.size }

    /// Changes the screen size (as a terminal resize would); follow with a `.resize` key.
    public func resize(width: Int, height: Int) {
        screen = Buffer(size: Size(width: width, height: height))
    }

    public func draw(_ changes: [CellChange]) {
        drawCalls += 1
        cellsDrawn += changes.count
        for c in changes { screen.set(x: c.x, y: c.y, c.cell) }
    }

    public func invalidate() { screen = Buffer(area: screen.area) }

    public func readKeys(timeout: Duration?, wakeFD: Int32) -> [Key] {
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        var wait = timeout
        if let deadline {
            let left = max(.zero, deadline - ContinuousClock.now)
            wait = min(wait ?? left, left)
        }
        var fds = [pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        let ms: Int32 = wait.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
        _ = poll(&fds, 1, ms)
        if let deadline, ContinuousClock.now >= deadline { terminationSignal = Self.watchdogSignal }
        return []
    }

    /// The screen as lines of text.
    public var lines: [String] { screen.lines }

    /// The screen's styles as lines of legend characters: each cell shows the character its style
    /// maps to in `legend`, or `.` when the style is not listed.
    public func styleLines(_ legend: [Style: Character]) -> [String] {
        screen.styleLines(legend)
    }
}

extension Buffer {
    /// Styles as lines of legend characters (see `TestBackend.styleLines`).
    public func styleLines(_ legend: [Style: Character]) -> [String] {
        (area.y..<area.maxY).map { y in
            String((area.x..<area.maxX).map { x in legend[self[x, y].style] ?? "." })
        }
    }
}
