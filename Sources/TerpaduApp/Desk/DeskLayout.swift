import TerminalUI

/// Where the shell's parts sit for a screen size: header, stage strip, tabs, breadcrumb, the pane's
/// body, the status line and the hint bar. Below 8 rows only the header and the body remain, so
/// every size down to 1×1 still draws something sensible.
struct DeskLayout {
    var header = Rect.zero
    var stages = Rect.zero
    var tabs = Rect.zero
    var crumb = Rect.zero
    var body = Rect.zero
    var status = Rect.zero
    var hints = Rect.zero

    init(size: Size) {
        let area = Rect(size: size)
        guard size.height >= 8 else {
            header = area.top(1)
            body = Rect(x: 0, y: min(1, size.height), width: size.width, height: max(0, size.height - 1))
            return
        }
        let rows = Layout.vertical([.fixed(1), .fixed(1), .fixed(1), .fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(area)
        header = rows[0]; stages = rows[1]; tabs = rows[2]; crumb = rows[3]; body = rows[4]; status = rows[5]; hints = rows[6]
    }
}
