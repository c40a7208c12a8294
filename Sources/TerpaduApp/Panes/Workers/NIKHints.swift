import TerpaduCore

/// What a well-formed NIK says about its holder: sex, birth date and province code, offered as the
/// form's defaults (the operator can still change them).
struct NIKHints: Equatable {
    var sex: Sex
    var birthDate: Day
    var provinceCode: String

    /// nil unless `text` is 16 ASCII digits holding a real date. The century is the later one that
    /// is not in the future (a two-digit year cannot say more; a wrong guess shows as a mismatch).
    init?(_ text: String, today: Day) {
        guard case .success(let nik) = NIK.parse(text) else { return nil }
        let day = nik.encodedDay % 40, month = nik.encodedMonth, yy = nik.encodedYear
        guard nik.encodedDay <= 71, (1...12).contains(month) else { return nil }
        let thisYear = today.civil.year
        let year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy
        guard let birth = Day(year: year, month: month, day: day) else { return nil }
        sex = nik.encodedSex
        birthDate = birth
        provinceCode = String(text.prefix(2))
    }
}
