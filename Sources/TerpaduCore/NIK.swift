/// Why a NIK (Nomor Induk Kependudukan) was not accepted.
public enum NIKProblem: String, Error, Sendable, Codable, CaseIterable {
    case wrongLength, notDigits, unknownProvince, invalidDate, sexMismatch, birthDateMismatch, zeroSerial
}

/// A 16-digit national ID `PPRRSS DDMMYY NNNN`: province, regency and district codes, the birth date
/// with 40 added to the day for women, and a serial from 0001. Kept as a number: 8 bytes, not a string.
public struct NIK: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// Parses exactly 16 ASCII digits; full-width or other non-ASCII digits are refused.
    public static func parse(_ text: String) -> Result<NIK, NIKProblem> {
        let bytes = Array(text.utf8)
        // Full-width or Arabic-Indic digits are "not digits": only ASCII 0-9 make a NIK.
        guard bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .failure(.notDigits) }
        guard bytes.count == 16 else { return .failure(.wrongLength) }
        var v: UInt64 = 0
        for b in bytes { v = v * 10 + UInt64(b - 48) }
        return .success(NIK(value: v))
    }

    public var description: String {
        let s = String(value)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }

    /// `3273********4321`: first four and last four digits.
    public var masked: String {
        let s = description
        return String(s.prefix(4)) + String(repeating: "*", count: 8) + String(s.suffix(4))
    }

    private func digits(_ from: Int, _ count: Int) -> Int {
        var v = value
        for _ in 0..<(16 - from - count) { v /= 10 }
        var p: UInt64 = 1
        for _ in 0..<count { p *= 10 }
        return Int(v % p)
    }

    public var provinceNumber: Int { digits(0, 2) }
    public var encodedDay: Int { digits(6, 2) }
    public var encodedMonth: Int { digits(8, 2) }
    public var encodedYear: Int { digits(10, 2) }
    public var serial: Int { digits(12, 4) }
    public var encodedSex: Sex { encodedDay > 40 ? .female : .male }

    /// Checks the NIK against the stored sex and birth date and the known province codes.
    /// The NIK's province need not equal the recorded province of origin: people move, and codes
    /// from before a province was split stay valid, so any known code is accepted.
    public func problems(sex: Sex, birthDate: Day, knownProvince: (Int) -> Bool) -> [NIKProblem] {
        var out: [NIKProblem] = []
        if !knownProvince(provinceNumber) { out.append(.unknownProvince) }
        let day = encodedDay % 40
        let month = encodedMonth
        let yy = encodedYear
        let birth = birthDate.civil
        // Two-digit year: the birth date decides the century, so only the last two digits must agree.
        let dateExists = (1...12).contains(month) && day >= 1
            && day <= Day.daysIn(month: month, year: birth.year % 100 == yy ? birth.year : 2000 + yy)
        if encodedDay > 71 || !dateExists {
            out.append(.invalidDate)
        } else if birth.day != day || birth.month != month || birth.year % 100 != yy {
            out.append(.birthDateMismatch)
        }
        if encodedDay <= 71, encodedDay != 0, encodedSex != sex { out.append(.sexMismatch) }
        if serial == 0 { out.append(.zeroSerial) }
        return out
    }

    public static func < (a: NIK, b: NIK) -> Bool { a.value < b.value }
}

extension NIK: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch NIK.parse(text) {
        case .success(let n): self = n
        case .failure(let p):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "NIK \(p.rawValue)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
