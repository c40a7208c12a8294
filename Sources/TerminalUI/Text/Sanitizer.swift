/// The one sanitiser every drawn string passes through (`Buffer.write` calls it, so a widget cannot
/// forget). Characters that could make a terminal act instead of print become visible placeholders
/// of display width 1, so the text stays inert and column widths stay what the buffer computed:
///
/// - C0 controls U+0000–U+001F (ESC, BEL, CR, LF, TAB…) → the Control Pictures U+2400–U+241F (␛ ␇ ␍…);
/// - DEL U+007F → ␡ (U+2421);
/// - C1 controls U+0080–U+009F (8-bit CSI, OSC, such as UTF-8 `C2 9D`) → ␦ (U+2426, the picture of
///   SUBSTITUTE, ECMA-48's character for "this was not a valid character");
/// - bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 → ⸮ (U+2E2E, a reversed
///   question mark: "something about direction was here").
///
/// All three placeholder blocks have East Asian Width "N" (not "A"mbiguous), so they are one column in
/// every terminal, CJK-configured ones included, and glibc's `wcwidth` agrees.
public enum Sanitizer {
    public static let delPlaceholder: Unicode.Scalar = "\u{2421}"
    public static let c1Placeholder: Unicode.Scalar = "\u{2426}"
    public static let bidiPlaceholder: Unicode.Scalar = "\u{2E2E}"

    /// True for every scalar the sanitiser replaces.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        placeholder(for: s) != nil
    }

    /// The visible stand-in for an unsafe scalar, or nil when the scalar is safe to draw.
    public static func placeholder(for s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return delPlaceholder
        case 0x80...0x9F: return c1Placeholder
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return bidiPlaceholder
        default: return nil
        }
    }

    /// The string with every unsafe scalar replaced. Plain printable ASCII returns unchanged without
    /// allocating.
    public static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var needs = false
        for s in text.unicodeScalars where placeholder(for: s) != nil {
            needs = true
            break
        }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(placeholder(for: s) ?? s) }
        return String(out)
    }

    @inline(__always)
    static func isPlainASCII(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x20 || b >= 0x7F { return false }
        return true
    }
}
