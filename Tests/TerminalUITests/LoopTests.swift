import Foundation
import Testing
@testable import TerminalUI

/// A tiny program for driving the loop with the test backend: `+` counts, `q` quits, messages add.
struct Counter: Program {
    enum Message: Sendable { case add(Int), result(Tagged<Int>) }
    enum Effect: Equatable { case quit, note(String) }

    struct Model {
        var count = 41
        var events: [String] = []
        var quitAt: Int?
        var quitAfterTicks: Int?
    }

    func update(_ model: inout Model, _ event: LoopEvent<Message>, at now: ContinuousClock.Instant) -> [Effect] {
        switch event {
        case .key(.char("q")): return [.quit]
        case .key(.char("+")): model.count += 1
        case .key(.char("!")): return [.note("first"), .quit, .note("after the quit")]
        case .key(let k): model.events.append("key \(k.displayName)")
        case .message(.add(let n)):
            model.count += n
            model.events.append("message \(n)")
            if let q = model.quitAt, model.count >= q { return [.quit] }
        case .message(.result(let r)): model.events.append("result \(r.value)")
        case .tick:
            model.events.append("tick")
            if let n = model.quitAfterTicks, model.events.filter({ $0 == "tick" }).count >= n { return [.quit] }
        case .resize(let s): model.events.append("resize \(s)")
        }
        return []
    }

    func view(_ model: Model, into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        buffer.write("Count: \(model.count)", x: 0, y: 0)
    }
}

/// A loop over the test backend (whose watchdog ends it if it never quits) and a performer that
/// records every effect it is handed.
final class CounterRun {
    final class Recorder { var effects: [Counter.Effect] = [] }

    let backend: TestBackend
    let recorder = Recorder()
    let loop: ProgramLoop<Counter>

    init(model: Counter.Model = Counter.Model(), watchdog: Duration = .seconds(30)) {
        backend = TestBackend(width: 20, height: 2, watchdog: watchdog)
        let recorder = self.recorder
        loop = ProgramLoop(program: Counter(), model: model, terminal: Terminal(backend: backend)) { effect in
            recorder.effects.append(effect)
            return effect == .quit ? .quit : .continue
        }
    }

    var model: Counter.Model { loop.model }
    var performed: [Counter.Effect] { recorder.effects }
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

    @Test func loopHandlesKeysMessagesAndQuitsThroughAnEffect() {
        let run = CounterRun()
        run.backend.pendingKeys = [[.char("+"), .char("+")], [.up], [.char("q")]]
        run.loop.queue.post(.add(10))
        #expect(run.loop.run() == .quit)
        #expect(run.model.count == 53)
        #expect(run.model.events.first == "resize 20×2", "the program hears the screen size first")
        #expect(run.model.events.contains("message 10"))
        #expect(run.model.events.contains("key ↑"))
        #expect(run.performed == [.quit])
        #expect(run.backend.lines[0].hasPrefix("Count: 53"))
    }

    @Test func effectsAfterTheOneThatQuitsAreNotPerformed() {
        let run = CounterRun()
        run.backend.pendingKeys = [[.char("!")], [.char("+")]]
        #expect(run.loop.run() == .quit)
        #expect(run.performed == [.note("first"), .quit])
        #expect(run.model.count == 41, "the key after the quit was handled")
    }

    @Test func terminationSignalEndsTheLoopBeforeItsBatch() {
        let run = CounterRun()
        run.backend.pendingKeys = [[.char("+")], [.char("q")]]
        #expect(run.loop.run() == .quit)
        #expect(run.model.count == 42)
        run.backend.pendingKeys = [[.char("+")], [.char("q")]]
        run.backend.terminationSignal = SIGTERM
        #expect(run.loop.run() == .signal(SIGTERM))
        #expect(run.model.count == 42, "keys of the batch that came with the signal were handled")
    }

    @Test func messagesPostedFromOtherThreadsWakeTheLoop() {
        var model = Counter.Model()
        model.quitAt = 141
        let run = CounterRun(model: model)
        let queue = run.loop.queue
        // No keys at all: the loop sleeps in poll until the other threads' posts wake it.
        for _ in 0..<4 {
            Thread { for _ in 0..<25 { queue.post(.add(1)) } }.start()
        }
        #expect(run.loop.run() == .quit, "the watchdog ended a loop that never saw the posts")
        #expect(run.model.count == 141)
    }

    @Test func aLoopThatNeverQuitsIsEndedByTheWatchdog() {
        // No keys, no messages, no quit: without the watchdog this would wait in poll forever.
        let run = CounterRun(watchdog: .milliseconds(200))
        let started = ContinuousClock.now
        #expect(run.loop.run() == .signal(TestBackend.watchdogSignal))
        #expect(run.backend.watchdogFired)
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func ticksArriveAtTheirInterval() {
        var model = Counter.Model()
        model.quitAfterTicks = 3
        let run = CounterRun(model: model)
        run.loop.tickInterval = .milliseconds(5)
        #expect(run.loop.run() == .quit)
        #expect(run.model.events.filter { $0 == "tick" }.count == 3)
    }

    @Test func resizeRelaysOutAtOnce() {
        let run = CounterRun()
        run.backend.pendingKeys = [[.char("+")], [.char("q")]]
        run.loop.run()
        run.backend.resize(width: 5, height: 1)
        run.backend.pendingKeys = [[.resize], [.char("q")]]
        run.loop.run()
        #expect(run.model.events.contains("resize 5×1"))
        #expect(run.backend.lines == ["Count"])
        run.backend.resize(width: 1, height: 1)
        run.backend.pendingKeys = [[.resize], [.char("q")]]
        run.loop.run()
        #expect(run.backend.lines == ["C"])
    }

    @Test func updateAndViewAreDrivenDirectlyWithoutALoop() {
        let program = Counter()
        var model = Counter.Model()
        let now = ContinuousClock.now
        #expect(program.update(&model, .key(.char("+")), at: now).isEmpty)
        #expect(program.update(&model, .key(.char("q")), at: now) == [.quit])
        var buffer = Buffer(size: Size(width: 10, height: 1))
        program.view(model, into: &buffer, at: now)
        #expect(buffer.lines == ["Count: 42 "])
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
        let queue = MessageQueue<Counter.Message>()
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
        // Generous, and polling with a pause rather than spinning: on two cores under the whole
        // suite, the global queue that runs the jobs was seen to need more than 20 s to get to them.
        let deadline = ContinuousClock.now + .seconds(120)
        while !results.contains(where: { $0.generation == second }) && ContinuousClock.now < deadline {
            for case .result(let r) in queue.drain() { results.append(r) }
            try? await Task.sleep(for: .milliseconds(2))
        }
        let accepted = results.compactMap { gate.accept($0) }
        #expect(accepted == [2])
    }
}
