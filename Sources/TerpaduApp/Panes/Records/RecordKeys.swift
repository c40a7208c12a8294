import TerminalUI
import TerpaduCore

public enum RecordListAction: Hashable, Sendable {
    case move(TableStep)
    case open, filter, sort, reverse, clear
    /// A new record of the list's kind (fair, cohort, job order, program).
    case new
    /// Placements: a financial literacy session for workers abroad.
    case newLiteracySession
    /// Switch the pane to one of its lists (Placements: orders, cases, loans; Training: cohorts).
    case showList(RecordList)
    /// Training: the pass rate of each program.
    case showPassRates
}

public enum RecordDetailAction: Hashable, Sendable {
    case move(TableStep)
    case openWorker
    /// Pick a worker from the Workers list for this record (attendee, trainee, selection, member).
    case add
    /// A fair: register someone new on the spot, who is then added.
    case newAttendee
    /// A fair: mark the selected attendee, to enrol or select several at once.
    case mark
    /// A step about this record or its selected (or marked) workers.
    case step(StepKind)
    /// A cohort: type its results on a sheet.
    case resultSheet
}

/// The record panes' key tables; the hint bar and `?` read the same tables. The keys that record a
/// step are the operator's; a supervisor's tables leave them out.
enum RecordKeys {
    static func list(_ s: Strings, pane: Pane, canWrite: Bool) -> KeyTable<RecordListAction> {
        let sh = s.shell, r = s.records
        var bound: [Bound<RecordListAction>] = []
        switch pane {
        case .training:
            bound += [Bound([.char("c")], .showList(.cohorts), help: r.keyCohorts, hint: r.hintCohorts),
                      Bound([.char("p")], .showPassRates, help: r.keyPassRates, hint: r.hintPassRates)]
        case .placements:
            bound += [Bound([.char("o")], .showList(.jobOrders), help: r.keyOrders, hint: r.hintOrders),
                      Bound([.char("c")], .showList(.cases), help: r.keyCases, hint: r.hintCases),
                      Bound([.char("l")], .showList(.loans), help: r.keyLoans, hint: r.hintLoans),
                      Bound([.char("f")], .showList(.literacySessions), help: r.keyLiteracy, hint: r.hintLiteracy)]
        default: break
        }
        if pane == .placements {
            bound.append(Bound([.char("L")], .newLiteracySession, help: s.steps.title(.scheduleLiteracySession), writes: true))
        }
        if let list = RecordPanes.newList(pane) {
            bound.append(Bound([.function(7), .char("n")], .new, help: s.steps.title(list), hint: s.steps.hintNew, writes: true))
        }
        bound += [
            Bound([.char("/"), .ctrl("f")], .filter, help: r.keyFilter, hint: r.hintFilter),
            Bound([.enter], .open, help: r.keyOpenRecord, hint: sh.hintOpen),
            Bound([.char("s")], .sort, help: r.keySort, hint: sh.hintSort),
            Bound([.char("S")], .reverse, help: r.keyReverse),
            Bound([.char("x")], .clear, help: r.keyClear),
        ] + tableMoves(sh) { .move($0) }
        return keyTable(bound, role: canWrite)
    }

    /// Training's pass rates: the switch back and the arrows.
    static func passRates(_ s: Strings, canWrite: Bool) -> KeyTable<RecordListAction> {
        let sh = s.shell, r = s.records
        return keyTable([
            Bound([.char("c")], .showList(.cohorts), help: r.keyCohorts, hint: r.hintCohorts),
            Bound([.char("p")], .showPassRates, help: r.keyPassRates, hint: r.hintPassRates),
        ] + tableMoves(sh, rows: false) { .move($0) }, role: canWrite)
    }

    /// `education`: the fair is a legal-recruitment education session, the only kind whose people
    /// reached are counted (`h`); on a job fair or a canvassing visit the key would only be refused.
    static func detail(_ s: Strings, canWrite: Bool, kind: RecordKind, education: Bool = false) -> KeyTable<RecordDetailAction> {
        let sh = s.shell, r = s.records, st = s.steps
        func step(_ key: Character, _ k: StepKind) -> Bound<RecordDetailAction> {
            Bound([.char(key)], .step(k), help: st.title(k), hint: st.hint(k), writes: true)
        }
        let add = Bound([.char("a")], RecordDetailAction.add, help: st.keyAddWorker, hint: st.hintAdd, writes: true)
        var steps: [Bound<RecordDetailAction>] = []
        switch kind {
        case .jobFair:
            steps = [add, Bound([.function(7), .char("n")], .newAttendee, help: st.keyNewAttendee, writes: true),
                     step("o", .fairOutcome), Bound([.char("m")], .mark, help: st.keyMark, hint: st.hintMark, writes: true),
                     step("e", .enrollInCohort), step("s", .selectForOrder)]
            if education { steps.append(step("h", .headcount)) }
        case .cohort: steps = [add, Bound([.char("r")], .resultSheet, help: s.training.results, hint: s.training.results, writes: true)]
        case .jobOrder: steps = [add]
        case .program: steps = [add, step("o", .programOutcome)]
        case .literacySession: steps = [add]
        case .loan: steps = [step("d", .decideLoan), step("b", .disburseLoan), step("c", .closeLoan)]
        case .protectionCase: steps = [step("i", .checkIn), step("c", .closeCase)]
        default: break
        }
        return keyTable(steps + [
            Bound([.enter], .openWorker, help: r.keyOpenWorker, hint: r.hintWorker),
        ] + tableMoves(sh) { .move($0) }, role: canWrite)
    }

    /// The table that drives the place on screen, for the hint bar and help (nil off the record panes).
    static func bindings(_ model: DeskModel) -> (list: KeyTable<RecordListAction>?, detail: KeyTable<RecordDetailAction>?) {
        let s = model.strings, w = model.context.canWrite
        switch model.place {
        case .pane(let p) where RecordPanes.isRecordPane(p):
            return (model.records.list(on: p) == nil ? passRates(s, canWrite: w) : list(s, pane: p, canWrite: w), nil)
        case .record(let id):
            var education = false
            if case .fair(let fair, _)? = model.records.detail?.detail, fair.kind == .education { education = true }
            return (nil, detail(s, canWrite: w, kind: id.kind, education: education))
        default: return (nil, nil)
        }
    }
}
