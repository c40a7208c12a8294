import Foundation
import Testing
@testable import TerminalUI

/// A tiny app for driving the loop with the test backend.
final class CounterApp: LoopApp {
    enum Message: Sendable { case add(Int), result(Tagged<Int>) }
    var count = 41
    var renders = 0
    var events: [String] = []
    var accepted: [Int] = []
    var quitAt: Int?
    let gate = GenerationGate()

    func handle(_ event: LoopEvent<Message>, at now: ContinuousClock.Instant) -> LoopControl {
        switch event {
        case .key(.char("q")): return .quit
        case .key(.char("+")): count += 1
        case .key(let k): events.append("key \(k.displayName)")
        case .message(.add(let n)):
            count += n
            events.append("message \(n)")
            if let q = quitAt, count >= q { return .quit }
        case .message(.result(let r)): if let v = gate.accept(r) { accepted.append(v) }
        case .tick: events.append("tick")
        case .resize(let s): events.append("resize \(s)")
        }
        return .continue
    }

    func render(into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        renders += 1
        buffer.write("Count: \(count)", x: 0, y: 0)
    }
}

@Suite struct LoopTests {
    @Test func unchangedFrameWritesNothingAndOneChangedFigureWritesOneCell() {
        let backend = TestBackend(width: 20, height: 3)
        let terminal = Terminal(backend: backend)
        var frame = terminal.makeBuffer()
        frame.write("Count: 41", x: 0, y: 0)
        #expect(terminal.draw(frame) == 8)  // the space is already blank
        #expect(terminal.draw(frame) == 0)
        #expect(backend.drawCalls == 1)
        frame.write("Count: 42", x: 0, y: 0)
        #expect(terminal.draw(frame) == 1)
        #expect(backend.lines[0] == "Count: 42           ")
    }

    @Test func loopHandlesKeysMessagesAndQuits() {
        let backend = TestBackend(width: 20, height: 2)
        backend.pendingKeys = [[.char("+"), .char("+")], [.up], [.char("q")]]
        let app = CounterApp()
        let loop = EventLoop(app: app, terminal: Terminal(backend: backend))
        loop.queue.post(.add(10))
        loop.run()
        #expect(app.count == 53)
        #expect(app.events.contains("message 10"))
        #expect(app.events.contains("key ↑"))
        #expect(backend.lines[0].hasPrefix("Count: 5"))
    }

    @Test func terminationSignalEndsTheLoopBeforeItsBatch() {
        let backend = TestBackend(width: 20, height: 2)
        let app = CounterApp()
        let loop = EventLoop(app: app, terminal: Terminal(backend: backend))
        backend.pendingKeys = [[.char("+")], [.char("q")]]
        #expect(loop.run() == .quit)
        #expect(app.count == 42)
        backend.pendingKeys = [[.char("+")], [.char("q")]]
        backend.terminationSignal = SIGTERM
        #expect(loop.run() == .signal(SIGTERM))
        #expect(app.count == 42, "keys of the batch that came with the signal were handled")
    }

    @Test func messagesPostedFromOtherThreadsWakeTheLoop() {
        let backend = TestBackend(width: 20, height: 2)
        let app = CounterApp()
        app.quitAt = 141
        let loop = EventLoop(app: app, terminal: Terminal(backend: backend))
        let queue = loop.queue
        // No keys at all: the loop sleeps in poll until the other threads' posts wake it.
        for _ in 0..<4 {
            Thread { for _ in 0..<25 { queue.post(.add(1)) } }.start()
        }
        loop.run()
        #expect(app.count == 141)
    }

    @Test func resizeRelaysOutAtOnce() {
        let backend = TestBackend(width: 20, height: 2)
        let app = CounterApp()
        let loop = EventLoop(app: app, terminal: Terminal(backend: backend))
        backend.pendingKeys = [[.char("+")], [.char("q")]]
        loop.run()
        backend.resize(width: 5, height: 1)
        backend.pendingKeys = [[.resize], [.char("q")]]
        loop.run()
        #expect(app.events.contains("resize 5×1"))
        #expect(backend.lines == ["Count"])
        backend.resize(width: 1, height: 1)
        backend.pendingKeys = [[.resize], [.char("q")]]
        loop.run()
        #expect(backend.lines == ["C"])
    }

    @Test func frameClockWaitsSixteenMillisecondsBetweenFrames() {
        var clock = FrameClock()
        let t0 = ContinuousClock.now
        #expect(clock.canDraw(at: t0))
        clock.didDraw(at: t0)
        #expect(!clock.canDraw(at: t0 + .milliseconds(5)))
        #expect(clock.delay(at: t0 + .milliseconds(5)) == .milliseconds(11))
        #expect(clock.canDraw(at: t0 + .milliseconds(16)))
    }

    @Test func generationGateDropsStaleResults() {
        let gate = GenerationGate()
        let first = gate.next()
        let second = gate.next()
        #expect(gate.accept(Tagged(generation: first, value: "old")) == nil)
        #expect(gate.accept(Tagged(generation: second, value: "new")) == "new")
        #expect(!gate.isCurrent(first))
    }

    @Test func backgroundWorkPostsOnlyTheLatestResult() async {
        let queue = MessageQueue<CounterApp.Message>()
        let gate = GenerationGate()
        let work = BackgroundWork(queue: queue, gate: gate)
        // A slow first job that a newer one overtakes: it sees it is stale and its result is dropped.
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        work.start({ isCurrent in
            started.signal()
            release.wait()
            return isCurrent() ? 1 : -1
        }, message: { .result($0) })
        started.wait()
        let second = work.start({ _ in 2 }, message: { .result($0) })
        release.signal()
        var results: [Tagged<Int>] = []
        while results.isEmpty || !results.contains(where: { $0.generation == second }) {
            for case .result(let r) in queue.drain() { results.append(r) }
            await Task.yield()
        }
        let accepted = results.compactMap { gate.accept($0) }
        #expect(accepted == [2])
    }
}
