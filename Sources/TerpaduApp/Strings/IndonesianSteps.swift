import TerpaduCore

/// The steps in Indonesian.
enum IndonesianSteps {
    static let words = StepWords(
        title: { k in
            switch k {
            case .scheduleFair: "Jadwalkan bursa kerja atau kunjungan"
            case .createCohort: "Buat angkatan pelatihan"
            case .createJobOrder: "Buat job order"
            case .createProgram: "Buat program reintegrasi"
            case .fairOutcome: "Catat hasil bursa kerja"
            case .enrollInCohort: "Daftarkan ke angkatan"
            case .selectForOrder: "Pilih untuk job order"
            case .enrollInProgram: "Daftarkan ke program reintegrasi"
            case .document: "Catat dokumen"
            case .departure: "Catat keberangkatan"
            case .applyLoan: "Ajukan pinjaman KUR"
            case .decideLoan: "Putuskan pinjaman"
            case .disburseLoan: "Catat pencairan"
            case .closeLoan: "Tutup pinjaman"
            case .openCase: "Buka kasus pelindungan"
            case .checkIn: "Catat pemantauan"
            case .closeCase: "Tutup kasus"
            case .returnHome: "Catat kepulangan"
            case .programOutcome: "Catat hasil program"
            case .headcount: "Catat jumlah yang dijangkau"
            case .scheduleLiteracySession: "Jadwalkan sesi literasi keuangan"
            case .literacy: "Catat literasi keuangan"
            case .healthCoverage: "Catat jaminan kesehatan"
            case .languageTest: "Catat tes bahasa"
            }
        },
        hint: { k in
            switch k {
            case .scheduleFair, .createCohort, .createJobOrder, .createProgram: "Baru"
            case .fairOutcome, .programOutcome: "Hasil"
            case .enrollInCohort: "Angkatan"
            case .selectForOrder: "Order"
            case .enrollInProgram: "Program"
            case .document: "Dok"
            case .departure: "Berangkat"
            case .applyLoan: "Pinjaman"
            case .decideLoan: "Putuskan"
            case .disburseLoan: "Cairkan"
            case .closeLoan, .closeCase: "Tutup"
            case .openCase: "Kasus"
            case .checkIn: "Pantau"
            case .returnHome: "Pulang"
            case .headcount: "Dijangkau"
            case .scheduleLiteracySession: "Literasi"
            case .literacy: "Literasi"
            case .healthCoverage: "Asuransi"
            case .languageTest: "Bahasa"
            }
        },
        pickTitle: { k, id in
            switch k {
            case .fairOutcome: "tambah peserta ke \(id)"
            case .enrollInCohort: "daftarkan ke \(id)"
            case .selectForOrder: "pilih untuk \(id)"
            case .enrollInProgram: "daftarkan ke \(id)"
            case .literacy: "tambah peserta ke \(id)"
            default: id
            }
        },
        field: { f in
            switch f {
            case .kind: "Jenis"
            case .venue: "Tempat"
            case .regency: "Kabupaten/kota"
            case .province: "Provinsi"
            case .date: "Tanggal"
            case .program: "Program"
            case .provider: "Penyelenggara"
            case .start: "Mulai"
            case .end: "Selesai"
            case .capacity: "Kapasitas"
            case .employer: "Pemberi kerja"
            case .employerIsLegalEntity: "Berbadan hukum"
            case .country: "Negara"
            case .job: "Jabatan"
            case .scheme: "Skema"
            case .agency: "Perusahaan (P3MI)"
            case .agencyLicence: "Nomor izin P3MI"
            case .quota: "Kuota"
            case .certificateRequired: "Wajib sertifikat"
            case .workerCost: "Biaya bagi PMI (Rp)"
            case .contractMonths: "Kontrak (bulan)"
            case .name: "Nama"
            case .village: "Desa"
            case .outcome: "Hasil"
            case .cohort: "Angkatan"
            case .jobOrder: "Job order"
            case .number: "Nomor"
            case .issued: "Terbit"
            case .expiry: "Berlaku sampai"
            case .fit: "Hasil (kesehatan)"
            case .bank: "Bank"
            case .amount: "Jumlah (Rp)"
            case .rate: "Bunga (% setahun)"
            case .tenorMonths: "Tenor (bulan)"
            case .approved: "Keputusan"
            case .repaid: "Lunas"
            case .type: "Jenis kasus"
            case .mission: "Perwakilan RI"
            case .opened: "Dibuka"
            case .summary: "Ringkasan"
            case .wellbeing: "Keadaan"
            case .note: "Catatan"
            case .resolution: "Penyelesaian"
            case .closed: "Ditutup"
            case .reason: "Alasan"
            case .businessStarted: "Usaha berjalan"
            case .businessKind: "Jenis usaha"
            case .monthlyRevenue: "Omzet sebulan (Rp)"
            case .jobsCreated: "Lapangan kerja baru"
            case .retake: "Ulangan (sudah ada hasil)"
            case .topic: "Topik"
            case .headcount: "Orang dijangkau"
            case .online: "Daring"
            case .session: "Sesi literasi"
            case .insurer: "Skema/penjamin"
            case .policyNumber: "Nomor polis"
            case .validFrom: "Berlaku mulai"
            case .validTo: "Berlaku sampai"
            case .level: "Tes dan tingkat"
            case .score: "Nilai"
            case .passed: "Lulus"
            case .languageLevel: "Tingkat bahasa"
            }
        },
        returnReason: { r in
            switch r {
            case .contractEnded: "kontrak selesai"
            case .leave: "cuti"
            case .earlyTermination: "kontrak diakhiri lebih awal"
            case .accidentOrIllness: "kecelakaan atau sakit"
            case .abuse: "kekerasan atau eksploitasi"
            case .warDisasterEpidemic: "perang, bencana atau wabah"
            case .deportation: "deportasi"
            case .death: "meninggal dunia"
            case .other: "lainnya"
            }
        },
        fit: "sehat (fit)", unfit: "tidak sehat (unfit)", approve: "setujui", reject: "tolak", repaid: "lunas",
        notRepaid: "tidak lunas (macet)",
        saved: { "tersimpan: \($0) · \($1)" },
        savedSome: { "\($0) tersimpan, \($1) ditolak (lihat daftar)" },
        reportTitle: { "\($0): \($1) ditolak · Esc menutup" },
        pickBanner: { "Pilih pekerja untuk \($0): / mencari, Enter memilih, n mendaftarkan orang baru, Esc kembali" },
        notAnID: { "\($0): \($1) bukan ID jenis ini" },
        marked: { "\($0) ditandai" },
        workers: { "\($0) pekerja" },
        keyMark: "Tandai atau lepas tanda peserta (untuk mendaftarkan atau memilih beberapa sekaligus)", hintMark: "Tandai",
        keyNewAttendee: "Daftarkan orang baru di bursa kerja (lalu ditambahkan)",
        keyAddWorker: "Tambah pekerja: pilih dari daftar Pekerja", hintAdd: "Tambah",
        keyNewRecord: "Buat catatan baru di sini", hintNew: "Baru",
        keyDocuments: "Dokumen: daftar periksa, tiap dokumen yang kurang satu tombol saja", hintDocuments: "Dokumen",
        keyRecordSelected: "Catat dokumen di kursor", hintRecordSelected: "Catat",
        keyRecordNumbered: "Catat dokumen bernomor itu", hintRecordNumbered: "Per nomor",
        documentsMissing: { "\($0) kurang atau tidak berlaku saat berangkat: Enter mencatat yang ditandai" },
        documentsNoneMissing: "semua dokumen untuk keberangkatan sudah tercatat dan berlaku",
        documentNotNeeded: "tidak diminta oleh order kerja")

    static let review = ReviewWords(
        title: "Kemungkinan ganda", keyOpen: "Kemungkinan data ganda: nilai tiap pasangan berdampingan", hintOpen: "Ganda",
        keyDifferent: "Orang berbeda: keduanya tetap", hintDifferent: "Berbeda",
        keySame: "Orang yang sama: data yang lebih baru keluar sebagai ganda (ditanya dulu)", hintSame: "Sama",
        keyOpenExisting: "Buka data yang lebih dulu", keyOpenLater: "Buka data yang lebih baru",
        existing: "lebih dulu", later: "lebih baru", empty: "Tidak ada kemungkinan data ganda yang menunggu.",
        position: { "\($0) dari \($1)" }, flagged: { "ditandai \($0)" },
        sameTitle: "Orang yang sama?",
        sameMessage: { "\($0) akan keluar sebagai data ganda dari \($1). Riwayat keduanya tetap. Lanjutkan?" },
        resolved: { "tersimpan: \($0) selesai dinilai" })
}
