/// One action of a screen: the keys that trigger it, what it does (for help) and an optional short
/// label for the key-hint bar.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    public var hint: String?
    /// How the hint bar writes the keys, when not the first key's name ("F2/^S" for F2 and Ctrl-S).
    public var hintKeys: String?

    public init(_ keys: [Key], _ action: Action, help: String, hint: String? = nil, hintKeys: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
        self.hintKeys = hintKeys
    }

    /// The keys as shown to people: "F1 ?".
    public var keysLabel: String { keys.map(\.displayName).joined(separator: " ") }
}
