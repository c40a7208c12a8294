import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The screens beside the forms, at 80×24 and 160×48 in both languages: a cohort's results sheet,
/// the duplicate-review queue, the list of refusals a step for several workers leaves, and
/// refusals beside the field they are about.
@Suite(.serialized) struct SheetAndQueueScreenTests {
    func desk(_ dir: TempDir, _ look: Look, data: String? = nil) throws -> DeskDriver {
        let desk = DeskDriver(data: try data ?? directoryWithProtection(dir), language: look.language, size: look.size)
        #expect(desk.settle { $0.workers.page != nil })
        return desk
    }

    /// The display column where `text` starts on `line` (wide characters count two).
    func column(of text: String, in line: String) -> Int? {
        guard let r = line.range(of: text) else { return nil }
        return TextLayout.width(String(line[..<r.lowerBound]))
    }

    @Test(arguments: Look.all)
    func theResultsSheetHasARowPerTraineeAndEnterMovesToTheNext(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.go("cohort 1")
        desk.press(.char("r"))
        #expect(desk.settle { $0.resultSheet?.sheet != nil })
        var screen = desk.screen
        #expect(screen.contains { $0.hasPrefix("┌ TC-000001 · " + w("Results", "Hasil") + " ") }, "\(desk.text)")
        let header = line(screen, w("Certificate", "Sertifikat"))
        for title in [w("Worker", "Pekerja"), w("Attend.", "Hadir"), w("Score", "Nilai"), w("Passed", "Lulus")] {
            #expect(header.contains(title), "\(header)")
        }
        // Siti's result is in (locked); Nurul and the second Siti are still to be typed.
        #expect(line(screen, "W-000001").contains("95") && line(screen, "W-000001").contains("BNSP-0001"))
        #expect(line(screen, "W-000004  Nurul Hidayah").contains("[ ]"))
        #expect(line(screen, "W-000005  Siti Rahayu").contains("[ ]"))
        #expect(desk.model.resultSheet?.sheet?.row == 1, "the cursor starts on the first row still open")
        for hint in look.formFooter { #expect(screen[look.size.height - 1].contains(hint)) }
        expectFits(screen, look, "results sheet")
        // Nurul's attendance, then Enter: the cursor is on the next trainee's row.
        desk.type("90")
        desk.press(.enter)
        #expect(desk.model.resultSheet?.sheet?.row == 2)
        #expect(desk.model.resultSheet?.sheet?.column == 0)
        desk.type("85")
        screen = desk.screen
        #expect(line(screen, "W-000004").contains("90"))
        #expect(line(screen, "W-000005").contains("85"))
        // F2 with no scores: the status line says what is missing, in this language.
        desk.press(.function(2))
        #expect(desk.model.resultSheet?.sheet?.focusedError != nil)
        #expect(desk.screen[look.size.height - 2].contains(w("required", "wajib diisi")), "\(desk.text)")
        desk.press(.escape)
        #expect(desk.model.overlay.isNone == false, "Esc on a changed sheet asks first")
    }

    @Test(arguments: Look.all)
    func wideAndHostileNamesLeaveTheSheetsColumnsInLine(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithProtection(dir)
        let store = try openStore(dir)
        // A wide name, one with combining marks and an emoji, a name longer than the label column.
        // (A name with control characters never gets this far: the core refuses it.)
        let names = ["王秀英 Wáng Xiùyīng", "Nguyễn Thị Hương 🌸", "Raden Ajeng Kartini Sosroningrat Binti Raden Mas"]
        for (i, name) in names.enumerated() {
            for c in [registration(30 + i, name: name), .enroll(CohortEnrollment(cohort: RecordID(.cohort, 1), worker: RecordID(.worker, 6 + i)))] {
                if case .failure(let why) = store.execute(c) { Issue.record("\(c.name) was refused: \(why)") }
            }
        }
        store.close()
        let desk = try desk(dir, look, data: data)
        desk.go("cohort 1")
        desk.press(.char("r"))
        #expect(desk.settle { $0.resultSheet?.sheet?.rows.count == 6 })
        let screen = desk.screen
        let header = line(screen, w(look, "Passed", "Lulus"))
        let rows = screen.filter { $0.contains("W-00000") }
        #expect(rows.count == 6, "\(desk.text)")
        let passed = column(of: look.w("Passed", "Lulus"), in: header)
        for row in rows {
            #expect(column(of: "[", in: row) == passed, "\(row)")
        }
        expectFits(screen, look, "sheet with wide names")
    }

    func w(_ look: Look, _ en: String, _ id: String) -> String { look.w(en, id) }

    @Test(arguments: Look.all)
    func theDuplicateQueueShowsThePairSideBySideUnderFullLabels(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.press(.char("v"))
        #expect(desk.settle { $0.reviews?.pairs != nil })
        let screen = desk.screen
        #expect(screen.contains { $0.contains(w("1 of 1 · DR-000001 · flagged 2 Jun 2025", "1 dari 1 · DR-000001 · ditandai 2 Jun 2025")) },
                "\(desk.text)")
        #expect(screen.contains { $0.contains(w("1 earlier W-000001", "1 lebih dulu W-000001"))
                && $0.contains(w("2 later W-000005", "2 lebih baru W-000005")) })
        // Each label in full, set apart from the values beside it.
        let rows: [(String, String)] = [(w("Name", "Nama"), "Siti Rahayu"), ("NIK", "3273********0001"),
                                        (w("Sex", "Jenis kelamin"), w("female", "perempuan")),
                                        (w("Birth date", "Tanggal lahir"), "1 Jan 1990"), (w("Province", "Provinsi"), "Jawa Barat"),
                                        ("Status", w("certified", "bersertifikat"))]
        for (label, value) in rows {
            let row = line(screen, label).trimmingCharacters(in: .whitespaces)
            #expect(row.hasPrefix(label + " ") && row.contains(value), "\(row)")
        }
        for label in [w("Regency", "Kabupaten/kota"), w("Village", "Desa/kelurahan"), w("Phone", "Telepon")] {
            #expect(screen.contains { $0.contains(" " + label) }, "\(label) cut:\n\(desk.text)")
        }
        #expect(screen[look.size.height - 1].contains(w("d Different  S Same", "d Berbeda  S Sama")))
        expectFits(screen, look, "review queue")
        // The same person is asked again, naming both records; n declines and nothing is merged.
        desk.press(.char("S"))
        let asked = desk.text
        #expect(asked.contains(w("The same person?", "Orang yang sama?")), "\(asked)")
        #expect(asked.contains("W-000005") && asked.contains("W-000001"))
        expectFits(desk.screen, look, "same person?")
        desk.press(.char("n"))
        #expect(desk.model.reviews?.confirming == nil)
        #expect(desk.model.reviews?.pairs?.count == 1)
    }

    @Test(arguments: Look.all)
    func aStepForSeveralWorkersListsEachRefusalWithItsReason(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.go("fair 1")
        desk.press(.char("m"), .char("m"), .char("m"), .char("e"))
        desk.type("1")
        desk.press(.function(2))
        #expect(desk.settle { if case .report = $0.overlay { return true } else { return false } })
        let screen = desk.screen
        #expect(screen.contains { $0.contains(w("Enrol in a cohort: 3 refused", "Daftarkan ke angkatan: 3 ditolak")) }, "\(desk.text)")
        // Siti already has a result there; Budi is working abroad; Dewi is back home.
        #expect(line(screen, "W-000001").contains(w("result", "hasil")), "\(line(screen, "W-000001"))")
        #expect(line(screen, "W-000002").contains(w("working", "bekerja")), "\(line(screen, "W-000002"))")
        #expect(line(screen, "W-000003").contains(w("reintegrated", "terintegrasi")), "\(line(screen, "W-000003"))")
        #expect(screen.contains { $0.contains(w("any key closes", "tombol apa saja menutup")) })
        #expect(screen[look.size.height - 2].contains(w("0 saved, 3 refused", "0 tersimpan, 3 ditolak")), "\(desk.text)")
        expectFits(screen, look, "refusals")
        desk.press(.char("x"))
        #expect(desk.model.overlay.isNone)
        #expect(desk.model.records.detail?.marked.count == 3, "nothing was sent for the marks")
    }

    @Test(arguments: Look.all)
    func aRefusalStandsBesideItsFieldAndInFullOnTheStatusLine(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        // Saved empty: each required field says so beside it, the typed value kept.
        desk.press(.char("4"), .char("n"), .function(2))
        var screen = desk.screen
        #expect(line(screen, w("Provider", "Penyelenggara")).contains("← " + w("required", "wajib diisi")), "\(desk.text)")
        #expect(line(screen, w("Ends", "Selesai")).contains("← " + w("required", "wajib diisi")))
        #expect(line(screen, w("Capacity", "Kapasitas")).contains("30") && !line(screen, w("Capacity", "Kapasitas")).contains("←"))
        expectFits(screen, look, "required")
        desk.press(.escape)
        if case .confirmDiscard = desk.model.overlay { desk.press(.char("y")) }
        // The core refuses a KUR loan above the reference limit: the words land on Amount.
        desk.go("worker 4")
        desk.press(.char("l"))
        desk.type("bri")
        desk.press(.enter)
        desk.type("250000000")
        desk.press(.function(2))
        #expect(desk.settle { $0.stepForm?.form.error(for: "amount") != nil })
        screen = desk.screen
        let amount = line(screen, w("Amount (Rp)", "Jumlah (Rp)"))
        #expect(amount.contains("250000000") && amount.contains("← "), "\(amount)")
        // The status line has the whole message, the limit written the way this language writes it.
        let status = screen[look.size.height - 2]
        #expect(status.contains(w("Rp100,000,000", "Rp100.000.000")), "\(status)")
        #expect(desk.model.place == .step(.workers))
        expectFits(screen, look, "loan refused")
    }

    /// The details the forms come from read their labels whole at 80 columns too.
    @Test(arguments: Look.all)
    func theRecordDetailsLabelsAreReadWhole(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        for (command, labels) in [("order 1", [w("Cost to worker", "Biaya pekerja"), w("Contract", "Kontrak")]),
                                  ("cohort 1", [w("Provider", "Penyelenggara"), w("Seats left", "Sisa kursi")]),
                                  ("fair 1", [w("Employers", "Pemberi kerja"), w("Venue", "Tempat")])] {
            desk.go(command)
            for label in labels {
                #expect(desk.screen.contains { $0.hasPrefix(" " + label + " ") }, "\(command): \(label)\n\(desk.text)")
            }
            expectFits(desk.screen, look, command)
            desk.press(.escape)
        }
    }
}
