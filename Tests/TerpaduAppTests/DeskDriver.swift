import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The desk driven without a terminal: keys through the pure `update`, effects to a real
/// `StoreOwner` on a real data directory, its answers back through `update`.
typealias DeskDriver = LoopDriver<DeskProgram>

extension LoopDriver where P == DeskProgram {
    convenience init(data: String, role: Role = .operator, language: Language = .en, size: Size = Size(width: 80, height: 24),
                     operatorName: String = "siti") {
        let context = DeskContext(operatorName: operatorName, role: role, dataPath: data, themeNames: ["default", "monochrome"])
        let queue = MessageQueue<DeskMessage>()
        let owner = StoreOwner(setup: .init(directory: data, operatorName: operatorName, role: role, seeds: seedsURL,
                                            loadTheme: { name in .failure(ThemeProblem(text: "no theme \(name) in tests")) }),
                               queue: queue)
        let model = DeskModel(context: context, strings: language.strings, theme: .noColor, size: size, nowMillis: fixedMillis)
        self.init(program: DeskProgram(), model: model, queue: queue, perform: owner.perform, close: { _ = owner.close() })
        perform([.open])
    }

    var screen: [String] { frame(model.size).lines }

    var text: String { screen.joined(separator: "\n") }
}

/// A data directory with a few workers, made with the store the way `apply` would.
func directoryWithWorkers(_ dir: TempDir, names: [String]) throws -> String {
    let store = try openStore(dir)
    for (i, name) in names.enumerated() { _ = store.execute(registration(i, name: name)) }
    store.close()
    return dir.path + "/data"
}
