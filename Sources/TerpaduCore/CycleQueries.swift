/// Queries over education sessions, financial literacy, health coverage and language tests: small
/// values and pages, as the desk and `stats` show them.

/// People reached by legal-recruitment education.
public struct EducationReach: Hashable, Sendable {
    public var sessions: Int
    /// The headcounts typed for the sessions (people reached, registered or not).
    public var headcount: Int
    /// Registered workers' attendances (one per worker per session).
    public var registeredAttendances: Int
    /// Registered workers who attended at least one session.
    public var registeredWorkers: Int
    /// Per session the larger of its headcount and its registered attendees, summed: a session whose
    /// headcount was not recorded yet still counts the people registered there.
    public var peopleReached: Int
}

/// A financial literacy session as the desk lists it.
public struct LiteracySessionSummary: Hashable, Sendable {
    public var id: RecordID
    public var date: Day
    /// The mission's code and name; nil for an online session.
    public var mission: String?
    public var missionName: String?
    public var online: Bool { mission == nil }
    public var topic: String
    public var participants: Int
}

/// One worker at one financial literacy session.
public struct LiteracyParticipant: Hashable, Sendable {
    public var worker: RecordID
    public var name: String
    public var status: Status
}

/// A share of the workers in placement.
public struct PlacementShare: Hashable, Sendable {
    /// Workers in placement (working: departed, not returned).
    public var inPlacement: Int
    /// Of those, how many count (reached by financial literacy, covered by health insurance).
    public var count: Int
    /// count / inPlacement; nil when nobody is in placement.
    public var share: Double? { inPlacement > 0 ? Double(count) / Double(inPlacement) : nil }
}

/// A worker's health coverage.
public struct HealthCoverage: Hashable, Sendable {
    public var insurer: String
    public var policyNumber: String
    public var validFrom: Day
    public var validTo: Day
    public var recorded: Day

    public func covers(_ day: Day) -> Bool { validFrom <= day && day <= validTo }
}

/// A coverage about to lapse, for the list the desk works through.
public struct LapsingCoverage: Hashable, Sendable {
    public var worker: RecordID
    public var name: String
    public var insurer: String
    public var policyNumber: String
    public var validFrom: Day
    public var validTo: Day
}

/// A recorded language test.
public struct LanguageTestRecord: Hashable, Sendable {
    public var level: LanguageLevel
    public var date: Day
    public var score: Int?
    public var passed: Bool
}

/// What shows a worker meets a language requirement: a passed cohort or a passed test.
public enum LanguageEvidence: Hashable, Sendable {
    case cohort(RecordID, program: String, level: LanguageLevel)
    case test(LanguageLevel, date: Day)
}

/// An order's language requirement for one worker: met (and by what) or not, or none asked.
public struct LanguageRequirementCheck: Hashable, Sendable {
    /// nil: the order asks for no language level.
    public var required: LanguageLevel?
    public var evidence: LanguageEvidence?
    public var met: Bool { required == nil || evidence != nil }
}

/// The cycle's figures for the dashboard and `stats`.
public struct CycleFigures: Hashable, Sendable {
    public var education: EducationReach
    public var literacySessions: Int
    public var literacyReached: PlacementShare
    public var healthCovered: PlacementShare
    /// Coverages of workers in placement lapsing within 30 days of `today`.
    public var coverageLapsingIn30Days: Int
}

extension TerpaduState {
    // MARK: Education

    /// Education sessions' reach, optionally for one province and a range of session dates.
    public func educationReach(province: String? = nil, from: Day? = nil, to: Day? = nil) -> EducationReach {
        var out = EducationReach(sessions: 0, headcount: 0, registeredAttendances: 0, registeredWorkers: 0, peopleReached: 0)
        var workers: [Int32] = []
        for (f, fair) in fairs.enumerated() where fair.kind == .education {
            if let province, fair.province != province { continue }
            if let from, fair.date < from { continue }
            if let to, fair.date > to { continue }
            let attendees = f < links.fairAttendees.count ? links.fairAttendees[f] : []
            out.sessions += 1
            out.headcount += fair.headcount
            out.registeredAttendances += attendees.count
            out.peopleReached += max(fair.headcount, attendees.count)
            workers += attendees
        }
        workers.sort()
        var previous: Int32 = -1
        for w in workers where w != previous { out.registeredWorkers += 1; previous = w }
        return out
    }

    /// Fairs of one kind (education sessions, say), newest first by default.
    public func fairs(kind: FairKind, offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst) -> RecordPage<FairSummary> {
        let rows = fairs.indices.filter { fairs[$0].kind == kind }.map { Int32($0) }
        return .of(rows, offset: offset, count: count, order: order) { fairSummary(row: $0) }
    }

    // MARK: Financial literacy

    public func literacySessions(offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst)
        -> RecordPage<LiteracySessionSummary> {
        .of(total: cycle.literacySessions.count, offset: offset, count: count, order: order) { literacySummary(row: $0) }
    }

