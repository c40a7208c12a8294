import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// Drives the supervisor board as its loop does, without a terminal: keys and ticks through the pure
/// `update`, effects to a real `BoardOwner` reading a real data directory, its answers back through
/// `update`. Screens are read as lines of text from `view`.
final class BoardDriver {
    let program: BoardProgram
    let queue = MessageQueue<BoardMessage>()
    let owner: BoardOwner
    var model: BoardModel
    private(set) var effects: [BoardEffect] = []
    private(set) var quitAsked = false

    /// `nowMillis`: the board's clock (the fixtures' day unless a test needs the calendar's).
    init(data: String, language: Language = .en, size: Size = Size(width: 80, height: 24), nowMillis: Int64 = fixedMillis) {
        program = BoardProgram(ticksPerRead: 5, now: { nowMillis })
        owner = BoardOwner(dataPath: data, seeds: seedsURL, queue: queue)
        model = BoardModel(language: language, theme: .noColor, size: size, dataPath: data, nowMillis: nowMillis)
        owner.start()
        send(.resize(size))
    }

    deinit { owner.close() }

    func send(_ event: LoopEvent<BoardMessage>) {
        let list = program.update(&model, event, at: ContinuousClock.now)
        effects += list
        for e in list where owner.perform(e) == .quit { quitAsked = true }
    }

    func press(_ keys: Key...) { for k in keys { send(.key(k)) } }

    func resize(_ width: Int, _ height: Int) { send(.resize(Size(width: width, height: height))) }

    /// Feeds the owner's answers to `update` until `condition` holds (false after `seconds`).
    @discardableResult
    func settle(seconds: Double = 20, until condition: (BoardModel) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            for m in queue.drain() { send(.message(m)) }
            if condition(model) { return true }
            usleep(2_000)
        }
        return condition(model)
    }

    var screen: [String] {
        var buffer = Buffer(size: model.size)
        program.view(model, into: &buffer, at: ContinuousClock.now)
        return buffer.lines
    }

    var text: String { screen.joined(separator: "\n") }
}
