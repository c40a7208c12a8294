/// A named set of styles for the semantic slots, plus the drawing symbols.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeSlot: Style]
    public var symbols: Symbols

    public init(name: String, styles: [ThemeSlot: Style], symbols: Symbols = .unicode) {
        self.name = name
        self.styles = styles
        self.symbols = symbols
    }

    /// The style of a slot; a slot the theme leaves out falls back to the built-in default's.
    public subscript(slot: ThemeSlot) -> Style {
        styles[slot] ?? Theme.builtIn.styles[slot] ?? .plain
    }

    /// Used when no theme file can be read, and for slots a file leaves out.
    public static let builtIn = Theme(name: "built-in", styles: [
        .background: Style(),
        .text: Style(),
        .muted: Style(fg: .gray),
        .accent: Style(fg: .cyan, attributes: [.bold]),
        .border: Style(fg: .gray),
        .selection: Style(fg: .black, bg: .cyan),
        .header: Style(attributes: [.bold, .underline]),
        .ok: Style(fg: .green),
        .warning: Style(fg: .yellow, attributes: [.bold]),
        .error: Style(fg: .red, attributes: [.bold]),
    ])

    /// This theme with an app's own slots added: each slot of `defaults` the theme does not have
    /// yet gets its default style; slots the theme already has (from its file) are kept.
    public func adding(defaults: [ThemeSlot: Style]) -> Theme {
        var out = self
        out.styles.merge(defaults) { mine, _ in mine }
        return out
    }

    /// The slots this theme can style: the toolkit's and every slot it holds (an app's own).
    public var slots: [ThemeSlot] {
        ThemeSlot.toolkitSlots + styles.keys.filter { !ThemeSlot.toolkitSlots.contains($0) }.sorted { $0.rawValue < $1.rawValue }
    }

    /// A theme with no colour at all, only attributes: what NO_COLOR gets.
    public static let noColor = Theme.builtIn.adapted(to: .none)

    /// This theme as the terminal can show it: colours mapped to the nearest available, or removed
    /// (NO_COLOR or a terminal without colour) with attributes standing in so selection and headers
    /// stay visible.
    public func adapted(to depth: ColorDepth) -> Theme {
        var out = self
        let screenBackground = self[.background].bg
        // Every slot present, the app's as well as the toolkit's.
        for slot in slots {
            let original = self[slot]
            var s = ColorMapper(depth: depth).map(original)
            if depth == .none, slot != .background {
                // A slot set apart by its background (the selection) is set apart by reverse video.
                if let bg = original.bg, bg != screenBackground { s.attributes.insert(.reverse) }
                if slot == .accent || slot == .header || slot == .error { s.attributes.insert(.bold) }
                if slot == .muted, original.fg != nil { s.attributes.insert(.dim) }
            }
            out.styles[slot] = s
        }
        return out
    }
}
