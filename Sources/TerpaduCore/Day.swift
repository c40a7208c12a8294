/// A civil date as a day number since 1970-01-01, with no time zone attached.
/// Dates are what operators type and read; times are only on events.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var number: Int32

    public init(number: Int32) { self.number = number }

    /// Sentinel for "not yet": sorts before every real day.
    public static let none = Day(number: Int32.min)
    public var isNone: Bool { number == Int32.min }

    /// Creates a day from a proleptic Gregorian date; nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Days from civil (H. Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = Int32(era * 146097 + doe - 719468)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public var civil: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO-8601 `YYYY-MM-DD`.
    public var description: String {
        if isNone { return "" }
        let c = civil
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var year = String(c.year)
        while year.count < 4 { year = "0" + year }
        return "\(year)-\(two(c.month))-\(two(c.day))"
    }

    /// Parses `YYYY-MM-DD` strictly (ASCII digits only, a real date).
    public init?(iso text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let c = u[i]; guard c >= 48 && c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        let w = (Int(number) + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The Monday that starts this day's ISO week.
    public var weekStart: Day { Day(number: number - Int32(isoWeekday - 1)) }

    /// ISO-8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = Day(number: number - Int32(isoWeekday) + 4)
        let y = thursday.civil.year
        guard let jan1 = Day(year: y, month: 1, day: 1) else { return (y, 1) }
        return (y, Int(thursday.number - jan1.number) / 7 + 1)
    }

    /// `2026-W48`.
    public var isoWeekLabel: String {
        let w = isoWeek
        return "\(w.year)-W\(w.week < 10 ? "0" : "")\(w.week)"
    }

    public func adding(days: Int) -> Day { Day(number: number + Int32(clamping: days)) }

    /// Whole years from `birth` to `self` (age on this day).
    public func years(since birth: Day) -> Int {
        let a = civil, b = birth.civil
        var years = a.year - b.year
        if a.month < b.month || (a.month == b.month && a.day < b.day) { years -= 1 }
        return years
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: Self.notADate(text)))
        }
        self = d
    }

    /// Why `text` is not a date, with the ISO form when it is a real date written day first.
    public static func notADate(_ text: String) -> String {
        if let day = dayFirst(text) { return "not a date (YYYY-MM-DD): \(text) is day first; write \(day)" }
        return "not a date (YYYY-MM-DD): \(text)"
    }

    /// The date `text` means when it is written day first, as Indonesians write it (12-04-1998,
    /// 12/04/1998, 12.04.1998): for saying what to type instead, never for reading it silently.
    public static func dayFirst(_ text: String) -> Day? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The office calendar: turns event times (milliseconds since the epoch, UTC) into office days.
/// Indonesian zones (WIB +7, WITA +8, WIT +9) keep no daylight saving, so a fixed offset is exact.
public struct OfficeCalendar: Hashable, Sendable, Codable {
    public var utcOffsetSeconds: Int

    public init(utcOffsetSeconds: Int = 7 * 3600) { self.utcOffsetSeconds = utcOffsetSeconds }

    public static let jakarta = OfficeCalendar(utcOffsetSeconds: 7 * 3600)

    public func day(atMillis ms: Int64) -> Day {
        let local = ms / 1000 + Int64(utcOffsetSeconds)
        let d = local >= 0 ? local / 86400 : (local - 86399) / 86400
        return Day(number: Int32(clamping: d))
    }

    /// Milliseconds since the epoch of local midnight starting `day`.
    public func startMillis(of day: Day) -> Int64 {
        (Int64(day.number) * 86400 - Int64(utcOffsetSeconds)) * 1000
    }
}
