/// Where a duplicate review stands.
public enum DuplicateReviewStatus: UInt8, CaseIterable, Sendable, CodedEnum {
    case open, distinctPeople, samePerson
}

/// A pair of registrations with the same normalised name and birth date, waiting for (or given) a
/// person's judgement: never merged silently.
public struct DuplicateReviewSummary: Hashable, Sendable {
    public var id: RecordID
    /// The earlier registration and the later one (the one that exits as a duplicate if they are the same person).
    public var existing: RecordID
    public var existingName: String
    public var later: RecordID
    public var laterName: String
    public var flagged: Day
    public var status: DuplicateReviewStatus
}

extension TerpaduState {
    /// The duplicate-review queue, a page at a time. All reviews: each row is read directly. Open only:
    /// the review rows are scanned for open ones first (a few hundred at national scale).
    public func duplicateReviews(openOnly: Bool = false, offset: Int = 0, count: Int = .max,
                                 order: ListOrder = .oldestFirst) -> RecordPage<DuplicateReviewSummary> {
        guard openOnly else {
            return .of(total: reviews.count, offset: offset, count: count, order: order) { reviewSummary(row: $0) }
        }
        var open: [Int32] = []
        for (i, r) in reviews.enumerated() where r.status == 0 { open.append(Int32(i)) }
        return .of(open, offset: offset, count: count, order: order) { reviewSummary(row: $0) }
    }

    public func duplicateReview(_ id: RecordID) -> DuplicateReviewSummary? {
        row(id, .duplicateReview).flatMap { reviewSummary(row: $0) }
    }

    func reviewSummary(row v: Int) -> DuplicateReviewSummary? {
        guard v >= 0, v < reviews.count else { return nil }
        let r = reviews[v]
        guard r.existing >= 0, Int(r.existing) < workers.count, r.later >= 0, Int(r.later) < workers.count else { return nil }
        return DuplicateReviewSummary(
            id: id(.duplicateReview, row: Int32(v)), existing: id(.worker, row: r.existing),
            existingName: strings[workers.name[Int(r.existing)]], later: id(.worker, row: r.later),
            laterName: strings[workers.name[Int(r.later)]], flagged: Day(number: r.day),
            status: DuplicateReviewStatus(rawValue: r.status) ?? .open)
    }

    /// Everyone registered with a name the duplicate review would pair with this one (`NameMatch`:
    /// case, width, accents, punctuation, doubled letters, old spellings, word order and one slip per
    /// word aside) and this birth date, by ID, exited people included, so the registration form can
    /// offer the record before saving. One lookup by birth date, no scan.
    public func workers(matchingName name: String, birthDate: Day) -> [RecordID] {
        guard case .text(let clean) = TextRules.clean(name) else { return [] }
        return nameMatches(NameMatch.key(name: clean), birth: birthDate.number).map { id(.worker, row: $0) }
    }
}
