/// Destination markets for generated data, weighted by KP2MI 2024 placements (DESIGN §1).
struct Market {
    var iso: String
    var weight: Double
    /// (job code, weight, worker-borne cost range in rupiah, certificate required)
    var jobs: [(code: String, weight: Double, cost: ClosedRange<Int>, certificate: Bool)]
    /// (scheme, weight)
    var schemes: [(Scheme, Double)]
    /// Training that prepares for this market.
    var programs: [String]

    static let all: [Market] = [
        Market(iso: "HK", weight: 99_168, jobs: [
            ("housekeeper", 0.6, 0...0, false), ("elderlyCarer", 0.2, 0...0, false),
            ("babySitter", 0.1, 0...0, false), ("childCarer", 0.1, 0...0, false)],
            schemes: [(.pToP, 0.93), (.individual, 0.07)], programs: ["housekeepingCourse", "cantoneseBasic"]),
        Market(iso: "TW", weight: 84_306, jobs: [
            ("elderlyCarer", 0.3, 0...0, false), ("caregiver", 0.15, 8_000_000...15_000_000, true),
            ("factoryOperator", 0.35, 15_000_000...25_000_000, false), ("fishingVesselCrew", 0.1, 0...0, false),
            ("housekeeper", 0.1, 0...0, false)],
            schemes: [(.pToP, 0.95), (.ukps, 0.01), (.individual, 0.04)], programs: ["caregiverCourse", "mandarinBasic"]),
        Market(iso: "MY", weight: 50_917, jobs: [
            ("farmWorker", 0.4, 0...0, false), ("housekeeper", 0.3, 0...0, false),
            ("generalWorker", 0.2, 3_000_000...8_000_000, false), ("constructionWorker", 0.1, 3_000_000...8_000_000, false)],
            schemes: [(.pToP, 0.9), (.individual, 0.1)], programs: ["agricultureCourse", "housekeepingCourse", "constructionCourse"]),
        Market(iso: "JP", weight: 12_653, jobs: [
            ("sswCare", 0.35, 10_000_000...30_000_000, true), ("sswIndustrialManufacturing", 0.25, 10_000_000...30_000_000, true),
            ("sswFoodService", 0.15, 10_000_000...25_000_000, true), ("sswConstruction", 0.1, 10_000_000...30_000_000, true),
            ("sswAgriculture", 0.15, 10_000_000...25_000_000, true)],
            schemes: [(.pToP, 0.75), (.gToG, 0.2), (.ukps, 0.05)], programs: ["japaneseJftBasic", "japaneseJlptN4"]),
        Market(iso: "SG", weight: 10_781, jobs: [("housekeeper", 0.8, 0...0, false), ("elderlyCarer", 0.2, 0...0, false)],
               schemes: [(.pToP, 1)], programs: ["housekeepingCourse"]),
        Market(iso: "KR", weight: 10_500, jobs: [
            ("factoryOperator", 0.7, 5_000_000...10_000_000, true), ("fishProcessingWorker", 0.2, 5_000_000...10_000_000, true),
            ("fishingVesselCrew", 0.1, 0...0, true)],
            schemes: [(.gToG, 1)], programs: ["koreanEpsTopik"]),
        Market(iso: "SA", weight: 5_000, jobs: [
            ("housekeeper", 0.6, 0...0, false), ("familyDriver", 0.2, 0...0, false), ("cook", 0.2, 0...0, false)],
            schemes: [(.pToP, 1)], programs: ["arabicBasic", "cookingCourse"]),
        Market(iso: "IT", weight: 2_000, jobs: [
            ("hotelStaff", 0.5, 5_000_000...15_000_000, false), ("cruiseShipCrew", 0.5, 5_000_000...15_000_000, false)],
            schemes: [(.pToP, 0.5), (.individual, 0.5)], programs: ["hospitalityCourse", "englishHospitality"]),
        Market(iso: "BN", weight: 1_500, jobs: [("housekeeper", 0.6, 0...0, false), ("constructionWorker", 0.4, 2_000_000...5_000_000, false)],
               schemes: [(.pToP, 1)], programs: ["housekeepingCourse"]),
        Market(iso: "TR", weight: 1_200, jobs: [("spaTherapist", 0.6, 5_000_000...12_000_000, false), ("hotelStaff", 0.4, 5_000_000...12_000_000, false)],
               schemes: [(.pToP, 1)], programs: ["hospitalityCourse"]),
        Market(iso: "DE", weight: 1_000, jobs: [("nurse", 0.6, 0...5_000_000, true), ("caregiver", 0.4, 0...5_000_000, true)],
               schemes: [(.gToG, 0.5), (.pToP, 0.5)], programs: ["germanB1", "nursingPrepCourse"]),
    ]
}

