import TerpaduCore

/// Journal events as Indonesian timeline lines.
enum IndonesianEvents {
    static let words: @Sendable (EventBody) -> String = { body in
        let s = Indonesian.strings
        switch body {
        case .referenceLoaded: return "data referensi dimuat"
        case .workerRegistered(let e): return "terdaftar sebagai \(e.worker) (\(e.name))"
        case .workerUpdated(let u): return "data diubah: " + EventFields.changed(u).map { s.field($0) }.joined(separator: ", ")
        case .documentRecorded(let d): return "\(s.document(d.kind)) dicatat" + (d.number.map { " (\($0))" } ?? "")
        case .fairScheduled(let f): return "bursa kerja \(f.fair) dijadwalkan"
        case .attendanceRecorded(let a): return "di bursa kerja \(a.fair): \(IndonesianRecords.fairs.outcome(a.outcome))"
        case .jobOrderCreated(let j): return "job order \(j.jobOrder) dibuat"
        case .cohortCreated(let c): return "angkatan \(c.cohort) dibuat"
        case .enrolled(let e): return "terdaftar di angkatan \(e.cohort)"
        case .resultRecorded(let t): return "hasil pelatihan di \(t.cohort): \(t.passed ? "lulus" : "tidak lulus"), nilai \(t.score)"
        case .loanApplied(let l): return "mengajukan KUR \(l.loan)"
        case .loanDecided(let l): return "pinjaman \(l.loan) \(l.approved ? "disetujui" : "ditolak")"
        case .loanDisbursed(let l): return "pinjaman \(l.loan) dicairkan"
        case .loanClosed(let l): return "pinjaman \(l.loan) \(l.repaid ? "lunas" : "ditutup macet")"
        case .orientationRecorded: return "orientasi pra-pemberangkatan dicatat"
        case .workerSelected(let sel): return "terpilih untuk job order \(sel.jobOrder)"
        case .departed(let d): return "berangkat \(s.format.day(d.date))"
        case .caseOpened(let c): return "kasus perlindungan \(c.protectionCase) dibuka"
        case .caseClosed(let c): return "kasus perlindungan \(c.protectionCase) ditutup: \(IndonesianRecords.placements.resolution(c.resolution))"
        case .checkInRecorded(let c): return "lapor diri: \(IndonesianRecords.placements.wellbeing(c.wellbeing))"
        case .returned(let r): return "pulang \(s.format.day(r.date)): \(IndonesianSteps.words.returnReason(r.reason))"
        case .programCreated(let p): return "program \(p.program) dibuat"
        case .returneeEnrolled(let p): return "terdaftar di program \(p.program)"
        case .outcomeRecorded(let o): return o.businessStarted ? "memulai usaha (\(o.jobsCreated) lapangan kerja)" : "hasil program dicatat"
        case .workerExited(let x): return "keluar dari siklus: \(x.reason.code)"
        case .duplicateFlagged(let d): return "kemungkinan duplikat \(d.existing) ditandai (\(d.review))"
        case .duplicateResolved(let d): return "pemeriksaan duplikat \(d.review): \(d.samePerson ? "orang yang sama" : "orang berbeda")"
        case .entryCorrected(let c): return "peristiwa \(c.corrects) dikoreksi"
        case .nikRevealed: return "NIK ditampilkan"
        case .dataExported(let x): return "ekspor \(x.kind), \(x.rows) baris" + (x.revealed ? ", NIK terbuka" : "")
        case .gapRecorded(let g): return "celah dicatat: peristiwa setelah \(g.journalEnd) hilang"
        case .headcountRecorded(let h): return "sesi edukasi \(h.fair) menjangkau \(h.headcount) orang"
        case .literacySessionScheduled(let l):
            return "sesi literasi keuangan \(l.session) dijadwalkan (\(l.draft.mission ?? "daring"))"
        case .literacyParticipationRecorded(let p): return "mengikuti sesi literasi keuangan \(p.session)"
        case .healthCoverageRecorded(let c):
            return "jaminan kesehatan \(c.insurer) (\(c.policyNumber)) dicatat, berlaku \(s.format.day(c.validFrom)) s.d. \(s.format.day(c.validTo))"
        case .languageTestRecorded(let t):
            return "tes bahasa \(IndonesianRefusals.level(t.level)) pada \(s.format.day(t.date)): \(t.passed ? "lulus" : "tidak lulus")"
                + (t.score.map { ", nilai \($0)" } ?? "")
        case .agenciesLoaded(let t): return "daftar P3MI berizin dimuat (\(t.agencies.count) P3MI)"
        }
    }
}
