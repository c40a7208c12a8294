import Foundation
import TerminalUI

/// Finds the themes directory and loads themes adapted to the terminal's colours.
struct ThemeProvider: Sendable {
    var loader: ThemeLoader?
    var depth: ColorDepth
    var ascii: Bool

    var names: [String] { loader?.available() ?? [] }

    func load(_ name: String) -> Result<Theme, ThemeError> {
        guard let loader else {
            return .failure(ThemeError(file: "themes/\(name).toml", key: nil, problem: "no themes directory found (use --themes DIR)"))
        }
        do {
            var theme = try loader.load(name: name).adding(defaults: DemoSlots.defaults).adapted(to: depth)
            if ascii { theme.symbols = .ascii }
            return .success(theme)
        } catch {
            return .failure(error)
        }
    }

    /// --themes DIR, then $TERMINALUI_THEMES, then a `themes/` next to the executable or any of its
    /// parent directories, then one in the current directory or its parents.
    static func findDirectory(explicit: String?, environment: [String: String]) -> URL? {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let env = environment["TERMINALUI_THEMES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        var starts: [URL] = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        if let exe = Bundle.main.executableURL { starts.insert(exe.deletingLastPathComponent(), at: 0) }
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
