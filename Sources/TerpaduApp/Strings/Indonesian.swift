import TerminalUI
import TerpaduCore

/// The desk in Bahasa Indonesia.
enum Indonesian {
    static let strings = Strings(
        language: .id,
        format: Formatting(thousandsSeparator: ".", decimalSeparator: ",",
                           months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]),
        toolkit: ToolkitWords(
            help: "Bantuan", anyKeyCloses: "tombol apa saja menutup", yes: "Ya", no: "Tidak", ok: "OK",
            required: "wajib diisi", notANumber: "bukan angka", notADate: "tulis HH-BB-TTTT", notInList: "tidak ada di daftar",
            noMatches: "tidak ada yang cocok", more: "lagi", filtering: "menyaring…", nextField: "Isian berikutnya",
            nextFieldOrSave: "Isian berikutnya (di isian terakhir: simpan)", previousField: "Isian sebelumnya",
            moveUp: "Isian sebelumnya, atau naik di daftar yang terbuka",
            moveDown: "Isian berikutnya, atau turun di daftar (membuka daftar pilihan)", toggle: "Centang atau hapus centang",
            save: "Simpan", leaveForm: "Tinggalkan formulir", back: "Kembali", nextRow: "Baris berikutnya, sel pertama"),
        shell: ShellWords(
            product: "Terpadu", operatorRole: "operator", supervisorRole: "pengawas",
            tabs: ["Dasbor", "Pekerja", "Bursa kerja", "Pelatihan", "Penempatan", "Reintegrasi"],
            exited: "Keluar",
            helpTitle: "Bantuan · Esc menutup", helpEverywhere: "Di mana saja", helpThisScreen: "Layar ini",
            helpForm: "Di formulir", helpCommands: "Perintah (:)",
            keyHelp: "Tampilkan bantuan ini", keyQuit: "Keluar", keyNextTab: "Tab berikutnya", keyPreviousTab: "Tab sebelumnya",
            keyGoTab: "Ke tab 1–6", keyCommand: "Baris perintah (:worker ID, :nik …, :new worker, :q)",
            keyFilter: "Cari (ID, awal NIK atau nama)", keyUp: "Baris sebelumnya", keyDown: "Baris berikutnya",
            keyPageUp: "Halaman sebelumnya", keyPageDown: "Halaman berikutnya", keyFirst: "Baris pertama", keyLast: "Baris terakhir",
            keyOpen: "Buka", keyBack: "Kembali", keySort: "Urutkan menurut kolom berikutnya (lagi: dibalik)",
            keyQuickFilter: "Saringan cepat",
            hintHelp: "Bantuan", hintQuit: "Keluar", hintCommand: "Perintah", hintFilter: "Cari", hintOpen: "Buka",
            hintBack: "Kembali", hintSort: "Urut",
            loading: "memuat…", filtering: "mencari…", matches: { "\($0) ditemukan" }, noRecords: "Tidak ada data",
            readOnlyCannot: { "hanya baca: pengawas tidak dapat \($0)" },
            unknownCommand: { "perintah tidak dikenal: \($0) (? menampilkan daftar perintah)" },
            commandNeeds: { "\($0) memerlukan argumen" },
            notFound: { "tidak ditemukan: \($0)" },
            themeSet: { "tema \($0)" }, languageSet: "bahasa: Indonesia",
            feedBusy: "jurnal sedang sibuk (proses lain menulis); tetap mengikuti",
            feedRestoring: "direktori data sedang dipulihkan; terus mencoba",
            feedUnusable: { "direktori data tidak dapat dibaca: \($0); terus mencoba" },
            lastChange: { "perubahan terakhir \($0) oleh \($1)" },
            notSaved: { "tidak tersimpan: \($0)" },
            notYet: { "\($0) belum ada di meja layanan; gunakan alat baris perintah (terpadu help)" },
            snapshotWritten: { "snapshot ditulis: \($0)" },
            snapshotNotHolder: "proses lain yang menulis snapshot; tidak ada yang perlu dilakukan",
            exported: { "\($0) pekerja diekspor (NIK disamarkan) ke \($1)" }, exporting: { "mengekspor: \($0)" },
            importing: { "mengimpor: \($0) baris" }, imported: { "impor: \($0) baris tersimpan, \($1) ditolak" },
            reportLine: { "baris \($0)" }, storedAs: { "disimpan sebagai \"\($0)\" (di berkas \"\($1)\")" },
            storedAsNothing: { "disimpan kosong (di berkas \"\($0)\")" },
            importSummary: { kind, accepted, rows, rejected in "\(kind): \(accepted) dari \(rows) baris diimpor, \(rejected) ditolak" },
            verbImport: "mengimpor",
            commandsHelp: [(":worker ID", "buka data pekerja"), (":nik ANGKA", "cari menurut awal NIK"),
                           (":fair ID  :cohort ID  :order ID", "buka data"),
                           (":case ID  :loan ID  :program ID", "buka data"), (":new worker", "daftarkan pekerja"),
                           (":import [attendance|enrollments] FILE.csv", "impor lembar kerja (bawaan: pekerja)"),
                           (":export [FILE]", "ekspor data pekerja (NIK disamarkan)"),
                           (":stage  :status  :province  :destination KODE", "saringan cepat (all menghapus)"), (":snapshot", "tulis snapshot sekarang"),
                           (":theme NAMA", "ganti tema"), (":lang id|en", "ganti bahasa"), (":q", "keluar")],
            verbRegister: "mendaftarkan", verbEdit: "mengubah", verbExport: "mengekspor", verbSnapshot: "menulis snapshot",
            quitConfirm: "Keluar dari Terpadu?", yes: "Ya", no: "Tidak", ok: "OK"),
        workers: WorkerWords(
            columns: ["ID", "Nama", "NIK", "JK", "Lahir", "Provinsi", "Status", "Terdaftar"],
            everyone: "semua", searchHint: "ID, awal NIK atau nama",
            identity: "Identitas", documents: "Dokumen", loan: "Pinjaman", placement: "Penempatan", cases: "Kasus",
            departureChecklist: "Daftar periksa keberangkatan", timeline: "Riwayat",
            noDocuments: "belum ada", noLoan: "tidak ada", noPlacement: "belum terpilih untuk job order",
            openCases: { $0 == 0 ? "tidak ada kasus terbuka" : "\($0) kasus terbuka" },
            expires: { "berlaku s.d. \($0)" }, readyToDepart: "semua syarat terpenuhi: keberangkatan dapat dicatat",
            departureNotChecked: "tidak diperiksa (pekerja sudah keluar dari siklus)",
            departedOn: { "berangkat pada \($0): semua syarat terpenuhi hari itu" },
            lost: { "peristiwa hilang dari jurnal (lihat peristiwa \($1)): \($0)" },
            keyReveal: "Tampilkan NIK (dicatat di jurnal)", keyEdit: "Ubah data pekerja",
            keyNew: "Daftarkan pekerja", keyStageFilter: "Saring menurut tahap (bergilir)", keyClearFilter: "Hapus pencarian dan saringan",
            keyStatusFilter: "Saring menurut status (:status KODE, Tab melengkapi)",
            keyProvinceFilter: "Saring menurut provinsi asal (:province KODE)",
            keyDestinationFilter: "Saring menurut negara tujuan (:destination ISO)",
            keyToggleSide: "Daftar periksa atau riwayat (bila keduanya tidak muat)", hintToggleSide: "Periksa/riwayat",
            hintReveal: "NIK", hintEdit: "Ubah", hintNew: "Baru",
            revealed: "NIK ditampilkan; tindakan ini dicatat di jurnal",
            revealNotAllowed: "hanya baca: pengawas tidak dapat menampilkan NIK",
            registered: { "tersimpan: \($0) terdaftar" }, updated: { "tersimpan: \($0) diperbarui" },
            nothingChanged: "tidak ada yang berubah", filterStage: { "tahap: \($0)" },
            registeredOn: "Terdaftar", version: "versi", fromNIK: "dari NIK"),
        form: FormWords(
            registerTitle: "Daftarkan pekerja", editTitle: { "Ubah \($0)" },
            nik: "NIK", name: "Nama", sex: "Jenis kelamin", birthDate: "Tanggal lahir", province: "Provinsi",
            regency: "Kabupaten/kota", village: "Desa/kelurahan", phone: "Telepon", education: "Pendidikan",
            keySave: "Simpan", keyNextField: "Isian berikutnya", keyPreviousField: "Isian sebelumnya", keyCancel: "Tinggalkan formulir",
            hintSave: "Simpan", hintCancel: "Tinggalkan",
            discardTitle: "Tinggalkan formulir?", discardMessage: "Perubahan belum disimpan. Tinggalkan dan buang perubahan?",
            provinceDiffers: { "NIK: \($0) · boleh" },
            nikSays: { "menurut NIK: \($0)" },
            possibleSamePerson: { id, name in "\(id) \(name) memiliki nama dan tanggal lahir ini: F2 tetap menyimpan, :worker \(id) membukanya" },
            conflict: { id, who, when, what in "\(id) diubah oleh \(who) pada \(when) (\(what)); perubahan Anda tetap ada, F2 menyimpannya" },
            bothChanged: "diubah keduanya", fixFields: "perbaiki isian yang ditandai", saving: "menyimpan…"),
        welcome: WelcomeWords(
            title: "Selamat datang di Terpadu",
            message: { "Direktori data \($0) masih kosong. Mulai dengan data contoh (sekitar 2.000 pekerja) atau kosong?" },
            demo: "Data contoh", empty: "Kosong",
            seeding: { "membuat data contoh: \($0) dari \($1) pekerja" },
            seeded: { "data contoh siap: \($0) pekerja" },
            failed: { "direktori data tidak dapat dibuka: \($0)" }),
        dashboard: DashboardWords(
            stages: "Tahap", thisWeek: "Minggu ini", registered: "terdaftar", toPrePlacement: "ke pra-penempatan",
            departed: "berangkat", returned: "pulang", kpis: "KPI minggu ini",
            fast: "cepat: median hari sampai berangkat", cheap: "murah: median biaya pekerja",
            zeroCost: "penempatan tanpa biaya", safe: "aman: kasus terbuka per 1.000 ditempatkan",
            prosperous: "sejahtera: purna dalam program", byProvince: "Menurut provinsi asal",
            byDestination: "Menurut negara tujuan", noFigure: "–",
            protection: "Pelindungan", educationReached: { "edukasi penempatan sah menjangkau \($0) orang (\($1) sesi)" },
            literacyShare: { "literasi keuangan: \($0) PMI di luar negeri" },
            insuredShare: { "jaminan kesehatan: \($0) PMI di luar negeri" },
            lapsing: { "habis dalam 30 hari: \($0)" }),
        records: IndonesianRecords.records, fairs: IndonesianRecords.fairs, training: IndonesianRecords.training,
        placements: IndonesianRecords.placements, reintegration: IndonesianRecords.reintegration, review: IndonesianSteps.review, steps: IndonesianSteps.words,
        stage: { s in
            switch s {
            case .preparation: "Persiapan"
            case .prePlacement: "Pra-penempatan"
            case .placement: "Penempatan"
            case .postPlacement: "Purna"
            }
        },
        status: { s in
            switch s {
            case .registered: "terdaftar"
            case .inTraining: "dalam pelatihan"
            case .certified: "bersertifikat"
            case .selected: "terpilih"
            case .documentsComplete: "dokumen lengkap"
            case .readyToDepart: "siap berangkat"
            case .working: "bekerja"
            case .returned: "pulang"
            case .inReintegration: "dalam reintegrasi"
            case .reintegrated: "terintegrasi kembali"
            case .withdrawn: "mengundurkan diri"
            case .unfit: "tidak layak"
            case .deceased: "meninggal"
            }
        },
        sex: { $0 == .female ? "perempuan" : "laki-laki" },
        document: { d in
            switch d {
            case .passport: "paspor"
            case .medicalFitness: "surat sehat"
            case .psychologicalFitness: "tes psikologi"
            case .workVisa: "visa kerja"
            case .placementAgreement: "perjanjian penempatan"
            case .employmentContract: "perjanjian kerja"
            case .socialSecurity: "BPJS Ketenagakerjaan"
            case .orientation: "orientasi pra-pemberangkatan (OPP)"
            case .competencyCertificate: "sertifikat kompetensi"
            }
        },
        departureGuard: { g in
            switch g {
            case .selectedForJobOrder: "terpilih untuk job order"
            case .age: "berusia minimal 18 tahun"
            case .passport: "paspor berlaku 6 bulan setelah berangkat"
            case .medicalFitness: "surat sehat"
            case .psychologicalFitness: "tes psikologi"
            case .workVisa: "visa kerja"
            case .placementAgreement: "perjanjian penempatan"
            case .employmentContract: "perjanjian kerja"
            case .socialSecurity: "BPJS Ketenagakerjaan aktif"
            case .orientation: "orientasi pra-pemberangkatan (OPP)"
            case .competencyCertificate: "sertifikat kompetensi"
            case .legalChannel: "jalur penempatan yang sah"
            case .zeroCost: "tanpa biaya untuk jabatan bebas biaya"
            case .languageLevel: "tingkat bahasa yang diminta job order"
            }
        },
        refusal: IndonesianRefusals.words,
        event: IndonesianEvents.words,
        field: { f in
            switch f {
            case "nik": "NIK"
            case "name": "nama"
            case "sex": "jenis kelamin"
            case "birthDate": "tanggal lahir"
            case "province": "provinsi"
            case "regency": "kabupaten/kota"
            case "village": "desa/kelurahan"
            case "phone": "telepon"
            case "education": "pendidikan"
            case "topic": "topik"
            case "headcount": "jumlah orang yang dijangkau"
            case "insurer": "skema/penjamin asuransi"
            case "policyNumber": "nomor polis"
            case "validFrom": "berlaku mulai"
            case "validTo": "berlaku sampai"
            case "employers": "pemberi kerja"
            case "jobOrders": "job order"
            case "level": "tingkat bahasa"
            case "score": "nilai"
            default: StepField(rawValue: f).map { IndonesianSteps.words.field($0).lowercased() } ?? f
            }
        })
}
