import TerminalUI
import TerpaduCore

/// One possible duplicate, with both registrations as the store has them, to judge side by side.
public struct ReviewPair: Sendable, Hashable {
    public var review: DuplicateReviewSummary
    public var existing: WorkerSummary
    public var later: WorkerSummary
}

/// The open duplicate reviews (`v` on the Workers list): a pair at a time, resolved as different
/// people (`d`) or as the same person (`S`, asked again first, since the later record then exits as
/// a duplicate). Nothing is merged without a person deciding.
public struct ReviewQueueModel: Sendable {
    public var pairs: [ReviewPair]?
    public var total = 0
    public var selected = 0
    /// `S` was pressed: the next `y` confirms.
    public var confirming: ConfirmDialog?
    public var saving = false

    public init() {}

    public var current: ReviewPair? {
        guard let pairs, pairs.indices.contains(selected) else { return nil }
        return pairs[selected]
    }
}

public enum ReviewAction: Hashable, Sendable {
    case previous, next, differentPeople, samePerson, openExisting, openLater
}

enum ReviewKeys {
    static func table(_ s: Strings, canWrite: Bool) -> KeyTable<ReviewAction> {
        let r = s.review, sh = s.shell
        return keyTable([
            Bound([.char("d")], .differentPeople, help: r.keyDifferent, hint: r.hintDifferent, writes: true),
            Bound([.char("S")], .samePerson, help: r.keySame, hint: r.hintSame, writes: true),
            Bound([.char("1")], .openExisting, help: r.keyOpenExisting),
            Bound([.char("2")], .openLater, help: r.keyOpenLater),
            Bound([.up, .char("k")], .previous, help: sh.keyUp),
            Bound([.down, .char("j")], .next, help: sh.keyDown),
        ], role: canWrite)
    }
}

extension DeskModel {
    mutating func openReviews() -> [DeskEffect] {
        reviews = ReviewQueueModel()
        go(.reviews)
        return [.reviewQueue]
    }

    mutating func receive(reviews pairs: [ReviewPair], total: Int) {
        var m = reviews ?? ReviewQueueModel()
        m.pairs = pairs
        m.total = total
        m.selected = min(m.selected, max(0, pairs.count - 1))
        m.saving = false
        reviews = m
    }

    mutating func reviewKey(_ key: Key) -> [DeskEffect]? {
        guard var m = reviews else { return nil }
        if var dialog = m.confirming {
            switch dialog.handle(key) {
            case .confirmed:
                m.confirming = nil
                reviews = m
                return resolve(samePerson: true)
            case .declined: m.confirming = nil
            case .none: m.confirming = dialog
            }
            reviews = m
            return []
        }
        guard let action = ReviewKeys.table(strings, canWrite: context.canWrite).action(for: key) else { return nil }
        let count = m.pairs?.count ?? 0
        switch action {
        case .previous: m.selected = max(0, m.selected - 1)
        case .next: m.selected = min(max(0, count - 1), m.selected + 1)
        case .differentPeople:
            return resolve(samePerson: false)
        case .samePerson:
            guard let pair = m.current else { return [] }
            m.confirming = ConfirmDialog(title: strings.review.sameTitle,
                                         message: strings.review.sameMessage(pair.later.id.description, pair.existing.id.description),
                                         words: strings.toolkit, theme: theme)
        case .openExisting:
            return m.current.map { openCard($0.existing.id) } ?? []
        case .openLater:
            return m.current.map { openCard($0.later.id) } ?? []
        }
        reviews = m
        return []
    }

    mutating func resolve(samePerson: Bool) -> [DeskEffect] {
        guard var m = reviews, let pair = m.current, !m.saving else { return [] }
        m.saving = true
        reviews = m
        say(strings.form.saving)
        return [.executeAll([.resolveDuplicate(DuplicateResolution(review: pair.review.id, samePerson: samePerson))],
                            subjects: [pair.review.id], purpose: .review)]
    }

    mutating func reviewSaved(_ lines: [StepLine]) -> [DeskEffect] {
        reviews?.saving = false
        guard let line = lines.first else { return [] }
        if line.savedEvents != nil {
            say(strings.review.resolved(line.subject?.description ?? ""), .ok)
        } else {
            say(strings.shell.notSaved(words(line.outcome)), .error)
        }
        return [.reviewQueue] + workersWindowEffects(force: true)
    }
}

/// The pair on screen: the queue's place and count above, the two registrations side by side, each
/// line marked where the two differ.
struct ReviewQueueView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty, let m = model.reviews else { return }
        let s = model.strings, theme = model.theme, f = s.form, n = s.format
        guard m.pairs != nil else {
            buffer.write(s.shell.loading, in: area.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        guard let pair = m.current else {
            buffer.write(s.review.empty, in: area.row(0).inset(horizontal: 1), style: theme[.ok])
            return
        }
        let head = s.review.position(n.number(m.selected + 1), n.number(m.total)) + " · " + pair.review.id.description
            + " · " + s.review.flagged(n.day(pair.review.flagged))
        buffer.write(head, in: area.row(0).inset(horizontal: 1), style: theme[.header])
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        // The labels as wide as the longest of them ("Tanggal lahir", "Kabupaten/kota"), up to a
        // quarter of the row, and a blank between a label and its value.
        let labels = [f.name, f.nik, f.sex, f.birthDate, f.province, f.regency, f.village, f.phone, s.records.status,
                      s.workers.registeredOn]
        let labelWidth = min(labels.map { TextLayout.width($0) }.max() ?? 0, max(6, body.width / 4))
        let colWidth = max(1, (body.width - labelWidth - 4) / 2)
        func row(_ i: Int, _ label: String, _ a: String, _ b: String) {
            guard i < body.height else { return }
            let y = body.y + i
            buffer.write(label, x: body.x + 1, y: y, width: labelWidth, style: theme[.muted])
            let style = a == b ? theme[.text] : theme[.warning]
            buffer.write(a, x: body.x + 2 + labelWidth, y: y, width: colWidth, style: style)
            buffer.write(b, x: body.x + 3 + labelWidth + colWidth, y: y, width: colWidth, style: style)
        }
        let a = pair.existing, b = pair.later
        row(0, "", "1 " + s.review.existing + " " + a.id.description, "2 " + s.review.later + " " + b.id.description)
        row(1, f.name, a.name, b.name)
        row(2, f.nik, a.nikMasked, b.nikMasked)
        row(3, f.sex, s.sex(a.sex), s.sex(b.sex))
        row(4, f.birthDate, n.day(a.birthDate), n.day(b.birthDate))
        row(5, f.province, model.reference.provinceName(a.province) ?? a.province, model.reference.provinceName(b.province) ?? b.province)
        row(6, f.regency, a.regency ?? "", b.regency ?? "")
        row(7, f.village, a.village ?? "", b.village ?? "")
        row(8, f.phone, a.phone ?? "", b.phone ?? "")
        row(9, s.records.status, s.status(a.status), s.status(b.status))
        row(10, s.workers.registeredOn, n.day(a.registered), n.day(b.registered))
        if let dialog = m.confirming { dialog.render(area, &buffer) }
    }
}
