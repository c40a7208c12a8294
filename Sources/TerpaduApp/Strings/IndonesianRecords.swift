import TerpaduCore

/// The record panes in Bahasa Indonesia.
enum IndonesianRecords {
    static let records = RecordWords(
        keyFilter: "Saring daftar (nama, tempat; setiap kata harus ada)", hintFilter: "Saring",
        keyOpenRecord: "Buka data", keySort: "Urutkan menurut kolom berikutnya", keyReverse: "Balik urutan",
        keyClear: "Hapus saringan dan urutan", keyOpenWorker: "Buka kartu pekerja yang dipilih", hintWorker: "Pekerja",
        keyCohorts: "Tampilkan angkatan pelatihan", hintCohorts: "Angkatan",
        keyPassRates: "Tampilkan tingkat kelulusan tiap program", hintPassRates: "Kelulusan",
        keyOrders: "Tampilkan job order", hintOrders: "Job order",
        keyCases: "Tampilkan kasus pelindungan (yang terbuka dulu)", hintCases: "Kasus",
        keyLoans: "Tampilkan pinjaman yang berjalan", hintLoans: "Pinjaman",
        keyLiteracy: "Tampilkan sesi literasi keuangan", hintLiteracy: "Literasi",
        worker: "Pekerja", name: "Nama", status: "Status", date: "Tanggal", place: "Wilayah", dates: "Tanggal",
        capacity: "Kapasitas", enrolled: "Terdaftar", partOf: { "\($0) dari \($1)" }, noneYet: "belum ada")

