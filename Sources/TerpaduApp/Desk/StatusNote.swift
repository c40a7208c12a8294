/// What the status line says: "saved" with the new ID, a refusal in words, a conflict, progress.
public struct StatusNote: Sendable, Hashable {
    public enum Level: Sendable, Hashable { case info, ok, warning, error }
    public var text: String
    public var level: Level

    public init(_ text: String, _ level: Level = .info) {
        self.text = text
        self.level = level
    }
}
