import TerpaduCore

/// The steps a record's detail opens: on its own record, its selected row, or its marked rows.
enum RecordSteps {
    static func new(_ kind: StepKind) -> Step {
        switch kind {
        case .createCohort: .createCohort
        case .createJobOrder: .createJobOrder
        case .createProgram: .createProgram
        default: .scheduleFair
        }
    }
}

extension DeskModel {
    /// A step key on a record's detail.
    mutating func recordStep(_ action: RecordDetailAction, _ d: RecordDetailModel) -> [DeskEffect] {
        var d = d
        let id = d.id
        let selected = d.detail?.worker(at: d.table.selected)
        switch action {
        case .add:
            switch id.kind {
            case .jobFair: return startPick(.attend(fair: id))
            case .cohort: return startPick(.enroll(cohort: id))
            case .jobOrder: return startPick(.select(jobOrder: id))
            case .program: return startPick(.enrollReturnee(program: id))
            case .literacySession: return startPick(.joinLiteracy(session: id))
            default: return []
            }
        case .newAttendee:
            guard id.kind == .jobFair, context.canWrite else { return [] }
            picking = WorkerPick(purpose: .attend(fair: id), returnTo: place, searchBefore: workers.query.text)
            return openRegistration()
        case .mark:
            guard let worker = selected else { return [] }
            if d.marked.remove(worker) == nil { d.marked.insert(worker) }
            d.table.move(by: 1, rowCount: d.detail?.subTotal ?? 0)
            records.detail = d
            say(strings.steps.marked(strings.format.number(d.marked.count)))
            return recordDetailEffects()
        case .step(let kind):
            let workers = d.marked.isEmpty ? selected.map { [$0] } ?? [] : d.marked.sorted()
            let step: Step?
            switch kind {
            case .fairOutcome: step = selected.map { .fairOutcome(fair: id, worker: $0) }
            case .enrollInCohort: step = workers.isEmpty ? nil : .enrollInCohort(workers: workers)
            case .selectForOrder: step = workers.isEmpty ? nil : .selectForOrder(workers: workers)
            case .programOutcome: step = selected.map { .programOutcome(program: id, worker: $0) }
            case .decideLoan: step = .decideLoan(loan: id)
            case .disburseLoan: step = .disburseLoan(loan: id)
            case .closeLoan: step = .closeLoan(loan: id)
            case .checkIn: step = selected.map { .checkIn(worker: $0) }
            case .closeCase: step = .closeCase(protectionCase: id)
            case .headcount: step = .headcount(fair: id)
            case .scheduleLiteracySession: step = .scheduleLiteracySession
            default: step = nil
            }
            guard let step else {
                say(strings.shell.noRecords, .warning)
                return []
            }
            return openStep(step)
        default:
            return []
        }
    }
}

extension DeskModel {
    /// A step key on a worker's card; the worker's version as the card shows it goes with it.
    mutating func cardStep(_ kind: StepKind, _ worker: RecordID) -> [DeskEffect] {
        let version = card?.card?.detail.summary.version
        let step: Step
        switch kind {
        case .document: return openDocuments(worker)
        case .departure: step = .departure(worker: worker)
        case .enrollInCohort: step = .enrollInCohort(workers: [worker])
        case .selectForOrder: step = .selectForOrder(workers: [worker])
        case .enrollInProgram: step = .enrollInProgram(workers: [worker])
        case .applyLoan: step = .applyLoan(worker: worker)
        case .openCase: step = .openCase(worker: worker)
        case .checkIn: step = .checkIn(worker: worker)
        case .returnHome: step = .returnHome(worker: worker)
        case .healthCoverage: step = .healthCoverage(worker: worker)
        case .literacy: step = .literacy(worker: worker)
        case .languageTest: step = .languageTest(worker: worker)
        default: return []
        }
        return openStep(step, version: version)
    }

    static func document(for rule: DepartureGuard) -> DocumentKind? {
        switch rule {
        case .passport: .passport
        case .medicalFitness: .medicalFitness
        case .psychologicalFitness: .psychologicalFitness
        case .workVisa: .workVisa
        case .placementAgreement: .placementAgreement
        case .employmentContract: .employmentContract
        case .socialSecurity: .socialSecurity
        case .orientation: .orientation
        case .competencyCertificate: .competencyCertificate
        case .selectedForJobOrder, .age, .legalChannel, .zeroCost, .languageLevel: nil
        }
    }
}
