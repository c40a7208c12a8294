/// A protection case as the Placements pane lists it.
public struct CaseSummary: Hashable, Sendable {
    public var id: RecordID
    public var worker: RecordID
    public var workerName: String
    public var type: CaseType
    /// The mission's code, name and country ("" when the code is no longer in the reference tables).
    public var mission: String
    public var missionName: String
    public var missionCountry: String
    public var opened: Day
    /// Both nil while the case is open.
    public var closed: Day?
    public var resolution: CaseResolution?
    public var summary: String?
    /// The worker's check-ins dated while the case was open (from its opening to its closing, or on).
    public var checkIns: Int

    public var isOpen: Bool { closed == nil }
}

/// One check-in from a worker abroad.
public struct CheckInEntry: Hashable, Sendable {
    public var worker: RecordID
    public var date: Day
    public var wellbeing: Wellbeing
    public var note: String?
}

extension TerpaduState {
    /// Protection cases, a page at a time. All of them: each row is read directly. Open only: the
    /// case rows are scanned for open ones first (integers only, tens of thousands at national scale).
    public func protectionCases(openOnly: Bool = false, offset: Int = 0, count: Int = .max,
                                order: ListOrder = .newestFirst) -> RecordPage<CaseSummary> {
        guard openOnly else {
            return .of(total: cases.count, offset: offset, count: count, order: order) { caseSummary(row: $0) }
        }
        var open: [Int32] = []
        for (i, c) in cases.enumerated() where c.closed == Day.none.number { open.append(Int32(i)) }
        return .of(open, offset: offset, count: count, order: order) { caseSummary(row: $0) }
    }

    public func protectionCase(_ id: RecordID) -> CaseSummary? {
        row(id, .protectionCase).flatMap { caseSummary(row: $0) }
    }

    func caseSummary(row k: Int) -> CaseSummary? {
        guard k >= 0, k < cases.count else { return nil }
        let c = cases[k]
        guard c.worker >= 0, Int(c.worker) < workers.count else { return nil }
        let missions = reference.data.missions
        let mission = Int(c.mission) < missions.count ? missions[Int(c.mission)] : nil
        let closed = c.closed == Day.none.number ? nil : Day(number: c.closed)
        return CaseSummary(
            id: id(.protectionCase, row: Int32(k)), worker: id(.worker, row: c.worker),
            workerName: strings[workers.name[Int(c.worker)]], type: CaseType(rawValue: c.type) ?? .other,
            mission: mission?.code ?? "", missionName: mission?.name ?? "", missionCountry: mission?.countryISO ?? "",
            opened: Day(number: c.opened), closed: closed,
            resolution: closed == nil ? nil : CaseResolution(rawValue: c.resolution),
            summary: strings.optional(c.summary), checkIns: checkInRows(ofCase: c).count)
    }

    /// A worker's check-ins, oldest first (whole: a few a year per worker abroad); nil for an unknown
    /// worker. Read from the worker's own check-in index.
    public func checkIns(ofWorker id: RecordID) -> [CheckInEntry]? {
        guard let w = workerRow(id) else { return nil }
        return entries(links.checkIns(ofWorker: w))
    }

    /// The check-ins of a case's worker dated from its opening to its closing (or on, while it is
    /// open), oldest first; nil for an unknown case.
    public func checkIns(ofCase id: RecordID) -> [CheckInEntry]? {
        guard let k = row(id, .protectionCase) else { return nil }
        return entries(checkInRows(ofCase: cases[k]))
    }

    func checkInRows(ofCase c: CaseRow) -> [Int32] {
        let last = c.closed == Day.none.number ? Int32.max : c.closed
        return links.checkIns(ofWorker: c.worker).filter { i in
            let day = checkIns[Int(i)].day
            return day >= c.opened && day <= last
        }
    }

    private func entries(_ rows: [Int32]) -> [CheckInEntry] {
        let list = rows.compactMap { i -> CheckInEntry? in
            guard i >= 0, Int(i) < checkIns.count else { return nil }
            let c = checkIns[Int(i)]
            return CheckInEntry(worker: id(.worker, row: c.worker), date: Day(number: c.day),
                                wellbeing: Wellbeing(rawValue: c.wellbeing) ?? .well, note: strings.optional(c.note))
        }
        // Recorded order, but a check-in may be dated after the fact: by date, then as recorded.
        return list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
