import TerpaduCore

/// Numbers, rupiah, dates and times as each language writes them: 1.234.567 and "1 Des 2026" in
/// Indonesian, 1,234,567 and "1 Dec 2026" in English.
public struct Formatting: Sendable, Hashable {
    public var thousandsSeparator: Character
    public var decimalSeparator: Character
    /// Jan…Dec, three letters.
    public var months: [String]

    public func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(thousandsSeparator) }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    public func rupiah(_ amount: Int64) -> String {
        (amount < 0 ? "-" : "") + "Rp" + number(Int(clamping: amount.magnitude))
    }

    /// A share as a percentage with one decimal: "12,5 %" / "12.5 %".
    public func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        let tenths = Int((share * 1000).rounded())
        return "\(number(tenths / 10))\(decimalSeparator)\(abs(tenths % 10)) %"
    }

    /// A figure with one decimal: "2,5" / "2.5".
    public func decimal(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let tenths = Int((x * 10).rounded())
        return "\(number(tenths / 10))\(decimalSeparator)\(abs(tenths % 10))"
    }

    public func day(_ d: Day) -> String {
        guard !d.isNone else { return "–" }
        let c = d.civil
        let month = (1...12).contains(c.month) && months.count == 12 ? months[c.month - 1] : String(c.month)
        return "\(c.day) \(month) \(c.year)"
    }

    /// The date as typed in forms: DD-MM-YYYY.
    public func typedDay(_ d: Day) -> String {
        guard !d.isNone else { return "" }
        let c = d.civil
        return String(format2: c.day) + "-" + String(format2: c.month) + "-" + String(c.year)
    }

    /// Hours and minutes, "14:05", of a moment given in milliseconds, at the office's UTC offset.
    public func clock(millis: Int64, calendar: OfficeCalendar = .jakarta) -> String {
        let local = millis / 1000 + Int64(calendar.utcOffsetSeconds)
        let minutes = ((local / 60) % 1440 + 1440) % 1440
        return String(format2: Int(minutes / 60)) + ":" + String(format2: Int(minutes % 60))
    }

    /// A moment as date and time: "1 Des 2026 14:05".
    public func moment(millis: Int64, calendar: OfficeCalendar = .jakarta) -> String {
        day(calendar.day(atMillis: millis)) + " " + clock(millis: millis, calendar: calendar)
    }
}

extension String {
    /// Two digits, zero-padded.
    init(format2 n: Int) { self = n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
}
