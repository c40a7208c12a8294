/// What the cycle records beyond fairs, training and placement (issue 10): legal-recruitment education
/// (an education session is a `JobFair` of kind `education`, see `FairDraft.topic`), financial literacy
/// during placement, health insurance during placement, and language tests.

// MARK: Language levels

/// The language a level belongs to. Levels compare only within one family.
public enum LanguageFamily: UInt8, CaseIterable, Sendable, CodedEnum {
    case japanese = 1, korean, german, english
}

/// A language test at a level, as a job order asks for it and a worker passes it. One code names
/// the test and its level together, so an order's requirement and a worker's result compare without
/// a table joining them.
///
/// Japanese: JLPT N5 (lowest) … N1; JFT-Basic stands at the rank of N4, because Japan's Specified
/// Skilled Worker scheme accepts either ("JLPT N4 or JFT-Basic"). Korean: EPS-TOPIK (pass). German and
/// English: CEFR A1 … C2.
public enum LanguageLevel: UInt8, CaseIterable, Sendable, CodedEnum {
    case jlptN5 = 1, jlptN4, jlptN3, jlptN2, jlptN1, jftBasic
    case epsTopik
    case germanA1, germanA2, germanB1, germanB2, germanC1, germanC2
    case englishA1, englishA2, englishB1, englishB2, englishC1, englishC2

    public var family: LanguageFamily {
        switch self {
        case .jlptN5, .jlptN4, .jlptN3, .jlptN2, .jlptN1, .jftBasic: .japanese
        case .epsTopik: .korean
        case .germanA1, .germanA2, .germanB1, .germanB2, .germanC1, .germanC2: .german
        case .englishA1, .englishA2, .englishB1, .englishB2, .englishC1, .englishC2: .english
        }
    }

    /// Higher is harder, within the family.
    public var rank: Int {
        switch self {
        case .jlptN5: 1
        case .jlptN4, .jftBasic: 2
        case .jlptN3: 3
        case .jlptN2: 4
        case .jlptN1: 5
        case .epsTopik: 1
        case .germanA1, .englishA1: 1
        case .germanA2, .englishA2: 2
        case .germanB1, .englishB1: 3
        case .germanB2, .englishB2: 4
        case .germanC1, .englishC1: 5
        case .germanC2, .englishC2: 6
        }
    }

    /// Whether a pass at this level meets a requirement of `required`: the same family, at least as high.
    public func satisfies(_ required: LanguageLevel) -> Bool {
        family == required.family && rank >= required.rank
    }
}

// MARK: Commands

/// The number of people an education session reached, typed after it was held (it may exceed the
/// registered attendees: most people reached in a village are not registered workers).
public struct HeadcountEntry: Codable, Sendable, Hashable {
    public var fair: RecordID
    public var headcount: Int

    public init(fair: RecordID, headcount: Int) { self.fair = fair; self.headcount = headcount }
}

/// A financial literacy session (literasi keuangan) for workers in placement, run by an Indonesian
/// mission (a code of the missions table) or online.
public struct LiteracySessionDraft: Codable, Sendable, Hashable {
    public var date: Day
    /// The mission that runs it; nil for an online session.
    public var mission: String?
    public var online: Bool
    public var topic: String

    public init(date: Day, mission: String? = nil, online: Bool = false, topic: String) {
        self.date = date; self.mission = mission; self.online = online; self.topic = topic
    }

    enum CodingKeys: String, CodingKey { case date, mission, online, topic }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(Day.self, forKey: .date)
        mission = try c.decodeIfPresent(String.self, forKey: .mission)
        online = try c.decodeIfPresent(Bool.self, forKey: .online) ?? false
        topic = try c.decode(String.self, forKey: .topic)
    }
}

/// One worker's participation in a financial literacy session.
public struct LiteracyParticipation: Codable, Sendable, Hashable {
    public var session: RecordID
    public var worker: RecordID
    public var expectedVersion: Int?

    public init(session: RecordID, worker: RecordID, expectedVersion: Int? = nil) {
        self.session = session; self.worker = worker; self.expectedVersion = expectedVersion
    }
}

/// A worker's health insurance (jaminan kesehatan) for the placement.
public struct HealthCoverageEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    /// The scheme or insurer (BPJS Kesehatan, an insurer abroad, the employer's group policy).
    public var insurer: String
    public var policyNumber: String
    public var validFrom: Day
    /// After `validFrom`.
    public var validTo: Day

    public init(worker: RecordID, expectedVersion: Int? = nil, insurer: String, policyNumber: String,
                validFrom: Day, validTo: Day) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.insurer = insurer
        self.policyNumber = policyNumber; self.validFrom = validFrom; self.validTo = validTo
    }
}

/// A language test a worker took.
public struct LanguageTestEntry: Codable, Sendable, Hashable {
    public var worker: RecordID
    public var expectedVersion: Int?
    public var level: LanguageLevel
    public var date: Day
    /// The score, when the test gives one (0–1000).
    public var score: Int?
    public var passed: Bool

    public init(worker: RecordID, expectedVersion: Int? = nil, level: LanguageLevel, date: Day, score: Int? = nil,
                passed: Bool) {
        self.worker = worker; self.expectedVersion = expectedVersion; self.level = level; self.date = date
        self.score = score; self.passed = passed
    }
}

// MARK: Events

public struct LiteracySessionScheduled: Codable, Sendable, Hashable {
    public var session: RecordID
    public var draft: LiteracySessionDraft
}

// MARK: Records

