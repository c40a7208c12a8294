/// Reference tables, parsed by whoever reads `seeds/reference/` and handed to the core as values.
/// The core never reads files; it refers to rows by small integer index.
public struct ReferenceData: Hashable, Sendable, Codable {
    public struct Province: Hashable, Sendable, Codable {
        public var code: String   // two-digit code, also the first two NIK digits
        public var name: String
        public init(code: String, name: String) { self.code = code; self.name = name }
    }

    public struct Country: Hashable, Sendable, Codable {
        public var iso: String
        public var nameEN: String
        public var nameID: String
        public init(iso: String, nameEN: String, nameID: String) {
            self.iso = iso; self.nameEN = nameEN; self.nameID = nameID
        }
    }

    public struct Mission: Hashable, Sendable, Codable {
        public var code: String
        public var countryISO: String
        public var name: String
        public var city: String
        public init(code: String, countryISO: String, name: String, city: String) {
            self.code = code; self.countryISO = countryISO; self.name = name; self.city = city
        }
    }

    public struct Job: Hashable, Sendable, Codable {
        public var code: String
        public var nameEN: String
        public var nameID: String
        public var sector: String
        /// One of the ten jobs of BP2MI regulation 9/2020: the worker may bear no placement cost.
        public var zeroCost: Bool
        /// One of Japan's 16 Specified Skilled Worker fields.
        public var sswField: Bool
        public init(code: String, nameEN: String, nameID: String, sector: String, zeroCost: Bool, sswField: Bool) {
            self.code = code; self.nameEN = nameEN; self.nameID = nameID; self.sector = sector
            self.zeroCost = zeroCost; self.sswField = sswField
        }
    }

    public struct TrainingProgram: Hashable, Sendable, Codable {
        public var code: String
        public var nameEN: String
        public var nameID: String
        public var kind: TrainingKind
        public var hours: Int
        /// The language level a pass of a language program shows (nil: none, or a language the core
        /// has no levels for). Missing in reference data recorded before it existed.
        public var languageLevel: LanguageLevel?
        public init(code: String, nameEN: String, nameID: String, kind: TrainingKind, hours: Int,
                    languageLevel: LanguageLevel? = nil) {
            self.code = code; self.nameEN = nameEN; self.nameID = nameID; self.kind = kind; self.hours = hours
            self.languageLevel = languageLevel
        }
    }

    public struct Bank: Hashable, Sendable, Codable {
        public var code: String
        public var name: String
        public init(code: String, name: String) { self.code = code; self.name = name }
    }

    /// A level of schooling (SD, SMP, SMA, SMK, D1 … S3): what a registration's `education` names.
    public struct Education: Hashable, Sendable, Codable {
        public var code: String
        public var name: String
        public init(code: String, name: String) { self.code = code; self.name = name }
    }

    /// KUR for PMI terms: kept as data, not constants, because the rules change by regulation.
    public struct LoanTerms: Hashable, Sendable, Codable {
        public var ceiling: Int64          // rupiah
        public var maxRateBasisPoints: Int // 600 = 6 % a year
        public var maxTenorMonths: Int
        public init(ceiling: Int64, maxRateBasisPoints: Int, maxTenorMonths: Int) {
            self.ceiling = ceiling; self.maxRateBasisPoints = maxRateBasisPoints; self.maxTenorMonths = maxTenorMonths
        }
    }

    public struct Labelled: Hashable, Sendable, Codable {
        public var code: String
        public var nameEN: String
        public var nameID: String
        public init(code: String, nameEN: String, nameID: String) {
            self.code = code; self.nameEN = nameEN; self.nameID = nameID
        }
    }

    /// A placement agency (P3MI) licensed by the ministry: P to P job orders go only through one whose
    /// licence is valid on the day (DESIGN §1).
    public struct Agency: Hashable, Sendable, Codable {
        public var name: String
        public var licence: String
        public var validFrom: Day
        public var validUntil: Day
        public init(name: String, licence: String, validFrom: Day, validUntil: Day) {
            self.name = name; self.licence = licence; self.validFrom = validFrom; self.validUntil = validUntil
        }

