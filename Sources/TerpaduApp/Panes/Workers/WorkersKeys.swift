import TerminalUI

public enum WorkersAction: Hashable, Sendable {
    case move(TableStep)
    case open, search, sort, stageFilter, clear, new
    /// The duplicate-review queue.
    case reviews
    /// Opens the command line with a quick filter's name typed, to complete its argument.
    case quick(String)
}

/// The desk's own keys inside the worker form (the form's table has the rest).
public enum WorkerFormAction: Hashable, Sendable {
    case reveal
}

public enum CardAction: Hashable, Sendable {
    case reveal, edit, up, down, toggleSide
    /// A step about this worker (a document, the departure, a loan, a case, the return, …).
    case step(StepKind)
}

enum WorkersKeys {
    static func list(_ s: Strings, canWrite: Bool) -> KeyTable<WorkersAction> {
        let sh = s.shell, w = s.workers
        return keyTable([
            Bound([.char("/"), .ctrl("f")], .search, help: sh.keyFilter, hint: sh.hintFilter),
            Bound([.enter], .open, help: sh.keyOpen, hint: sh.hintOpen),
            Bound([.function(7), .char("n")], .new, help: w.keyNew, hint: w.hintNew, writes: true),
            Bound([.char("s")], .sort, help: sh.keySort, hint: sh.hintSort),
            Bound([.char("f")], .stageFilter, help: w.keyStageFilter),
            Bound([.char("u")], .quick("status "), help: w.keyStatusFilter),
            Bound([.char("p")], .quick("province "), help: w.keyProvinceFilter),
            Bound([.char("d")], .quick("destination "), help: w.keyDestinationFilter),
            Bound([.char("x")], .clear, help: w.keyClearFilter),
            Bound([.char("v")], .reviews, help: s.review.keyOpen, hint: s.review.hintOpen),
        ] + tableMoves(sh) { .move($0) }, role: canWrite)
    }

    static func form(_ s: Strings, canWrite: Bool) -> KeyTable<WorkerFormAction> {
        keyTable([Bound([.function(6)], .reveal, help: s.workers.keyReveal, hint: s.workers.hintReveal, writes: true)], role: canWrite)
    }

    static func card(_ s: Strings, canWrite: Bool) -> KeyTable<CardAction> {
        let w = s.workers, sh = s.shell, st = s.steps
        func step(_ key: Character, _ k: StepKind, hint: Bool = true) -> Bound<CardAction> {
            Bound([.char(key)], .step(k), help: st.title(k), hint: hint ? st.hint(k) : nil, writes: true)
        }
        return keyTable([
            Bound([.function(4), .char("e")], .edit, help: w.keyEdit, hint: w.hintEdit, writes: true),
            Bound([.char("d")], .step(.document), help: st.keyDocuments, hint: st.hintDocuments, writes: true),
            step("D", .departure), step("C", .enrollInCohort, hint: false),
            step("J", .selectForOrder, hint: false), step("l", .applyLoan, hint: false), step("c", .openCase, hint: false),
            step("i", .checkIn, hint: false), step("R", .returnHome, hint: false), step("P", .enrollInProgram, hint: false),
            step("h", .healthCoverage, hint: false), step("f", .literacy, hint: false), step("T", .languageTest, hint: false),
            Bound([.function(6), .char("r")], .reveal, help: w.keyReveal, hint: w.hintReveal, writes: true),
            Bound([.char("t")], .toggleSide, help: w.keyToggleSide, hint: w.hintToggleSide),
            Bound([.up, .char("k")], .up, help: sh.keyUp),
            Bound([.down, .char("j")], .down, help: sh.keyDown),
        ], role: canWrite)
    }
}
