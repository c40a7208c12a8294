import TerminalUI

/// A step's form: its title naming the record it is about, then the fields (errors beside them).
struct StepFormView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let sf = model.stepForm else { return }
        let s = model.strings
        let subject = sf.step.workers.count > 1 ? s.steps.marked(s.format.number(sf.step.workers.count))
            : sf.step.subject?.description
        let title = s.steps.title(sf.step.kind) + (subject.map { " · " + $0 } ?? "")
        let block = Block(title: title, theme: model.theme)
        block.render(area, &buffer)
        let inner = block.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        Form(state: sf.form, theme: model.theme, fieldWidth: min(30, max(10, inner.width / 3))).render(inner, &buffer)
    }
}
