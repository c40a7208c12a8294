import Foundation
import Testing
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport

/// A small office, made with the store's commands the way operators make it: four workers; a job
/// fair and a canvassing visit; a caregiver cohort with one result; a legal job order and a welder
/// order that asks the worker for a cost, made illegal by a later reference table listing welding
/// among the zero-cost jobs; Budi working in Hong Kong with an open case and a check-in; Dewi back
/// home in a UMKM incubation that started her business; a KUR loan for Nurul.
func directoryWithRecords(_ dir: TempDir) throws -> String {
    let store = try openStore(dir)
    defer { store.close() }
    func run(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) {
        if case .failure(let why) = store.execute(command) {
            Issue.record("\(command.name) was refused: \(why)", sourceLocation: sourceLocation)
        }
    }
    let today = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
    for (i, name) in ["Siti Rahayu", "Budi Santoso", "Dewi Lestari", "Nurul Hidayah"].enumerated() {
        run(registration(i, name: name))
    }
    let siti = RecordID(.worker, 1), budi = RecordID(.worker, 2), dewi = RecordID(.worker, 3), nurul = RecordID(.worker, 4)

    run(.scheduleFair(FairDraft(kind: .jobFair, venue: "Gedung Sate", regency: "Kota Bandung", province: "32",
                                date: today.adding(days: -10), employers: ["PT Sinar Jaya"])))
    run(.scheduleFair(FairDraft(kind: .canvassing, venue: "Balai Desa Cibiru", regency: "Kab. Bandung", province: "32",
                                date: today.adding(days: -3), employers: [])))
    let fair = RecordID(.jobFair, 1)
    run(.recordAttendance(AttendanceEntry(fair: fair, worker: siti, outcome: .offered)))
    run(.recordAttendance(AttendanceEntry(fair: fair, worker: budi, outcome: .interviewed)))
    run(.recordAttendance(AttendanceEntry(fair: fair, worker: dewi, outcome: .attended)))

    run(.createCohort(CohortDraft(program: "caregiverCourse", provider: "BLK Bandung", start: today.adding(days: -60),
                                  end: today.adding(days: -5), capacity: 20)))
    run(.enroll(CohortEnrollment(cohort: RecordID(.cohort, 1), worker: siti)))
    run(.recordResult(TrainingResult(cohort: RecordID(.cohort, 1), worker: siti, attendance: 95, score: 88, passed: true,
                                     certificateNumber: "BNSP-0001")))

    run(.createJobOrder(JobOrderDraft(employer: "Chan Household Ltd", country: "HK", job: "housekeeper", scheme: .pToP,
                                      agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 10)))
    run(.createJobOrder(JobOrderDraft(employer: "Hyundai Heavy Subcontract", country: "KR", job: "welder", scheme: .pToP,
                                      agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 5,
                                      workerCost: 12_500_000)))
    let order = RecordID(.jobOrder, 1)

    // Budi and Dewi leave through the legal order.
    for w in [budi, dewi] {
        run(.selectForJobOrder(Selection(worker: w, jobOrder: order)))
        run(.recordDocument(DocumentEntry(worker: w, kind: .passport, number: "C123456\(w.number)", issued: today,
                                          expiry: today.adding(days: 5 * 365))))
        for kind in [DocumentKind.medicalFitness, .psychologicalFitness] {
            run(.recordDocument(DocumentEntry(worker: w, kind: kind, issued: today, fit: true)))
        }
        for kind in [DocumentKind.workVisa, .placementAgreement, .employmentContract, .socialSecurity] {
            run(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "\(kind.code)-\(w.number)", issued: today)))
        }
        run(.recordOrientation(OrientationEntry(worker: w, date: today, certificateNumber: "OPP-\(w.number)")))
        run(.recordDeparture(Departure(worker: w, date: today)))
    }
    run(.openCase(CaseDraft(worker: budi, type: .unpaidWages, mission: "kjriHongKong", opened: today,
                            summary: "Wages for three months not paid")))
    run(.recordCheckIn(CheckIn(worker: budi, date: today, wellbeing: .concern, note: "waiting for mediation")))

    run(.recordReturn(ReturnEntry(worker: dewi, date: today, reason: .contractEnded)))
    run(.createProgram(ProgramDraft(kind: .umkmIncubation, name: "Inkubasi UMKM Desmigratif", village: "Cibiru",
                                    regency: "Kota Bandung", province: "32", start: today, end: today.adding(days: 90),
                                    capacity: 25)))
    run(.enrollReturnee(ProgramEnrollmentEntry(program: RecordID(.program, 1), worker: dewi)))
    run(.recordOutcome(OutcomeEntry(program: RecordID(.program, 1), worker: dewi, businessStarted: true,
                                    businessKind: "warung", monthlyRevenue: 4_500_000, jobsCreated: 2)))

    run(.applyForLoan(LoanApplication(worker: nurul, bank: "bri", amount: 15_000_000, rateBasisPoints: 600, tenorMonths: 24)))

    // The regulation changes: welding joins the zero-cost jobs, so the welder order charging its
    // workers is no longer a legal channel.
    var reference = try seedsReference()
    if let i = reference.jobs.firstIndex(where: { $0.code == "welder" }) { reference.jobs[i].zeroCost = true }
    run(.loadReference(reference))
    return dir.path + "/data"
}
