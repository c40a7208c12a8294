/// Narrows a breakdown to one province of origin or one destination country.
public enum Narrowing: Hashable, Sendable {
    case everyone
    case province(String)
    case country(String)
}

/// What a breakdown groups by.
public enum BreakdownKey: String, CaseIterable, Sendable {
    case stage, status, province, country, job, sector, scheme
}

public struct StageCounts: Hashable, Sendable {
    public var preparation = 0
    public var prePlacement = 0
    public var placement = 0
    public var postPlacement = 0
    public var exited = 0
    public var total: Int { preparation + prePlacement + placement + postPlacement + exited }

    public init(preparation: Int = 0, prePlacement: Int = 0, placement: Int = 0, postPlacement: Int = 0, exited: Int = 0) {
        self.preparation = preparation; self.prePlacement = prePlacement; self.placement = placement
        self.postPlacement = postPlacement; self.exited = exited
    }

    public subscript(stage: Stage) -> Int {
        switch stage {
        case .preparation: preparation
        case .prePlacement: prePlacement
        case .placement: placement
        case .postPlacement: postPlacement
        }
    }
}

/// One day's or one week's flows between stages and the other dated counts.
public struct Flows: Hashable, Sendable {
    public var start: Day
    public var counts: [Int]

    public subscript(kind: DailyKind) -> Int { counts[kind.rawValue] }
}

/// The supervisor's four KPIs for one ISO week (mudah, cepat, murah, aman, sejahtera).
public struct WeekKPI: Hashable, Sendable {
    public var weekStart: Day
    public var departures: Int
    /// cepat: median days from registration to departure of those who departed this week.
    public var medianDaysToDeparture: Int?
    /// murah: median cost borne by the worker, and the share who paid nothing.
    public var medianWorkerCost: Int64?
    public var zeroCostShare: Double?
    /// aman: open protection cases per 1,000 workers in placement at the week's end; cases closed.
    public var openCasesPer1000: Double?
    public var casesResolved: Int
    /// sejahtera: share of returnees (so far) in a reintegration program; businesses started this week.
    public var returneesInProgramShare: Double?
    public var businessesStarted: Int
}

extension WeekKPI {
    /// One week's KPIs from its flows, the totals of each flow through the week's end, and the week's
    /// histograms of lead days and worker-borne costs (shared by the counters and the board's tables).
    static func of(week: Flows, running: [Int], lead: [Int32: Int32], cost: [Int64: Int32]) -> WeekKPI {
        let inPlacement = running[DailyKind.departed.rawValue] - running[DailyKind.returned.rawValue]
            - running[DailyKind.exitedFromPlacement.rawValue]
        let openCases = running[DailyKind.caseOpened.rawValue] - running[DailyKind.caseClosed.rawValue]
        let returned = running[DailyKind.returned.rawValue]
        let departures = week[.departed]
        let zero = Int(cost[0] ?? 0)
        return WeekKPI(
            weekStart: week.start, departures: departures,
            medianDaysToDeparture: TerpaduState.median(lead).map(Int.init),
            medianWorkerCost: TerpaduState.median(cost),
            zeroCostShare: departures > 0 && !cost.isEmpty ? Double(zero) / Double(cost.values.reduce(0) { $0 + Int($1) }) : nil,
            openCasesPer1000: inPlacement > 0 ? Double(openCases) * 1000 / Double(inPlacement) : nil,
            casesResolved: week[.caseClosed],
            returneesInProgramShare: returned > 0 ? Double(running[DailyKind.programEnrolled.rawValue]) / Double(returned) : nil,
            businessesStarted: week[.businessStarted])
    }
}

public struct PassRate: Hashable, Sendable {
    public var enrolled: Int
    public var results: Int
    public var passed: Int
    public var rate: Double? { results == 0 ? nil : Double(passed) / Double(results) }
}

extension TerpaduState {
    /// The counter slice for a narrowing; nil when the code is unknown.
    func slice(_ n: Narrowing) -> (slice: Int, province: Int?, country: Int?)? {
        let d = counters.dimensions
        switch n {
        case .everyone: return (0, nil, nil)
        case .province(let code):
            guard let i = reference.provinceByCode[code], i + 1 < d.p else { return nil }
            return (1 + i + 1, i + 1, nil)
        case .country(let iso):
            guard let i = reference.countryByISO[iso], i + 1 < d.c else { return nil }
            return (1 + d.p + i + 1, nil, i + 1)
        }
    }

    /// Calls `body(status, province, country, job, scheme, count)` for every non-zero cube cell in the narrowing.
    func forEachCell(_ n: Narrowing, _ body: (Int, Int, Int, Int, Int, Int) -> Void) {
        guard let s = slice(n) else { return }
        let d = counters.dimensions
        let k = CounterDimensions.schemes
        for st in 0..<CounterDimensions.statuses {
            for p in 0..<d.p where s.province == nil || s.province == p {
                for c in 0..<d.c where s.country == nil || s.country == c {
                    let base = counters.cubeIndex(st, p, c, 0, 0)
                    for j in 0..<d.j {
                        for sc in 0..<k {
                            let v = counters.cube[base + j * k + sc]
                            if v != 0 { body(st, p, c, j, sc, Int(v)) }
                        }
                    }
                }
            }
        }
    }

