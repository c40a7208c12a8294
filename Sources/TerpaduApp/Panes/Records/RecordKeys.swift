import TerminalUI

public enum RecordListAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last, open, filter, sort, reverse, clear
    /// Switch the pane to one of its lists (Placements: orders, cases, loans; Training: cohorts).
    case showList(RecordList)
    /// Training: the pass rate of each program.
    case showPassRates
}

public enum RecordDetailAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last, openWorker
}

/// The record panes' key tables; the hint bar and `?` read the same tables. Nothing here writes yet,
/// so an operator's and a supervisor's tables are the same.
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
                      Bound([.char("l")], .showList(.loans), help: r.keyLoans, hint: r.hintLoans)]
        default: break
        }
        bound += [
            Bound([.char("/"), .ctrl("f")], .filter, help: r.keyFilter, hint: r.hintFilter),
            Bound([.enter], .open, help: r.keyOpenRecord, hint: sh.hintOpen),
            Bound([.char("s")], .sort, help: r.keySort, hint: sh.hintSort),
            Bound([.char("S")], .reverse, help: r.keyReverse),
            Bound([.char("x")], .clear, help: r.keyClear),
            Bound([.up, .char("k")], .up, help: sh.keyUp),
            Bound([.down, .char("j")], .down, help: sh.keyDown),
            Bound([.pageUp, .ctrl("b")], .pageUp, help: sh.keyPageUp),
            Bound([.pageDown, .char(" ")], .pageDown, help: sh.keyPageDown),
            Bound([.home, .char("g")], .first, help: sh.keyFirst),
            Bound([.end, .char("G")], .last, help: sh.keyLast),
        ]
        return keyTable(bound, role: canWrite)
    }

    /// Training's pass rates: the switch back and the arrows.
    static func passRates(_ s: Strings, canWrite: Bool) -> KeyTable<RecordListAction> {
        let sh = s.shell, r = s.records
        return keyTable([
            Bound([.char("c")], .showList(.cohorts), help: r.keyCohorts, hint: r.hintCohorts),
            Bound([.char("p")], .showPassRates, help: r.keyPassRates, hint: r.hintPassRates),
            Bound([.up, .char("k")], .up, help: sh.keyUp),
            Bound([.down, .char("j")], .down, help: sh.keyDown),
        ], role: canWrite)
    }

    static func detail(_ s: Strings, canWrite: Bool) -> KeyTable<RecordDetailAction> {
        let sh = s.shell, r = s.records
        return keyTable([
            Bound([.enter], .openWorker, help: r.keyOpenWorker, hint: r.hintWorker),
            Bound([.up, .char("k")], .up, help: sh.keyUp),
            Bound([.down, .char("j")], .down, help: sh.keyDown),
            Bound([.pageUp, .ctrl("b")], .pageUp, help: sh.keyPageUp),
            Bound([.pageDown, .char(" ")], .pageDown, help: sh.keyPageDown),
            Bound([.home, .char("g")], .first, help: sh.keyFirst),
            Bound([.end, .char("G")], .last, help: sh.keyLast),
        ], role: canWrite)
    }

    /// The table that drives the place on screen, for the hint bar and help (nil off the record panes).
    static func bindings(_ model: DeskModel) -> (list: KeyTable<RecordListAction>?, detail: KeyTable<RecordDetailAction>?) {
        let s = model.strings, w = model.context.canWrite
        switch model.place {
        case .pane(let p) where RecordPanes.isRecordPane(p):
            return (model.records.list(on: p) == nil ? passRates(s, canWrite: w) : list(s, pane: p, canWrite: w), nil)
        case .record: return (nil, detail(s, canWrite: w))
        default: return (nil, nil)
        }
    }
}
