/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes. A `nil` colour means "leave what is underneath"
/// when patching and "the terminal's default" once it reaches a cell.
public struct Style: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var attributes: Attributes

    public init(fg: Color? = nil, bg: Color? = nil, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with `other` laid over it: other's colours win where set, attributes add up.
    public func patched(_ other: Style) -> Style {
        Style(fg: other.fg ?? fg, bg: other.bg ?? bg, attributes: attributes.union(other.attributes))
    }

    public func adding(_ attrs: Attributes) -> Style {
        Style(fg: fg, bg: bg, attributes: attributes.union(attrs))
    }

    public func fg(_ color: Color?) -> Style { Style(fg: color, bg: bg, attributes: attributes) }
    public func bg(_ color: Color?) -> Style { Style(fg: fg, bg: color, attributes: attributes) }
}
