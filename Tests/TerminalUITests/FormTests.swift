import Testing
@testable import TerminalUI

/// A registration form as an app builds one, and keys typed into it.
enum Forms {
    static let provinces = [
        PickOption(code: "11", label: "Aceh"), PickOption(code: "32", label: "Jawa Barat"),
        PickOption(code: "33", label: "Jawa Tengah"), PickOption(code: "35", label: "Jawa Timur"),
        PickOption(code: "51", label: "Bali"), PickOption(code: "73", label: "Sulawési Selatan"),
    ]

    static func registration() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name", required: true),
            FormField(id: "nik", label: "NIK", kind: .masked, validator: { $0.count == 16 ? nil : "16 digits" }),
            FormField(id: "born", label: "Born", kind: .date),
            FormField(id: "kids", label: "Kids", kind: .number),
            FormField(id: "province", label: "Province", kind: .pick(provinces)),
            FormField(id: "consent", label: "Consent", kind: .checkbox),
        ])
    }

    /// Types `text`, returning the outcome of each key.
    @discardableResult
    static func type(_ text: String, into form: inout FormState) -> [FormOutcome] {
        text.map { form.handle(.char($0)) }
    }

    static func screen(_ form: FormState, width: Int, height: Int, fieldWidth: Int = 12) -> [String] {
        let b = render(Form(state: form, fieldWidth: fieldWidth), width: width, height: height)
        expectWellFormed(b)
        return b.lines
    }
}

@Suite struct FormNavigationTests {
    @Test func tabAndEnterGoForwardShiftTabBackAndEnterOnTheLastFieldSaves() {
        var form = Forms.registration()
        #expect(form.focusedID == "name")
        #expect(form.handle(.tab) == .left(field: "name"))
        #expect(form.handle(.enter) == .left(field: "nik"))
        #expect(form.focusedID == "born")
        #expect(form.handle(.backTab) == .left(field: "born"))
        #expect(form.focusedID == "nik")
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        #expect(form.focusedID == "consent", "Shift-Tab wraps round to the last field")
        _ = form.handle(.tab)
        #expect(form.focusedID == "name", "Tab wraps round to the first")
        form.focus("consent")
        // Enter on the last field saves (here refused: the name is required).
        #expect(form.handle(.enter) == .invalid)
        #expect(form.focusedID == "name")
    }

    @Test func f2AndCtrlSSaveFromAnyField() {
        var form = Forms.registration()
        Forms.type("Siti", into: &form)
        _ = form.handle(.tab)
        Forms.type("3201234567890001", into: &form)
        let saved = form.handle(.function(2))
        #expect(saved == .submitted(["name": "Siti", "nik": "3201234567890001", "born": "", "kids": "",
                                     "province": "", "consent": "false"]))
        #expect(form.handle(.ctrl("s")) == saved)
    }

    @Test func everyPrintableCharacterIsTextWhileATextFieldHasFocus() {
        // An app's table may bind plain keys elsewhere; in a text field they are still text.
        var keys = FormState.defaultKeys
        keys = KeyTable(keys.bindings + [KeyBinding([.char("?")], .cancel, help: "would be help elsewhere")])
        var form = FormState(fields: [FormField(id: "name", label: "Name"), FormField(id: "born", label: "Born", kind: .date)],
                             keys: keys)
        Forms.type("Who? q/ x", into: &form)
        #expect(form.text("name") == "Who? q/ x")
        _ = form.handle(.tab)
        Forms.type("12/04/1998", into: &form)
        #expect(form.text("born") == "12/04/1998")
        #expect(form.value("born") == "1998-04-12")
        #expect(form.handle(.escape) == .cancelled, "Esc still acts")
    }

    @Test func readOnlyFieldsAreShownButSkippedAndNotEditable() {
        var form = FormState(fields: [
            FormField(id: "id", label: "ID", value: "W-000123", readOnly: true),
            FormField(id: "name", label: "Name"),
            FormField(id: "phone", label: "Phone"),
        ])
        #expect(form.focusedID == "name", "focus starts on the first field that takes it")
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.focusedID == "name", "Tab skips the read-only field")
        form.focus("id")
        #expect(Forms.type("x", into: &form) == [.none])
        #expect(form.handle(.backspace) == .none)
        #expect(form.value("id") == "W-000123")
        #expect(Forms.screen(form, width: 30, height: 3) == [
            "    ID W-000123               ",
            "  Name                        ",
            " Phone                        ",
        ])
    }

    @Test func keysComeFromTheTableSoHintsAndHelpShowThem() {
        let form = Forms.registration()
        #expect(form.keys.hints == [KeyHint(keys: "F2/^S", label: "Save"), KeyHint(keys: "Esc", label: "Back")])
        #expect(form.keys.helpEntries.map(\.keys) == ["Tab", "Enter", "S-Tab", "↑", "↓", "Space", "F2 Ctrl-S", "Esc"])
        #expect(form.keys.conflicts.isEmpty)
        // An app's own table: only F2 saves, so Ctrl-S is an editing key (and edits nothing).
        var own = FormState(fields: [FormField(id: "a", label: "A", value: "x")],
                            keys: KeyTable([KeyBinding([.function(2)], .submit, help: "Simpan", hint: "Simpan")]))
        #expect(own.handle(.ctrl("s")) == .none)
        #expect(own.handle(.function(2)) == .submitted(["a": "x"]))
        // The words give the default table its help.
        let id = FormState(fields: [], words: WordsTests.indonesian)
        #expect(id.keys.hints == [KeyHint(keys: "F2/^S", label: "Simpan"), KeyHint(keys: "Esc", label: "Kembali")])
    }
}

