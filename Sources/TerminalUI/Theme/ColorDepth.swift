/// How many colours the terminal can show.
public enum ColorDepth: Int, Hashable, Sendable, Comparable {
    /// No colour: NO_COLOR is set, or the terminal has none (vt100).
    case none = 0
    /// The 8 ANSI colours (Linux console, old xterm).
    case eight = 8
    case sixteen = 16
    case full256 = 256

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for a terminal reporting `colors` colours, honouring NO_COLOR in `environment`
    /// (set and non-empty means no colour, per no-color.org).
    public static func detect(colors: Int, hasColors: Bool, environment: [String: String]) -> ColorDepth {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .none }
        guard hasColors, colors >= 8 else { return .none }
        if colors >= 256 { return .full256 }
        if colors >= 16 { return .sixteen }
        return .eight
    }
}
