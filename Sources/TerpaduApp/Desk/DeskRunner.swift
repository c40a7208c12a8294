import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore

/// Starts the desk on this terminal: ncurses, the store's owner, the loop; and closes all of it.
public enum DeskRunner {
    public struct Options: Sendable {
        public var context: DeskContext
        public var language: Language
        public var themeName: String
        public var themesDirectory: URL?
        public var seeds: URL?
        public init(context: DeskContext, language: Language, themeName: String, themesDirectory: URL?, seeds: URL?) {
            self.context = context
            self.language = language
            self.themeName = themeName
            self.themesDirectory = themesDirectory
            self.seeds = seeds
        }
    }

    /// Runs until the operator quits. Returns the warnings to print once the screen is given back
    /// (a closing snapshot that failed), and the signal that ended it, if one did.
    public static func run(_ options: Options) throws -> (warnings: [String], signal: Int32?) {
        let environment = ProcessInfo.processInfo.environment
        let backend = try NcursesBackend(options: .init(environment: environment))
        let themes = DeskThemes(directory: options.themesDirectory, depth: backend.colorDepth)
        let (theme, themeProblem) = themes.startTheme(options.themeName)
        var context = options.context
        context.themeNames = themes.names
        let queue = MessageQueue<DeskMessage>()
        let owner = StoreOwner(setup: .init(directory: context.dataPath, operatorName: context.operatorName,
                                            role: context.role, seeds: options.seeds, loadTheme: themes.load),
                               queue: queue)
        var model = DeskModel(context: context, strings: options.language.strings, theme: theme, size: backend.size,
                              nowMillis: ISO8601UTC.nowMilliseconds())
        if let themeProblem { model.say(themeProblem, .warning) }
        let loop = ProgramLoop(program: DeskProgram(), model: model, terminal: Terminal(backend: backend), queue: queue,
                               tickInterval: nil, perform: owner.perform)
        _ = owner.perform(DeskEffect.open)
        let exit = loop.run()
        backend.close()
        let warnings = owner.close()
        if case .signal(let s) = exit { return (warnings, s) }
        return (warnings, nil)
    }
}
