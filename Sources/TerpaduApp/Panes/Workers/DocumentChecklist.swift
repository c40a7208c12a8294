import TerminalUI
import TerpaduCore

/// A worker's documents as a checklist (`d` on the card): every kind the departure asks for, its
/// state in words, and each missing one a key away. Recording one comes back here with the next
/// missing document under the cursor, so a pile of papers is entered without hunting for the next.
public struct DocumentChecklistModel: Sendable, Hashable {
    public var worker: RecordID
    /// The kind under the cursor; nil until the operator moves (the first missing one is shown).
    public var selected: DocumentKind?

    public init(worker: RecordID, selected: DocumentKind? = nil) {
        self.worker = worker
        self.selected = selected
    }
}

/// One row of the checklist: what the departure checklist says of this kind, and its expiry.
public struct DocumentRow: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case valid
        /// Missing, lapsed or dated wrongly: the reason is the departure guard's.
        case failing(Refusal)
        /// This worker's job order does not ask for it (the competency certificate).
        case notNeeded
        /// Recorded, with no checklist to judge it (the worker has left the cycle).
        case recorded
        case absent
    }

    public var kind: DocumentKind
    public var state: State
    public var expiry: Day?

    public var isMissing: Bool { if case .failing = state { true } else { false } }

    /// Every kind in the order the law lists them, judged by the card's checklist.
    static func rows(of card: WorkerCard) -> [DocumentRow] {
        let d = card.detail
        return DocumentKind.allCases.map { kind in
            let check = card.checklist.first { DeskModel.document(for: $0.rule) == kind }
            let state: State = switch check?.outcome {
            case .passed?: .valid
            case .failed(let r)?: .failing(r)
            case .notApplicable?: .notNeeded
            case nil: d.documents.contains(kind) ? .recorded : .absent
            }
            return DocumentRow(kind: kind, state: state, expiry: d.expiry(of: kind))
        }
    }
}

public enum DocumentChecklistAction: Hashable, Sendable {
    case up, down, recordSelected
    case record(DocumentKind)
}

enum DocumentChecklistKeys {
    static func table(_ s: Strings, canWrite: Bool) -> KeyTable<DocumentChecklistAction> {
        let st = s.steps, sh = s.shell
        var bound: [Bound<DocumentChecklistAction>] = [
            Bound([.enter], .recordSelected, help: st.keyRecordSelected, hint: st.hintRecordSelected, writes: true),
        ]
        // Digits name the rows, so any document is one key away whatever the cursor is on.
        for (i, kind) in DocumentKind.allCases.enumerated() where i < 9 {
            bound.append(Bound([.char(Character(String(i + 1)))], .record(kind), help: st.keyRecordNumbered, writes: true))
        }
        bound += [
            Bound([.up, .char("k")], .up, help: sh.keyUp),
            Bound([.down, .char("j")], .down, help: sh.keyDown),
        ]
        return keyTable(bound, role: canWrite)
    }
}

extension DeskModel {
    mutating func openDocuments(_ worker: RecordID) -> [DeskEffect] {
        documents = DocumentChecklistModel(worker: worker)
        go(.documents(worker))
        return []
    }

    var documentRows: [DocumentRow] {
        guard let c = card?.card, c.detail.summary.id == documents?.worker else { return [] }
        return DocumentRow.rows(of: c)
    }

    /// The kind under the cursor: the one the operator chose, else the first missing, else the first.
    var documentUnderCursor: DocumentKind? {
        let rows = documentRows
        if let s = documents?.selected, rows.contains(where: { $0.kind == s }) { return s }
        return rows.first(where: \.isMissing)?.kind ?? rows.first?.kind
    }

    mutating func documentsKey(_ key: Key) -> [DeskEffect]? {
        guard let m = documents, let action = DocumentChecklistKeys.table(strings, canWrite: context.canWrite).action(for: key)
        else { return nil }
        let kinds = documentRows.map(\.kind)
        switch action {
        case .up, .down:
            guard let at = documentUnderCursor.flatMap({ kinds.firstIndex(of: $0) }) else { return [] }
            let to = action == .up ? max(0, at - 1) : min(kinds.count - 1, at + 1)
            documents?.selected = kinds[to]
            return []
        case .recordSelected:
            guard let kind = documentUnderCursor else { return [] }
            return recordDocument(kind, worker: m.worker)
        case .record(let kind):
            return recordDocument(kind, worker: m.worker)
        }
    }

    mutating func recordDocument(_ kind: DocumentKind, worker: RecordID) -> [DeskEffect] {
        documents?.selected = kind
        return openStep(.document(worker: worker), version: card?.card?.detail.summary.version, missing: kind)
    }

    /// A document saved from the checklist: the cursor moves on to the next missing one (the card
    /// that will confirm the saved one is still on its way).
    mutating func documentSaved(_ kind: DocumentKind) {
        guard documents != nil else { return }
        let rows = documentRows
        guard let at = rows.firstIndex(where: { $0.kind == kind }) else { return }
        let after = rows[(at + 1)...] + rows[..<at]
        documents?.selected = after.first(where: \.isMissing)?.kind ?? kind
    }
}

/// The checklist drawn: a numbered row per kind with its mark and state, the cursor's row lit.
struct DocumentChecklistView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings, theme = model.theme
        let rows = model.documentRows
        guard !rows.isEmpty else {
            buffer.write(s.shell.loading, in: area.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        let missing = rows.filter(\.isMissing).count
        let head = missing == 0 ? s.steps.documentsNoneMissing : s.steps.documentsMissing(s.format.number(missing))
        buffer.write(head, in: area.row(0).inset(horizontal: 1), style: theme[missing == 0 ? .ok : .header])
        let cursor = model.documentUnderCursor
        let nameWidth = min(max(8, area.width / 2 - 6), rows.map { TextLayout.width(s.document($0.kind)) }.max() ?? 0)
        for (i, row) in rows.enumerated() where i + 2 < area.height {
            let line = area.row(i + 2).inset(horizontal: 1)
            let (mark, words, slot) = describe(row)
            let lit = row.kind == cursor
            let style = lit ? theme[.selection] : theme[slot]
            if lit { buffer.fill(line, style: style) }
            // The cursor is a mark as well as a colour, so it shows without colour too.
            let number = i < 9 ? "\(i + 1)" : " "
            buffer.write("\(lit ? "▸" : " ")\(number) \(mark) ", x: line.x, y: line.y, width: min(5, line.width), style: style)
            guard line.width > 5 else { continue }
            buffer.write(s.document(row.kind), x: line.x + 5, y: line.y, width: min(nameWidth, line.width - 5), style: style)
            let x = line.x + 5 + nameWidth + 2
            if x < line.x + line.width {
                buffer.write(words, x: x, y: line.y, width: line.x + line.width - x, style: lit ? style : theme[slot == .ok ? .muted : slot])
            }
        }
    }

    func describe(_ row: DocumentRow) -> (String, String, ThemeSlot) {
        let s = model.strings
        let expiry = row.expiry.map { s.workers.expires(s.format.day($0)) } ?? ""
        switch row.state {
        case .valid: return ("✓", expiry, .ok)
        case .recorded: return ("✓", expiry, .text)
        case .failing(let r): return ("✗", s.refusal(r), .error)
        case .notNeeded: return ("–", s.steps.documentNotNeeded, .muted)
        case .absent: return ("·", s.workers.noDocuments, .muted)
        }
    }
}
