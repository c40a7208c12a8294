import TerminalUI
import TerpaduCore
import TerpaduFormats

/// The fields of each step's form, in the order an operator fills them, with the defaults filled in.
enum StepForms {
    static func form(_ step: Step, _ s: Strings, reference r: ReferenceData, defaults d: StepDefaults) -> FormState {
        var form = FormState(fields: fields(step, s, r, d), words: s.toolkit)
        form.markOpened()
        // The cursor starts on the first field still empty (the defaults are usually right).
        if let first = form.fields.first(where: { !$0.readOnly && $0.value.isEmpty && !$0.kind.isCheckbox }) { form.focus(first.id) }
        return form
    }

    static func fields(_ step: Step, _ s: Strings, _ r: ReferenceData, _ d: StepDefaults) -> [FormField] {
        let l = s.steps.field, p = s.placements
        let today = d.today.description
        func text(_ f: StepField, required: Bool = false, value: String = "", max: Int = 120) -> FormField {
            FormField(id: f.rawValue, label: l(f), value: value, required: required, maxLength: max)
        }
        func number(_ f: StepField, required: Bool = true, value: String = "") -> FormField {
            FormField(id: f.rawValue, label: l(f), kind: .number, value: value, required: required, maxLength: 18)
        }
        func date(_ f: StepField, required: Bool = true, value: String = "") -> FormField {
            FormField(id: f.rawValue, label: l(f), kind: .date, value: value, required: required)
        }
        func pick(_ f: StepField, _ options: [PickOption], required: Bool = true, value: String = "") -> FormField {
            FormField(id: f.rawValue, label: l(f), kind: .pick(options), value: value, required: required)
        }
        func check(_ f: StepField, _ on: Bool = false) -> FormField {
            FormField(id: f.rawValue, label: l(f), kind: .checkbox, value: on ? "true" : "false")
        }
        func id(_ f: StepField, _ value: RecordID?) -> FormField {
            FormField(id: f.rawValue, label: l(f), value: value?.description ?? "", required: true, maxLength: 12)
        }
        let yesNo = [PickOption(code: "1", label: s.shell.yes), PickOption(code: "2", label: s.shell.no)]
        let provinces = r.provinces.map { PickOption(code: $0.code, label: $0.name) }
        let english = s.language == .en
        let missions = r.missions.map { PickOption(code: $0.code, label: $0.name) }
        let levels = codes(LanguageLevel.allCases, RefusalText.languageLevelName)
        switch step {
        case .scheduleFair:
            return [pick(.kind, codes(FairKind.allCases, s.fairs.kind), value: code(FairKind.jobFair)),
                    text(.venue, required: true), text(.village), text(.regency, required: true), pick(.province, provinces),
                    date(.date, value: today), text(.topic, max: 200), number(.headcount, required: false)]
        case .createCohort:
            return [pick(.program, r.programs.map { PickOption(code: $0.code, label: english ? $0.nameEN : $0.nameID) }),
                    text(.provider, required: true), date(.start, value: today), date(.end), number(.capacity, value: "30")]
        case .createJobOrder:
            return [text(.employer, required: true), pick(.employerIsLegalEntity, yesNo),
                    pick(.country, r.countries.map { PickOption(code: $0.iso, label: english ? $0.nameEN : $0.nameID) }),
                    pick(.job, r.jobs.map { PickOption(code: $0.code, label: english ? $0.nameEN : $0.nameID) }),
                    pick(.scheme, codes(Scheme.allCases, p.scheme)), text(.agency), text(.agencyLicence, max: 60),
                    number(.quota), check(.certificateRequired), number(.workerCost, value: "0"),
                    number(.contractMonths, value: "24"), pick(.languageLevel, levels, required: false)]
        case .createProgram:
            return [pick(.kind, codes(ProgramKind.allCases, s.reintegration.kind), value: code(ProgramKind.umkmIncubation)),
                    text(.name, required: true), text(.village, required: true), text(.regency, required: true),
                    pick(.province, provinces), date(.start, value: today), date(.end), number(.capacity, value: "25")]
        case .fairOutcome:
            return [pick(.outcome, codes(FairOutcome.allCases, s.fairs.outcome), value: code(FairOutcome.interviewed))]
        case .enrollInCohort:
            return [id(.cohort, d.cohort), check(.retake)]
        case .selectForOrder:
            return [id(.jobOrder, d.jobOrder)]
        case .enrollInProgram:
            return [id(.program, d.program)]
        case .document:
            return [pick(.kind, codes(DocumentKind.allCases, s.document), value: code(d.document ?? .passport)), text(.number, max: 40),
                    date(.issued, value: today), date(.expiry, required: false),
                    pick(.fit, [PickOption(code: "1", label: s.steps.fit), PickOption(code: "2", label: s.steps.unfit)],
                         required: false, value: "1")]
        case .departure:
            return [date(.date, value: today)]
        case .applyLoan:
            return [pick(.bank, r.banks.map { PickOption(code: $0.code, label: $0.name) }, value: d.bank ?? ""),
                    number(.amount), number(.rate, value: s.format.decimal(Double(r.loanTerms.maxRateBasisPoints) / 100)),
                    number(.tenorMonths, value: "12")]
        case .decideLoan:
            return [pick(.approved, [PickOption(code: "1", label: s.steps.approve), PickOption(code: "2", label: s.steps.reject)])]
        case .disburseLoan:
            return [date(.date, value: today)]
        case .closeLoan:
            return [pick(.repaid, [PickOption(code: "1", label: s.steps.repaid), PickOption(code: "2", label: s.steps.notRepaid)])]
        case .openCase:
            return [pick(.type, codes(CaseType.allCases, p.caseType)),
                    pick(.mission, missions, value: d.mission ?? ""),
                    date(.opened, value: today), text(.summary, max: 500)]
        case .checkIn:
            return [date(.date, value: today), pick(.wellbeing, codes(Wellbeing.allCases, p.wellbeing), value: code(Wellbeing.well)),
                    text(.note, max: 500)]
        case .closeCase:
            return [pick(.resolution, codes(CaseResolution.allCases, p.resolution)), date(.closed, value: today)]
        case .returnHome:
            return [date(.date, value: today), pick(.reason, codes(ReturnReason.allCases, s.steps.returnReason),
                                                    value: code(ReturnReason.contractEnded))]
        case .headcount:
            return [number(.headcount)]
        case .scheduleLiteracySession:
            return [date(.date, value: today), pick(.mission, missions, required: false, value: d.mission ?? ""),
                    check(.online), text(.topic, required: true, max: 200)]
        case .literacy:
            return [id(.session, d.literacySession)]
        case .healthCoverage:
            return [text(.insurer, required: true, max: 120), text(.policyNumber, required: true, max: 60),
                    date(.validFrom, value: today), date(.validTo)]
        case .languageTest:
            return [pick(.level, levels), date(.date, value: today), number(.score, required: false), check(.passed, true)]
        case .programOutcome:
            return [check(.businessStarted, true), text(.businessKind, max: 60), number(.monthlyRevenue, value: "0"),
                    number(.jobsCreated, value: "0")]
        }
    }

    /// A core enum as a pick list numbered from 1, so one digit chooses (the words are this language's).
    static func codes<E: CodedEnum>(_ all: E.AllCases, _ word: (E) -> String) -> [PickOption] {
        all.enumerated().map { PickOption(code: String($0.offset + 1), label: word($0.element)) }
    }

    /// The pick code of `value` in a list made by `codes`.
    static func code<E: CodedEnum>(_ value: E) -> String {
        String((E.allCases.firstIndex(of: value).map { E.allCases.distance(from: E.allCases.startIndex, to: $0) } ?? 0) + 1)
    }

    /// The enum value a pick made by `codes` chose.
    static func value<E: CodedEnum>(_ type: E.Type, _ code: String) -> E? {
        guard let n = Int(code), n >= 1, n <= E.allCases.count else { return nil }
        return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: n - 1)]
    }
}
