/// Makes deterministic data sets by driving real commands through a sink (an in-memory state or the
/// store), one worker's life step by step, in time order. The demo set fills every screen; the
/// synthetic set follows DESIGN §1's destinations, jobs and schemes at any size.
public struct DatasetGenerator {
    public struct Options: Sendable {
        public var workers: Int
        public var seed: UInt64
        /// The last day of history ("today" for the data set).
        public var endDay: Day
        public var historyDays: Int
        /// Every n-th worker repeats an earlier person's name and birth date (duplicate review).
        public var duplicateEvery: Int

        public init(workers: Int, seed: UInt64, endDay: Day, historyDays: Int, duplicateEvery: Int = 0) {
            self.workers = workers; self.seed = seed; self.endDay = endDay
            self.historyDays = max(28, historyDays); self.duplicateEvery = duplicateEvery
        }

        /// About 2,000 workers over the last 130 weeks: long enough for two-year contracts to end.
        public static func demo(endDay: Day) -> Options {
            Options(workers: 2_000, seed: 2024, endDay: endDay, historyDays: 910, duplicateEvery: 250)
        }

        /// A national-scale set: histories over three years.
        public static func synthetic(workers: Int, seed: UInt64, endDay: Day) -> Options {
            Options(workers: workers, seed: seed, endDay: endDay, historyDays: 1_095, duplicateEvery: 5_000)
        }
    }

    public struct Report: Sendable, Equatable {
        public var commands = 0
        public var events = 0
        public var refused = 0
        public var refusals: [String: Int] = [:]

        public init() {}
    }

    public typealias Sink = (Command, CommandContext) -> Result<[Event], Refusals>

    let reference: ReferenceData
    let options: Options
    let calendar: OfficeCalendar
    var rng: SeededRandom
    var report = Report()
    let markets: [Market]
    let marketWeights: [Double]
    let provinceWeights: [Double]
    /// Levels of schooling to draw from: the reference table's codes, else the free text of old sets.
    let educations: [String]
    let educationWeights: [Double]

    // Per generated worker.
    var workerID: [Int32] = []
    var step: [UInt8] = []
    var fate: [UInt8] = []
    var market: [UInt8] = []
    var sexOf: [UInt8] = []
    var regDay: [Int32] = []
    var cohortOf: [Int32] = []
    var loanOf: [Int32] = []
    var programOf: [Int32] = []
    var caseOf: [Int32] = []
    var stopAt: [UInt8] = []
    var queue = PendingQueue()

    // Open records the generator fills before making new ones.
    var cohortByProgram: [String: (id: Int, enrolled: Int, capacity: Int, start: Day, end: Day)] = [:]
    var jobOrderByKey: [String: (id: Int, left: Int)] = [:]
    var programByProvince: [String: (id: Int, left: Int)] = [:]
    var lastFair: (id: Int, day: Day)?
    /// Whether the last fair is a legal-recruitment education session (attendance only).
    var lastFairIsEducation = false
    /// The financial literacy session open per mission code ("" online), with its day.
    var literacyByMission: [String: (id: Int, day: Day)] = [:]
    var names: [(name: String, birth: Day, sex: Sex)] = []

    public init(reference: ReferenceData, options: Options, calendar: OfficeCalendar = .jakarta) {
        self.reference = reference
        self.options = options
        self.calendar = calendar
        rng = SeededRandom(seed: options.seed)
        let isos = Set(reference.countries.map(\.iso))
        let jobs = Set(reference.jobs.map(\.code))
        markets = Market.all.compactMap { m in
            guard isos.contains(m.iso) else { return nil }
            var m = m
            m.jobs = m.jobs.filter { jobs.contains($0.code) }
            return m.jobs.isEmpty ? nil : m
        }
        marketWeights = markets.map(\.weight)
        // Sending provinces: Java, Nusa Tenggara, Lampung and North Sumatra weigh most.
        let heavy: [String: Double] = ["35": 20, "33": 18, "32": 16, "52": 12, "18": 6, "53": 4, "12": 4, "36": 3, "51": 2]
        provinceWeights = reference.provinces.map { heavy[$0.code] ?? 0.6 }
        // Most PMI left school after SD or SMP (BP2MI); few hold a degree.
        let schooling: [String: Double] = ["TS": 2, "SD": 30, "SMP": 34, "SMA": 18, "SMK": 10, "D3": 3, "D4/S1": 2]
        educations = reference.educations.isEmpty ? ["SD", "SMP", "SMA", "SMK", "D3", "S1"] : reference.educations.map(\.code)
        educationWeights = reference.educations.isEmpty ? educations.map { _ in 1 } : educations.map { schooling[$0] ?? 0.5 }
    }

