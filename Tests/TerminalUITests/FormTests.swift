import Testing
@testable import TerminalUI

@Suite struct FormTests {
    static func registration() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name", required: true),
            FormField(id: "nik", label: "NIK", kind: .masked, validator: { $0.count == 16 ? nil : "16 digits" }),
            FormField(id: "born", label: "Born", kind: .date),
            FormField(id: "kids", label: "Kids", kind: .number),
            FormField(id: "sex", label: "Sex", kind: .choice(["F", "M"])),
            FormField(id: "consent", label: "Consent", kind: .checkbox),
        ])
    }

    static func type(_ text: String, into form: inout FormState) {
        for c in text { _ = form.handle(.char(c)) }
    }

    @Test func submitWithErrorsShowsThemInlineAndFocusesTheFirst() {
        var form = Self.registration()
        _ = form.handle(.tab)  // leave Name empty
        Self.type("123", into: &form)
        _ = form.handle(.tab)
        Self.type("2001-02-30", into: &form)
        #expect(form.handle(.enter) == .invalid)
        #expect(form.focus == 0)
        #expect(form.error(for: "name") == "required")
        #expect(form.error(for: "nik") == "16 digits")
        #expect(form.error(for: "born") == "use DD-MM-YYYY")
        let b = render(Form(state: form, theme: .builtIn, fieldWidth: 12), width: 50, height: 6)
        #expect(b.lines == [
            "   Name* ┊            ← required                  ",
            "     NIK ***          ← 16 digits                 ",
            "    Born 2001-02-30   ← use DD-MM-YYYY            ",
            "    Kids                                          ",
            "     Sex ‹ F ›                                    ",
            " Consent [ ]                                      ",
        ].map { $0.replacingOccurrences(of: "┊", with: " ") })
        let error = Theme.builtIn[.error]
        #expect(b[22, 0].style == error)
        #expect(b[22, 0].symbol == "←")
        expectWellFormed(b)
    }

    @Test func errorClearsWhenTheFieldBecomesValidAndSubmitReturnsValues() {
        var form = Self.registration()
        #expect(form.handle(.enter) == .invalid)
        Self.type("Siti", into: &form)
        #expect(form.error(for: "name") == nil)
        _ = form.handle(.tab)
        Self.type("3201234567890001", into: &form)
        _ = form.handle(.tab)
        Self.type("2001-02-28", into: &form)
        _ = form.handle(.tab)
        Self.type("2a", into: &form)  // letters are refused by a number field
        _ = form.handle(.tab)
        _ = form.handle(.right)
        _ = form.handle(.tab)
        _ = form.handle(.char(" "))
        #expect(form.handle(.enter) == .submitted([
            "name": "Siti", "nik": "3201234567890001", "born": "2001-02-28", "kids": "2", "sex": "M", "consent": "true",
        ]))
    }

    @Test func tabWrapsAndShiftTabGoesBack() {
        var form = Self.registration()
        _ = form.handle(.backTab)
        #expect(form.focus == 5)
        _ = form.handle(.tab)
        #expect(form.focus == 0)
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func dateValidation() {
        #expect(FormField.isRealDate("2024-02-29"))
        #expect(!FormField.isRealDate("2023-02-29"))
        #expect(!FormField.isRealDate("2023-13-01"))
        #expect(!FormField.isRealDate("23-01-01"))
        #expect(FormField.parseDate("29-02-2024").map { [$0.year, $0.month, $0.day] } == [2024, 2, 29])
        #expect(FormField.parseDate("1/2/2001").map { [$0.year, $0.month, $0.day] } == [2001, 2, 1])
        #expect(FormField.parseDate("2001-02-01").map { [$0.year, $0.month, $0.day] } == [2001, 2, 1])
        #expect(FormField.parseDate("29/02/2023") == nil)
        #expect(FormField.parseDate("2001/02/01") == nil)
        #expect(FormField.parseDate("01-02-01") == nil)
        #expect(FormField.parseDate("31-04-2001") == nil)
    }

    @Test func maskedFieldNeverShowsItsValue() {
        var form = FormState(fields: [FormField(id: "nik", label: "NIK", kind: .masked, value: "3201")])
        _ = form.handle(.char("9"))
        let b = render(Form(state: form, fieldWidth: 10), width: 30, height: 1)
        #expect(!b.lines[0].contains("3201"))
        #expect(b.lines[0].contains("*****"))
    }
}
