import Testing
@testable import TerminalUI

/// The toolkit's words come from the app: an Indonesian table, given whole, changes every word the
/// widgets show, and the confirm dialog answers to the localized first letters.
@Suite struct WordsTests {
    static let indonesian = ToolkitWords(
        help: "Bantuan", anyKeyCloses: "tombol apa saja menutup", yes: "Ya", no: "Tidak", ok: "Oke", required: "wajib diisi",
        notANumber: "bukan angka", notADate: "pakai HH-BB-TTTT", notInList: "tidak ada di daftar", noMatches: "tidak ada yang cocok",
        more: "lagi", filtering: "menyaring…", nextField: "Isian berikut", nextFieldOrSave: "Isian berikut (terakhir: simpan)",
        previousField: "Isian sebelumnya", moveUp: "Isian sebelumnya (di daftar: naik)",
        moveDown: "Isian berikut (di isian pilihan: buka daftar, lalu turun)",
        toggle: "Centang atau hapus centang", save: "Simpan", leaveForm: "Tinggalkan formulir", back: "Kembali")

    @Test func confirmDialogSpeaksTheAppsLanguageAndAnswersToItsInitials() {
        var dialog = ConfirmDialog(title: "Hapus?", message: "Hapus catatan ini?", words: Self.indonesian)
        #expect(render(dialog, width: 34, height: 6).lines == [
            "  ┌ Hapus? ────────────────────┐  ",
            "  │ Hapus catatan ini?         │  ",
            "  │                            │  ",
            "  │     [ Ya ]  [ Tidak ]      │  ",
            "  └────────────────────────────┘  ",
            "                                  ",
        ])
        #expect(dialog.handle(.char("t")) == .declined)
        #expect(dialog.handle(.char("T")) == .declined)
        #expect(dialog.handle(.char("n")) == .declined, "n always declines")
        #expect(dialog.handle(.escape) == .declined, "Esc always declines")
        #expect(dialog.handle(.char("y")) == .confirmed)
        #expect(dialog.handle(.char("Y")) == .confirmed)
        #expect(dialog.handle(.char("x")) == .none)
        #expect(dialog.handle(.char("?")) == .none)
        #expect(dialog.handle(.enter) == .declined, "No is still the default")
    }

    @Test func aLocalizedYesStartingWithNStillDeclinesOnN() {
        // "Non"/"Oui": n is taken by "always declines", o confirms.
        var dialog = ConfirmDialog(title: "?", message: "?", yesLabel: "Oui", noLabel: "Non")
        #expect(dialog.handle(.char("o")) == .confirmed)
        #expect(dialog.handle(.char("n")) == .declined)
        var nein = ConfirmDialog(title: "?", message: "?", yesLabel: "Nyakan", noLabel: "Ééé")
        #expect(nein.handle(.char("n")) == .declined)
        #expect(nein.handle(.char("e")) == .declined, "the first letter is compared without its accent")
    }

    @Test func alertAndHelpTakeTheirWordsFromTheApp() {
        let alert = AlertDialog(title: "Galat", message: "Terkunci", words: Self.indonesian)
        #expect(render(alert, width: 32, height: 5).lines[3].contains("[ Oke ]"))
        let help = HelpOverlay(entries: [HelpEntry(keys: "F1 ?", help: "Bantuan")], footer: Self.indonesian.anyKeyCloses,
                               words: Self.indonesian)
        #expect(render(help, width: 40, height: 5).lines == [
            "                                        ",
            "     ┌ Bantuan ──────────────────┐      ",
            "     │ F1 ?  Bantuan             │      ",
            "     └─ tombol apa saja menutup ─┘      ",
            "                                        ",
        ])
    }

    @Test func formMessagesAreTheAppsWords() {
        var form = FormState(fields: [
            FormField(id: "name", label: "Nama", required: true),
            FormField(id: "kids", label: "Anak", kind: .number, value: "1.2.3"),
            FormField(id: "born", label: "Lahir", kind: .date, value: "31-02-2001"),
        ], words: Self.indonesian)
        #expect(form.submit() == .invalid)
        #expect(form.error(for: "name") == "wajib diisi")
        #expect(form.error(for: "kids") == "bukan angka")
        #expect(form.error(for: "born") == "pakai HH-BB-TTTT")
    }
}