    public func literacySession(_ id: RecordID) -> LiteracySessionSummary? {
        row(id, .literacySession).flatMap { literacySummary(row: $0) }
    }

    func literacySummary(row s: Int) -> LiteracySessionSummary? {
        guard s >= 0, s < cycle.literacySessions.count else { return nil }
        let session = cycle.literacySessions[s]
        let missions = reference.data.missions
        let m = session.mission >= 0 && session.mission < missions.count ? missions[session.mission] : nil
        return LiteracySessionSummary(id: id(.literacySession, row: s), date: session.date, mission: m?.code,
                                      missionName: m?.name, topic: session.topic,
                                      participants: s < cycle.participationsBySession.count ? cycle.participationsBySession[s].count : 0)
    }

    /// The workers at one session, as recorded; nil for an unknown session.
    public func participants(ofLiteracySession id: RecordID, offset: Int = 0, count: Int = .max) -> RecordPage<LiteracyParticipant>? {
        guard let s = row(id, .literacySession) else { return nil }
        let rows = s < cycle.participationsBySession.count ? cycle.participationsBySession[s] : []
        return .of(rows, offset: offset, count: count, order: .oldestFirst) { i in
            guard i < cycle.participations.count else { return nil }
            let w = Int(cycle.participations[i].worker)
            guard w >= 0, w < workers.count else { return nil }
            return LiteracyParticipant(worker: self.id(.worker, row: Int32(w)), name: strings[workers.name[w]],
                                       status: Status(rawValue: workers.status[w]) ?? status(w))
        }
    }

    /// The sessions one worker took part in, oldest first.
    public func literacySessions(ofWorker id: RecordID) -> [LiteracySessionSummary] {
        guard let w = workerRow(id) else { return [] }
        return cycle.participations(ofWorker: w).compactMap { literacySummary(row: Int(cycle.participations[Int($0)].session)) }
    }

    /// Workers in placement who took part in at least one session since they departed.
    public func literacyReach() -> PlacementShare {
        PlacementShare(inPlacement: statusCount(.working), count: literacyReachedRows().count)
    }

    /// The rows of the workers `literacyReach` counts, ascending and distinct.
    func literacyReachedRows() -> [Int32] {
        var reached: [Int32] = []
        for p in cycle.participations {
            let w = Int(p.worker)
            guard w >= 0, w < workers.count, workers.status[w] == Status.working.rawValue else { continue }
            let pl = Int(workers.placement[w])
            if pl >= 0, pl < placements.count, p.day < placements[pl].departureDay { continue }
            reached.append(p.worker)
        }
        return Self.distinctRows(&reached)
    }

    // MARK: Health coverage

    /// A worker's coverages, oldest first.
    public func healthCoverages(ofWorker id: RecordID) -> [HealthCoverage] {
        guard let w = workerRow(id) else { return [] }
        return cycle.coverages(ofWorker: w).map { coverage(Int($0)) }
    }

    /// The coverage that holds on `today`, else the one that ends latest (lapsed or not yet begun).
    public func currentCoverage(ofWorker id: RecordID, today: Day) -> HealthCoverage? {
        let all = healthCoverages(ofWorker: id)
        return all.last(where: { $0.covers(today) }) ?? all.max { $0.validTo < $1.validTo }
    }

    func coverage(_ i: Int) -> HealthCoverage {
        let c = cycle.coverages[i]
        return HealthCoverage(insurer: strings[c.insurer], policyNumber: strings[c.policy], validFrom: Day(number: c.validFrom),
                              validTo: Day(number: c.validTo), recorded: Day(number: c.day))
    }

    /// Workers in placement covered on `today`.
    public func healthCoverageShare(today: Day) -> PlacementShare {
        PlacementShare(inPlacement: statusCount(.working), count: healthCoveredRows(today: today).count)
    }

    /// The rows of the workers `healthCoverageShare` counts, ascending and distinct.
    func healthCoveredRows(today: Day) -> [Int32] {
        var covered: [Int32] = []
        for c in cycle.coverages where c.validFrom <= today.number && today.number <= c.validTo {
            let w = Int(c.worker)
            if w >= 0, w < workers.count, workers.status[w] == Status.working.rawValue { covered.append(c.worker) }
        }
        return Self.distinctRows(&covered)
    }

    /// The rows of the workers whose cover `lapsingCoverage` lists, in no particular order.
    func lapsingRows(today: Day, withinDays days: Int = 30) -> [Int32] {
        lapsingCoverageRows(today: today, withinDays: days).map { cycle.coverages[$0].worker }
    }

