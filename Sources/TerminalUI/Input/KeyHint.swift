/// An entry of the key-hint bar: "F1 Help".
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String
    public init(keys: String, label: String) {
        self.keys = keys
        self.label = label
    }
}

/// A line of the help overlay.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var help: String
    public init(keys: String, help: String) {
        self.keys = keys
        self.help = help
    }
}
