import TerpaduCore
import TerpaduFormats

/// The core's refusals in Bahasa Indonesia. An exhaustive switch: a new refusal does not compile
/// until it has words here.
enum IndonesianRefusals {
    static let words: @Sendable (Refusal) -> String = { r in
        let field = Indonesian.strings.field
        let status = Indonesian.strings.status
        switch r {
        case .fieldRequired(let f): return "\(field(f)) wajib diisi"
        case .fieldTooLong(let f, let max): return "\(field(f)) lebih dari \(max) karakter"
        case .fieldHasControlCharacters(let f): return "\(field(f)) berisi karakter kendali"
        case .fieldInvalid(let f, let detail): return "\(field(f)) tidak sah (\(detail))"
        case .dateOrder(let f, let before): return "\(field(f)) tidak boleh sebelum \(field(before))"
        case .nik(let p): return nik(p)
        case .duplicateNIK(let existing): return "NIK ini sudah terdaftar sebagai \(existing)"
        case .birthDateInFuture: return "tanggal lahir ada di masa depan"
        case .underage(let age, let minimum): return "usianya \(age) tahun; pendaftaran minimal \(minimum) tahun"
        case .referenceNotLoaded: return "data referensi belum dimuat di direktori data ini"
        case .unknownReference(let table, let code): return "\(code) bukan kode \(field(table)) yang dikenal"
        case .unknownRecord(let id): return "data \(id) tidak ada"
        case .conflict(let record, let expected, let current):
            return "\(record) sudah berubah sejak versi \(expected) (kini versi \(current)); muat ulang lalu coba lagi"
        case .unknownEvent(let seq): return "tidak ada peristiwa \(seq) untuk dikoreksi"
        case .wrongStatus(let w, let s, let allowed):
            return "\(w) berstatus \(status(s)); ini memerlukan: \(allowed.map(status).joined(separator: ", "))"
        case .workerHasExited(let w, let s): return "\(w) sudah keluar dari siklus (\(status(s)))"
        case .cohortFull(let c, let capacity): return "angkatan \(c) sudah penuh (\(capacity) tempat)"
        case .programFull(let p, let capacity): return "program \(p) sudah penuh (\(capacity) tempat)"
        case .alreadyEnrolled(let w, let c): return "\(w) sudah terdaftar di \(c)"
        case .notEnrolled(let w, let c): return "\(w) tidak terdaftar di \(c)"
        case .cohortNotStarted(let c, let starts): return "angkatan \(c) baru mulai \(Indonesian.strings.format.day(starts))"
        case .certificateNumberRequired: return "hasil lulus memerlukan nomor sertifikat"
        case .resultNotRecorded(let w, let c): return "belum ada hasil untuk \(w) di \(c)"
        case .resultAlreadyRecorded(let w, let c): return "hasil \(w) di \(c) sudah dicatat; gunakan koreksi"
        case .dateInFuture(let f): return "\(field(f)) ada di masa depan"
        case .fairOutcomeWouldGoBack: return "hasil bursa kerja hanya boleh maju"
        case .alreadyAttendedFair(let w): return "\(w) sudah tercatat hadir di bursa kerja ini"
        case .zeroCostViolation(let job, let cost):
            return "\(job) termasuk jabatan tanpa biaya penempatan (Peraturan BP2MI 9/2020); pekerja tidak boleh menanggung \(Indonesian.strings.format.rupiah(cost))"
        case .zeroCostLoan(let job):
            return "\(job) termasuk jabatan tanpa biaya penempatan (Peraturan BP2MI 9/2020): pekerja tidak menanggung biaya, jadi tidak ada yang dibiayai KUR"
        case .agencyLicenceRequired: return "job order P to P memerlukan P3MI dan nomor izinnya"
        case .employerMustBeLegalEntity: return "job order perseorangan memerlukan pemberi kerja berbadan hukum"
        case .quotaFull(let jo, let quota): return "job order \(jo) sudah penuh (kuota \(quota))"
        case .alreadySelected(let w, let p): return "\(w) sudah terpilih (\(p))"
        case .notSelected: return "belum terpilih untuk job order"
        case .departureUnderage(let age): return "usia pekerja \(age) tahun; keberangkatan minimal 18 tahun"
        case .passportMissing: return "belum ada paspor yang berlaku"
        case .passportExpiresTooSoon(let expiry, let needed):
            return "paspor berlaku s.d. \(Indonesian.strings.format.day(expiry)); harus berlaku sampai \(Indonesian.strings.format.day(needed))"
        case .medicalFitnessMissing: return "belum ada surat keterangan sehat"
        case .medicallyUnfit: return "pekerja dinyatakan tidak sehat secara medis"
        case .psychologicalFitnessMissing: return "belum ada hasil tes psikologi"
        case .psychologicallyUnfit: return "pekerja dinyatakan tidak layak secara psikologis"
        case .workVisaMissing: return "belum ada visa kerja"
        case .placementAgreementMissing: return "belum ada perjanjian penempatan"
        case .employmentContractMissing: return "belum ada perjanjian kerja"
        case .socialSecurityMissing: return "BPJS Ketenagakerjaan belum tercatat aktif"
        case .orientationMissing: return "orientasi pra-pemberangkatan (OPP) belum tercatat"
        case .competencyCertificateMissing: return "job order meminta sertifikat kompetensi dan belum ada"
        case .illegalChannel(let detail): return "bukan jalur penempatan yang sah: \(detail)"
        case .departureBeforeSelection(let selected):
            return "keberangkatan tidak boleh sebelum tanggal terpilih \(Indonesian.strings.format.day(selected))"
        case .loanAboveCeiling(let amount, let ceiling):
            return "KUR \(Indonesian.strings.format.rupiah(amount)) melebihi plafon \(Indonesian.strings.format.rupiah(ceiling))"
        case .loanRateAboveMaximum(let bp, let max): return "bunga \(bp / 100),\(bp % 100) % melebihi batas \(max / 100) % setahun"
        case .loanTenorAboveMaximum(let months, let max): return "tenor \(months) bulan melebihi batas \(max) bulan"
        case .loanAlreadyOpen(let loan): return "pekerja masih memiliki pinjaman \(loan)"
        case .loanWrongStatus(let loan, let s, _): return "pinjaman \(loan) berstatus \(s.code); langkah ini tidak berlaku"
        case .caseAlreadyClosed(let c): return "kasus \(c) sudah ditutup"
        case .duplicateReviewAlreadyResolved(let r): return "pemeriksaan duplikat \(r) sudah diselesaikan"
        case .notADuplicatePair: return "kedua data ini bukan pasangan duplikat"
        case .nothingToCorrect(let detail): return "tidak ada yang perlu dikoreksi: \(detail)"
        case .fieldNotForKind(let f, let kind):
            return "\(field(f)) tidak dipakai untuk \(Indonesian.strings.fairs.kind(kind))"
        case .educationAttendanceOnly:
            return "sesi edukasi hanya mencatat kehadiran, bukan wawancara atau tawaran kerja"
        case .literacyRunByMissionOrOnline:
            return "sesi literasi keuangan diselenggarakan perwakilan RI atau daring: isi salah satu, tidak keduanya"
        case .notInPlacement(let w, let s):
            return "\(w) berstatus \(status(s)); literasi keuangan untuk pekerja yang sedang penempatan (sudah berangkat, belum pulang)"
        case .alreadyParticipated(let w, let session): return "\(w) sudah mengikuti \(session)"
        case .sessionNotYetHeld(let session, let date):
            return "sesi \(session) baru diadakan \(Indonesian.strings.format.day(date)); catat keikutsertaan sesudahnya"
        case .languageLevelMissing(let required):
            return "job order meminta \(level(required)); pekerja belum lulus angkatan atau tes bahasa pada tingkat itu atau lebih tinggi"
        case .documentExpired(let kind, let expiry, let departure):
            return "\(Indonesian.strings.document(kind)) habis berlaku \(Indonesian.strings.format.day(expiry)), "
                + "sebelum keberangkatan \(Indonesian.strings.format.day(departure))"
        case .documentDatedAfterDeparture(let kind, let issued, let departure):
            return "\(Indonesian.strings.document(kind)) bertanggal \(Indonesian.strings.format.day(issued)), "
                + "sesudah keberangkatan \(Indonesian.strings.format.day(departure))"
        case .noLicensedAgencies:
            return "belum ada daftar P3MI berizin, jadi job order P to P tidak dapat diperiksa; "
                + "muat daftarnya dengan `terpadu reference load agencies FILE.csv`"
        case .agencyLicenceUnknown(let licence): return "izin P3MI \(licence) tidak ada dalam daftar P3MI berizin"
        case .agencyLicenceMismatch(let licence, let registeredTo):
            return "izin P3MI \(licence) milik \(registeredTo), bukan P3MI yang disebut"
        case .agencyLicenceNotValid(let licence, let from, let until, let on):
            return "izin P3MI \(licence) berlaku \(Indonesian.strings.format.day(from)) s.d. "
                + "\(Indonesian.strings.format.day(until)), tidak pada \(Indonesian.strings.format.day(on))"
        case .correctsWrongEvent(let seq, let found, let correction):
            return found.isEmpty
                ? "corrects: peristiwa \(seq) tidak dapat dibaca, jadi \(correction) tidak dapat merujuknya"
                : "corrects: peristiwa \(seq) adalah \(found), yang tidak dapat dikoreksi dengan \(correction); rujuk peristiwa yang mencatat isian yang diperbaiki"
        case .reinstateConfirmedDuplicate(let w, let review):
            return "\(w) keluar sebagai duplikat yang dikonfirmasi pemeriksaan \(review); data orang ini adalah data yang lain"
        case .departureReliesOnEntry(let w, let f):
            return "\(field(f)): keberangkatan \(w) yang tercatat bergantung padanya; koreksi keberangkatannya dahulu"
        case .dateAfterLaterFact(let f, let after): return "\(field(f)) tidak boleh sesudah \(after)"
        case .retakeRequired(let w, let c): return "\(w) sudah punya hasil di \(c): tandai pendaftaran sebagai ulangan (retake)"
        }
    }

    /// A language level as Indonesians write it ("JLPT N4", "Bahasa Jerman B1").
    static func level(_ l: LanguageLevel) -> String {
        switch l.family {
        case .japanese, .korean: RefusalText.languageLevelName(l)
        case .german: "Bahasa Jerman " + String(RefusalText.languageLevelName(l).suffix(2))
        case .english: "Bahasa Inggris " + String(RefusalText.languageLevelName(l).suffix(2))
        }
    }

    static func nik(_ p: NIKProblem) -> String {
        switch p {
        case .wrongLength: "NIK terdiri atas tepat 16 angka"
        case .notDigits: "NIK hanya berisi angka 0–9"
        case .unknownProvince: "dua angka pertama NIK bukan kode provinsi"
        case .invalidDate: "angka ke-7 s.d. 12 NIK bukan tanggal yang ada (perempuan: tanggal + 40)"
        case .sexMismatch: "NIK menunjukkan jenis kelamin lain (perempuan: tanggal + 40)"
        case .birthDateMismatch: "angka ke-7 s.d. 12 NIK menunjukkan tanggal lahir lain"
        case .zeroSerial: "empat angka terakhir NIK tidak boleh 0000"
        }
    }
}
