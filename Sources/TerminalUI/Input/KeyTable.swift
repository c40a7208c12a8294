/// A screen's one key table: keys → action → help text. The same value drives dispatch
/// (`action(for:)`), the hint bar (`hints`) and the help overlay (`helpEntries`), so help cannot
/// disagree with what the keys do. An action may have several keys, e.g. F10 and q, because vt100
/// and the Linux console garble some function keys.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<Action>]
    private var index: [Key: Int]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        var index: [Key: Int] = [:]
        for (i, b) in bindings.enumerated() {
            for k in b.keys where index[k] == nil { index[k] = i }
        }
        self.index = index
    }

    /// The action bound to `key` (the first binding wins when a key is listed twice).
    public func action(for key: Key) -> Action? {
        index[key].map { bindings[$0].action }
    }

    /// Keys bound to more than one action: a mistake the app's tests should catch.
    public var conflicts: [Key: [Action]] {
        var seen: [Key: [Action]] = [:]
        for b in bindings { for k in b.keys { seen[k, default: []].append(b.action) } }
        return seen.filter { $0.value.count > 1 }
    }

    /// Hint-bar entries, for bindings that have a hint, showing their first key (or `hintKeys`).
    public var hints: [KeyHint] {
        bindings.compactMap { b in
            guard let hint = b.hint, let keys = b.hintKeys ?? b.keys.first?.displayName else { return nil }
            return KeyHint(keys: keys, label: hint)
        }
    }

    /// Help-overlay entries: every binding with all its keys.
    public var helpEntries: [HelpEntry] {
        bindings.map { HelpEntry(keys: $0.keysLabel, help: $0.help) }
    }
}
