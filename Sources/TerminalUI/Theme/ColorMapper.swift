/// Maps colours to the nearest the terminal has.
public struct ColorMapper: Hashable, Sendable {
    public var depth: ColorDepth
    public init(depth: ColorDepth) { self.depth = depth }

    /// A style with its colours mapped; at 8 colours a foreground that lands on its own background
    /// is replaced by black or white, whichever contrasts, so text stays readable.
    public func map(_ style: Style) -> Style {
        guard depth != .none else { return Style(attributes: style.attributes) }
        var fg = style.fg.map(map)
        let bg = style.bg.map(map)
        if let f = fg, let b = bg, f == b {
            let (r, g, bl) = b.rgbValue
            fg = (r * 299 + g * 587 + bl * 114) / 1000 > 128 ? .black : .white
        }
        var attrs = style.attributes
        if depth == .eight, case .indexed(let i)? = style.fg, i >= 8, i < 16 { attrs.insert(.bold) }
        return Style(fg: fg, bg: bg, attributes: attrs)
    }

    public func map(_ color: Color) -> Color {
        switch (depth, color) {
        case (.none, _): return color
        case (.full256, .indexed): return color
        case (.full256, .rgb(let r, let g, let b)): return .indexed(UInt8(Self.nearest256(Int(r), Int(g), Int(b))))
        case (.sixteen, .indexed(let i)) where i < 16: return color
        case (.eight, .indexed(let i)) where i < 8: return color
        case (.eight, .indexed(let i)) where i < 16: return .indexed(i - 8)
        default:
            let (r, g, b) = color.rgbValue
            return .indexed(UInt8(Self.nearestANSI(r, g, b, count: depth == .eight ? 8 : 16)))
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    /// Nearest entry of the xterm 256-colour cube or grey ramp (16–255).
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in Color.cubeLevels.enumerated() where abs(l - v) < abs(Color.cubeLevels[best] - v) { best = i }
            return best
        }
        let ri = level(r), gi = level(g), bi = level(b)
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeRGB = (Color.cubeLevels[ri], Color.cubeLevels[gi], Color.cubeLevels[bi])
        let avg = (r + g + b) / 3
        let greyIndex = min(23, max(0, (avg - 8 + 5) / 10))
        let greyLevel = 8 + 10 * greyIndex
        let greyDistance = distance((r, g, b), (greyLevel, greyLevel, greyLevel))
        return greyDistance < distance((r, g, b), cubeRGB) ? 232 + greyIndex : cube
    }

    /// Nearest of the first `count` ANSI colours, by hue as much as brightness, so a dark blue
    /// becomes blue rather than black.
    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<count {
            var c = Color.ansiRGB[i]
            if count == 8 {
                // Count the 8 colours by their hue: dark ones are drawn brighter by most consoles.
                c = (c.0 > 0 ? 255 : 0, c.1 > 0 ? 255 : 0, c.2 > 0 ? 255 : 0)
                if i == 0 { c = (40, 40, 40) }
                if i == 7 { c = (200, 200, 200) }
            }
            let d = distance((r, g, b), c)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }
}
