import TerminalUI

/// The first start on an empty directory: demo data or an empty start, then the demo's progress.
struct WelcomeView {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer, demoChosen: Bool) {
        let w = model.strings.welcome
        ConfirmDialog(title: w.title, message: w.message(model.context.dataPath), yesLabel: w.demo, noLabel: w.empty,
                      choice: demoChosen ? .yes : .no, words: model.strings.toolkit, theme: model.theme).render(area, &buffer)
    }

    func renderProgress(_ area: Rect, _ buffer: inout Buffer, done: Int, total: Int) {
        guard !area.isEmpty else { return }
        let f = model.strings.format
        let text = model.strings.welcome.seeding(f.number(done), f.number(total))
        let box = area.centered(width: min(area.width, 60), height: 2)
        buffer.write(text, in: box.row(0), style: model.theme[.text])
        ProgressBar(ratio: total > 0 ? Double(done) / Double(total) : 0, theme: model.theme).render(box.row(1), &buffer)
    }
}