    /// Workers in placement whose cover ends within `days` of `today` (today included) and is not
    /// followed by a later one: by lapse date, then worker, a page at a time.
    public func lapsingCoverage(today: Day, withinDays days: Int = 30, offset: Int = 0, count: Int = .max)
        -> RecordPage<LapsingCoverage> {
        let rows = lapsingCoverageRows(today: today, withinDays: days).sorted { a, b in
                let x = cycle.coverages[a], y = cycle.coverages[b]
                return x.validTo != y.validTo ? x.validTo < y.validTo : x.worker < y.worker
            }
        let w = RecordPage<LapsingCoverage>.window(total: rows.count, offset: offset, count: count)
        let page: [LapsingCoverage] = w.map { k in
            let c = cycle.coverages[rows[k]]
            return LapsingCoverage(worker: id(.worker, row: c.worker), name: strings[workers.name[Int(c.worker)]],
                                   insurer: strings[c.insurer], policyNumber: strings[c.policy],
                                   validFrom: Day(number: c.validFrom), validTo: Day(number: c.validTo))
        }
        return RecordPage(rows: page, offset: w.lowerBound, total: rows.count)
    }

    /// Indexes into `cycle.coverages`: each working worker's coverage that ends last, when it ends
    /// within `days` of `today` (today included).
    func lapsingCoverageRows(today: Day, withinDays days: Int) -> [Int] {
        var latest: [Int32: Int] = [:]
        for (i, c) in cycle.coverages.enumerated() {
            let w = Int(c.worker)
            guard w >= 0, w < workers.count, workers.status[w] == Status.working.rawValue else { continue }
            if let j = latest[c.worker], cycle.coverages[j].validTo >= c.validTo { continue }
            latest[c.worker] = i
        }
        let last = today.adding(days: max(0, days)).number
        return latest.values.filter { cycle.coverages[$0].validTo >= today.number && cycle.coverages[$0].validTo <= last }
    }

    // MARK: Language

    public func languageTests(ofWorker id: RecordID) -> [LanguageTestRecord] {
        guard let w = workerRow(id) else { return [] }
        return cycle.tests(ofWorker: w).compactMap { i in
            let t = cycle.languageTests[Int(i)]
            guard let level = LanguageLevel(rawValue: t.level) else { return nil }
            return LanguageTestRecord(level: level, date: Day(number: t.day), score: t.score < 0 ? nil : Int(t.score),
                                      passed: t.passed != 0)
        }
    }

    /// Whether worker `id` meets job order `order`'s language level by `date` (before selecting, the
    /// desk may warn with it; departure stops on it). nil for an unknown worker or order.
    public func languageRequirement(worker id: RecordID, jobOrder order: RecordID, date: Day) -> LanguageRequirementCheck? {
        guard let w = workerRow(id), let o = row(order, .jobOrder) else { return nil }
        guard let required = jobOrders[o].languageLevel else { return LanguageRequirementCheck(required: nil, evidence: nil) }
        return LanguageRequirementCheck(required: required, evidence: languageEvidence(row: Int(w), required: required, by: date))
    }

    /// The first thing that shows worker row `r` meets `required` by `date`: a passed test (the highest
    /// level first) or a passed cohort of a program teaching that level.
    func languageEvidence(row r: Int, required: LanguageLevel, by date: Day) -> LanguageEvidence? {
        var best: (LanguageLevel, Day)?
        for i in cycle.tests(ofWorker: Int32(r)) {
            let t = cycle.languageTests[Int(i)]
            guard t.passed != 0, t.day <= date.number, let level = LanguageLevel(rawValue: t.level),
                  level.satisfies(required) else { continue }
            if best == nil || level.rank > (best?.0.rank ?? 0) { best = (level, Day(number: t.day)) }
        }
        if let best { return .test(best.0, date: best.1) }
        let programs = reference.data.programs
        for (c, cohort) in cohorts.enumerated() {
            guard cohort.program >= 0, cohort.program < programs.count,
                  let level = programs[cohort.program].languageLevel, level.satisfies(required),
                  c < links.cohortEnrollments.count else { continue }
            for e in links.cohortEnrollments[c] {
                let row = enrollments[Int(e)]
                if Int(row.worker) == r && row.result == 1 {
                    return .cohort(id(.cohort, row: c), program: programs[cohort.program].code, level: level)
                }
            }
        }
        return nil
    }

    // MARK: Figures

    /// Education reach, literacy reach, health coverage share and coverage about to lapse, as of `today`.
    public func cycleFigures(today: Day) -> CycleFigures {
        CycleFigures(education: educationReach(), literacySessions: cycle.literacySessions.count,
                     literacyReached: literacyReach(), healthCovered: healthCoverageShare(today: today),
                     coverageLapsingIn30Days: lapsingCoverage(today: today, withinDays: 30, count: 0).total)
    }

    func statusCount(_ s: Status) -> Int {
        Int(s.rawValue) < counters.statusTotals.count ? counters.statusTotals[Int(s.rawValue)] : 0
    }

    /// The different values of `rows`, ascending (sorts it).
    static func distinctRows(_ rows: inout [Int32]) -> [Int32] {
        rows.sort()
        var out: [Int32] = []
        var previous: Int32 = -1
        for r in rows where r != previous { out.append(r); previous = r }
        return out
    }

    /// How many different values `rows` holds (sorts it).
    static func distinct(_ rows: inout [Int32]) -> Int {
        rows.sort()
        var n = 0, previous: Int32 = -1
        for r in rows where r != previous { n += 1; previous = r }
        return n
    }
}