@Suite struct FormValidationTests {
    @Test func saveWithErrorsShowsThemInlineAndFocusesTheFirst() {
        var form = Forms.registration()
        _ = form.handle(.tab)  // leave Name empty
        Forms.type("123", into: &form)
        _ = form.handle(.tab)
        Forms.type("30-02-2001", into: &form)
        #expect(form.handle(.function(2)) == .invalid)
        #expect(form.focusedID == "name")
        #expect(form.error(for: "name") == "required")
        #expect(form.error(for: "nik") == "16 digits")
        #expect(form.error(for: "born") == "use DD-MM-YYYY")
        let b = render(Form(state: form, theme: .builtIn, fieldWidth: 12), width: 50, height: 6)
        #expect(b.lines == [
            "    Name* ┊            ← required                 ",
            "      NIK ***          ← 16 digits                ",
            "     Born 30-02-2001   ← use DD-MM-YYYY           ",
            "     Kids                                         ",
            " Province                                         ",
            "  Consent [ ]                                     ",
        ].map { $0.replacingOccurrences(of: "┊", with: " ") })
        let error = Theme.builtIn[.error]
        #expect(b[23, 0].style == error)
        #expect(b[23, 0].symbol == "←")
        expectWellFormed(b)
    }

    @Test func messagesUpdateAsYouTypeOnceShownAndTypedInputSurvivesTheRefusal() {
        var form = Forms.registration()
        _ = form.handle(.tab)
        Forms.type("3201", into: &form)
        #expect(form.error(for: "nik") == nil, "no message while the field is typed the first time")
        _ = form.handle(.tab)
        #expect(form.error(for: "nik") == "16 digits")
        form.focus("nik")
        Forms.type("234567890001", into: &form)
        #expect(form.error(for: "nik") == nil, "fixed as it is typed")
        #expect(form.handle(.function(2)) == .invalid)
        #expect(form.text("nik") == "3201234567890001", "a refused save keeps what was typed")
        Forms.type("Siti", into: &form)
        #expect(form.error(for: "name") == nil)
        #expect(form.handle(.function(2)) == .submitted(form.values))
    }

    @Test func theAppsErrorLandsOnItsFieldStaysUntilEditedAndBlocksSaving() {
        var form = Forms.registration()
        Forms.type("Siti", into: &form)
        form.setError("already registered as W-000123", for: "name")
        #expect(form.error(for: "name") == "already registered as W-000123")
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.error(for: "name") == "already registered as W-000123", "leaving the field keeps it")
        #expect(form.handle(.function(2)) == .invalid)
        #expect(form.focusedID == "name")
        #expect(Forms.screen(form, width: 60, height: 1) == ["    Name* Siti         ← already registered as W-000123     "])
        _ = form.handle(.backspace)
        #expect(form.error(for: "name") == nil, "editing the field clears it")
        Forms.type("i", into: &form)
        form.setValue("3201234567890001", for: "nik")
        #expect(form.handle(.function(2)) == .submitted(form.values))
    }

    @Test func notesAreMutedAndNeverBlockSaving() {
        var form = FormState(fields: [FormField(id: "nik", label: "NIK"), FormField(id: "born", label: "Born", kind: .date)])
        form.setNote("from the NIK", for: "born")
        #expect(form.note(for: "born") == "from the NIK")
        let b = render(Form(state: form, fieldWidth: 10), width: 40, height: 2)
        #expect(b.lines == [
            "  NIK ┊                                 ",
            " Born            from the NIK           ",
        ].map { $0.replacingOccurrences(of: "┊", with: " ") })
        #expect(b[17, 1].style == Theme.builtIn[.muted])
        #expect(form.submit() == .submitted(["nik": "", "born": ""]))
        // An error hides the note while it lasts.
        form.setError("bad", for: "born")
        #expect(Forms.screen(form, width: 40, height: 2, fieldWidth: 10)[1] == " Born            ← bad                  ")
    }

    @Test func theFormValidatorSeesEveryField() {
        var form = FormState(fields: [
            FormField(id: "from", label: "From", kind: .date),
            FormField(id: "to", label: "To", kind: .date),
        ])
        form.formValidator = { v in
            guard let from = v["from"], let to = v["to"], !from.isEmpty, !to.isEmpty, to < from else { return [:] }
            return ["to": "before the start"]
        }
        Forms.type("10-05-2024", into: &form)
        _ = form.handle(.tab)
        Forms.type("01-05-2024", into: &form)
        #expect(form.handle(.function(2)) == .invalid)
        #expect(form.focusedID == "to")
        #expect(form.error(for: "to") == "before the start")
        form.focus("from")
        for _ in 0..<10 { _ = form.handle(.backspace) }
        Forms.type("01-04-2024", into: &form)
        #expect(form.error(for: "to") == nil, "changing the other field clears it")
        #expect(form.handle(.function(2)) == .submitted(["from": "2024-04-01", "to": "2024-05-01"]))
    }

    @Test func editedOnEveryChangeAndLeftWhenFocusLeaves() {
        var form = Forms.registration()
        #expect(Forms.type("Si", into: &form) == [.edited(field: "name"), .edited(field: "name")])
        #expect(form.handle(.left) == .none, "moving the cursor changes nothing")
        #expect(form.handle(.backspace) == .edited(field: "name"))
        #expect(form.handle(.tab) == .left(field: "name"))
        form.focus("consent")
        #expect(form.handle(.char(" ")) == .edited(field: "consent"))
        #expect(form.value("consent") == "true")
        #expect(form.handle(.char("x")) == .none, "a checkbox takes no text")
    }

    @Test func isChangedComparesWithTheValuesAsOpened() {
        var form = Forms.registration()
        form.setValue("Siti", for: "name")
        form.setValue("32", for: "province")
        form.markOpened()
        #expect(!form.isChanged)
        #expect(form.initialValues["province"] == "32")
        Forms.type("x", into: &form)
        #expect(form.isChanged)
        #expect(form.changedFields == ["name"])
        _ = form.handle(.backspace)
        #expect(!form.isChanged, "typed back to what it was")
    }
}

