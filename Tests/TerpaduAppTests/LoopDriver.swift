import Foundation
import TerminalUI
@testable import TerpaduApp

/// Drives a program as `ProgramLoop` does, without a terminal: keys, ticks and resizes through the
/// pure `update`, its effects to the real owner, the owner's answers back through `update`.
/// Screens are read as lines of text from `view`. `DeskDriver` and `BoardDriver` are this, each
/// with its own owner.
final class LoopDriver<P: Program> {
    let program: P
    let queue: MessageQueue<P.Message>
    var model: P.Model
    private let perform: (P.Effect) -> LoopControl
    private let closeOwner: () -> Void
    private(set) var quitAsked = false
    /// Every effect update returned, for tests that check what was asked for.
    private(set) var effects: [P.Effect] = []

    init(program: P, model: P.Model, queue: MessageQueue<P.Message>, perform: @escaping (P.Effect) -> LoopControl,
         close: @escaping () -> Void) {
        self.program = program
        self.model = model
        self.queue = queue
        self.perform = perform
        self.closeOwner = close
    }

    deinit { closeOwner() }

    func perform(_ list: [P.Effect]) {
        effects += list
        for e in list where perform(e) == .quit { quitAsked = true }
    }

    func send(_ event: LoopEvent<P.Message>) {
        perform(program.update(&model, event, at: ContinuousClock.now))
    }

    func press(_ keys: Key...) { for k in keys { send(.key(k)) } }

    func type(_ text: String) { for c in text { send(.key(.char(c))) } }

    func resize(_ width: Int, _ height: Int) { send(.resize(Size(width: width, height: height))) }

    /// Feeds the owner's answers to `update` until `condition` holds (false after `seconds`).
    @discardableResult
    func settle(seconds: Double = 20, until condition: (P.Model) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            for m in queue.drain() { send(.message(m)) }
            if condition(model) { return true }
            usleep(2_000)
        }
        return condition(model)
    }

    /// Waits until the answers stop coming for a moment (every effect asked for has answered).
    func quiet(ms: Int = 150) {
        var idleSince = Date()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let batch = queue.drain()
            for m in batch { send(.message(m)) }
            if !batch.isEmpty { idleSince = Date() }
            if Date().timeIntervalSince(idleSince) * 1000 > Double(ms) { return }
            usleep(2_000)
        }
    }

    func frame(_ size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        program.view(model, into: &buffer, at: ContinuousClock.now)
        return buffer
    }
}
