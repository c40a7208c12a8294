extension BoardFigures {
    /// The figures from the board rows of one slice (the rows whose province and destination name the
    /// narrowing), as of `asOf`, with the KPIs worked out exactly as the counters' `weeklyKPIs` does.
    /// `rows` may hold every week's rows and any days'; only `asOf`'s day rows are used.
    public init(rows: [(cell: BoardCell, value: Int64)], narrowing n: Narrowing, asOf: Day?, weeks count: Int = 52) {
        self = .empty(n)
        guard let asOf else { return }
        self.asOf = asOf
        let todayISO = asOf.description
        let lastWeek = asOf.weekStart
        let starts = (0..<max(0, count)).reversed().map { lastWeek.adding(days: -7 * $0) }
        let first = starts.first?.number ?? asOf.number
        var todayCounts = Array(repeating: 0, count: DailyKind.allCases.count)
        var weekCounts: [Int32: [Int]] = [:]
        var running = Array(repeating: 0, count: DailyKind.allCases.count)
        var lead: [Int32: [Int32: Int32]] = [:]
        var cost: [Int32: [Int64: Int32]] = [:]
        var pass: [String: PassRate] = [:]
        var reachValues: [String: Int] = [:]
        for (cell, v64) in rows {
            let v = Int(v64)
            switch cell.dimension {
            case "status": if let s = Status(code: cell.key) { statuses[s, default: 0] += v }
            case "province": provinces[cell.key, default: 0] += v
            case "destination": destinations[cell.key, default: 0] += v
            case "job": jobs[cell.key, default: 0] += v
            case "scheme": schemes[cell.key, default: 0] += v
            case "exit": if let e = ExitReason(code: cell.key) { exits[e, default: 0] += v }
            case "day":
                if cell.period == todayISO, let k = DailyKind(name: cell.key) { todayCounts[k.rawValue] += v }
            case "week":
                guard let k = DailyKind(name: cell.key), let day = Day(iso: cell.period) else { continue }
                if day.number < first { running[k.rawValue] += v } else {
                    weekCounts[day.number, default: Array(repeating: 0, count: DailyKind.allCases.count)][k.rawValue] += v
                }
            case "lead":
                if let day = Day(iso: cell.period), let x = Int32(cell.key) { lead[day.number, default: [:]][x] = Int32(clamping: v) }
            case "cost":
                if let day = Day(iso: cell.period), let x = Int64(cell.key) { cost[day.number, default: [:]][x] = Int32(clamping: v) }
            case "pass":
                var r = pass[cell.period] ?? PassRate(enrolled: 0, results: 0, passed: 0)
                switch cell.key {
                case "enrolled": r.enrolled += v
                case "results": r.results += v
                case "passed": r.passed += v
                default: break
                }
                pass[cell.period] = r
            case "reviews": openReviews += v
            case "reach": reachValues[cell.key, default: 0] += v
            default: break
            }
        }
        statuses = statuses.filter { $0.value != 0 }
        provinces = provinces.filter { $0.value != 0 }
        destinations = destinations.filter { $0.value != 0 }
        jobs = jobs.filter { $0.value != 0 }
        schemes = schemes.filter { $0.value != 0 }
        exits = exits.filter { $0.value != 0 }
        passRates = pass.filter { $0.value.enrolled != 0 || $0.value.results != 0 }
        today = Flows(start: asOf, counts: todayCounts)
        self.weeks = starts.map { Flows(start: $0, counts: weekCounts[$0.number] ?? Array(repeating: 0, count: DailyKind.allCases.count)) }
        kpis = self.weeks.map { week in
            for k in 0..<running.count { running[k] += week.counts[k] }
            return WeekKPI.of(week: week, running: running, lead: lead[week.start.number] ?? [:], cost: cost[week.start.number] ?? [:])
        }
        let working = statuses[.working] ?? 0
        func r(_ f: BoardReachField) -> Int { reachValues[f.name] ?? 0 }
        let education: EducationReach? = if case .country = n { nil } else {
            EducationReach(sessions: r(.educationSessions), headcount: r(.educationHeadcount),
                           registeredAttendances: r(.educationAttendances), registeredWorkers: r(.educationWorkers),
                           peopleReached: r(.educationReached))
        }
        reach = BoardReach(education: education, literacySessions: n == .everyone ? r(.literacySessions) : nil,
                           literacyReached: PlacementShare(inPlacement: working, count: r(.literacyReached)),
                           healthCovered: PlacementShare(inPlacement: working, count: r(.healthCovered)),
                           lapsingIn30Days: r(.lapsingIn30Days))
    }

}
