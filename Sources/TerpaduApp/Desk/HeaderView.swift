import TerminalUI
import TerpaduCore

/// Row one: product, operator, role, data directory, and the clock in minutes (never seconds, so an
/// idle desk sends nothing over the wire).
struct HeaderView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings
        let theme = model.theme
        buffer.fill(area, style: theme[.header].removingUnderline)
        let clock = s.format.clock(millis: model.nowMillis)
        let role = model.context.role == .supervisor ? s.shell.supervisorRole : s.shell.operatorRole
        let left = "\(s.shell.product) · \(model.context.operatorName) (\(role))"
        let clockWidth = TextLayout.width(clock)
        var x = area.x + buffer.write(left, x: area.x, y: area.y, width: max(0, area.width - clockWidth - 1), style: theme[.accent])
        // " · " before the path and one blank before the clock.
        let room = area.maxX - x - clockWidth - 4
        if room > 4 {
            x += buffer.write(" · ", x: x, y: area.y, style: theme[.muted])
            buffer.write(Self.leftTruncated(model.context.dataPath, to: room), x: x, y: area.y, style: theme[.muted])
        }
        if area.width > clockWidth {
            buffer.write(clock, x: area.maxX - clockWidth, y: area.y, style: theme[.text])
        }
    }

    /// A path cut from the left, where it says least: "…/share/terpadu".
    static func leftTruncated(_ path: String, to width: Int) -> String {
        guard TextLayout.width(path) > width, width > 1 else { return TextLayout.truncate(path, to: width) }
        var tail = ""
        for c in path.reversed() {
            if TextLayout.width(String(c) + tail) > width - 1 { break }
            tail = String(c) + tail
        }
        return "…" + tail
    }
}

/// Row two: the four stage counts, each in its stage's colour, moving whenever any process commits.
struct StageStrip: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings
        let c = model.header.stages
        let items: [(Stage, Int)] = [(.preparation, c.preparation), (.prePlacement, c.prePlacement),
                                     (.placement, c.placement), (.postPlacement, c.postPlacement)]
        let cols = Layout.horizontal(Array(repeating: .fill(1), count: 4), spacing: 1).split(area)
        for (i, item) in items.enumerated() {
            let figure = s.format.number(item.1)
            let label = s.stage(item.0)
            let slot = StageSlots.slot(item.0)
            let col = cols[i]
            let used = buffer.write("■ ", x: col.x, y: col.y, width: col.width, style: model.theme[slot])
            let labelRoom = col.width - used - TextLayout.width(figure) - 1
            if labelRoom > 0 {
                buffer.write(TextLayout.truncate(label, to: labelRoom), x: col.x + used, y: col.y, style: model.theme[.muted])
            }
            let figureWidth = TextLayout.width(figure)
            buffer.write(figure, x: max(col.x, col.maxX - figureWidth), y: col.y, width: col.width,
                         style: model.theme[slot].adding(.bold))
        }
    }
}
