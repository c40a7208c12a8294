/// Where the user is: "Home › Cohorts › 2025-07". When too long, the leftmost parts give way to `…`,
/// so the current place stays readable.
public struct Breadcrumb: Widget {
    public var parts: [String]
    public var theme: Theme

    public init(_ parts: [String], theme: Theme = .builtIn) {
        self.parts = parts
        self.theme = theme
    }

    public func text(width: Int) -> String {
        let sep = theme.symbols.separator
        var shown = parts
        var prefix = ""
        while shown.count > 1, TextLayout.width(prefix + shown.joined(separator: sep)) > width {
            shown.removeFirst()
            prefix = TextLayout.ellipsis + sep
        }
        return TextLayout.truncate(prefix + shown.joined(separator: sep), to: width)
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, !parts.isEmpty else { return }
        let text = text(width: area.width)
        buffer.write(text, in: area.row(0), style: theme[.muted])
        // The current (last) part stands out.
        if let last = parts.last {
            let lastText = TextLayout.truncate(last, to: area.width)
            let w = TextLayout.width(lastText)
            let start = area.x + max(0, TextLayout.width(text) - w)
            if text.hasSuffix(lastText) {
                buffer.setStyle(Rect(x: start, y: area.y, width: w, height: 1), theme[.accent])
            }
        }
    }
}