    public func stageCounts(_ n: Narrowing = .everyone) -> StageCounts {
        var out = StageCounts()
        for (status, count) in statusCounts(n) {
            switch status.stage {
            case .preparation: out.preparation += count
            case .prePlacement: out.prePlacement += count
            case .placement: out.placement += count
            case .postPlacement: out.postPlacement += count
            case nil: out.exited += count
            }
        }
        return out
    }

    public func statusCounts(_ n: Narrowing = .everyone) -> [Status: Int] {
        var out: [Status: Int] = [:]
        if n == .everyone {
            // Kept per status as events apply: the desk asks after every commit, under the state's lock.
            for (st, total) in counters.statusTotals.enumerated() where total != 0 {
                if let s = Status(rawValue: UInt8(st)) { out[s] = total }
            }
            return out
        }
        forEachCell(n) { st, _, _, _, _, v in
            if let s = Status(rawValue: UInt8(st)) { out[s, default: 0] += v }
        }
        return out
    }

    /// Counts grouped by `key`, keyed by its code ("32", "HK", "housekeeper", "pToP", "none" when unset).
    public func breakdown(by key: BreakdownKey, _ n: Narrowing = .everyone) -> [String: Int] {
        let ref = reference.data
        var out: [String: Int] = [:]
        forEachCell(n) { st, p, c, j, sc, v in
            let label: String
            switch key {
            case .stage: label = Status(rawValue: UInt8(st))?.stage?.code ?? "exited"
            case .status: label = Status(rawValue: UInt8(st))?.code ?? "unknown"
            case .province: label = p > 0 && p - 1 < ref.provinces.count ? ref.provinces[p - 1].code : "none"
            case .country: label = c > 0 && c - 1 < ref.countries.count ? ref.countries[c - 1].iso : "none"
            case .job: label = j > 0 && j - 1 < ref.jobs.count ? ref.jobs[j - 1].code : "none"
            case .sector: label = j > 0 && j - 1 < ref.jobs.count ? ref.jobs[j - 1].sector : "none"
            case .scheme: label = Scheme(rawValue: UInt8(sc))?.code ?? "none"
            }
            out[label, default: 0] += v
        }
        return out
    }

    public func exitsByReason(_ n: Narrowing = .everyone) -> [ExitReason: Int] {
        guard let s = slice(n) else { return [:] }
        let d = counters.dimensions
        var out: [ExitReason: Int] = [:]
        for e in 1..<CounterDimensions.exitReasons {
            guard let reason = ExitReason(rawValue: UInt8(e)) else { continue }
            for p in 0..<d.p where s.province == nil || s.province == p {
                for c in 0..<d.c where s.country == nil || s.country == c {
                    let v = Int(counters.exits[(e * d.p + p) * d.c + c])
                    if v != 0 { out[reason, default: 0] += v }
                }
            }
        }
        return out
    }

    /// Daily counts from `from` to `to` inclusive.
    public func dailyFlows(from: Day, to: Day, _ n: Narrowing = .everyone) -> [Flows] {
        guard let s = slice(n), from <= to else { return [] }
        return (from.number...to.number).map { day in Flows(start: Day(number: day), counts: dayCounts(day, slice: s.slice)) }
    }

    func dayCounts(_ day: Int32, slice: Int) -> [Int] {
        let d = counters.dimensions
        let stride = Counters.kinds * d.slices
        let offset = Int(day) - Int(counters.firstDay)
        guard !counters.daily.isEmpty, offset >= 0, (offset + 1) * stride <= counters.daily.count else {
            return Array(repeating: 0, count: Counters.kinds)
        }
        return (0..<Counters.kinds).map { Int(counters.daily[offset * stride + $0 * d.slices + slice]) }
    }

    /// Weekly sums for the `weeks` ISO weeks ending with the week that holds `asOf`.
    public func weeklyFlows(weeks: Int, asOf: Day, _ n: Narrowing = .everyone) -> [Flows] {
        guard let s = slice(n), weeks > 0 else { return [] }
        let lastWeek = asOf.weekStart
        return (0..<weeks).reversed().map { back in
            let start = lastWeek.adding(days: -7 * back)
            var sum = Array(repeating: 0, count: Counters.kinds)
            for d in 0..<7 {
                let c = dayCounts(start.number + Int32(d), slice: s.slice)
                for k in 0..<sum.count { sum[k] += c[k] }
            }
            return Flows(start: start, counts: sum)
        }
    }

    /// Totals of each daily kind on every day up to and including `day`, read straight from the
    /// day-by-day table (no array per day: this runs in every append transaction for `stats`).
    func cumulative(through day: Int32, slice: Int) -> [Int] {
        var sum = Array(repeating: 0, count: Counters.kinds)
        let slices = counters.dimensions.slices
        let stride = Counters.kinds * slices
        guard !counters.daily.isEmpty, stride > 0, day >= counters.firstDay else { return sum }
        let days = min(Int(day - counters.firstDay) + 1, counters.daily.count / stride)
        counters.daily.withUnsafeBufferPointer { daily in
            for d in 0..<days {
                let base = d * stride + slice
                for k in 0..<Counters.kinds { sum[k] += Int(daily[base + k * slices]) }
            }
        }
        return sum
    }

