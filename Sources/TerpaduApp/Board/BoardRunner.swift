import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore

/// Starts the board on this terminal: ncurses, the owner's reads and feed, the loop; and closes them.
public enum BoardRunner {
    public struct Options: Sendable {
        public var dataPath: String
        public var language: Language
        public var themeName: String
        public var themesDirectory: URL?
        public var seeds: URL?
        /// Seconds between re-reads of the slow figures when nothing changed (counts follow the feed).
        public var interval: Int
        public init(dataPath: String, language: Language, themeName: String, themesDirectory: URL?, seeds: URL?, interval: Int) {
            self.dataPath = dataPath
            self.language = language
            self.themeName = themeName
            self.themesDirectory = themesDirectory
            self.seeds = seeds
            self.interval = interval
        }
    }

    /// The clock ticks every two seconds; it shows minutes, so most ticks change nothing on screen
    /// and send nothing.
    static let tick = Duration.seconds(2)

    /// Runs until the supervisor quits; the signal that ended it, if one did.
    public static func run(_ options: Options) throws -> Int32? {
        let backend = try NcursesBackend(options: .init(environment: ProcessInfo.processInfo.environment))
        let themes = DeskThemes(directory: options.themesDirectory, depth: backend.colorDepth)
        let (theme, _) = themes.startTheme(options.themeName)
        let queue = MessageQueue<BoardMessage>()
        let owner = BoardOwner(dataPath: options.dataPath, seeds: options.seeds, queue: queue)
        let model = BoardModel(language: options.language, theme: theme, size: backend.size, dataPath: options.dataPath,
                               nowMillis: ISO8601UTC.nowMilliseconds())
        let program = BoardProgram(ticksPerRead: max(1, options.interval / 2))
        let loop = ProgramLoop(program: program, model: model, terminal: Terminal(backend: backend), queue: queue,
                               tickInterval: tick, perform: owner.perform)
        owner.start()
        let exit = loop.run()
        backend.close()
        owner.close()
        if case .signal(let s) = exit { return s }
        return nil
    }
}
