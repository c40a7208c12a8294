/// A vertical list of items with one selected; scrolls to keep the selection visible.
public struct ListView: Widget {
    public var items: [String]
    public var selected: Int?
    public var theme: Theme
    /// Drawn before each item; the selected item gets `selectedMarker`.
    public var marker: String
    public var selectedMarker: String

    public init(items: [String], selected: Int? = nil, theme: Theme = .builtIn,
                marker: String = "  ", selectedMarker: String = "> ") {
        self.items = items
        self.selected = selected
        self.theme = theme
        self.marker = marker
        self.selectedMarker = selectedMarker
    }

    /// First item shown so that `selected` is visible in `height` rows.
    public func offset(height: Int) -> Int {
        guard let selected, height > 0, selected >= height else { return 0 }
        return min(selected - height + 1, max(0, items.count - height))
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let start = offset(height: area.height)
        for (i, item) in items.enumerated().dropFirst(start).prefix(area.height) {
            let row = area.row(i - start)
            let isSelected = i == selected
            let style = isSelected ? theme[.selection] : theme[.text]
            if isSelected { buffer.fill(row, style: style) }
            buffer.write((isSelected ? selectedMarker : marker) + item, in: row, style: style)
        }
    }
}