        /// Whether the licence is in force on `day` (both ends included).
        public func isValid(on day: Day) -> Bool { validFrom <= day && day <= validUntil }
    }

    public var provinces: [Province]
    public var countries: [Country]
    public var missions: [Mission]
    public var jobs: [Job]
    public var programs: [TrainingProgram]
    public var banks: [Bank]
    public var loanTerms: LoanTerms
    /// Labels for the core's own code lists (return reasons, exit reasons, case types).
    public var returnReasons: [Labelled]
    public var exitReasons: [Labelled]
    public var caseTypes: [Labelled]
    /// Levels of schooling a registration may name. Empty in reference data recorded before the table
    /// existed; while it is empty, `education` stays free text.
    public var educations: [Education]
    /// Licensed placement agencies. Empty in reference data recorded before the table existed, and in a
    /// new directory until `terpadu reference load agencies` loads one; while it is empty no P to P
    /// job order is accepted.
    public var agencies: [Agency] = []

    public init(provinces: [Province], countries: [Country], missions: [Mission], jobs: [Job],
                programs: [TrainingProgram], banks: [Bank], loanTerms: LoanTerms, returnReasons: [Labelled],
                exitReasons: [Labelled] = [], caseTypes: [Labelled] = [], educations: [Education] = []) {
        self.provinces = provinces; self.countries = countries; self.missions = missions; self.jobs = jobs
        self.programs = programs; self.banks = banks; self.loanTerms = loanTerms; self.returnReasons = returnReasons
        self.exitReasons = exitReasons; self.caseTypes = caseTypes; self.educations = educations
    }

    enum CodingKeys: String, CodingKey {
        case provinces, countries, missions, jobs, programs, banks, loanTerms, returnReasons, exitReasons, caseTypes
        case educations
        case agencies
    }

    /// Tables added after the first release may be missing from a journal's `referenceLoaded` event or
    /// a snapshot written before them: they read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        provinces = try c.decode([Province].self, forKey: .provinces)
        countries = try c.decode([Country].self, forKey: .countries)
        missions = try c.decode([Mission].self, forKey: .missions)
        jobs = try c.decode([Job].self, forKey: .jobs)
        programs = try c.decode([TrainingProgram].self, forKey: .programs)
        banks = try c.decode([Bank].self, forKey: .banks)
        loanTerms = try c.decode(LoanTerms.self, forKey: .loanTerms)
        returnReasons = try c.decode([Labelled].self, forKey: .returnReasons)
        exitReasons = try c.decode([Labelled].self, forKey: .exitReasons)
        caseTypes = try c.decode([Labelled].self, forKey: .caseTypes)
        educations = try c.decodeIfPresent([Education].self, forKey: .educations) ?? []
        agencies = try c.decodeIfPresent([Agency].self, forKey: .agencies) ?? []
    }

    /// `agencies` is written only when there are some, so reference data without them reads (and
    /// encodes) exactly as before the table existed.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(provinces, forKey: .provinces)
        try c.encode(countries, forKey: .countries)
        try c.encode(missions, forKey: .missions)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(programs, forKey: .programs)
        try c.encode(banks, forKey: .banks)
        try c.encode(loanTerms, forKey: .loanTerms)
        try c.encode(returnReasons, forKey: .returnReasons)
        try c.encode(exitReasons, forKey: .exitReasons)
        try c.encode(caseTypes, forKey: .caseTypes)
        try c.encode(educations, forKey: .educations)
        if !agencies.isEmpty { try c.encode(agencies, forKey: .agencies) }
    }

    public static let empty = ReferenceData(provinces: [], countries: [], missions: [], jobs: [], programs: [],
        banks: [], loanTerms: LoanTerms(ceiling: 0, maxRateBasisPoints: 0, maxTenorMonths: 0), returnReasons: [])

    /// Problems that make the tables unusable; empty when they are fine.
    public func problems() -> [String] {
        var out: [String] = []
        func unique(_ name: String, _ codes: [String]) {
            var seen = Set<String>()
            for c in codes where !seen.insert(c).inserted { out.append("\(name): code \(c) appears twice") }
            if codes.isEmpty { out.append("\(name): no rows") }
        }
        unique("provinces", provinces.map(\.code))
        unique("countries", countries.map(\.iso))
        unique("missions", missions.map(\.code))
        unique("jobs", jobs.map(\.code))
        unique("programs", programs.map(\.code))
        unique("banks", banks.map(\.code))
        if !educations.isEmpty { unique("educations", educations.map(\.code)) }
        for p in provinces where p.code.utf8.count != 2 || !p.code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            out.append("provinces: code \(p.code) is not two digits")
        }
        let isos = Set(countries.map(\.iso))
        for m in missions where !isos.contains(m.countryISO) {
            out.append("missions: \(m.code) names unknown country \(m.countryISO)")
        }
        if provinces.count > 250 || countries.count > 250 || jobs.count > 60000 || missions.count > 60000 {
            out.append("reference tables are larger than the core supports")
        }
        out += Self.agencyProblems(agencies)
        if loanTerms.ceiling <= 0 || loanTerms.maxRateBasisPoints < 0 || loanTerms.maxTenorMonths <= 0 {
            out.append("loan terms: ceiling, rate and tenor must be positive")
        }
        return out
    }
}

