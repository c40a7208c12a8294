import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// Drives the desk as the loop does, without a terminal: keys go through the pure `update`, effects
/// to a real `StoreOwner` on a real data directory, and its answers back through `update`. Screens
/// are read as lines of text from `view`.
final class DeskDriver {
    let program = DeskProgram()
    let queue = MessageQueue<DeskMessage>()
    let owner: StoreOwner
    var model: DeskModel
    private(set) var quitAsked = false
    /// Every effect update returned, for tests that check what was asked for.
    private(set) var effects: [DeskEffect] = []

    init(data: String, role: Role = .operator, language: Language = .en, size: Size = Size(width: 80, height: 24),
         operatorName: String = "siti") {
        let context = DeskContext(operatorName: operatorName, role: role, dataPath: data, themeNames: ["default", "monochrome"])
        owner = StoreOwner(setup: .init(directory: data, operatorName: operatorName, role: role, seeds: seedsURL,
                                        loadTheme: { name in .failure(ThemeProblem(text: "no theme \(name) in tests")) }),
                           queue: queue)
        model = DeskModel(context: context, strings: language.strings, theme: .noColor, size: size, nowMillis: fixedMillis)
        perform([.open])
    }

    deinit { _ = owner.close() }

    func perform(_ list: [DeskEffect]) {
        effects += list
        for e in list where owner.perform(e) == .quit { quitAsked = true }
    }

    func send(_ event: LoopEvent<DeskMessage>) {
        perform(program.update(&model, event, at: ContinuousClock.now))
    }

    func press(_ keys: Key...) { for k in keys { send(.key(k)) } }

    func type(_ text: String) { for c in text { send(.key(.char(c))) } }

    func resize(_ width: Int, _ height: Int) { send(.resize(Size(width: width, height: height))) }

    /// Feeds the owner's answers to `update` until `condition` holds (false after `seconds`).
    @discardableResult
    func settle(seconds: Double = 20, until condition: (DeskModel) -> Bool) -> Bool {
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

    var screen: [String] {
        var buffer = Buffer(size: model.size)
        program.view(model, into: &buffer, at: ContinuousClock.now)
        return buffer.lines
    }

    var text: String { screen.joined(separator: "\n") }
}

/// A data directory with a few workers, made with the store the way `apply` would.
func directoryWithWorkers(_ dir: TempDir, names: [String]) throws -> String {
    let store = try openStore(dir)
    for (i, name) in names.enumerated() { _ = store.execute(registration(i, name: name)) }
    store.close()
    return dir.path + "/data"
}