    enum Step: UInt8 {
        case register, fair, enroll, result, passport, medical, psychological, socialSecurity
        case loanApply, loanDecide, loanDisburse, select, visa, agreement, contract, orientation
        case depart, checkIn, openCase, closeCase, returnHome, program, outcome, exitEarly, done
    }

    /// Runs the whole data set through `sink`. Reference data must already be loaded there.
    public mutating func run(_ sink: Sink) -> Report {
        let n = options.workers
        let start = options.endDay.adding(days: -options.historyDays)
        workerID.reserveCapacity(n)
        for i in 0..<n {
            let day = start.adding(days: Int(Int64(i) * Int64(options.historyDays) / Int64(max(1, n))))
            let t = time(on: day)
            while let next = queue.peek, next.time <= t {
                _ = queue.pop()
                advance(Int(next.worker), at: next.time, sink)
            }
            register(i, day: day, time: t, sink)
        }
        while let next = queue.pop() { advance(Int(next.worker), at: next.time, sink) }
        return report
    }

    // MARK: Plumbing

    mutating func time(on day: Day) -> Int64 {
        calendar.startMillis(of: day) + Int64(8 * 3600 + rng.below(8 * 3600)) * 1000
    }

    mutating func send(_ command: Command, at time: Int64, _ sink: Sink) -> [Event]? {
        report.commands += 1
        let op = GeneratorNames.operators[rng.below(GeneratorNames.operators.count)]
        switch sink(command, CommandContext(operatorName: op, timeMillis: time)) {
        case .success(let events):
            report.events += events.count
            return events
        case .failure(let r):
            report.refused += 1
            report.refusals["\(command.name): \(r.first.code)", default: 0] += 1
            return nil
        }
    }

    /// Schedules a worker's next step `days` later, unless that is past the end of history.
    mutating func schedule(_ i: Int, _ s: Step, after days: Int, from time: Int64) {
        let day = calendar.day(atMillis: time).adding(days: max(1, days))
        guard day <= options.endDay, s.rawValue <= stopAt[i] || s == .exitEarly else { return }
        step[i] = s.rawValue
        queue.push(time: self.time(on: day), worker: Int32(i))
    }

    func wid(_ i: Int) -> RecordID { RecordID(.worker, Int(workerID[i])) }

    /// The number of the record of `kind` that the first event created.
    static func createdID(_ events: [Event]?, _ kind: RecordKind) -> Int? {
        guard let e = events?.first else { return nil }
        return e.body.recordIDs.first { $0.kind == kind }.map(\.number)
    }

    // MARK: Registration

    mutating func register(_ i: Int, day: Day, time t: Int64, _ sink: Sink) {
        let sex: Sex = rng.chance(0.68) ? .female : .male
        var birth = day.adding(days: -(rng.between(20, 40) * 365 + rng.below(365)))
        var name = makeName(sex)
        var chosenSex = sex
        if options.duplicateEvery > 0, i % options.duplicateEvery == options.duplicateEvery - 1, names.count > 7 {
            // The same person registered twice, at another desk, with another NIK.
            let earlier = names[names.count - 7]
            name = earlier.name.uppercased(); birth = earlier.birth; chosenSex = earlier.sex
        }
        let p = reference.provinces.isEmpty ? 0 : rng.weighted(provinceWeights)
        let nikProvince = reference.provinces.isEmpty ? "32" : reference.provinces[p].code
        let living = rng.chance(0.05) && !reference.provinces.isEmpty
            ? reference.provinces[rng.below(reference.provinces.count)].code : nikProvince
        let nik = Self.nik(index: i, province: nikProvince, birth: birth, sex: chosenSex)
        let draft = WorkerDraft(nik: nik, name: name, sex: chosenSex, birthDate: birth, province: living,
                                regency: "Kab. \(rng.between(1, 30))", village: "Desa \(rng.between(1, 400))",
                                phone: "08\(rng.between(11, 99))\(rng.between(1_000_000, 9_999_999))",
                                education: educations[rng.weighted(educationWeights)])
        names.append((name, birth, chosenSex))
        workerID.append(0); step.append(0); fate.append(0); market.append(0); sexOf.append(chosenSex.rawValue)
        regDay.append(day.number); cohortOf.append(-1); loanOf.append(-1); programOf.append(-1); caseOf.append(-1)
        stopAt.append(Step.done.rawValue)
        maybeScheduleFair(day: day, province: living, sink)
        guard let events = send(.registerWorker(draft), at: t, sink), let id = Self.createdID(events, .worker) else { return }
        workerID[i] = Int32(id)
        market[i] = UInt8(markets.isEmpty ? 0 : rng.weighted(marketWeights))
        // Most people stop early: about six events per worker on average, as in the field.
        let roll = rng.below(100)
        if roll < 50 {
            fate[i] = 0; stopAt[i] = Step.fair.rawValue
        } else if roll < 54 {
            fate[i] = 1
            schedule(i, .exitEarly, after: rng.between(10, 60), from: t)
            return
        } else if roll < 72 {
            fate[i] = 2; stopAt[i] = UInt8(rng.between(Int(Step.enroll.rawValue), Int(Step.orientation.rawValue)))
        } else {
            fate[i] = 3
        }
        if fate[i] == 3, rng.chance(0.05) {
            // Some go straight to documents: placements that need no training course.
            schedule(i, .passport, after: rng.between(5, 30), from: t)
        } else if let fair = lastFair, calendar.day(atMillis: t).number - fair.day.number < 30, rng.chance(0.5) {
            schedule(i, .fair, after: 0, from: t)
        } else {
            schedule(i, .enroll, after: rng.between(5, 30), from: t)
        }
    }

