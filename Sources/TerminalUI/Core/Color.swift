/// A colour as a theme or widget asks for it. The backend maps it to what the terminal has
/// (see `ColorDepth`). Names follow the 16 ANSI colours.
public enum Color: Hashable, Sendable {
    /// 0–15 are the ANSI colours, 16–231 the 6×6×6 cube, 232–255 the grey ramp.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0)
    public static let red = Color.indexed(1)
    public static let green = Color.indexed(2)
    public static let yellow = Color.indexed(3)
    public static let blue = Color.indexed(4)
    public static let magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6)
    public static let white = Color.indexed(7)
    public static let gray = Color.indexed(8)
    public static let brightRed = Color.indexed(9)
    public static let brightGreen = Color.indexed(10)
    public static let brightYellow = Color.indexed(11)
    public static let brightBlue = Color.indexed(12)
    public static let brightMagenta = Color.indexed(13)
    public static let brightCyan = Color.indexed(14)
    public static let brightWhite = Color.indexed(15)

    /// Names accepted in theme files (lower case; `-` and `_` are interchangeable; grey = gray).
    public static let names: [String: Color] = [
        "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
        "magenta": .magenta, "cyan": .cyan, "white": .white, "gray": .gray, "grey": .gray,
        "bright-black": .gray, "bright-red": .brightRed, "bright-green": .brightGreen,
        "bright-yellow": .brightYellow, "bright-blue": .brightBlue, "bright-magenta": .brightMagenta,
        "bright-cyan": .brightCyan, "bright-white": .brightWhite,
    ]

    /// The colour's RGB value, using xterm's default palette for indexed colours.
    public var rgbValue: (r: Int, g: Int, b: Int) {
        switch self {
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .indexed(let i): return Color.paletteRGB(Int(i))
        }
    }

    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func paletteRGB(_ index: Int) -> (r: Int, g: Int, b: Int) {
        switch index {
        case 0..<16:
            let c = ansiRGB[index]
            return (c.0, c.1, c.2)
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let level = 8 + 10 * (min(max(index, 232), 255) - 232)
            return (level, level, level)
        }
    }
}
