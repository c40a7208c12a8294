import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The supervisor board driven without a terminal: keys and ticks through the pure `update`,
/// effects to a real `BoardOwner` reading a real data directory, its answers back through `update`.
typealias BoardDriver = LoopDriver<BoardProgram>

extension LoopDriver where P == BoardProgram {
    /// `nowMillis`: the board's clock (the fixtures' day unless a test needs the calendar's).
    convenience init(data: String, language: Language = .en, size: Size = Size(width: 80, height: 24), nowMillis: Int64 = fixedMillis) {
        let queue = MessageQueue<BoardMessage>()
        let owner = BoardOwner(dataPath: data, seeds: seedsURL, queue: queue)
        let model = BoardModel(language: language, theme: .noColor, size: size, dataPath: data, nowMillis: nowMillis)
        self.init(program: BoardProgram(ticksPerRead: 5, now: { nowMillis }), model: model, queue: queue,
                  perform: owner.perform, close: { owner.close() })
        owner.start()
        send(.resize(size))
    }

    var screen: [String] { frame(model.size).lines }

    var text: String { screen.joined(separator: "\n") }
}
