import TerminalUI

/// The demo's registration form.
enum DemoForm {
    static func make() -> FormState {
        FormState(fields: [
            FormField(id: "name", label: "Name", required: true),
            FormField(id: "nik", label: "NIK", kind: .masked, validator: { v in
                v.count == 16 && v.allSatisfy { $0.isASCII && $0.isNumber } ? nil : "NIK has 16 digits"
            }),
            FormField(id: "born", label: "Born", kind: .date, required: true),
            FormField(id: "children", label: "Children", kind: .number),
            FormField(id: "scheme", label: "Scheme", kind: .choice(["P to P", "G to G", "UKPS", "Perseorangan"])),
            FormField(id: "consent", label: "Consent", kind: .checkbox),
        ])
    }
}
