import TerminalUI

/// The worker form: its title, the fields (errors and notes beside them), and what the desk knows
/// about it (a match already registered, a conflict).
struct WorkerFormView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let fm = model.workerForm else { return }
        let s = model.strings, theme = model.theme
        let title: String
        switch fm.mode {
        case .register: title = s.form.registerTitle
        case .edit(let id, _): title = s.form.editTitle(id.description)
        }
        let block = Block(title: title, theme: theme)
        block.render(area, &buffer)
        let inner = block.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let boxWidth = min(30, max(10, inner.width / 3))
        Form(state: fm.form, theme: theme, fieldWidth: boxWidth).render(inner, &buffer)
    }
}
