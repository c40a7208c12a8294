/// One screen cell: one grapheme, its display width and its style.
/// A wide grapheme occupies its cell (width 2) and the next, which holds a continuation cell
/// (empty symbol, width 0) so the grid stays rectangular.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var width: UInt8
    public var style: Style

    public init(_ symbol: String, width: Int = 1, style: Style = .plain) {
        self.symbol = symbol
        self.width = UInt8(clamping: width)
        self.style = style
    }

    public static let blank = Cell(" ")

    public static func blank(_ style: Style) -> Cell { Cell(" ", width: 1, style: style) }

    public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
