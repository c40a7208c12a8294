import Testing
@testable import TerminalUI

/// Pick fields: typing filters a list that opens under the field; the value is the option's code.
@Suite struct FormPickTests {
    static func provinceForm() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name"),
            FormField(id: "province", label: "Province", kind: .pick(Forms.provinces)),
            FormField(id: "phone", label: "Phone"),
            FormField(id: "email", label: "Email"),
        ], focus: 1)
    }

    @Test func optionsMatchByCodePrefixOrLabelWordsWhateverTheCaseAndAccents() {
        let barat = PickOption(code: "32", label: "Jawa Barat")
        #expect(barat.matches("3"))
        #expect(barat.matches("32"))
        #expect(!barat.matches("2"))
        #expect(barat.matches("jawa"))
        #expect(barat.matches("BAR"))
        #expect(barat.matches("jawa b"))
        #expect(barat.matches("b jaw"))
        #expect(!barat.matches("awa"), "a label word's start, not its middle")
        #expect(!barat.matches("jawa t"))
        #expect(PickOption(code: "73", label: "Sulawési Selatan").matches("sulawesi"))
        #expect(PickOption(code: "73", label: "Sulawesi Selatan").matches("SULAWÉSI"))
        #expect(barat.shown == "32  Jawa Barat")
    }

    @Test func typingOpensTheListFilteredAndEnterPicksAndMovesOn() {
        var form = Self.provinceForm()
        #expect(!form.isPickListOpen)
        #expect(Forms.type("jawa", into: &form) == Array(repeating: .edited(field: "province"), count: 4))
        #expect(form.isPickListOpen)
        #expect(form.pickMatches.map(\.code) == ["32", "33", "35"])
        #expect(Forms.screen(form, width: 50, height: 7) == [
            "     Name                                         ",
            " Province jawa                                    ",
            "    Phone ┌ 3/6 ────────────┐                     ",
            "    Email │ 32  Jawa Barat  │                     ",
            "          │ 33  Jawa Tengah │                     ",
            "          │ 35  Jawa Timur  │                     ",
            "          └─────────────────┘                     ",
        ])
        #expect(form.handle(.down) == .none)
        #expect(form.pickHighlight == 1)
        let b = render(Form(state: form, fieldWidth: 12), width: 50, height: 7)
        #expect(b[12, 4].style == Theme.builtIn[.selection], "the highlighted option")
        #expect(form.handle(.enter) == .left(field: "province"))
        #expect(form.value("province") == "33")
        #expect(form.text("province") == "33")
        #expect(form.focusedID == "phone")
        #expect(!form.isPickListOpen)
        #expect(Forms.screen(form, width: 50, height: 4)[1] == " Province 33 Jawa Ten…                            ")
    }

    @Test func escClosesOnlyTheListAndASecondEscLeavesTheForm() {
        var form = Self.provinceForm()
        Forms.type("ba", into: &form)
        #expect(form.isPickListOpen)
        #expect(form.handle(.escape) == .none)
        #expect(!form.isPickListOpen)
        #expect(form.text("province") == "ba", "what was typed stays")
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func typedTextThatIsExactlyOneCodePicksItOnLeaving() {
        var form = Self.provinceForm()
        Forms.type("51", into: &form)
        _ = form.handle(.escape)  // the list closed, nothing picked yet
        #expect(form.value("province") == "")
        #expect(form.handle(.backTab) == .left(field: "province"))
        #expect(form.value("province") == "51")
        #expect(form.error(for: "province") == nil)
        // Text that is no option's code is kept and said to be wrong.
        form.focus("province")
        Forms.type("99", into: &form)
        _ = form.handle(.escape)
        _ = form.handle(.tab)
        #expect(form.value("province") == "")
        #expect(form.text("province") == "99")
        #expect(form.error(for: "province") == "not in the list")
    }

    @Test func typingOverAChosenOptionStartsANewSearch() {
        var form = Self.provinceForm()
        form.setValue("32", for: "province")
        #expect(form.text("province") == "32")
        Forms.type("b", into: &form)
        #expect(form.text("province") == "b")
        #expect(form.value("province") == "")
        #expect(form.pickMatches.map(\.code) == ["32", "51"])
    }

    @Test func downOpensTheWholeListOnTheChosenOptionAndTheListScrolls() {
        var form = Self.provinceForm()
        form.setValue("73", for: "province")
        _ = form.handle(.down)
        #expect(form.isPickListOpen)
        #expect(form.pickMatches.count == 6)
        #expect(form.pickHighlight == 5)
        // Six options, room for three under the field: the list keeps the highlight in view.
        #expect(Forms.screen(form, width: 40, height: 7) == [
            "     Name                               ",
            " Province 73  Sulawés…                  ",
            "    Phone ┌ 6/6 ─────────────────┐      ",
            "    Email │ 35  Jawa Timur       │      ",
            "          │ 51  Bali             │      ",
            "          │ 73  Sulawési Selatan │      ",
            "          └──────────────────────┘      ",
        ])
        for _ in 0..<5 { _ = form.handle(.up) }
        #expect(form.pickHighlight == 0)
        #expect(Forms.screen(form, width: 40, height: 7)[2...6] == [
            "    Phone ┌ 6/6 ─────────────────┐      ",
            "    Email │ 11  Aceh             │      ",
            "          │ 32  Jawa Barat       │      ",
            "          │ 33  Jawa Tengah      │      ",
            "          └───────────── 3 more ─┘      ",
        ])
        _ = form.handle(.up)
        #expect(form.pickHighlight == 0, "the highlight stops at the top")
    }

    @Test func theListOpensAboveTheFieldWhenThereIsNoRoomBelow() {
        var form = FormState(fields: [
            FormField(id: "a", label: "A"), FormField(id: "b", label: "B"), FormField(id: "c", label: "C"),
            FormField(id: "d", label: "D"), FormField(id: "p", label: "Prov", kind: .pick(Forms.provinces)),
        ], focus: 4)
        Forms.type("jawa t", into: &form)
        #expect(Forms.screen(form, width: 40, height: 5) == [
            "    A ┌ 2/6 ────────────┐               ",
            "    B │ 33  Jawa Tengah │               ",
            "    C │ 35  Jawa Timur  │               ",
            "    D └─────────────────┘               ",
            " Prov jawa t                            ",
        ])
    }

    @Test func aListWithNothingToOfferSaysSo() {
        var form = Self.provinceForm()
        Forms.type("zz", into: &form)
        #expect(form.pickMatches.isEmpty)
        #expect(Forms.screen(form, width: 40, height: 5)[2...4] == [
            "    Phone ┌ 0/6 ───────┐                ",
            "    Email │ no matches │                ",
            "          └────────────┘                "
        ])
        #expect(form.handle(.enter) == .left(field: "province"), "Enter with nothing to pick moves on")
        #expect(form.value("province") == "")
    }

    @Test func theFormAt80x24() {
        var form = Forms.registration()
        Forms.type("Siti Rahayu", into: &form)
        form.focus("province")
        Forms.type("j", into: &form)
        let lines = render(Form(state: form), width: 80, height: 24).lines
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix("    Name* Siti Rahayu "))
        #expect(lines[4].hasPrefix(" Province j "))
        #expect(lines[5].hasPrefix("  Consent ┌ 3/6 ─"), "the list covers the field below")
        #expect(lines[6].hasPrefix("          │ 32  Jawa Barat "))
        #expect(lines[9].hasPrefix("          └─"))
        #expect(lines[10...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    @Test func aFormWithAnOpenListDrawsAtEverySizeDownTo1x1() {
        var form = Self.provinceForm()
        Forms.type("a", into: &form)
        for width in 1...30 {
            for height in 1...8 {
                let b = render(Form(state: form), width: width, height: height)
                expectWellFormed(b)
            }
        }
    }
}