extension ReferenceData {
    /// Problems that make an agency table unusable, each naming its row (from 1) and field.
    public static func agencyProblems(_ agencies: [Agency]) -> [String] {
        var out: [String] = []
        var seen: [String: Int] = [:]
        for (i, a) in agencies.enumerated() {
            let row = i + 1
            if a.name.isEmpty { out.append("agencies row \(row): name is empty") }
            if a.licence.isEmpty { out.append("agencies row \(row): licence is empty") }
            if a.validFrom.isNone { out.append("agencies row \(row): validFrom is missing") }
            if a.validUntil.isNone { out.append("agencies row \(row): validUntil is missing") }
            if !a.validFrom.isNone, !a.validUntil.isNone, a.validUntil < a.validFrom {
                out.append("agencies row \(row): validUntil \(a.validUntil) is before validFrom \(a.validFrom)")
            }
            if let first = seen[a.licence.lowercased()], !a.licence.isEmpty {
                out.append("agencies row \(row): licence \(a.licence) is already in row \(first)")
            } else {
                seen[a.licence.lowercased()] = row
            }
        }
        if agencies.count > 100_000 { out.append("agencies: more rows than the core supports") }
        return out
    }
}

/// Reference data with lookup indexes, as the state holds it.
struct ReferenceIndex: Sendable {
    var data: ReferenceData
    var provinceByCode: [String: Int] = [:]
    var provinceByNumber: [UInt8: Int] = [:]
    var countryByISO: [String: Int] = [:]
    var missionByCode: [String: Int] = [:]
    var jobByCode: [String: Int] = [:]
    var programByCode: [String: Int] = [:]
    var bankByCode: [String: Int] = [:]
    var educationByCode: [String: Int] = [:]
    /// Agencies by licence number, case folded.
    var agencyByLicence: [String: Int] = [:]

    init(_ data: ReferenceData) {
        self.data = data
        for (i, p) in data.provinces.enumerated() {
            provinceByCode[p.code] = i
            if let n = UInt8(p.code) { provinceByNumber[n] = i }
        }
        for (i, c) in data.countries.enumerated() { countryByISO[c.iso] = i }
        for (i, m) in data.missions.enumerated() { missionByCode[m.code] = i }
        for (i, j) in data.jobs.enumerated() { jobByCode[j.code] = i }
        for (i, p) in data.programs.enumerated() { programByCode[p.code] = i }
        for (i, b) in data.banks.enumerated() { bankByCode[b.code] = i }
        for (i, e) in data.educations.enumerated() { educationByCode[e.code] = i }
        for (i, a) in data.agencies.enumerated() { agencyByLicence[a.licence.lowercased()] = i }
    }

    var isLoaded: Bool { !data.provinces.isEmpty }
}
