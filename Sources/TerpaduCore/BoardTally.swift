/// Board rows being summed: a whole state's (`TerpaduState.boardTally`) or the change one transaction
/// makes (the touched workers' rows taken out before their events apply and put back after).
public struct BoardTally: Sendable, Equatable {
    var values: [BoardKey: Int64] = [:]

    public init() {}

    @inline(__always)
    mutating func add(_ d: BoardDimension, _ slice: Int32, _ period: Int32 = 0, _ key: Int64 = 0, _ v: Int64) {
        values[BoardKey(dimension: d, slice: slice, period: period, key: key), default: 0] &+= v
    }

    /// The rows by name, sums of zero left out.
    public func cells(in state: TerpaduState) -> [BoardCell: Int64] {
        var out: [BoardCell: Int64] = [:]
        out.reserveCapacity(values.count)
        var namer = BoardNamer(state)
        for (k, v) in values where v != 0 {
            if let cell = namer.cell(k) { out[cell, default: 0] &+= v }
        }
        return out
    }
}

extension TerpaduState {
    /// The slices a worker with counter indexes `p` (province) and `c` (country) counts in: everyone,
    /// their province and their destination (not "none": no filter asks for it).
    @inline(__always)
    func boardSlices(province p: Int, country c: Int) -> (Int32, Int32?, Int32?) {
        let d = counters.dimensions
        return (0, p > 0 ? Int32(1 + p) : nil, c > 0 ? Int32(1 + d.p + c) : nil)
    }

    @inline(__always)
    func forSlices(_ s: (Int32, Int32?, Int32?), _ body: (Int32) -> Void) {
        body(s.0)
        if let p = s.1 { body(p) }
        if let c = s.2 { body(c) }
    }

    /// Adds (`sign` 1) or takes out (−1) every board row worker `id` counts in: their facts, their
    /// protection cases, their enrolments and the open reviews naming them as the later registrant.
    public func tallyBoard(worker id: RecordID, sign: Int64, into t: inout BoardTally) {
        guard let row = workerRow(id) else { return }
        let f = facts(Int(row))
        let s = tallyFacts(f, sign, into: &t)
        for c in cases where c.worker == row { tallyCase(c, s, sign, into: &t) }
        for e in links.enrollments(ofWorker: row) where Int(e) < enrollments.count {
            tallyEnrollment(enrollments[Int(e)], s, sign, into: &t)
        }
        for v in reviews where v.status == 0 && v.later == row { forSlices(s) { t.add(.reviews, $0, 0, 0, sign) } }
    }

    /// One worker's facts, as `Counters.add` counts them; returns the worker's slices.
    @discardableResult
    func tallyFacts(_ f: WorkerFacts, _ sign: Int64, into t: inout BoardTally) -> (Int32, Int32?, Int32?) {
        let d = counters.dimensions
        let p = counters.clamp(f.province, d.p), c = counters.clamp(f.country, d.c)
        let j = counters.clamp(f.job, d.j), k = counters.clamp(f.scheme, CounterDimensions.schemes)
        let e = f.exitReason != 0 ? counters.clamp(f.exitReason, CounterDimensions.exitReasons) : 0
        let s = boardSlices(province: p, country: c)
        var dated: [(Int32, DailyKind)] = [(f.registered, .registered), (f.prePlacement, .toPrePlacement),
                                           (f.departed, .departed), (f.returned, .returned),
                                           (f.programDay, .programEnrolled), (f.businessDay, .businessStarted)]
        if f.exited != Day.none.number {
            let kind: DailyKind = switch f.exitFrom {
            case 1: .exitedFromPrePlacement
            case 2: .exitedFromPlacement
            case 3: .exitedFromPostPlacement
            default: .exitedFromPreparation
            }
            dated.append((f.exited, kind))
        }
        forSlices(s) { slice in
            t.add(.status, slice, 0, Int64(f.status.rawValue), sign)
            t.add(.job, slice, 0, Int64(j), sign)
            t.add(.scheme, slice, 0, Int64(k), sign)
            t.add(.province, slice, 0, Int64(p), sign)
            t.add(.destination, slice, 0, Int64(c), sign)
            if e != 0 { t.add(.exit, slice, 0, Int64(e), sign) }
            for (day, kind) in dated where day != Day.none.number { tallyFlow(day, kind, slice, sign, into: &t) }
            if f.departed != Day.none.number {
                let week = Day(number: f.departed).weekStart.number
                t.add(.lead, slice, week, Int64(max(0, f.departed - f.registered)), sign)
                t.add(.cost, slice, week, f.cost, sign)
            }
        }
        return s
    }

    @inline(__always)
    func tallyFlow(_ day: Int32, _ kind: DailyKind, _ slice: Int32, _ v: Int64, into t: inout BoardTally) {
        t.add(.day, slice, day, Int64(kind.rawValue), v)
        t.add(.week, slice, Day(number: day).weekStart.number, Int64(kind.rawValue), v)
    }

    func tallyCase(_ c: CaseRow, _ s: (Int32, Int32?, Int32?), _ sign: Int64, into t: inout BoardTally) {
        forSlices(s) { slice in
            if c.opened != Day.none.number { tallyFlow(c.opened, .caseOpened, slice, sign, into: &t) }
            if c.closed != Day.none.number { tallyFlow(c.closed, .caseClosed, slice, sign, into: &t) }
        }
    }

    func tallyEnrollment(_ e: EnrollmentRow, _ s: (Int32, Int32?, Int32?), _ sign: Int64, into t: inout BoardTally) {
        guard e.cohort >= 0, Int(e.cohort) < cohorts.count else { return }
        let program = Int32(cohorts[Int(e.cohort)].program + 1)
        forSlices(s) { slice in
            t.add(.pass, slice, program, BoardPassField.enrolled.rawValue, sign)
            if e.result != 0 { t.add(.pass, slice, program, BoardPassField.results.rawValue, sign) }
            if e.result == 1 { t.add(.pass, slice, program, BoardPassField.passed.rawValue, sign) }
        }
    }
}
