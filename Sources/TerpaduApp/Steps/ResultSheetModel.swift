import TerminalUI
import TerpaduCore

/// A cohort's results, typed on a sheet: a row per trainee (attendance, score, passed, certificate
/// number). Rows that already have a result are shown, locked; a typing mistake there is a
/// correction, not a second result.
public struct ResultSheetModel: Sendable {
    public var cohort: RecordID
    public var title: String = ""
    /// Nil until the roster arrives.
    public var sheet: SheetState?
    public var saving = false

    public init(cohort: RecordID) { self.cohort = cohort }

    static let columns = ["attendance", "score", "passed", "certificate"]

    static func sheet(_ roster: [RosterEntry], _ s: Strings) -> SheetState {
        let t = s.training
        let columns = [
            SheetState.Column(id: "attendance", title: t.attendance, kind: .number(maxLength: 3), width: 10),
            SheetState.Column(id: "score", title: t.score, kind: .number(maxLength: 3), width: 7),
            SheetState.Column(id: "passed", title: t.passed, kind: .checkbox, width: 7),
            SheetState.Column(id: "certificate", title: t.certificate, kind: .text(maxLength: 40), width: 18),
        ]
        let rows = roster.map { r in
            SheetState.Row(key: r.worker.description, label: r.worker.description + "  " + r.name,
                           cells: [r.attendance.map(String.init) ?? "", r.score.map(String.init) ?? "",
                                   r.result == .passed ? "true" : "false", r.certificateNumber ?? ""],
                           locked: r.result != nil)
        }
        return SheetState(columns: columns, rows: rows, words: s.toolkit)
    }

    /// The changed rows as results, or the cells that cannot become one.
    static func commands(_ rows: [SheetState.Row], sheet: SheetState, cohort: RecordID, _ s: Strings)
        -> (commands: [Command], subjects: [RecordID?], problems: [String: [String: String]]) {
        var commands: [Command] = [], subjects: [RecordID?] = [], problems: [String: [String: String]] = [:]
        for row in rows {
            guard let worker = RecordID(parsing: row.key, as: .worker) else { continue }
            let attendance = Int(sheet.value("attendance", in: row)), score = Int(sheet.value("score", in: row))
            var missing: [String: String] = [:]
            if attendance == nil { missing["attendance"] = s.toolkit.required }
            if score == nil { missing["score"] = s.toolkit.required }
            guard let attendance, let score, missing.isEmpty else {
                problems[row.key] = missing
                continue
            }
            let certificate = sheet.value("certificate", in: row)
            commands.append(.recordResult(TrainingResult(cohort: cohort, worker: worker, attendance: attendance, score: score,
                                                         passed: sheet.value("passed", in: row) == "true",
                                                         certificateNumber: certificate.isEmpty ? nil : certificate)))
            subjects.append(worker)
        }
        return (commands, subjects, problems)
    }
}

extension DeskModel {
    /// `r` on a cohort: its results sheet.
    mutating func openResultSheet(_ cohort: RecordID) -> [DeskEffect] {
        guard context.canWrite else {
            say(strings.shell.readOnlyCannot(strings.training.results.lowercased()), .error)
            return []
        }
        resultSheet = ResultSheetModel(cohort: cohort)
        go(.resultSheet(cohort))
        return [.resultSheet(cohort)]
    }

    mutating func receive(sheet cohort: CohortView, _ roster: [RosterEntry]) {
        guard var m = resultSheet, m.cohort == cohort.id, m.sheet == nil else { return }
        m.title = cohort.id.description + " · " + strings.training.results
        m.sheet = ResultSheetModel.sheet(roster, strings)
        resultSheet = m
    }

    mutating func sheetKey(_ key: Key) -> [DeskEffect] {
        guard var m = resultSheet, var sheet = m.sheet else {
            return key == .escape ? leaveSheet() : []
        }
        // Quitting with rows typed and not saved asks first, as the forms do.
        if let effects = shellKeyWhileTyping(key, unsaved: sheet.isChanged) { return effects }
        let outcome = sheet.handle(key)
        m.sheet = sheet
        resultSheet = m
        switch outcome {
        case .none, .edited: return []
        case .cancelled:
            return cancelTyping(unsaved: sheet.isChanged) { $0.leaveSheet() }
        case .submitted(let rows):
            guard !m.saving else { return [] }
            guard !rows.isEmpty else {
                say(strings.workers.nothingChanged)
                return []
            }
            let built = ResultSheetModel.commands(rows, sheet: sheet, cohort: m.cohort, strings)
            if !built.problems.isEmpty {
                sheet.errors = built.problems
                sheet.focusFirstError()
                m.sheet = sheet
                resultSheet = m
                say(strings.form.fixFields, .error)
                return []
            }
            m.saving = true
            resultSheet = m
            say(strings.form.saving)
            return [.executeAll(built.commands, subjects: built.subjects, purpose: .resultSheet(m.cohort))]
        }
    }

    /// Back on the cohort, read again: the change feed's refresh may have come while the sheet hid it.
    mutating func leaveSheet() -> [DeskEffect] {
        resultSheet = nil
        if case .resultSheet = place { _ = back() }
        return recordPlaceShown()
    }

    /// The sheet's answer: saved rows lock; each refusal is marked on its row and listed.
    mutating func sheetSaved(_ lines: [StepLine]) -> [DeskEffect] {
        guard var m = resultSheet, var sheet = m.sheet else { return [] }
        m.saving = false
        let saved = Set(lines.filter { $0.savedEvents != nil }.compactMap { $0.subject?.description })
        sheet.settle(saved)
        let refused = lines.filter { $0.savedEvents == nil }
        for line in refused {
            guard let key = line.subject?.description else { continue }
            sheet.errors[key] = ["score": words(line.outcome)]
        }
        sheet.focusFirstError()
        m.sheet = sheet
        resultSheet = m
        let title = strings.training.results
        if refused.isEmpty {
            say(strings.steps.saved(title, strings.steps.workers(strings.format.number(saved.count))), .ok)
        } else {
            say(strings.steps.savedSome(strings.format.number(saved.count), strings.format.number(refused.count)), .warning)
            overlay = .report(StepReport(title: strings.steps.reportTitle(title, strings.format.number(refused.count)),
                                         lines: refused.map { HelpEntry(keys: $0.subject?.description ?? "", help: words($0.outcome)) }))
        }
        return workersWindowEffects(force: true)
    }
}

/// The results sheet on screen.
struct ResultSheetView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let m = model.resultSheet else { return }
        let block = Block(title: m.title.isEmpty ? m.cohort.description : m.title, theme: model.theme)
        block.render(area, &buffer)
        let inner = block.inner(area).inset(horizontal: 1)
        guard let sheet = m.sheet else {
            buffer.write(model.strings.shell.loading, in: inner.row(0), style: model.theme[.muted])
            return
        }
        if sheet.rows.isEmpty {
            buffer.write(model.strings.records.noneYet, in: inner.row(0), style: model.theme[.muted])
            return
        }
        Sheet(state: sheet, labelTitle: model.strings.records.worker, theme: model.theme).render(inner, &buffer)
    }
}
