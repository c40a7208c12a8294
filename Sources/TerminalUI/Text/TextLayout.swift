/// Horizontal alignment of text inside a width.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}

/// Measuring, truncating, padding and wrapping text by display columns (after sanitising).
public enum TextLayout {
    public static let ellipsis = "…"

    /// Display width of `text` as the buffer will draw it.
    public static func width(_ text: String) -> Int {
        let clean = Sanitizer.clean(text)
        if Sanitizer.isPlainASCII(clean) { return clean.utf8.count }
        var total = 0
        Glyph.forEach(in: clean) { total += $0.width }
        return total
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    /// A wide character that would straddle the edge is dropped, never split.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.clean(text)
        if Sanitizer.isPlainASCII(clean) {
            let n = clean.utf8.count
            if n <= width { return clean }
            return String(decoding: clean.utf8.prefix(width - 1), as: UTF8.self) + ellipsis
        }
        let glyphs = Glyph.glyphs(of: clean)
        let total = glyphs.reduce(0) { $0 + $1.width }
        if total <= width { return glyphs.map(\.symbol).joined() }
        var out = ""
        var used = 0
        for g in glyphs {
            if used + g.width > width - 1 { break }
            out += g.symbol
            used += g.width
        }
        return out + ellipsis
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width)
        let w = self.width(cut)
        let pad = max(0, width - w)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center:
            let left = pad / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: pad - left)
        }
    }

    /// Word-wraps `text` to lines of at most `width` columns. Newlines in the text end a line;
    /// a word longer than the width is broken. Returns at least one line (possibly empty).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var glyphs = Glyph.glyphs(of: String(word))
                var wordWidth = glyphs.reduce(0) { $0 + $1.width }
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " "
                    lineWidth += 1
                } else if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width - lineWidth && !glyphs.isEmpty {
                    // Break a long word at the edge.
                    var taken = 0
                    var piece = ""
                    var i = 0
                    while i < glyphs.count && taken + glyphs[i].width <= width - lineWidth {
                        piece += glyphs[i].symbol
                        taken += glyphs[i].width
                        i += 1
                    }
                    if i == 0 {
                        if lineWidth == 0 { glyphs.removeFirst(); continue }  // wider than the line
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                        continue
                    }
                    line += piece
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    glyphs.removeFirst(i)
                    wordWidth -= taken
                }
                for g in glyphs { line += g.symbol }
                lineWidth += wordWidth
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }
}
