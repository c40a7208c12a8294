import TerpaduCore
import TerpaduStore

extension BoardWords {
    static let indonesian = BoardWords(
        title: "Papan pengawas Terpadu", everyone: "semua provinsi dan negara tujuan",
        province: { "dari \($0)" }, destination: { "ke \($0)" },
        today: "Hari ini", thisWeek: "Minggu ini",
        flow: { k in
            switch k {
            case .registered: "terdaftar"
            case .toPrePlacement: "ke pra-penempatan"
            case .departed: "berangkat"
            case .returned: "pulang"
            case .exitedFromPreparation, .exitedFromPrePlacement, .exitedFromPlacement, .exitedFromPostPlacement: "keluar"
            case .programEnrolled: "ikut reintegrasi"
            case .businessStarted: "usaha dimulai"
            case .caseOpened: "kasus dibuka"
            case .caseClosed: "kasus ditutup"
            }
        },
        exits: "Keluar", noExits: "tidak ada",
        exitReason: { r in
            switch r {
            case .personalChoice: "pilihan sendiri"
            case .duplicate: "data ganda"
            case .familyObjection: "keberatan keluarga"
            case .failedSelection: "tidak lolos seleksi"
            case .noJobOrder: "tidak ada job order"
            case .medicallyUnfit: "tidak sehat"
            case .psychologicallyUnfit: "tidak layak psikologis"
            case .deceased: "meninggal"
            case .other: "lainnya"
            }
        },
        breakdown: { b in
            switch b {
            case .provinces: "Provinsi"
            case .destinations: "Negara tujuan"
            case .jobs: "Jabatan"
            case .schemes: "Skema"
            case .passRates: "Kelulusan"
            case .reviews: "Tinjauan data ganda"
            case .departures: "Keberangkatan per minggu"
            }
        },
        kpi: { t in
            switch t {
            case .cepat: "Cepat: hari sampai berangkat"
            case .murah: "Murah: biaya pekerja"
            case .aman: "Aman: kasus terbuka"
            case .sejahtera: "Sejahtera: purna PMI"
            case .education: "Edukasi menjangkau"
            case .literacy: "Literasi di luar negeri"
            case .insurance: "Berasuransi di luar negeri"
            }
        },
        days: { "\($0) hari" }, perThousand: { "\($0) per 1.000" }, zeroCost: { "\($0) gratis" },
        resolved: { "\($0) selesai" }, started: { "\($0) usaha" }, lapsing: { "⚠ \($0) habis dalam 30 hari" }, weeksTrend: "12 minggu",
        lastChange: { "perubahan terakhir \($0) oleh \($1)" }, noChangeYet: "belum ada perubahan",
        feed: { c in
            switch c {
            case .usable: "langsung"
            case .busy(let s): "jurnal terkunci \(Int(s)) dtk: menunggu"
            case .beingRestored: "sedang dipulihkan: menunggu"
            case .unusable(let why): "tidak dapat dibaca: \(why)"
            }
        },
        opening: "membaca angka papan…",
        needsOperator: "direktori ini dari Terpadu versi lama: operator harus membukanya sekali (mencoba lagi)",
        missing: { "belum ada data Terpadu di \($0) (mencoba lagi)" },
        pickProvince: "Provinsi asal", pickDestination: "Negara tujuan",
        keyBreakdown: "Rincian berikutnya (atau nomornya)", keyProvince: "Persempit papan ke satu provinsi asal",
        keyDestination: "Persempit papan ke satu negara tujuan", keyClear: "Kembali ke semua", keyHelp: "Bantuan ini",
        keyQuit: "Keluar", hintBreakdown: "Rincian", hintProvince: "Provinsi", hintDestination: "Tujuan",
        hintClear: "Semua", hintHelp: "Bantuan", hintQuit: "Keluar", helpTitle: "Tombol papan (hanya baca: tidak ada yang ditulis)",
        readOnly: "hanya baca", nothingToPick: "belum ada yang bisa dipilih",
        needsTerminal: "watch memerlukan terminal: jalankan dengan ssh -t (atau dari terminal)")
}
