/// The drawing characters widgets use, in a Unicode and an ASCII set. The ASCII set is for
/// terminals or fonts without block elements (choose it with `--ascii` or when the locale is not
/// UTF-8). Box frames are drawn by the ncurses backend with WACS_* characters either way.
public struct Symbols: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Bar and sparkline levels, lowest to highest (the first is "nothing").
    public var levels: [String]
    public var full: String
    public var gaugeEmpty: String
    public var sortAscending: String
    public var sortDescending: String
    public var ellipsis: String
    public var checked: String
    public var unchecked: String
    public var separator: String
    public var maskChar: String

    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], full: "█", gaugeEmpty: "░",
        sortAscending: "▲", sortDescending: "▼", ellipsis: "…", checked: "[x]", unchecked: "[ ]",
        separator: " › ", maskChar: "*")

    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        levels: [" ", ".", ".", ":", ":", "=", "=", "#", "#"], full: "#", gaugeEmpty: ".",
        sortAscending: "^", sortDescending: "v", ellipsis: "~", checked: "[x]", unchecked: "[ ]",
        separator: " > ", maskChar: "*")
}