/// Indonesian given names and family names for generated people; a few carry accents or
/// apostrophes so search and duplicate rules meet real-world text.
enum GeneratorNames {
    static let female = ["Siti", "Dewi", "Sri", "Nur", "Ani", "Rina", "Wati", "Yuli", "Lestari", "Ratna", "Indah",
                         "Fitri", "Ayu", "Putri", "Wulan", "Endang", "Sari", "Nining", "Tuti", "Eka", "Nur’aini",
                         "Rohmah", "Khadijah", "Maryam", "Suryani", "Kartini", "Dian", "Novi", "Lilis", "Imas"]
    static let male = ["Budi", "Agus", "Joko", "Slamet", "Ahmad", "Muhammad", "Eko", "Dedi", "Rudi", "Hendra",
                       "Andi", "Bambang", "Yusuf", "Rizki", "Fajar", "Iwan", "Teguh", "Wahyu", "Arif", "Dodi",
                       "Asep", "Ujang", "Made", "Ketut", "Wayan", "Nyoman", "Yohanes", "Stefanus", "Ilham", "Taufik"]
    static let family = ["Aminah", "Rahayu", "Susanti", "Hidayat", "Santoso", "Setiawan", "Wibowo", "Saputra",
                         "Kurniawan", "Pratama", "Lestari", "Nurhayati", "Handayani", "Purnomo", "Suharto",
                         "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sinaga", "Manurung", "Pohan", "Lubis",
                         "Tanjung", "Daulay", "Wijaya", "Gunawan", "Firmansyah", "Hasibuan", "Sembiring", "Ginting",
                         "Tarigan", "Pangaribuan", "Latuconsina", "Pattiradjawane", "Rumbewas", "Wenda", "Kogoya",
                         "Dg. Ngalle", "Ramadhan", "Maharani", "Ṣaleh", "Wulandari", "Anggraini", "Syahputra"]
    static let operators = ["desk-bandung-1", "desk-indramayu-2", "desk-cilacap-1", "desk-blitar-1",
                            "desk-lombok-timur-1", "desk-kupang-1", "desk-medan-1", "desk-makassar-1"]
    static let providers = ["LPK Mandiri Sejahtera", "BLK Bandung", "BLK Semarang", "LPK Karya Nusantara",
                            "BLKLN Cilacap", "LPK Sakura Indonesia", "LPK Hana Korea", "Balai Pelatihan Vokasi Serang"]
    static let employers = ["Wong Family", "Chen Household", "Lee Care Home", "Formosa Plastics Corp.",
                            "Sime Darby Plantation", "Tanaka Kaigo K.K.", "Hyundai Subcontractor Co.",
                            "Al Rajhi Household", "Grand Hotel Roma", "Kim Fisheries Ltd.", "Pflegeheim Sonnenhof",
                            "Tan Family", "Yamada Foods Co.", "Kuala Estate Sdn Bhd", "Lim Household"]
    static let businesses = ["warung makan", "laundry", "ternak kambing", "toko kelontong", "kerajinan bambu",
                             "katering", "salon", "budidaya lele", "bengkel motor", "kedai kopi"]
    static let venues = ["Balai Desa", "Gedung Serbaguna", "Aula Kecamatan", "Lapangan Desa", "Kantor Disnaker",
                         "LTSA", "Pendopo Kabupaten"]
    static let educationTopics = ["Bekerja ke luar negeri secara prosedural", "Modus perdagangan orang dan calo",
                                  "Biaya penempatan dan hak PMI", "Mengenali P3MI berizin", "Layanan LTSA dan KP2MI"]
    static let literacyTopics = ["Mengelola gaji dan remitansi", "Menabung dan berinvestasi", "Menghindari pinjaman online ilegal",
                                 "Merencanakan usaha sepulang bekerja"]
    static let insurers = ["BPJS Kesehatan", "Asuransi Jasindo", "Employer group policy", "AIA Hong Kong", "Fubon Taiwan"]
}
