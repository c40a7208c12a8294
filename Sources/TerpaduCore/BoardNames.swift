/// Names counted board rows with the codes of one state's reference data. Made once per batch of
/// rows: a million-worker table has half a million rows, and looking the codes up afresh for each
/// (or formatting each day again) took most of the six seconds the first version spent naming them.
struct BoardNamer {
    let provinces: [String], countries: [String], jobs: [String], programs: [String]
    let provinceSlices: Range<Int>, countrySlices: Range<Int>
    var days: [Int32: String] = [:]
    /// Codes by raw value (a `CodedEnum`'s code reflects on the case each time).
    let statuses: [UInt8: String] = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, $0.code) })
    let exits: [UInt8: String] = Dictionary(uniqueKeysWithValues: ExitReason.allCases.map { ($0.rawValue, $0.code) })
    let schemes: [UInt8: String] = Dictionary(uniqueKeysWithValues: Scheme.allCases.map { ($0.rawValue, $0.code) })

    init(_ state: TerpaduState) {
        let ref = state.referenceData
        let d = state.counters.dimensions
        provinces = ref.provinces.map(\.code)
        countries = ref.countries.map(\.iso)
        jobs = ref.jobs.map(\.code)
        programs = ref.programs.map(\.code)
        provinceSlices = 2..<(1 + d.p)
        countrySlices = (2 + d.p)..<max(2 + d.p, d.slices)
    }

    func label(_ i: Int64, _ codes: [String]) -> String { i > 0 && Int(i) - 1 < codes.count ? codes[Int(i) - 1] : "none" }

    mutating func day(_ n: Int32) -> String {
        if let s = days[n] { return s }
        let s = Day(number: n).description
        days[n] = s
        return s
    }

    /// A counted row by name (nil for a slice no filter can name, which `BoardTally` never fills).
    mutating func cell(_ k: BoardKey) -> BoardCell? {
        var province = "", destination = ""
        let s = Int(k.slice)
        if provinceSlices.contains(s) {
            guard s - 2 < provinces.count else { return nil }
            province = provinces[s - 2]
        } else if countrySlices.contains(s) {
            guard s - countrySlices.lowerBound < countries.count else { return nil }
            destination = countries[s - countrySlices.lowerBound]
        } else if s != 0 {
            return nil
        }
        var period = ""
        let key: String
        switch k.dimension {
        case .status: key = statuses[UInt8(clamping: k.key)] ?? "unknown"
        case .job: key = label(k.key, jobs)
        case .scheme: key = schemes[UInt8(clamping: k.key)] ?? "none"
        case .province: key = label(k.key, provinces)
        case .destination: key = label(k.key, countries)
        case .exit: key = exits[UInt8(clamping: k.key)] ?? "unknown"
        case .day, .week:
            period = day(k.period)
            key = k.key >= 0 && Int(k.key) < DailyKind.names.count ? DailyKind.names[Int(k.key)] : "unknown"
        case .lead, .cost:
            period = day(k.period)
            key = String(k.key)
        case .pass:
            period = label(Int64(k.period), programs)
            if period == "none" { period = "unknown" }
            key = BoardPassField(rawValue: k.key)?.name ?? "unknown"
        case .reviews: key = "open"
        case .reach: key = BoardReachField(rawValue: k.key)?.name ?? "unknown"
        case .asOf: key = "day"
        }
        return BoardCell(dimension: k.dimension.name, province: province, destination: destination, period: period, key: key)
    }
}

extension BoardCell {
    /// Dimension names a reader asks for (everything but the day rows, of which it wants one day).
    public static let undatedDimensions = ["status", "job", "scheme", "province", "destination", "exit", "pass", "reviews", "reach"]
    public static let weekDimensions = ["week", "lead", "cost"]
    public static let dayDimension = "day"
    public static let asOfDimension = "asOf"
    /// The dimension whose rows `tallyReach` rewrites whole (with `asOf`).
    public static let reachDimension = "reach"
}