    mutating func makeName(_ sex: Sex) -> String {
        let given = sex == .female ? GeneratorNames.female : GeneratorNames.male
        let a = given[rng.below(given.count)]
        let b = GeneratorNames.family[rng.below(GeneratorNames.family.count)]
        return rng.chance(0.2) ? "\(a) \(given[rng.below(given.count)]) \(b)" : "\(a) \(b)"
    }

    /// A NIK that agrees with the person: unique per index (regency, district and serial encode it).
    static func nik(index i: Int, province: String, birth: Day, sex: Sex) -> String {
        let c = birth.civil
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let regency = 1 + i % 40, district = 1 + (i / 40) % 40, serial = 1 + (i / 1600) % 9999
        var s = String(serial)
        while s.count < 4 { s = "0" + s }
        return province + two(regency) + two(district) + two(c.day + (sex == .female ? 40 : 0)) + two(c.month)
            + two(c.year % 100) + s
    }

    mutating func maybeScheduleFair(day: Day, province: String, _ sink: Sink) {
        if let f = lastFair, day.number - f.day.number < 10 { return }
        guard !reference.provinces.isEmpty else { return }
        let kind: FairKind = rng.chance(0.6) ? .jobFair : rng.chance(0.6) ? .canvassing : .education
        let employers = (0..<rng.between(1, 4)).map { _ in GeneratorNames.employers[rng.below(GeneratorNames.employers.count)] }
        let venue = GeneratorNames.venues[rng.below(GeneratorNames.venues.count)] + " \(rng.between(1, 99))"
        let recent = jobOrderByKey.values.map { RecordID(.jobOrder, $0.id) }.sorted().prefix(3)
        var draft = FairDraft(kind: kind, venue: venue, regency: "Kab. \(rng.between(1, 30))", province: province,
                              date: day, employers: Array(Set(employers)).sorted(), jobOrders: Array(recent))
        if kind == .education {
            // Legal-recruitment education in a village: most of the people reached are not registered.
            draft.employers = []; draft.jobOrders = []
            draft.village = "Desa \(rng.between(1, 400))"
            draft.topic = GeneratorNames.educationTopics[rng.below(GeneratorNames.educationTopics.count)]
            draft.headcount = rng.between(25, 180)
        }
        if let id = Self.createdID(send(.scheduleFair(draft), at: time(on: day), sink), .jobFair) {
            lastFair = (id, day)
            lastFairIsEducation = kind == .education
        }
    }
}

/// A binary min-heap of (time, worker): each worker has at most one pending step.
struct PendingQueue {
    private var items: [(time: Int64, worker: Int32)] = []

    var peek: (time: Int64, worker: Int32)? { items.first }

    mutating func push(time: Int64, worker: Int32) {
        items.append((time, worker))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if less(items[i], items[parent]) { items.swapAt(i, parent); i = parent } else { break }
        }
    }

    mutating func pop() -> (time: Int64, worker: Int32)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, less(items[l], items[m]) { m = l }
                if r < items.count, less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m); i = m
            }
        }
        return top
    }

    private func less(_ a: (time: Int64, worker: Int32), _ b: (time: Int64, worker: Int32)) -> Bool {
        a.time != b.time ? a.time < b.time : a.worker < b.worker
    }
}