    /// The supervisor KPIs for the last `weeks` ISO weeks up to the week of `asOf`.
    public func weeklyKPIs(weeks: Int = 12, asOf: Day, _ n: Narrowing = .everyone) -> [WeekKPI] {
        guard let s = slice(n) else { return [] }
        let flows = weeklyFlows(weeks: weeks, asOf: asOf, n)
        var running = cumulative(through: (flows.first?.start.number ?? asOf.number) - 1, slice: s.slice)
        return flows.map { week in
            for k in 0..<running.count { running[k] += week.counts[k] }
            let key = Counters.weekKey(week.start.number, slice: s.slice)
            return WeekKPI.of(week: week, running: running, lead: counters.leadDays[key] ?? [:], cost: counters.costs[key] ?? [:])
        }
    }

    static func median<K: BinaryInteger>(_ histogram: [K: Int32]) -> K? {
        let total = histogram.values.reduce(0) { $0 + Int($1) }
        guard total > 0 else { return nil }
        var seen = 0
        for key in histogram.keys.sorted() {
            seen += Int(histogram[key] ?? 0)
            if seen * 2 >= total { return key }
        }
        return nil
    }

    /// Whether worker row `r` falls inside a narrowing.
    func isInside(_ r: Int, _ n: Narrowing, slice s: (slice: Int, province: Int?, country: Int?)) -> Bool {
        guard n != .everyone else { return true }
        let f = facts(r)
        if let p = s.province, f.province != p { return false }
        if let c = s.country, f.country != c { return false }
        return true
    }

    public func passRate(cohort id: RecordID, _ n: Narrowing = .everyone) -> PassRate? {
        guard let c = row(id, .cohort), c < counters.cohortEnrolled.count else { return nil }
        if n == .everyone {
            return PassRate(enrolled: Int(counters.cohortEnrolled[c]), results: Int(counters.cohortResults[c]),
                            passed: Int(counters.cohortPassed[c]))
        }
        // Narrowed: counted from the cohort's own enrolments (a cohort holds tens of people).
        guard let s = slice(n) else { return PassRate(enrolled: 0, results: 0, passed: 0) }
        var rate = PassRate(enrolled: 0, results: 0, passed: 0)
        for i in c < links.cohortEnrollments.count ? links.cohortEnrollments[c] : [] {
            let e = enrollments[Int(i)]
            guard isInside(Int(e.worker), n, slice: s) else { continue }
            rate.enrolled += 1
            if e.result != 0 { rate.results += 1 }
            if e.result == 1 { rate.passed += 1 }
        }
        return rate
    }

    /// Pass rates per training program (all cohorts of it), keyed by program code.
    public func passRatesByProgram(_ n: Narrowing = .everyone) -> [String: PassRate] {
        if n != .everyone {
            var out: [String: PassRate] = [:]
            for i in cohorts.indices {
                guard let r = passRate(cohort: id(.cohort, row: Int32(i)), n) else { continue }
                let p = cohorts[i].program
                let code = p >= 0 && p < reference.data.programs.count ? reference.data.programs[p].code : "unknown"
                var sum = out[code] ?? PassRate(enrolled: 0, results: 0, passed: 0)
                sum.enrolled += r.enrolled; sum.results += r.results; sum.passed += r.passed
                out[code] = sum
            }
            return out
        }
        var out: [String: PassRate] = [:]
        for (i, cohort) in cohorts.enumerated() where i < counters.cohortEnrolled.count {
            let code = cohort.program >= 0 && cohort.program < reference.data.programs.count
                ? reference.data.programs[cohort.program].code : "unknown"
            var r = out[code] ?? PassRate(enrolled: 0, results: 0, passed: 0)
            r.enrolled += Int(counters.cohortEnrolled[i])
            r.results += Int(counters.cohortResults[i])
            r.passed += Int(counters.cohortPassed[i])
            out[code] = r
        }
        return out
    }

    /// attended ≥ interviewed ≥ shortlisted ≥ offered for one fair.
    public func fairFunnel(_ id: RecordID, _ n: Narrowing = .everyone) -> [FairOutcome: Int]? {
        guard let f = row(id, .jobFair), (f + 1) * 4 <= counters.fairFunnel.count else { return nil }
        var out: [FairOutcome: Int] = [:]
        if n != .everyone {
            for o in FairOutcome.allCases { out[o] = 0 }
            guard let s = slice(n) else { return out }
            for w in f < links.fairAttendees.count ? links.fairAttendees[f] : [] where isInside(Int(w), n, slice: s) {
                let outcome = attendance[Self.attendanceKey(fair: f, worker: Int(w))] ?? 0
                for o in FairOutcome.allCases where o.rawValue <= outcome { out[o, default: 0] += 1 }
            }
            return out
        }
        for o in FairOutcome.allCases { out[o] = Int(counters.fairFunnel[f * 4 + Int(o.rawValue) - 1]) }
        return out
    }
}
