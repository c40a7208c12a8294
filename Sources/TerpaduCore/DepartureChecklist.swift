/// The guards of DESIGN §1 a departure must pass, in the order the checklist lists them.
public enum DepartureGuard: UInt8, CaseIterable, Sendable, CodedEnum {
    /// Selected for a job order (and not yet departed on it).
    case selectedForJobOrder
    /// At least 18 years old on the departure day.
    case age
    /// Recorded, and valid for six months after the departure day.
    case passport
    case medicalFitness, psychologicalFitness, workVisa, placementAgreement, employmentContract
    /// BPJS Ketenagakerjaan.
    case socialSecurity
    /// Pre-departure orientation (OPP).
    case orientation
    /// Only where the job order asks for one.
    case competencyCertificate
    /// The job order's channel is legal (P to P through a licensed agency; an individual placement with
    /// an employer that is a legal entity).
    case legalChannel
    /// One of the ten zero-cost jobs of BP2MI regulation 9/2020 costs the worker nothing.
    case zeroCost
    /// The language level the job order asks for (JLPT N4 or JFT-Basic for Japan SSW, EPS-TOPIK for
    /// Korea…): a passed cohort of a program at that level, or a recorded passed test, the same or higher.
    case languageLevel
}

/// One line of a worker's departure checklist.
public struct DepartureCheck: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case passed
        case failed(Refusal)
        /// Nothing to judge: the guard of a job order while none is selected, a certificate the order
        /// does not ask for, the zero-cost rule for another job.
        case notApplicable
    }

    public var rule: DepartureGuard
    public var outcome: Outcome

    public init(rule: DepartureGuard, outcome: Outcome) {
        self.rule = rule
        self.outcome = outcome
    }

    /// The guard does not stop the departure (true also when it does not apply).
    public var passed: Bool { refusal == nil }

    /// The refusal `recordDeparture` gives for this guard, when it fails.
    public var refusal: Refusal? {
        if case .failed(let r) = outcome { return r }
        return nil
    }

    public var applies: Bool { outcome != .notApplicable }
}

extension TerpaduState {
    /// Every departure guard for `worker` departing on `date`, passed or failed with its reason; nil for
    /// an unknown worker. The failed ones are exactly what `recordDeparture` on that date refuses with
    /// (both come from `Validation.departureChecks`), for a worker still before departure; the checklist
    /// of someone already working or exited is moot (`recordDeparture` refuses them by status).
    public func departureChecklist(worker: RecordID, date: Day) -> [DepartureCheck]? {
        guard let r = workerRow(worker) else { return nil }
        return withValidation(today: date) { $0.departureChecks(row: Int(r), date: date) }
    }

    /// The guards a job order answers for itself: its channel, and the zero-cost rule of its job. A job
    /// order's legal-channel verdict and the same lines of a departure checklist. A P to P order's
    /// licence must be in the agency table and in force on `day` (the departure day).
    func jobOrderChecks(_ order: JobOrder, on day: Day) -> [DepartureCheck] {
        var channel = Validation.channelProblem(scheme: order.scheme, agency: order.agency, licence: order.agencyLicence,
                                                legalEntity: order.employerIsLegalEntity ?? false).map { Refusal.illegalChannel(detail: $0.code) }
        if channel == nil, order.scheme == .pToP {
            channel = Validation.licenceProblem(agency: order.agency, licence: order.agencyLicence, on: day, reference: reference)
        }
        var out = [DepartureCheck(rule: .legalChannel, outcome: channel.map { .failed($0) } ?? .passed)]
        let jobs = reference.data.jobs
        if order.job >= 0, order.job < jobs.count, jobs[order.job].zeroCost {
            out.append(DepartureCheck(rule: .zeroCost, outcome: order.workerCost > 0
                ? .failed(.zeroCostViolation(job: jobs[order.job].code, cost: order.workerCost)) : .passed))
        } else {
            out.append(DepartureCheck(rule: .zeroCost, outcome: .notApplicable))
        }
        return out
    }
}

