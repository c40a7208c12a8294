import TerminalUI

/// The demo's registration form.
enum DemoForm {
    static let provinces = [
        PickOption(code: "11", label: "Aceh"), PickOption(code: "12", label: "Sumatera Utara"),
        PickOption(code: "18", label: "Lampung"), PickOption(code: "31", label: "DKI Jakarta"),
        PickOption(code: "32", label: "Jawa Barat"), PickOption(code: "33", label: "Jawa Tengah"),
        PickOption(code: "35", label: "Jawa Timur"), PickOption(code: "36", label: "Banten"),
        PickOption(code: "51", label: "Bali"), PickOption(code: "52", label: "Nusa Tenggara Barat"),
        PickOption(code: "53", label: "Nusa Tenggara Timur"), PickOption(code: "61", label: "Kalimantan Barat"),
        PickOption(code: "73", label: "Sulawesi Selatan"),
    ]

    static let schemes = [
        PickOption(code: "P2P", label: "P to P"), PickOption(code: "G2G", label: "G to G"),
        PickOption(code: "UKPS", label: "for the company's own needs"), PickOption(code: "IND", label: "Perseorangan"),
    ]

    static func make() -> FormState {
        var form = FormState(fields: [
            FormField(id: "name", label: "Name", required: true),
            FormField(id: "nik", label: "NIK", kind: .masked, validator: { v in
                v.count == 16 && v.allSatisfy { $0.isASCII && $0.isNumber } ? nil : "NIK has 16 digits"
            }),
            FormField(id: "born", label: "Born", kind: .date, required: true),
            FormField(id: "children", label: "Children", kind: .number),
            FormField(id: "province", label: "Province", kind: .pick(provinces), required: true),
            FormField(id: "scheme", label: "Scheme", kind: .pick(schemes), value: "P2P"),
            FormField(id: "consent", label: "Consent", kind: .checkbox),
        ])
        form.markOpened()
        return form
    }
}
