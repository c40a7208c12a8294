import TerminalUI

/// Figures three rows tall, readable from across a room: each digit three cells wide, drawn with
/// half and full blocks. Only for the Unicode symbol set; elsewhere the figure is written in bold.
enum BigDigits {
    static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": [" ▀█", "  █", "  ▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"], "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"], "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
    ]

    /// The three rows of `text` (digits and separators; a separator is one narrow column).
    static func rows(_ text: String) -> [String] {
        var out = ["", "", ""]
        for (i, ch) in text.enumerated() {
            if i > 0 { for r in 0..<3 { out[r] += " " } }
            if let g = glyphs[ch] {
                for r in 0..<3 { out[r] += g[r] }
            } else {
                out[0] += " "; out[1] += " "; out[2] += "▖"
            }
        }
        return out
    }

    static func width(_ text: String) -> Int { TextLayout.width(rows(text)[0]) }
}