extension Validation {
    /// Every departure guard of DESIGN §1 for worker row `r` on `date`, one check each, in the order of
    /// `DepartureGuard`. `departureProblems` is its failures, so the checklist a desk shows and the
    /// refusal at departure cannot disagree.
    func departureChecks(row r: Int, date: Day) -> [DepartureCheck] {
        var out: [DepartureCheck] = []
        func check(_ rule: DepartureGuard, _ failure: Refusal?) {
            out.append(DepartureCheck(rule: rule, outcome: failure.map { .failed($0) } ?? .passed))
        }
        let w = state.workers
        let p = Int(w.placement[r])
        var order: JobOrder?
        if p >= 0, p < state.placements.count, state.placements[p].status == PlacementStatus.selected.rawValue {
            let jo = Int(state.placements[p].jobOrder)
            if jo >= 0, jo < state.jobOrders.count { order = state.jobOrders[jo] }
        }
        check(.selectedForJobOrder, order == nil ? .notSelected(worker: state.id(.worker, row: Int32(r))) : nil)
        let age = ageOn(date, row: r)
        check(.age, age < Self.minimumAge ? .departureUnderage(age: age) : nil)
        let docs = w.documents[r]
        func has(_ k: DocumentKind) -> Bool { docs & k.bit != 0 }
        // A recorded document dated after the departure, or one whose expiry lapses before it, fails
        // its own guard (DESIGN §1: every document with an expiry valid on the day, none dated after it).
        func dates(_ k: DocumentKind) -> Refusal? {
            let issued = w.issued(k, row: r)
            if !issued.isNone, issued > date { return .documentDatedAfterDeparture(kind: k, issued: issued, departure: date) }
            let expiry = w.expiry(k, row: r)
            if !expiry.isNone, expiry < date { return .documentExpired(kind: k, expiry: expiry, departure: date) }
            return nil
        }
        func document(_ k: DocumentKind, missing: Refusal) -> Refusal? { has(k) ? dates(k) : missing }
        if !has(.passport) {
            check(.passport, .passportMissing)
        } else if let problem = w.issued(.passport, row: r) > date ? dates(.passport) : nil {
            check(.passport, problem)
        } else {
            // A passport must stay valid for six months after departure.
            let needed = date.adding(days: 183)
            let expiry = Day(number: w.passportExpiry[r])
            check(.passport, expiry.isNone || expiry < needed ? .passportExpiresTooSoon(expiry: expiry, needed: needed) : nil)
        }
        check(.medicalFitness, !has(.medicalFitness) ? .medicalFitnessMissing : w.unfit[r] & 1 != 0 ? .medicallyUnfit
              : dates(.medicalFitness))
        check(.psychologicalFitness, !has(.psychologicalFitness) ? .psychologicalFitnessMissing
              : w.unfit[r] & 2 != 0 ? .psychologicallyUnfit : dates(.psychologicalFitness))
        check(.workVisa, document(.workVisa, missing: .workVisaMissing))
        check(.placementAgreement, document(.placementAgreement, missing: .placementAgreementMissing))
        check(.employmentContract, document(.employmentContract, missing: .employmentContractMissing))
        check(.socialSecurity, document(.socialSecurity, missing: .socialSecurityMissing))
        check(.orientation, document(.orientation, missing: .orientationMissing))
        if let order {
            if order.certificateRequired {
                check(.competencyCertificate, document(.competencyCertificate, missing: .competencyCertificateMissing))
            } else {
                out.append(DepartureCheck(rule: .competencyCertificate, outcome: .notApplicable))
            }
            out += state.jobOrderChecks(order, on: date)
        } else {
            for rule in [DepartureGuard.competencyCertificate, .legalChannel, .zeroCost] {
                out.append(DepartureCheck(rule: rule, outcome: .notApplicable))
            }
        }
        out.append(languageCheck(row: r, order: order, date: date))
        return out
    }

    /// The refusals of every failing departure guard, in checklist order.
    func departureProblems(row r: Int, date: Day) -> [Refusal] {
        departureChecks(row: r, date: date).compactMap(\.refusal)
    }
}
