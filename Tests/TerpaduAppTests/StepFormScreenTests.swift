import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// Every step form the desk opens, as the operator sees it at 80×24 and 160×48 in English and in
/// Indonesian: the title naming the record, each field's label in that language and in full, the
/// defaults filled in (today, the cohort or order the operator came from), the focused field on
/// screen, the form's keys in the footer, and nothing drawn past the edge.
@Suite(.serialized) struct StepFormScreenTests {
    /// What a form shows: its title, its labels, and the values it opens with, by label.
    struct Expected {
        var title: String
        var labels: [String]
        var values: [(String, String)] = []
    }

    func desk(_ dir: TempDir, _ look: Look) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithProtection(dir), language: look.language, size: look.size)
        #expect(desk.settle { $0.workers.page != nil })
        return desk
    }

    /// The form on screen reads as `e` says; then Esc leaves it (it was not changed).
    func expectForm(_ desk: DeskDriver, _ look: Look, _ e: Expected, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = desk.screen
        let place = "\(look.testDescription) \(e.title)"
        #expect(desk.model.stepForm != nil, "\(place): no form open\n\(desk.text)", sourceLocation: sourceLocation)
        #expect(screen.contains { $0.hasPrefix("┌ " + e.title + " ") }, "\(place): title\n\(desk.text)", sourceLocation: sourceLocation)
        for label in e.labels {
            #expect(screen.contains { $0.hasPrefix("│") && $0.contains(" " + label) }, "\(place): no label \(label)\n\(desk.text)",
                    sourceLocation: sourceLocation)
        }
        for (label, value) in e.values {
            #expect(line(screen, label).contains(label + "* " + value) || line(screen, label).contains(label + " " + value),
                    "\(place): \(label) should open with \(value): \(line(screen, label))", sourceLocation: sourceLocation)
        }
        // The field with focus is on screen.
        if let focused = desk.focusedLabel {
            #expect(screen.contains { $0.contains(" " + focused) }, "\(place): focused \(focused) not on screen", sourceLocation: sourceLocation)
        }
        let footer = screen[look.size.height - 1]
        for hint in look.formFooter {
            #expect(footer.contains(hint), "\(place): footer \(footer)", sourceLocation: sourceLocation)
        }
        expectFits(screen, look, place, sourceLocation: sourceLocation)
        // In a form every printable key is text: no plain-letter hint may be offered.
        #expect(!footer.contains(" q ") && !footer.contains("?"), "\(place): \(footer)", sourceLocation: sourceLocation)
        desk.press(.escape)
        #expect(desk.model.stepForm == nil, "\(place): Esc did not leave the unchanged form", sourceLocation: sourceLocation)
    }

    @Test(arguments: Look.all)
    func eachListsNewKeyOpensItsFormWithTodayFilledIn(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w, today = typedToday()
        desk.press(.char("3"), .char("n"))
        expectForm(desk, look, Expected(
            title: w("Schedule a job fair or visit", "Jadwalkan bursa kerja atau kunjungan"),
            labels: [w("Kind", "Jenis"), w("Venue", "Tempat"), w("Village", "Desa"), w("Regency", "Kabupaten/kota"),
                     w("Province", "Provinsi"), w("Date", "Tanggal"), w("Topic", "Topik"), w("People reached", "Orang dijangkau")],
            values: [(w("Kind", "Jenis"), w("1 job fair", "1 bursa kerja")), (w("Date", "Tanggal"), today)]))
        desk.press(.char("4"), .char("n"))
        expectForm(desk, look, Expected(
            title: w("Create a training cohort", "Buat angkatan pelatihan"),
            labels: ["Program", w("Provider", "Penyelenggara"), w("Starts", "Mulai"), w("Ends", "Selesai"), w("Capacity", "Kapasitas")],
            values: [(w("Starts", "Mulai"), today), (w("Capacity", "Kapasitas"), "30")]))
        desk.press(.char("5"), .char("n"))
        expectForm(desk, look, Expected(
            title: w("Create a job order", "Buat job order"),
            labels: [w("Employer", "Pemberi kerja"), w("Legal-entity employer", "Berbadan hukum"), w("Country", "Negara"),
                     w("Job", "Jabatan"), w("Scheme", "Skema"), w("Agency (P3MI)", "Perusahaan (P3MI)"),
                     w("Agency licence", "Nomor izin P3MI"), w("Quota", "Kuota"), w("Certificate required", "Wajib sertifikat"),
                     w("Cost to worker (Rp)", "Biaya bagi PMI (Rp)"), w("Contract (months)", "Kontrak (bulan)"),
                     w("Language level", "Tingkat bahasa")],
            values: [(w("Certificate required", "Wajib sertifikat"), "[ ]"), (w("Cost to worker (Rp)", "Biaya bagi PMI (Rp)"), "0"),
                     (w("Contract (months)", "Kontrak (bulan)"), "24")]))
        desk.press(.char("L"))
        expectForm(desk, look, Expected(
            title: w("Schedule a financial literacy session", "Jadwalkan sesi literasi keuangan"),
            labels: [w("Date", "Tanggal"), w("Mission", "Perwakilan RI"), w("Online", "Daring"), w("Topic", "Topik")],
            values: [(w("Date", "Tanggal"), today), (w("Online", "Daring"), "[ ]")]))
        desk.press(.char("6"), .char("n"))
        expectForm(desk, look, Expected(
            title: w("Create a reintegration program", "Buat program reintegrasi"),
            labels: [w("Kind", "Jenis"), w("Name", "Nama"), w("Village", "Desa"), w("Regency", "Kabupaten/kota"),
                     w("Province", "Provinsi"), w("Starts", "Mulai"), w("Ends", "Selesai"), w("Capacity", "Kapasitas")],
            values: [(w("Kind", "Jenis"), w("1 UMKM incubation", "1 inkubasi UMKM")), (w("Starts", "Mulai"), today),
                     (w("Capacity", "Kapasitas"), "25")]))
    }

    @Test(arguments: Look.all)
    func aFairsKeysOpenTheirFormsOnTheSelectedAttendeeOrTheMarkedOnes(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.go("fair 1")
        let fair = desk.screen
        // The job fair's own keys; `h` (people reached) belongs to education sessions only.
        let hints = fair[look.size.height - 1]
        for hint in [w("a Add", "a Tambah"), w("o Outcome", "o Hasil"), w("m Mark", "m Tandai"), w("e Cohort", "e Angkatan"),
                     w("s Order", "s Order")] {
            #expect(hints.contains(hint), "\(hints)")
        }
        #expect(!hints.contains("  h "), "a job fair reaches no headcount: \(hints)")
        desk.press(.char("o"))
        expectForm(desk, look, Expected(title: w("Record the fair outcome · W-000001", "Catat hasil bursa kerja · W-000001"),
                                        labels: [w("Outcome", "Hasil")],
                                        values: [(w("Outcome", "Hasil"), w("2  interviewed", "2  diwawancarai"))]))
        desk.press(.char("e"))
        expectForm(desk, look, Expected(title: w("Enrol in a cohort · W-000001", "Daftarkan ke angkatan · W-000001"),
                                        labels: [w("Cohort", "Angkatan"), w("Retake (after a result)", "Ulangan (sudah ada hasil)")],
                                        values: [(w("Retake (after a result)", "Ulangan (sudah ada hasil)"), "[ ]")]))
        desk.press(.char("s"))
        expectForm(desk, look, Expected(title: w("Select for a job order · W-000001", "Pilih untuk job order · W-000001"),
                                        labels: ["Job order"]))
        // Two marked: the form is for both, and says so.
        desk.press(.char("m"), .char("m"))
        #expect(desk.screen.contains { $0.contains(w("Attendees · 2 marked · 3", "Peserta · 2 ditandai · 3")) })
        desk.press(.char("e"))
        expectForm(desk, look, Expected(title: w("Enrol in a cohort · 2 marked", "Daftarkan ke angkatan · 2 ditandai"),
                                        labels: [w("Cohort", "Angkatan")]))
        // `a` lends the Workers list to pick one, its search open; `n` registers someone new.
        desk.press(.char("a"))
        let pick = desk.screen
        #expect(pick[look.size.height - 2].hasPrefix(w("Pick the worker to add an attendee to JF-000001",
                                                       "Pilih pekerja untuk tambah peserta ke JF-000001")), "\(desk.text)")
        #expect(pick[look.size.height - 1].hasPrefix("/"))
        expectFits(pick, look, "pick")
        desk.press(.escape)
        #expect(desk.model.place == .record(RecordID(.jobFair, 1)))
        desk.press(.char("n"))
        #expect(desk.model.place == .workerForm)
        #expect(desk.screen.contains { $0.contains("NIK") }, "\(desk.text)")
        expectFits(desk.screen, look, "register at the fair")
        desk.press(.escape)
        // An education session: `h` records the people it reached, and is on its hint bar.
        desk.press(.escape)
        desk.go("fair 3")
        #expect(desk.screen[look.size.height - 1].contains(w("h Reached", "h Dijangkau")), "\(desk.text)")
        desk.press(.char("h"))
        expectForm(desk, look, Expected(title: w("Record the people reached · JF-000003", "Catat jumlah yang dijangkau · JF-000003"),
                                        labels: [w("People reached", "Orang dijangkau")]))
    }

    @Test(arguments: Look.all)
    func aCohortOrderOrProgramsAddKeyLendsTheWorkersListNamingTheRecord(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        for (command, id, en, idn) in [("cohort 1", RecordID(.cohort, 1), "enrol in TC-000001", "daftarkan ke TC-000001"),
                                       ("order 1", RecordID(.jobOrder, 1), "select for JO-000001", "pilih untuk JO-000001"),
                                       ("program 1", RecordID(.program, 1), "enrol in RP-000001", "daftarkan ke RP-000001")] {
            desk.go(command)
            desk.press(.char("a"))
            let screen = desk.screen
            #expect(desk.model.place == .pane(.workers))
            #expect(screen[look.size.height - 2].hasPrefix(w("Pick the worker to ", "Pilih pekerja untuk ") + w(en, idn)), "\(desk.text)")
            #expect(screen[look.size.height - 1].hasPrefix("/"), "the search is open for the name or NIK")
            expectFits(screen, look, command + " a")
            desk.press(.escape)
            #expect(desk.model.place == .record(id))
            desk.press(.escape)
        }
    }

    @Test(arguments: Look.all)
    func aWorkerOpenedFromACohortOrderOrProgramIsOfferedItByDefault(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        // Cohort 1's roster → Siti's card → C: the cohort she came from is filled in.
        desk.go("cohort 1")
        #expect(desk.screen[look.size.height - 1].contains(w("a Add  r Results", "a Tambah  r Hasil")))
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        desk.press(.char("C"))
        expectForm(desk, look, Expected(title: w("Enrol in a cohort · W-000001", "Daftarkan ke angkatan · W-000001"),
                                        labels: [w("Cohort", "Angkatan")], values: [(w("Cohort", "Angkatan"), "TC-000001")]))
        desk.press(.escape, .escape)
        desk.go("order 1")
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        desk.press(.char("J"))
        expectForm(desk, look, Expected(title: w("Select for a job order · W-000002", "Pilih untuk job order · W-000002"),
                                        labels: ["Job order"], values: [("Job order", "JO-000001")]))
        desk.press(.escape, .escape)
        desk.go("program 1")
        #expect(desk.screen[look.size.height - 1].contains(w("a Add  o Outcome", "a Tambah  o Hasil")))
        desk.press(.char("o"))
        expectForm(desk, look, Expected(
            title: w("Record the program outcome · W-000003", "Catat hasil program · W-000003"),
            labels: [w("Business started", "Usaha berjalan"), w("Kind of business", "Jenis usaha"),
                     w("Revenue a month (Rp)", "Omzet sebulan (Rp)"), w("Jobs created", "Lapangan kerja baru")],
            values: [(w("Business started", "Usaha berjalan"), "[x]"), (w("Revenue a month (Rp)", "Omzet sebulan (Rp)"), "0"),
                     (w("Jobs created", "Lapangan kerja baru"), "0")]))
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        desk.press(.char("P"))
        expectForm(desk, look, Expected(title: w("Enrol in a reintegration program · W-000003",
                                                 "Daftarkan ke program reintegrasi · W-000003"),
                                        labels: ["Program"], values: [("Program", "RP-000001")]))
    }

    @Test(arguments: Look.all)
    func aLoansAndACasesKeysOpenTheirFormsWithNumberedChoices(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w, today = typedToday()
        desk.go("loan 1")
        #expect(desk.screen[look.size.height - 1].contains(w("d Decide  b Disburse  c Close", "d Putuskan  b Cairkan  c Tutup")))
        desk.press(.char("d"))
        // ↓ opens the pick list: one digit chooses.
        desk.press(.down)
        #expect(desk.screen.contains { $0.contains("│ 1  " + w("approve", "setujui")) }, "\(desk.text)")
        #expect(desk.screen.contains { $0.contains("│ 2  " + w("reject", "tolak")) })
        desk.press(.escape)
        expectForm(desk, look, Expected(title: w("Decide the loan · LN-000001", "Putuskan pinjaman · LN-000001"),
                                        labels: [w("Decision", "Keputusan")]))
        desk.press(.char("b"))
        expectForm(desk, look, Expected(title: w("Record the disbursement · LN-000001", "Catat pencairan · LN-000001"),
                                        labels: [w("Date", "Tanggal")], values: [(w("Date", "Tanggal"), today)]))
        desk.press(.char("c"))
        desk.press(.down)
        #expect(desk.screen.contains { $0.contains("│ 1  " + w("repaid", "lunas")) }, "\(desk.text)")
        #expect(desk.screen.contains { $0.contains("│ 2  " + w("not repaid", "tidak lunas (macet)")) })
        desk.press(.escape)
        expectForm(desk, look, Expected(title: w("Close the loan · LN-000001", "Tutup pinjaman · LN-000001"),
                                        labels: [w("Repaid", "Lunas")]))
        desk.press(.escape)
        desk.go("case 1")
        #expect(desk.screen[look.size.height - 1].contains(w("i Check-in  c Close", "i Pantau  c Tutup")))
        desk.press(.char("i"))
        expectForm(desk, look, Expected(title: w("Record a check-in · W-000002", "Catat pemantauan · W-000002"),
                                        labels: [w("Date", "Tanggal"), w("Wellbeing", "Keadaan"), w("Note", "Catatan")],
                                        values: [(w("Date", "Tanggal"), today), (w("Wellbeing", "Keadaan"), w("1 well", "1 baik"))]))
        desk.press(.char("c"))
        expectForm(desk, look, Expected(title: w("Close the case · PC-000001", "Tutup kasus · PC-000001"),
                                        labels: [w("Resolution", "Penyelesaian"), w("Closed", "Ditutup")],
                                        values: [(w("Closed", "Ditutup"), today)]))
    }

    @Test(arguments: Look.all)
    func theCardsKeysOpenEveryStepAboutTheWorker(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w, today = typedToday()
        desk.go("worker 2")
        let hints = desk.screen[look.size.height - 1]
        #expect(hints.contains(w("d Docs  D Depart", "d Dokumen  D Berangkat")), "\(hints)")
        let forms: [(Character, Expected)] = [
            ("D", Expected(title: w("Record the departure", "Catat keberangkatan"), labels: [w("Date", "Tanggal")],
                           values: [(w("Date", "Tanggal"), today)])),
            ("C", Expected(title: w("Enrol in a cohort", "Daftarkan ke angkatan"),
                           labels: [w("Cohort", "Angkatan"), w("Retake (after a result)", "Ulangan (sudah ada hasil)")])),
            ("J", Expected(title: w("Select for a job order", "Pilih untuk job order"), labels: ["Job order"])),
            ("l", Expected(title: w("Apply for a KUR loan", "Ajukan pinjaman KUR"),
                           labels: ["Bank", w("Amount (Rp)", "Jumlah (Rp)"), w("Rate (% a year)", "Bunga (% setahun)"),
                                    w("Tenor (months)", "Tenor (bulan)")],
                           values: [(w("Rate (% a year)", "Bunga (% setahun)"), w("6.0", "6,0")),
                                    (w("Tenor (months)", "Tenor (bulan)"), "12")])),
            ("c", Expected(title: w("Open a protection case", "Buka kasus pelindungan"),
                           labels: [w("Type", "Jenis kasus"), w("Mission", "Perwakilan RI"), w("Opened", "Dibuka"),
                                    w("Summary", "Ringkasan")],
                           values: [(w("Opened", "Dibuka"), today)])),
            ("i", Expected(title: w("Record a check-in", "Catat pemantauan"),
                           labels: [w("Date", "Tanggal"), w("Wellbeing", "Keadaan"), w("Note", "Catatan")],
                           values: [(w("Date", "Tanggal"), today)])),
            ("h", Expected(title: w("Record health insurance", "Catat jaminan kesehatan"),
                           labels: [w("Scheme or insurer", "Skema/penjamin"), w("Policy number", "Nomor polis"),
                                    w("Valid from", "Berlaku mulai"), w("Valid to", "Berlaku sampai")],
                           values: [(w("Valid from", "Berlaku mulai"), today)])),
            ("f", Expected(title: w("Record financial literacy", "Catat literasi keuangan"),
                           labels: [w("Literacy session", "Sesi literasi")])),
            ("T", Expected(title: w("Record a language test", "Catat tes bahasa"),
                           labels: [w("Test and level", "Tes dan tingkat"), w("Date", "Tanggal"), w("Score", "Nilai"),
                                    w("Passed", "Lulus")],
                           values: [(w("Date", "Tanggal"), today), (w("Passed", "Lulus"), "[x]")])),
            ("R", Expected(title: w("Record the return", "Catat kepulangan"),
                           labels: [w("Date", "Tanggal"), w("Reason", "Alasan")],
                           values: [(w("Date", "Tanggal"), today), (w("Reason", "Alasan"), w("1 contract ended", "1 kontrak selesai"))])),
            ("P", Expected(title: w("Enrol in a reintegration program", "Daftarkan ke program reintegrasi"), labels: ["Program"])),
        ]
        for (key, e) in forms {
            desk.press(.char(key))
            var e = e
            e.title += " · W-000002"
            expectForm(desk, look, e)
            #expect(desk.model.place == .worker(RecordID(.worker, 2)))
        }
    }

    @Test(arguments: Look.all)
    func theReturnReasonsAndTheFairKindsAreNumberedChoices(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.go("worker 2")
        desk.press(.char("R"), .tab, .down)
        let screen = desk.screen
        // UU 18/2017 art. 27: the list opens under the field, each reason with its digit.
        for choice in [w("1  contract ended", "1  kontrak selesai"), w("2  leave (cuti)", "2  cuti"),
                       w("8  death", "8  meninggal dunia")] {
            #expect(screen.contains { $0.contains(choice) }, "\(choice)\n\(desk.text)")
        }
        expectFits(screen, look, "return reasons")
        desk.press(.escape, .escape)
        desk.press(.escape, .char("3"), .char("n"), .backTab, .down)
        for choice in [w("1  job fair", "1  bursa kerja"), w("2  canvassing visit", "2  job canvassing"),
                       w("3  legal-recruitment education", "3  edukasi")] {
            #expect(desk.screen.contains { $0.contains(choice) }, "\(choice)\n\(desk.text)")
        }
    }
}
