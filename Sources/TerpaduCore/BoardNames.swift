extension TerpaduState {
    /// A counted board row by name, with the codes of the reference data (nil for a slice no filter
    /// can name, which `BoardTally` never fills).
    func boardCell(_ k: BoardKey) -> BoardCell? {
        let ref = reference.data
        let d = counters.dimensions
        var province = "", destination = ""
        let s = Int(k.slice)
        if s >= 2 && s < 1 + d.p {
            guard s - 2 < ref.provinces.count else { return nil }
            province = ref.provinces[s - 2].code
        } else if s >= 2 + d.p && s < d.slices {
            guard s - 2 - d.p < ref.countries.count else { return nil }
            destination = ref.countries[s - 2 - d.p].iso
        } else if s != 0 {
            return nil
        }
        func label(_ i: Int64, _ codes: [String]) -> String { i > 0 && Int(i) - 1 < codes.count ? codes[Int(i) - 1] : "none" }
        var period = ""
        let key: String
        switch k.dimension {
        case .status: key = Status(rawValue: UInt8(clamping: k.key))?.code ?? "unknown"
        case .job: key = label(k.key, ref.jobs.map(\.code))
        case .scheme: key = Scheme(rawValue: UInt8(clamping: k.key))?.code ?? "none"
        case .province: key = label(k.key, ref.provinces.map(\.code))
        case .destination: key = label(k.key, ref.countries.map(\.iso))
        case .exit: key = ExitReason(rawValue: UInt8(clamping: k.key))?.code ?? "unknown"
        case .day, .week:
            period = Day(number: k.period).description
            key = DailyKind(rawValue: Int(k.key))?.name ?? "unknown"
        case .lead, .cost:
            period = Day(number: k.period).description
            key = String(k.key)
        case .pass:
            period = k.period > 0 && Int(k.period) - 1 < ref.programs.count ? ref.programs[Int(k.period) - 1].code : "unknown"
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
