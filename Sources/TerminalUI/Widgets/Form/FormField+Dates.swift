/// The order a date is written in a field.
public enum DateOrder: Hashable, Sendable {
    /// DD-MM-YYYY, as Indonesians write dates.
    case dayMonthYear
    /// YYYY-MM-DD.
    case yearMonthDay

    public func format(_ d: (year: Int, month: Int, day: Int)) -> String {
        switch self {
        case .dayMonthYear: return "\(FormField.pad(d.day, 2))-\(FormField.pad(d.month, 2))-\(FormField.pad(d.year, 4))"
        case .yearMonthDay: return FormField.isoDate(d)
        }
    }
}

extension FormField {
    /// True for an existing calendar date written YYYY-MM-DD.
    public static func isRealDate(_ s: String) -> Bool {
        guard let d = parseDate(s) else { return false }
        return s == isoDate(d)
    }

    /// A real calendar date typed `DD-MM-YYYY`, `DD/MM/YYYY` or `YYYY-MM-DD` (day and month may have
    /// one digit), else nil.
    public static func parseDate(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let separator: Character = s.contains("/") ? "/" : "-"
        let parts = s.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        let year, month, day: Int
        if parts[0].count == 4, separator == "-", parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (Int(parts[0]) ?? 0, Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, day) = (Int(parts[2]) ?? 0, Int(parts[1]) ?? 0, Int(parts[0]) ?? 0)
        } else {
            return nil
        }
        guard year >= 1, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1] ? (year, month, day) : nil
    }

    /// `YYYY-MM-DD`.
    public static func isoDate(_ d: (year: Int, month: Int, day: Int)) -> String {
        "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
