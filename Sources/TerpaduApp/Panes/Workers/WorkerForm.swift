import TerminalUI
import TerpaduCore

/// The fields of the worker form, in the order an operator copies them from an ID card, and the
/// checks that run as they are typed.
enum WorkerForm {
    static let order = ["nik", "name", "sex", "birthDate", "province", "regency", "village", "phone", "education"]

    /// Sex as the screen's language writes it: P/L in Indonesian, F/M in English.
    static func sexOptions(_ s: Strings) -> [PickOption] {
        s.language == .id
            ? [PickOption(code: "P", label: s.sex(.female)), PickOption(code: "L", label: s.sex(.male))]
            : [PickOption(code: "F", label: s.sex(.female)), PickOption(code: "M", label: s.sex(.male))]
    }

    static func sexCode(_ sex: Sex, _ s: Strings) -> String {
        s.language == .id ? (sex == .female ? "P" : "L") : sex.code
    }

    /// A new, empty registration form.
    static func registration(_ s: Strings, reference: ReferenceOptions, today: Day) -> FormState {
        var form = FormState(fields: fields(s, reference: reference, nikReadOnly: false), words: s.toolkit)
        form.formValidator = crossChecks(s, today: today)
        form.markOpened()
        return form
    }

    /// The form filled with `w` (the NIK masked and read-only until revealed).
    static func edit(_ w: WorkerSummary, _ s: Strings, reference: ReferenceOptions, today: Day) -> FormState {
        var form = FormState(fields: fields(s, reference: reference, nikReadOnly: true), words: s.toolkit)
        fill(&form, with: w, s)
        form.formValidator = crossChecks(s, today: today, nikMasked: true)
        form.markOpened()
        return form
    }

    static func fill(_ form: inout FormState, with w: WorkerSummary, _ s: Strings, only ids: Set<String>? = nil) {
        let values: [String: String] = [
            "nik": w.nikMasked, "name": w.name, "sex": sexCode(w.sex, s), "birthDate": w.birthDate.description,
            "province": w.province, "regency": w.regency ?? "", "village": w.village ?? "", "phone": w.phone ?? "",
            "education": w.education ?? "",
        ]
        for (id, v) in values where ids?.contains(id) ?? true { form.setValue(v, for: id) }
    }

    static func fields(_ s: Strings, reference: ReferenceOptions, nikReadOnly: Bool) -> [FormField] {
        let f = s.form
        let provinces = reference.provinces.map { PickOption(code: $0.code, label: $0.name) }
        let educations = reference.educations.map { PickOption(code: $0.code, label: $0.name) }
        let refusal = s.refusal
        return [
            FormField(id: "nik", label: f.nik, required: !nikReadOnly, readOnly: nikReadOnly, maxLength: 16, validator: { v in
                guard !nikReadOnly, !v.isEmpty else { return nil }
                if case .failure(let p) = NIK.parse(v) { return refusal(.nik(p)) }
                return nil
            }),
            FormField(id: "name", label: f.name, required: true, maxLength: 120),
            FormField(id: "sex", label: f.sex, kind: .pick(sexOptions(s)), required: true),
            FormField(id: "birthDate", label: f.birthDate, kind: .date, required: true),
            FormField(id: "province", label: f.province, kind: .pick(provinces), required: true),
            FormField(id: "regency", label: f.regency, maxLength: 120),
            FormField(id: "village", label: f.village, maxLength: 120),
            FormField(id: "phone", label: f.phone, maxLength: 20),
            educations.isEmpty ? FormField(id: "education", label: f.education, maxLength: 60)
                : FormField(id: "education", label: f.education, kind: .pick(educations)),
        ]
    }

    /// Checks that need several fields: the NIK against the sex and birth date typed, and a birth
    /// date in the future. Each message lands on the field it is about.
    static func crossChecks(_ s: Strings, today: Day, nikMasked: Bool = false) -> @Sendable ([String: String]) -> [String: String] {
        let refusal = s.refusal
        return { values in
            var out: [String: String] = [:]
            let birth = Day(iso: values["birthDate"] ?? "")
            if let birth, birth > today { out["birthDate"] = refusal(.birthDateInFuture) }
            guard !nikMasked, let nikText = values["nik"], case .success(let nik) = NIK.parse(nikText) else { return out }
            let sex = Sex(code: values["sex"] ?? "")
            let problems = nik.problems(sex: sex ?? nik.encodedSex, birthDate: birth ?? Day(number: 0), knownProvince: { _ in true })
            for p in problems {
                switch p {
                case .sexMismatch where sex != nil: out["sex"] = refusal(.nik(.sexMismatch))
                case .birthDateMismatch where birth != nil: out["birthDate"] = refusal(.nik(.birthDateMismatch))
                case .invalidDate: out["nik"] = refusal(.nik(.invalidDate))
                case .zeroSerial: out["nik"] = refusal(.nik(.zeroSerial))
                default: break
                }
            }
            return out
        }
    }

    /// The field a refusal from the core is about, so it lands there; nil for the status line.
    static func field(of refusal: Refusal) -> String? {
        switch refusal {
        case .fieldRequired(let f), .fieldTooLong(let f, _), .fieldHasControlCharacters(let f), .fieldInvalid(let f, _),
             .dateOrder(let f, _), .dateInFuture(let f):
            return order.contains(f) ? f : nil
        case .nik(.sexMismatch): return "sex"
        case .nik(.birthDateMismatch): return "birthDate"
        case .nik, .duplicateNIK: return "nik"
        case .birthDateInFuture, .underage: return "birthDate"
        case .unknownReference(let table, _): return table == "province" ? "province" : table == "education" ? "education" : nil
        default: return nil
        }
    }
}
