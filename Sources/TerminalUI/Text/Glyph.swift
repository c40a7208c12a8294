/// One grapheme as it will occupy the screen: the scalars ncurses keeps for one cell (the first,
/// then up to four zero-width ones that follow it, which is what `setcchar` keeps) and its width.
public struct Glyph: Hashable, Sendable {
    public var symbol: String
    public var width: Int

    /// The dotted circle a lone combining mark is drawn on, so it never fuses with the previous cell.
    public static let combiningBase: Unicode.Scalar = "\u{25CC}"

    /// Glyphs of an already-sanitised string. Zero-width graphemes that are not combining marks
    /// (zero-width space, joiners on their own, BOM) are dropped, because a terminal shows nothing
    /// for them and a cell of width 0 would put the buffer and the screen out of step.
    public static func glyphs(of text: String) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.utf8.count)
        forEach(in: text) { out.append($0) }
        return out
    }

    /// Calls `body` for each glyph of `text` (sanitised here), without building an array.
    @inline(__always)
    public static func forEach(in text: String, _ body: (Glyph) -> Void) {
        let clean = Sanitizer.clean(text)
        if Sanitizer.isPlainASCII(clean) {
            for b in clean.utf8 {
                body(Glyph(symbol: String(UnicodeScalar(b)), width: 1))
            }
            return
        }
        for ch in clean {
            if let g = Glyph(ch) { body(g) }
        }
    }

    public init(symbol: String, width: Int) {
        self.symbol = symbol
        self.width = width
    }

    /// The glyph for one grapheme, or nil when it occupies no column.
    public init?(_ ch: Character) {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return nil }
        var w = CharWidth.of(first)
        var kept = String.UnicodeScalarView()
        if w == 0 {
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                kept.append(Glyph.combiningBase)
                w = 1
            default:
                return nil
            }
        }
        kept.append(first)
        var count = kept.count
        for s in scalars.dropFirst() {
            guard count < 5, CharWidth.of(s) == 0, Sanitizer.placeholder(for: s) == nil else { break }
            kept.append(s)
            count += 1
        }
        self.symbol = String(kept)
        self.width = w
    }
}