/// A financial literacy session as stored.
public struct LiteracySession: Equatable, Sendable {
    public var date: Day
    /// Row in the missions table; -1 online.
    var mission: Int
    public var topic: String
}

struct LiteracyParticipationRow: Equatable, Sendable {
    var session: Int32
    var worker: Int32
    var day: Int32
}

struct CoverageRow: Equatable, Sendable {
    var worker: Int32
    var validFrom: Int32
    var validTo: Int32
    var insurer: UInt32
    var policy: UInt32
    var day: Int32
}

struct LanguageTestRow: Equatable, Sendable {
    var worker: Int32
    var day: Int32
    /// -1: no score given.
    var score: Int32
    var level: UInt8
    /// 1 passed, 0 not.
    var passed: UInt8
}

/// The records of this file's kinds, and their derived indexes (rebuilt after a snapshot is read).
struct CycleRecords: Sendable, Equatable {
    var literacySessions: [LiteracySession] = []
    var participations: [LiteracyParticipationRow] = []
    var coverages: [CoverageRow] = []
    var languageTests: [LanguageTestRow] = []

    // Derived
    /// Per session row: its participations (indexes into `participations`), as recorded.
    var participationsBySession: [[Int32]] = []
    /// Worker row → indexes into `participations`, `coverages`, `languageTests`.
    var participationsByWorker = SortedIndex()
    var coveragesByWorker = SortedIndex()
    var testsByWorker = SortedIndex()

    init() {}

    /// Rebuilds the derived indexes from the rows.
    mutating func rebuildIndexes() {
        participationsBySession = Array(repeating: [], count: literacySessions.count)
        for (i, p) in participations.enumerated() where p.session >= 0 && Int(p.session) < literacySessions.count {
            participationsBySession[Int(p.session)].append(Int32(i))
        }
        participationsByWorker = SortedIndex(pairs: participations.enumerated().map { (RecordLinks.key($1.worker), Int32($0)) })
        coveragesByWorker = SortedIndex(pairs: coverages.enumerated().map { (RecordLinks.key($1.worker), Int32($0)) })
        testsByWorker = SortedIndex(pairs: languageTests.enumerated().map { (RecordLinks.key($1.worker), Int32($0)) })
    }

    func participations(ofWorker w: Int32) -> [Int32] { participationsByWorker.rows(equalTo: RecordLinks.key(w)) }
    func coverages(ofWorker w: Int32) -> [Int32] { coveragesByWorker.rows(equalTo: RecordLinks.key(w)) }
    func tests(ofWorker w: Int32) -> [Int32] { testsByWorker.rows(equalTo: RecordLinks.key(w)) }

    var byteCount: Int {
        literacySessions.capacity * 40 + participations.capacity * MemoryLayout<LiteracyParticipationRow>.stride
            + coverages.capacity * MemoryLayout<CoverageRow>.stride
            + languageTests.capacity * MemoryLayout<LanguageTestRow>.stride
            + participationsByWorker.byteCount + coveragesByWorker.byteCount + testsByWorker.byteCount
    }
}

// MARK: Applying

extension TerpaduState {
    mutating func applyHeadcount(_ p: HeadcountEntry) {
        guard let f = row(p.fair, .jobFair) else { return }
        fairs[f].headcount = p.headcount
    }

    mutating func applyLiteracySession(_ p: LiteracySessionScheduled) {
        guard p.session == nextID(.literacySession) else { return }
        let d = p.draft
        let mission = d.mission.flatMap { reference.missionByCode[$0] } ?? -1
        cycle.literacySessions.append(LiteracySession(date: d.date, mission: d.online ? -1 : mission, topic: d.topic))
        cycle.participationsBySession.append([])
    }

    mutating func applyLiteracyParticipation(_ p: LiteracyParticipation, day: Day) {
        guard let s = row(p.session, .literacySession), let w = workerRow(p.worker) else { return }
        let sessionDay = cycle.literacySessions[s].date.number
        changeWorker(p.worker, day: day) { st, _ in
            st.cycle.participations.append(LiteracyParticipationRow(session: Int32(s), worker: w, day: sessionDay))
            let i = Int32(st.cycle.participations.count - 1)
            RecordLinks.append(i, to: &st.cycle.participationsBySession, at: s)
            st.cycle.participationsByWorker.insert(RecordLinks.key(w), row: i)
        }
    }

    mutating func applyCoverage(_ p: HealthCoverageEntry, day: Day) {
        guard let w = workerRow(p.worker) else { return }
        changeWorker(p.worker, day: day) { st, _ in
            st.cycle.coverages.append(CoverageRow(worker: w, validFrom: p.validFrom.number, validTo: p.validTo.number,
                                                  insurer: st.strings.append(p.insurer),
                                                  policy: st.strings.append(p.policyNumber), day: day.number))
            st.cycle.coveragesByWorker.insert(RecordLinks.key(w), row: Int32(st.cycle.coverages.count - 1))
        }
    }

    mutating func applyLanguageTest(_ p: LanguageTestEntry, day: Day) {
        guard let w = workerRow(p.worker) else { return }
        changeWorker(p.worker, day: day) { st, _ in
            st.cycle.languageTests.append(LanguageTestRow(worker: w, day: p.date.number, score: Int32(clamping: p.score ?? -1),
                                                          level: p.level.rawValue, passed: p.passed ? 1 : 0))
            st.cycle.testsByWorker.insert(RecordLinks.key(w), row: Int32(st.cycle.languageTests.count - 1))
        }
    }
}
