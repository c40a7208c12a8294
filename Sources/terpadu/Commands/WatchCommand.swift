import ArgumentParser
import Foundation
import Glibc
import TerminalUI
import TerpaduApp
import TerpaduStore

/// `terpadu watch`: the supervisor board, full screen and read-only, live as every desk commits.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The supervisor board: how many people stand at each stage, live. Read-only; needs a terminal (ssh -t).",
        discussion: "Exit status: 2 without a terminal. Keys: b or 1-7 breakdowns, p province, d destination, x all, ? help, q quit.")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var screen: ScreenOptions

    @Option(name: .customLong("interval"), help: ArgumentHelp("Seconds between re-reads of the slow figures; counts follow every commit.", valueName: "SECONDS"))
    var interval: Int = 60

    func validate() throws {
        guard (1...86_400).contains(interval) else { throw ValidationError("--interval: a whole number of seconds from 1 to 86400") }
    }

    func run() throws {
        let resolved = Resolved(global: global)
        let environment = resolved.environment
        let language: Language
        switch Language.resolve(flag: screen.lang, environment: environment) {
        case .success(let l): language = l
        case .failure(let e):
            complain("\(e)")
            throw ExitCode.validationFailure
        }
        guard isatty(0) == 1, isatty(1) == 1 else {
            complain(BoardWords.of(language).needsTerminal)
            throw ExitCode(2)
        }
        let path = try resolved.dataPath()
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let options = BoardRunner.Options(dataPath: path, language: language,
                                          themeName: screen.theme ?? environment["TERPADU_THEME"] ?? "default",
                                          themesDirectory: DeskThemes.findDirectory(executablePath: exe),
                                          seeds: resolved.quietSeedsURL(), interval: interval)
        let signal: Int32?
        do { signal = try BoardRunner.run(options) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        if let signal { TerminationSignals.exit(bySignal: signal) }
    }
}
