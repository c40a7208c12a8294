import Testing
@testable import TerpaduCore

@Suite("A date typed day first")
struct DayFirstTests {
    @Test("is read for the hint only: the ISO form to type instead")
    func hint() {
        #expect(Day.dayFirst("12-04-1998") == Day(year: 1998, month: 4, day: 12))
        #expect(Day.dayFirst("12/4/1998") == Day(year: 1998, month: 4, day: 12))
        #expect(Day.dayFirst("31.12.2001") == Day(year: 2001, month: 12, day: 31))
        #expect(Day.dayFirst("31-02-1998") == nil)
        #expect(Day.dayFirst("1998-04-12") == nil)
        #expect(Day.notADate("12-04-1998") == "not a date (YYYY-MM-DD): 12-04-1998 is day first; write 1998-04-12")
        #expect(Day.notADate("kemarin") == "not a date (YYYY-MM-DD): kemarin")
        #expect(Day(iso: "12-04-1998") == nil, "it is never taken as a date")
    }
}