    static let fairs = FairWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .kind: "Jenis"
            case .date: "Tanggal"
            case .venue: "Tempat"
            case .place: "Kab./kota, provinsi"
            case .attendees: "Hadir"
            case .interviewed: "Wawanc."
            case .shortlisted: "Terpilih"
            case .offered: "Ditawari"
            }
        },
        kind: { k in
            switch k {
            case .jobFair: "bursa kerja"
            case .canvassing: "job canvassing"
            case .education: "edukasi perekrutan sah"
            }
        },
        outcome: { o in
            switch o {
            case .attended: "hadir"
            case .interviewed: "diwawancarai"
            case .shortlisted: "masuk seleksi akhir"
            case .offered: "ditawari kerja"
            }
        },
        venue: "Tempat", regency: "Kab./kota", employers: "Pemberi kerja", jobOrders: "Job order", funnel: "Corong",
        attendees: "Peserta", outcomeColumn: "Sampai tahap")

    static let training = TrainingWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .program: "Program"
            case .provider: "Penyelenggara"
            case .start: "Mulai"
            case .end: "Selesai"
            case .capacity: "Kapasitas"
            case .enrolled: "Terdaftar"
            case .seatsLeft: "Sisa"
            case .passRate: "Kelulusan"
            }
        },
        result: { r in
            switch r {
            case .passed?: "lulus"
            case .failed?: "tidak lulus"
            case nil: "menunggu"
            }
        },
        program: "Program", provider: "Penyelenggara", seatsLeft: "Sisa kursi", passRate: "Kelulusan",
        passedOf: { "\($0) dari \($1) lulus" }, noResults: "belum ada hasil", roster: "Peserta", resultColumn: "Hasil",
        attendance: "Hadir", score: "Nilai", certificate: "Sertifikat", passRatesTitle: "Kelulusan per program",
        cohorts: "Angkatan", results: "Hasil", passed: "Lulus", level: "Tingkat",
        languageLevels: "Tingkat bahasa: tes yang tercatat, dan kelulusan di angkatan yang mengajarkan tingkat itu",
        tests: "Tes", testsPassed: "Lulus", cohortPasses: "Lulus angkatan")

    static let placements = PlacementWords(
        orderColumn: { c in
            switch c {
            case .id: "ID"
            case .employer: "Pemberi kerja"
            case .country: "Negara"
            case .job: "Jabatan"
            case .scheme: "Skema"
            case .filled: "Terisi"
            case .legal: "Sah"
            case .created: "Dibuat"
            }
        },
        caseColumn: { c in
            switch c {
            case .id: "ID"
            case .worker: "Pekerja"
            case .name: "Nama"
            case .type: "Jenis"
            case .mission: "Perwakilan"
            case .opened: "Dibuka"
            case .state: "Keadaan"
            case .checkIns: "Lapor diri"
            }
        },
        literacyColumn: { c in
            switch c {
            case .id: "ID"
            case .date: "Tanggal"
            case .mission: "Penyelenggara"
            case .topic: "Topik"
            case .participants: "Pekerja"
            }
        },
        loanColumn: { c in
            switch c {
            case .id: "ID"
            case .worker: "Pekerja"
            case .name: "Nama"
            case .bank: "Bank"
            case .amount: "Jumlah"
            case .status: "Status"
            case .applied: "Diajukan"
            }
        },
        scheme: { s in
            switch s {
            case .gToG: "G to G"
            case .pToP: "P to P"
            case .ukps: "UKPS"
            case .individual: "perseorangan"
            }
        },
        placementStatus: { s in
            switch s {
            case .selected: "terpilih"
            case .departed: "berangkat"
            case .completed: "selesai"
            case .cancelled: "batal"
            }
        },
        caseType: { t in
            switch t {
            case .unpaidWages: "gaji tidak dibayar"
            case .overwork: "jam kerja berlebih"
            case .abuse: "penganiayaan"
            case .sexualHarassment: "pelecehan seksual"
            case .documentRetention: "dokumen ditahan majikan"
            case .contractViolation: "pelanggaran kontrak"
            case .illnessOrAccident: "sakit atau kecelakaan"
            case .detention: "ditahan"
            case .trafficking: "perdagangan orang"
            case .missingContact: "hilang kontak"
            case .deathAbroad: "meninggal di luar negeri"
            case .other: "lainnya"
            }
        },
        resolution: { r in
            switch r {
            case .resolved: "selesai"
            case .mediated: "dimediasi"
            case .legalAction: "jalur hukum"
            case .repatriated: "dipulangkan"
            case .referred: "dirujuk"
            case .unresolved: "tidak terselesaikan"
            }
        },
        loanStatus: { s in
            switch s {
            case .applied: "diajukan"
            case .approved: "disetujui"
            case .rejected: "ditolak"
            case .disbursed: "dicairkan"
            case .repaid: "lunas"
            case .defaulted: "macet"
            }
        },
        wellbeing: { w in
            switch w {
            case .well: "baik"
            case .concern: "perlu perhatian"
            case .urgent: "mendesak"
            }
        },
        orders: "Job order", cases: "Kasus pelindungan", loans: "Pinjaman berjalan", literacySessions: "Sesi literasi",
        online: "daring",
        legalEntity: "berbadan hukum", country: "Negara", job: "Jabatan", agency: "Jalur",
        quota: "Terisi", certificateRequired: "wajib sertifikat", workerCost: "Biaya pekerja", contract: "Kontrak",
        months: { "\($0) bulan" }, created: "Dibuat", verdict: "Jalur penempatan",
        legal: "jalur penempatan yang sah", notLegal: "bukan jalur penempatan yang sah: keberangkatan lewat job order ini ditolak",
        selectedWorkers: "Pekerja terpilih", placement: "Penempatan", selected: "Terpilih", departed: "Berangkat",
        caseTypeLabel: "Jenis", mission: "Perwakilan", opened: "Dibuka", closed: "ditutup", open: "terbuka",
        summary: "Ringkasan", checkIns: "Lapor diri selama terbuka", wellbeingColumn: "Keadaan", note: "Catatan",
        bank: "Bank", amount: "Jumlah", rate: "Bunga", perYear: { "\($0) per tahun" }, tenor: "Jangka waktu",
        applied: "Diajukan", decided: "Diputuskan", disbursed: "Dicairkan")

    static let reintegration = ReintegrationWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .kind: "Jenis"
            case .name: "Nama"
            case .place: "Desa, kab./kota"
            case .start: "Mulai"
            case .end: "Selesai"
            case .capacity: "Kursi"
            case .enrolled: "Terdaftar"
            case .outcomes: "Hasil"
            case .businesses: "Usaha"
            }
        },
        kind: { $0 == .umkmIncubation ? "inkubasi UMKM" : "kampung migran" },
        kindLabel: "Jenis", outcomes: "Hasil", businessesStarted: "Usaha dirintis", members: "Peserta",
        outcome: "Hasil", businessKind: "Usaha", revenue: "Omzet/bulan", jobsCreated: "Naker",
        businessStarted: "usaha dirintis", noBusiness: "tanpa usaha", awaited: "menunggu")
}
