import ArgumentParser
import Foundation
import Glibc
import TerminalUI
import TerpaduApp
import TerpaduStore

/// `terpadu` on a terminal: the desk. Without one (`ssh host terpadu`, a pipe) the overview instead.
struct DeskLauncher {
    let global: GlobalOptions
    let lang: String?
    let theme: String?

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            try Overview(global: global).run()
            return
        }
        let resolved = Resolved(global: global)
        let environment = resolved.environment
        let language: Language
        switch Language.resolve(flag: lang, environment: environment) {
        case .success(let l): language = l
        case .failure(let e):
            complain("\(e)")
            throw ExitCode.validationFailure
        }
        let role = try resolved.role()
        let path = try resolved.dataPath()
        let name = role == .operator ? try resolved.operatorName()
            : ((try? OperatorName.resolve(flag: global.operatorName, environment: environment, account: OperatorName.accountName())) ?? "supervisor")
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let options = DeskRunner.Options(
            context: DeskContext(operatorName: name, role: role, dataPath: path, themeNames: []),
            language: language, themeName: theme ?? environment["TERPADU_THEME"] ?? "default",
            themesDirectory: DeskThemes.findDirectory(executablePath: exe), seeds: resolved.quietSeedsURL())
        let outcome: (warnings: [String], signal: Int32?)
        do { outcome = try DeskRunner.run(options) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        for w in outcome.warnings { complain("warning: \(w)") }
        if let signal = outcome.signal { TerminationSignals.exit(bySignal: signal) }
    }
}
