import Foundation
import TerpaduCore
import TerpaduStore

/// The owner's answers for the record panes: a page of a list, one record's detail, the pass rates.
/// Each is read from the in-memory state under the store's lock for a moment.
extension StoreOwner {
    func answer(_ request: RecordRequest) {
        guard let store else { return }
        switch request {
        case .list(let query, let window, let generation):
            let (rows, offset, total) = store.withState { s in listRows(s, query, window) }
            queue.post(.records(.page(RecordListPage(query: query, generation: generation, offset: offset, total: total, rows: rows))))
        case .detail(let id, let window):
            let detail = store.withState { s in Self.detail(s, id, window) }
            queue.post(.records(detail.map(RecordAnswer.detail) ?? .missing(id)))
        case .passRates:
            let (rates, levels) = store.withState { s in
                (s.passRatesByProgram().map { code, rate in
                    let p = s.referenceData.programs.first { $0.code == code }
                    return ProgramPassRate(code: code, name: LocalName(en: p?.nameEN ?? code, id: p?.nameID ?? code), rate: rate,
                                           level: p?.languageLevel)
                }.sorted { $0.code < $1.code }, s.languageLevels())
            }
            queue.post(.records(.passRates(rates, levels)))
        }
    }

    /// The rows of `window`: straight from the core's pages in its own order, otherwise through the
    /// list's arranged IDs (filtered and sorted once per query and journal position, then kept).
    private func listRows(_ s: TerpaduState, _ q: RecordListQuery, _ window: Range<Int>) -> (RecordRows, Int, Int) {
        let count = window.count
        switch q.list {
        case .fairs:
            let (rows, offset, total) = arranged(s, q, window, natural: { s.fairs(offset: $0, count: count) },
                                                 all: { s.fairs(order: .oldestFirst).rows }, one: s.fairSummary)
            return (.fairs(rows), offset, total)
        case .cohorts:
            let (rows, offset, total) = arranged(s, q, window, natural: { s.cohorts(offset: $0, count: count) },
                                                 all: { s.cohorts(order: .oldestFirst).rows }, one: s.cohort)
            return (.cohorts(rows), offset, total)
        case .jobOrders:
            let named = { (v: JobOrderView) in Self.named(s, v) }
            let (rows, offset, total) = arranged(s, q, window, natural: { o in
                let p = s.jobOrders(offset: o, count: count)
                return RecordPage(rows: p.rows.map(named), offset: p.offset, total: p.total)
            }, all: { s.jobOrders(order: .oldestFirst).rows.map(named) }, one: { s.jobOrder($0).map(named) })
            return (.jobOrders(rows), offset, total)
        case .cases:
            let (rows, offset, total) = arranged(s, q, window, natural: { s.protectionCases(offset: $0, count: count) },
                                                 all: { s.protectionCases(order: .oldestFirst).rows }, one: s.protectionCase)
            return (.cases(rows), offset, total)
        case .loans:
            // Only the open loans: the ones an officer still follows.
            let (rows, offset, total) = arranged(s, q, window, natural: { s.loans(openOnly: true, offset: $0, count: count) },
                                                 all: { s.loans(openOnly: true, order: .oldestFirst).rows },
                                                 one: { s.loan($0) })
            return (.loans(rows), offset, total)
        case .programs:
            let (rows, offset, total) = arranged(s, q, window, natural: { s.programs(offset: $0, count: count) },
                                                 all: { s.programs(order: .oldestFirst).rows }, one: s.programSummary)
            return (.programs(rows), offset, total)
        case .literacySessions:
            let (rows, offset, total) = arranged(s, q, window, natural: { s.literacySessions(offset: $0, count: count) },
                                                 all: { s.literacySessions(order: .oldestFirst).rows }, one: s.literacySession)
            return (.literacySessions(rows), offset, total)
        }
    }

    private func arranged<Row: ListedRecord>(_ s: TerpaduState, _ q: RecordListQuery, _ window: Range<Int>,
                                             natural: (Int) -> RecordPage<Row>, all: () -> [Row],
                                             one: (RecordID) -> Row?) -> ([Row], Int, Int) {
        if q.isNatural {
            let page = natural(window.lowerBound)
            return (page.rows, page.offset, page.total)
        }
        let ids: [RecordID]
        if let kept = recordOrders.withLock({ $0[q.list] }), kept.query == q, kept.seq == s.lastSeq {
            ids = kept.ids
        } else {
            ids = all().arranged(q)
            recordOrders.withLock { $0[q.list] = RecordOrder(query: q, seq: s.lastSeq, ids: ids) }
        }
        let lower = min(max(0, window.lowerBound), ids.count)
        let upper = min(max(lower, window.upperBound), ids.count)
        return (ids[lower..<upper].compactMap(one), lower, ids.count)
    }

    static func named(_ s: TerpaduState, _ v: JobOrderView) -> JobOrderRow {
        let ref = s.referenceData
        let country = ref.countries.first { $0.iso == v.country }
        let job = ref.jobs.first { $0.code == v.job }
        return JobOrderRow(order: v, country: LocalName(en: country?.nameEN ?? v.country, id: country?.nameID ?? v.country),
                           job: LocalName(en: job?.nameEN ?? v.job, id: job?.nameID ?? v.job))
    }

    static func detail(_ s: TerpaduState, _ id: RecordID, _ window: Range<Int>) -> RecordDetail? {
        let offset = max(0, window.lowerBound), count = window.count
        /// A window of a list the core hands over whole.
        func slice<T>(_ all: [T]) -> RecordPage<T> {
            let lower = min(offset, all.count), upper = min(lower + count, all.count)
            return RecordPage(rows: Array(all[lower..<upper]), offset: lower, total: all.count)
        }
        switch id.kind {
        case .jobFair:
            guard let f = s.fairSummary(id), let a = s.attendees(ofFair: id, offset: offset, count: count) else { return nil }
            return .fair(f, a)
        case .cohort:
            guard let c = s.cohort(id), let r = s.roster(ofCohort: id) else { return nil }
            return .cohort(c, slice(r))
        case .jobOrder:
            guard let o = s.jobOrder(id), let p = s.placements(ofJobOrder: id, offset: offset, count: count) else { return nil }
            return .jobOrder(named(s, o), p)
        case .protectionCase:
            guard let c = s.protectionCase(id), let checkIns = s.checkIns(ofCase: id) else { return nil }
            // Newest first: the latest word from the worker is what the officer reads first.
            return .protectionCase(c, slice(Array(checkIns.reversed())))
        case .loan:
            return s.loan(id).map(RecordDetail.loan)
        case .program:
            guard let p = s.programSummary(id), let m = s.members(ofProgram: id) else { return nil }
            return .program(p, slice(m))
        case .literacySession:
            guard let l = s.literacySession(id), let p = s.participants(ofLiteracySession: id, offset: offset, count: count) else {
                return nil
            }
            return .literacySession(l, p)
        case .worker, .placement, .duplicateReview:
            return nil
        }
    }
}

/// A list's arranged IDs for one query at one journal position, kept so paging does not sort again.
struct RecordOrder {
    var query: RecordListQuery
    var seq: Int64
    var ids: [RecordID]
}
