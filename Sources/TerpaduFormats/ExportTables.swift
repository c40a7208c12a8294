import TerpaduCore
import TerpaduStore

/// Each export kind's columns and cell values; `CSVExport` does the writing. Worker IDs and fair,
/// cohort and job-order IDs are written as the core prints them (`W-000001`, `JF-000001`, …), dates
/// as `YYYY-MM-DD`, enum values by their codes.
enum ExportTables {
    static func table(_ kind: ExportKind, state s: TerpaduState, reveal: Bool) -> ExportTable {
        switch kind {
        case .workers: workers(s, reveal: reveal)
        case .attendance: attendance(s, reveal: reveal)
        case .enrollments: enrollments(s, reveal: reveal)
        case .fairs: fairs(s)
        case .jobOrders: jobOrders(s)
        case .cohorts: cohorts(s)
        }
    }

    /// The worker's `nik` (masked unless `reveal`; the caller records a reveal first) and `name`.
    static func person<Row>(_ s: TerpaduState, reveal: Bool,
                            _ worker: @escaping (Row) -> WorkerSummary?) -> [ExportColumn<Row>] {
        [
            ExportColumn("nik") { r in
                worker(r).map { w in reveal ? (s.revealedNIK(w.id)?.description ?? w.nikMasked) : w.nikMasked }
            },
            ExportColumn("name") { worker($0)?.name },
        ]
    }

    static func number(_ n: some BinaryInteger) -> String { String(n) }
    static func boolean(_ b: Bool) -> String { b ? "true" : "false" }
    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    static func workers(_ s: TerpaduState, reveal: Bool) -> ExportTable {
        ExportTable(count: s.workerCount, row: { s.summary(row: Int32($0)) }, columns:
            [ExportColumn("id") { $0.id.description }]
            + person(s, reveal: reveal) { $0 }
            + [
                ExportColumn("sex") { $0.sex.code },
                ExportColumn("birthDate") { $0.birthDate.description },
                ExportColumn("province") { $0.province },
                ExportColumn("regency") { $0.regency },
                ExportColumn("village") { $0.village },
                ExportColumn("phone") { $0.phone },
                ExportColumn("education") { $0.education },
                ExportColumn("status") { $0.status.code },
                ExportColumn("registered") { $0.registered.description },
                ExportColumn("country") { $0.country },
                ExportColumn("job") { $0.job },
                ExportColumn("version", .number) { number($0.version) },
            ])
    }

    /// `fair,worker,outcome` as `terpadu import attendance` reads them, then who the worker is.
    static func attendance(_ s: TerpaduState, reveal: Bool) -> ExportTable {
        let records = s.attendanceRecords()
        return ExportTable(count: records.count, row: { i in i < records.count ? records[i] : nil }, columns:
            [
                ExportColumn("fair") { $0.fair.description },
                ExportColumn("worker") { $0.worker.description },
                ExportColumn("outcome") { $0.outcome.code },
            ]
            + person(s, reveal: reveal) { s.summary($0.worker) })
    }

    /// `cohort,worker` as `terpadu import enrollments` reads them, then who the worker is, when they
    /// were enrolled and their result (`awaiting`, `passed` or `failed`).
    static func enrollments(_ s: TerpaduState, reveal: Bool) -> ExportTable {
        ExportTable(count: s.enrollmentCount, row: { s.enrollment(at: $0) }, columns:
            [
                ExportColumn("cohort") { $0.cohort.description },
                ExportColumn("worker") { $0.worker.description },
            ]
            + person(s, reveal: reveal) { s.summary($0.worker) }
            + [
                ExportColumn("enrolled") { $0.enrolled.description },
                ExportColumn("result") { $0.result?.rawValue ?? "awaiting" },
                ExportColumn("attendance", .number) { $0.attendance.map(number) },
                ExportColumn("score", .number) { $0.score.map(number) },
                ExportColumn("certificateNumber") { $0.certificateNumber },
            ])
    }

    /// A fair with how far people got at it (each level counts those who reached it or further).
    static func fairs(_ s: TerpaduState) -> ExportTable {
        typealias Row = (id: RecordID, fair: JobFair, funnel: [FairOutcome: Int])
        func reached(_ o: FairOutcome) -> ExportColumn<Row> {
            ExportColumn(o.code, .number) { number($0.funnel[o] ?? 0) }
        }
        return ExportTable(count: s.fairCount, row: { i in
            let id = s.id(.jobFair, row: i)
            return s.fair(id).map { (id, $0, s.fairFunnel(id) ?? [:]) }
        }, columns: [
            ExportColumn("id") { $0.id.description },
            ExportColumn("kind") { $0.fair.kind.code },
            ExportColumn("date") { $0.fair.date.description },
            ExportColumn("venue") { $0.fair.venue },
            ExportColumn("regency") { $0.fair.regency },
            ExportColumn("province") { $0.fair.province },
            ExportColumn("employers") { nonEmpty($0.fair.employers.joined(separator: "; ")) },
            ExportColumn("jobOrders") { nonEmpty($0.fair.jobOrders.map(\.description).joined(separator: " ")) },
        ] + FairOutcome.allCases.map(reached))
    }

    static func jobOrders(_ s: TerpaduState) -> ExportTable {
        let sectors = Dictionary(s.referenceData.jobs.map { ($0.code, $0.sector) }, uniquingKeysWith: { a, _ in a })
        return ExportTable(count: s.jobOrderCount, row: { s.jobOrder(s.id(.jobOrder, row: $0)) }, columns: [
            ExportColumn("id") { $0.id.description },
            ExportColumn("employer") { $0.employer },
            ExportColumn("employerIsLegalEntity", .boolean) { $0.employerIsLegalEntity.map(boolean) },
            ExportColumn("country") { nonEmpty($0.country) },
            ExportColumn("job") { nonEmpty($0.job) },
            ExportColumn("sector") { sectors[$0.job] },
            ExportColumn("scheme") { $0.scheme.code },
            ExportColumn("agency") { nonEmpty($0.agency) },
            ExportColumn("agencyLicence") { nonEmpty($0.agencyLicence) },
            ExportColumn("quota", .number) { number($0.quota) },
            ExportColumn("filled", .number) { number($0.filled) },
            ExportColumn("certificateRequired", .boolean) { boolean($0.certificateRequired) },
            ExportColumn("workerCost", .number) { number($0.workerCost) },
            ExportColumn("contractMonths", .number) { number($0.contractMonths) },
            ExportColumn("languageLevel") { $0.languageLevel?.code },
            ExportColumn("created") { $0.created.description },
        ])
    }

    /// A cohort with its training program's English name and its live counts.
    static func cohorts(_ s: TerpaduState) -> ExportTable {
        let names = Dictionary(s.referenceData.programs.map { ($0.code, $0.nameEN) }, uniquingKeysWith: { a, _ in a })
        return ExportTable(count: s.cohortCount, row: { s.cohort(s.id(.cohort, row: $0)) }, columns: [
            ExportColumn("id") { $0.id.description },
            ExportColumn("program") { nonEmpty($0.program) },
            ExportColumn("programName") { names[$0.program] },
            ExportColumn("provider") { $0.provider },
            ExportColumn("start") { $0.start.description },
            ExportColumn("end") { $0.end.description },
            ExportColumn("capacity", .number) { number($0.capacity) },
            ExportColumn("enrolled", .number) { number($0.rate.enrolled) },
            ExportColumn("results", .number) { number($0.rate.results) },
            ExportColumn("passed", .number) { number($0.rate.passed) },
        ])
    }
}
