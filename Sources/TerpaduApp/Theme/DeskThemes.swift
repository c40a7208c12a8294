import Foundation
import TerminalUI

/// The theme files the desk can use (`themes/NAME.toml`), loaded adapted to what the terminal shows
/// (8 colours, NO_COLOR).
public struct DeskThemes: Sendable {
    public var loader: ThemeLoader?
    public var depth: ColorDepth

    public init(directory: URL?, depth: ColorDepth) {
        self.loader = directory.map { ThemeLoader(directory: $0, knownSlots: StageSlots.names) }
        self.depth = depth
    }

    public var names: [String] { loader?.available() ?? [] }

    public func load(_ name: String) -> Result<Theme, ThemeProblem> {
        guard let loader else { return .failure(ThemeProblem(text: "no themes folder was found (themes/\(name).toml)")) }
        do { return .success(try loader.load(name: name).adding(defaults: StageSlots.defaults).adapted(to: depth)) } catch {
            return .failure(ThemeProblem(text: "\(error)"))
        }
    }

    /// The named theme, else the built-in one (the reason is returned to be shown).
    public func startTheme(_ name: String) -> (Theme, String?) {
        switch load(name) {
        case .success(let t): return (t, nil)
        case .failure(let why): return (Theme.builtIn.adding(defaults: StageSlots.defaults).adapted(to: depth), why.text)
        }
    }

    /// `--themes`-less lookup: `themes/` beside the executable or one of its parents, else in the
    /// current directory or its parents.
    public static func findDirectory(executablePath: String) -> URL? {
        let starts = [URL(fileURLWithPath: executablePath).deletingLastPathComponent(),
                      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent == dir { break }
                dir = parent
            }
        }
        return nil
    }
}

/// Why a theme could not be used, in words.
public struct ThemeProblem: Error, Sendable {
    public var text: String
}