@Suite struct FormFieldKindTests {
    @Test func datesAreTypedThreeWaysAndValuedYYYYMMDD() {
        var form = FormState(fields: [FormField(id: "born", label: "Born", kind: .date)])
        for typed in ["12-04-1998", "12/04/1998", "1998-04-12", "12-4-1998"] {
            form.setValue("", for: "born")
            Forms.type(typed, into: &form)
            #expect(form.text("born") == typed)
            #expect(form.value("born") == "1998-04-12")
        }
        form.setValue("", for: "born")
        Forms.type("12.04.1998", into: &form)
        #expect(form.text("born") == "12041998", "a date takes digits, - and / only")
        form.setValue("1998-04-12", for: "born")
        #expect(form.text("born") == "12-04-1998", "shown day first")
        var iso = FormField(id: "d", label: "D", kind: .date, dateOrder: .yearMonthDay)
        iso.setValue("1998-04-12")
        #expect(iso.text == "1998-04-12")
    }

    @Test func parseDateAcceptsTheThreeFormsOfRealDatesOnly() {
        #expect(FormField.parseDate("29-02-2024").map { [$0.year, $0.month, $0.day] } == [2024, 2, 29])
        #expect(FormField.parseDate("1/2/2001").map { [$0.year, $0.month, $0.day] } == [2001, 2, 1])
        #expect(FormField.parseDate("2001-02-01").map { [$0.year, $0.month, $0.day] } == [2001, 2, 1])
        #expect(FormField.parseDate("29/02/2023") == nil)
        #expect(FormField.parseDate("2001/02/01") == nil)
        #expect(FormField.parseDate("01-02-01") == nil)
        #expect(FormField.parseDate("31-04-2001") == nil)
        #expect(FormField.parseDate("00-01-2001") == nil)
        #expect(FormField.parseDate("12-13-2001") == nil)
        #expect(FormField.parseDate("12-04-1998-") == nil)
        #expect(FormField.isRealDate("2024-02-29"))
        #expect(!FormField.isRealDate("2023-02-29"))
        #expect(!FormField.isRealDate("29-02-2024"), "isRealDate is the YYYY-MM-DD form only")
    }

    @Test func maskedFieldShowsTheMaskUntilTheAppRevealsIt() {
        var form = FormState(fields: [FormField(id: "nik", label: "NIK", kind: .masked, value: "3201")])
        _ = form.handle(.char("9"))
        #expect(Forms.screen(form, width: 30, height: 1, fieldWidth: 10) == [" NIK *****                    "])
        form.fields[0].revealed = true
        #expect(Forms.screen(form, width: 30, height: 1, fieldWidth: 10) == [" NIK 32019                    "])
        #expect(form.value("nik") == "32019")
    }

    @Test func numbersRefuseLetters() {
        var form = FormState(fields: [FormField(id: "kids", label: "Kids", kind: .number)])
        Forms.type("2a", into: &form)
        #expect(form.value("kids") == "2")
    }
}
