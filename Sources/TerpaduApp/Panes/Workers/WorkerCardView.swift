import TerminalUI
import TerpaduCore
import TerpaduFormats

/// One worker's card: identity, stage and status, documents, loan, placement, cases, the departure
/// checklist and the timeline. Two columns when there is room, one otherwise.
struct WorkerCardView: Widget {
    let model: DeskModel
    var s: Strings { model.strings }
    var theme: Theme { model.theme }

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        guard let cardModel = model.card, let card = cardModel.card else {
            buffer.write(s.shell.loading, in: area.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        let left = identityLines(card, revealed: cardModel.revealedNIK) + documentLines(card.detail) + cycleLines(card.detail)
        let checklist = checklistLines(card), timeline = timelineLines(card)
        if area.width >= 130 {
            let cols = Layout.horizontal([.fill(1), .fill(1), .fill(1)], spacing: 2).split(area.inset(horizontal: 1))
            draw(left, in: cols[0], scroll: 0, &buffer)
            draw(checklist, in: cols[1], scroll: 0, &buffer)
            draw(timeline, in: cols[2], scroll: cardModel.scroll, &buffer)
        } else if area.width >= 70 {
            // `t` switches the right column between the checklist and the timeline. ↑/↓ scroll both
            // columns, so the end of a long card (insurance, literacy, tests) is reached at 80×24.
            let cols = Layout.horizontal([.fill(1), .fill(1)], spacing: 2).split(area.inset(horizontal: 1))
            draw(left, in: cols[0], scroll: cardModel.scroll, &buffer)
            draw(cardModel.showTimeline ? timeline : checklist, in: cols[1], scroll: cardModel.scroll, &buffer)
        } else {
            draw(left + (cardModel.showTimeline ? timeline : checklist), in: area.inset(horizontal: 1), scroll: cardModel.scroll, &buffer)
        }
    }

    /// A line of the card: a heading, a label with its value, or plain text in a slot.
    enum Line {
        case heading(String)
        case field(String, String, ThemeSlot)
        case text(String, ThemeSlot)
        /// Text wrapped to the column, continuation rows indented.
        case wrapped(String, ThemeSlot)
    }

    /// Draws `lines` from row `scroll` on (↑/↓ move it), wrapping what is long.
    func draw(_ lines: [Line], in area: Rect, scroll: Int, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        // A third of the column, or as much as the longest label needs ("Tanggal lahir") up to 2/5.
        let longest = lines.map { if case .field(let label, _, _) = $0 { TextLayout.width(label) } else { 0 } }.max() ?? 0
        let labelWidth = max(0, min(16, max(area.width / 3, longest), area.width * 2 / 5))
        var rows: [Line] = []
        for line in lines {
            switch line {
            case .wrapped(let text, let slot):
                for (i, part) in TextLayout.wrap(text, width: max(1, area.width - 2)).enumerated() {
                    rows.append(.text(i == 0 ? part : "  " + part, slot))
                }
            case .field(let label, let value, let slot) where TextLayout.width(value) > area.width - labelWidth - 1:
                // A long value goes on under its label rather than being cut.
                let parts = TextLayout.wrap(value, width: max(1, area.width - labelWidth - 1))
                for (i, part) in parts.enumerated() { rows.append(.field(i == 0 ? label : "", part, slot)) }
            default:
                rows.append(line)
            }
        }
        let start = min(max(0, scroll), max(0, rows.count - area.height))
        for (i, line) in rows.dropFirst(start).prefix(area.height).enumerated() {
            let row = area.row(i)
            switch line {
            case .heading(let t):
                buffer.write(t, in: row, style: theme[.header])
            case .field(let label, let value, let slot):
                let cols = Layout.horizontal([.fixed(labelWidth), .fill(1)], spacing: 1).split(row)
                buffer.write(label, in: cols[0], style: theme[.muted])
                buffer.write(value, in: cols[1], style: theme[slot])
            case .text(let t, let slot), .wrapped(let t, let slot):
                buffer.write(t, in: row, style: theme[slot])
            }
        }
    }

    func identityLines(_ card: WorkerCard, revealed: String?) -> [Line] {
        let d = card.detail, w = d.summary, f = s.form
        let stage = w.status.stage.map(s.stage) ?? s.shell.exited
        var lines: [Line] = [
            .heading(s.workers.identity),
            .field(f.name, w.name, .accent),
            .field(f.nik, revealed ?? w.nikMasked, revealed == nil ? .text : .warning),
            .field(f.sex, s.sex(w.sex), .text),
            .field(f.birthDate, s.format.day(w.birthDate), .text),
            .field(f.province, card.provinceName.isEmpty ? w.province : "\(w.province) \(card.provinceName)", .text),
        ]
        if let r = w.regency { lines.append(.field(f.regency, r, .text)) }
        if let v = w.village { lines.append(.field(f.village, v, .text)) }
        if let p = w.phone { lines.append(.field(f.phone, p, .text)) }
        if let e = w.education { lines.append(.field(f.education, e, .text)) }
        lines.append(.field("Status", "\(stage) · \(s.status(w.status))", w.status.stage.map(StageSlots.slot) ?? .muted))
        lines.append(.field(s.workers.registeredOn, "\(s.format.day(w.registered)) · \(s.workers.version) \(w.version)", .muted))
        return lines
    }

    func documentLines(_ d: WorkerDetail) -> [Line] {
        var lines: [Line] = [.heading(s.workers.documents)]
        if d.documents.isEmpty { lines.append(.text(s.workers.noDocuments, .muted)) }
        for kind in d.documents {
            var text = "✓ " + s.document(kind)
            if let expiry = d.expiry(of: kind) { text += " · " + s.workers.expires(s.format.day(expiry)) }
            lines.append(.text(text, .ok))
        }
        return lines
    }

    func cycleLines(_ d: WorkerDetail) -> [Line] {
        var lines: [Line] = [.heading(s.workers.placement)]
        if let p = d.placement {
            // The statuses in this language's words (never the code), wrapped rather than cut.
            var text = "\(p.id) · \(p.jobOrder) · \(s.placements.placementStatus(p.status))"
            if let dep = p.departure { text += " · " + s.format.day(dep) }
            lines.append(.wrapped(text, .text))
        } else {
            lines.append(.text(s.workers.noPlacement, .muted))
        }
        lines.append(.heading(s.workers.loan))
        if let l = d.loan {
            lines.append(.wrapped("\(l.id) · \(s.placements.loanStatus(l.status)) · \(s.format.rupiah(l.amount))", .text))
        } else {
            lines.append(.text(s.workers.noLoan, .muted))
        }
        lines.append(.heading(s.workers.cases))
        lines.append(.text(s.workers.openCases(d.openCases), d.openCases > 0 ? .warning : .muted))
        // Protection abroad and language: shown once there is something to show.
        let st = s.steps.field
        // Each under a heading of its own, wrapped, so nothing is cut at 80 columns.
        if let c = d.healthCoverage {
            lines.append(.heading(s.steps.hint(.healthCoverage)))
            let slot: ThemeSlot = c.covers(model.today) ? .ok : .warning
            lines.append(.wrapped("\(c.insurer) · \(c.policyNumber)", slot))
            lines.append(.text("\(s.format.day(c.validFrom)) – \(s.format.day(c.validTo))", slot))
        }
        if d.literacySessions > 0 {
            lines.append(.heading(s.steps.hint(.literacy)))
            lines.append(.text(st(.session) + ": " + s.format.number(d.literacySessions), .text))
        }
        if !d.languageTests.isEmpty { lines.append(.heading(st(.level))) }
        for t in d.languageTests {
            lines.append(.wrapped("\(RefusalText.languageLevelName(t.level)) · \(s.format.day(t.date)) · "
                                  + (t.passed ? "✓" : "✗") + (t.score.map { " \($0)" } ?? ""), t.passed ? .ok : .muted))
        }
        return lines
    }

    /// Every guard: ✓ passed, ✗ failed with the reason in words, – not applicable to this worker.
    func checklistLines(_ card: WorkerCard) -> [Line] {
        var lines: [Line] = [.heading(s.workers.departureChecklist)]
        if card.detail.summary.status.isExit || card.checklist.isEmpty {
            lines.append(.text(s.workers.departureNotChecked, .muted))
            return lines
        }
        // Departed: the guards were passed on that day; judged again now they would read as failing
        // (no longer "selected" for the order, documents since expired), which is not what happened.
        if let departed = card.detail.placement?.departure {
            lines.append(.wrapped(s.workers.departedOn(s.format.day(departed)), .ok))
            return lines
        }
        for check in card.checklist {
            switch check.outcome {
            case .passed: lines.append(.text("✓ " + s.departureGuard(check.rule), .ok))
            // The reason names the guard itself ("no valid passport is recorded").
            case .failed(let r): lines.append(.wrapped("✗ " + s.refusal(r), .error))
            case .notApplicable: lines.append(.text("– " + s.departureGuard(check.rule), .muted))
            }
        }
        if card.checklist.allSatisfy({ $0.passed }) { lines.append(.text(s.workers.readyToDepart, .ok)) }
        return lines
    }

    /// Newest first: when and who on one row, what happened beneath.
    func timelineLines(_ card: WorkerCard) -> [Line] {
        var lines: [Line] = [.heading(s.workers.timeline)]
        for t in card.timeline.reversed() {
            if let lost = t.lost {
                lines.append(.wrapped(s.workers.lost("\(lost.lowerBound)–\(lost.upperBound)", t.seq), .error))
                continue
            }
            lines.append(.text(s.format.moment(millis: t.timeMillis) + " · " + t.operatorName, .muted))
            lines.append(.wrapped("  " + (t.body.map(s.event) ?? "#\(t.seq)"), .text))
        }
        return lines
    }
}
