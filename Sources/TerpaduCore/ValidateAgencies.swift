/// Rules for the legal channel: the table of licensed placement agencies (P3MI) and the licence a
/// P to P job order names, checked on the order's day and again on the departure day.
extension Validation {
    func loadAgencies(_ t: AgencyTable) throws(Refusals) -> [EventBody] {
        try requireReference()
        var clean: [ReferenceData.Agency] = []
        clean.reserveCapacity(t.agencies.count)
        for (i, a) in t.agencies.enumerated() {
            var c = a
            c.name = try text(a.name, "agencies[\(i)].name", max: 120)
            c.licence = try text(a.licence, "agencies[\(i)].licence", max: 60)
            clean.append(c)
        }
        if let problem = ReferenceData.agencyProblems(clean).first {
            throw refuse(.fieldInvalid(field: "agencies", detail: problem))
        }
        return [.agenciesLoaded(AgencyTable(agencies: clean))]
    }

    /// Why `licence` does not let `agency` place workers on `day`, or nil when it does: the table is
    /// empty, the licence is not in it, it is another agency's, or it is not in force that day.
    static func licenceProblem(agency: String, licence: String, on day: Day, reference: ReferenceIndex) -> Refusal? {
        let table = reference.data.agencies
        if table.isEmpty { return .noLicensedAgencies }
        guard let i = reference.agencyByLicence[licence.lowercased()], i < table.count else {
            return .agencyLicenceUnknown(licence: licence)
        }
        let entry = table[i]
        if foldedName(entry.name) != foldedName(agency) {
            return .agencyLicenceMismatch(licence: licence, registeredTo: entry.name)
        }
        if !entry.isValid(on: day) {
            return .agencyLicenceNotValid(licence: licence, validFrom: entry.validFrom, validUntil: entry.validUntil, on: day)
        }
        return nil
    }

    /// Names compared without case or runs of spaces ("PT  Sinar Jaya" is "pt sinar jaya").
    static func foldedName(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
