/// A row of tab titles with the selected one highlighted. Titles that do not fit are cut, the
/// selected one is always kept in view.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var theme: Theme
    public var divider: String

    public init(titles: [String], selected: Int = 0, theme: Theme = .builtIn, divider: String = "│") {
        self.titles = titles
        self.selected = selected
        self.theme = theme
        self.divider = divider
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let sel = min(max(0, selected), titles.count - 1)
        // Start early enough that the selected tab fits.
        var first = 0
        while first < sel {
            let width = titles[first...sel].reduce(0) { $0 + TextLayout.width($1) + 3 }
            if width <= area.width { break }
            first += 1
        }
        var x = area.x
        for i in first..<titles.count where x < area.maxX {
            if i > first {
                x += buffer.write(divider, x: x, y: area.y, width: area.maxX - x, style: theme[.border])
            }
            let style = i == sel ? theme[.selection] : theme[.muted]
            x += buffer.write(" " + TextLayout.truncate(titles[i], to: max(1, area.maxX - x - 2)) + " ",
                              x: x, y: area.y, width: area.maxX - x, style: style)
        }
    }
}
