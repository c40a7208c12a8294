import TerpaduCore

/// Which fields an update names, in the form's order (for timelines and conflict messages).
enum EventFields {
    static func changed(_ u: WorkerUpdate) -> [String] {
        var out: [String] = []
        if u.nik != nil { out.append("nik") }
        if u.name != nil { out.append("name") }
        if u.sex != nil { out.append("sex") }
        if u.birthDate != nil { out.append("birthDate") }
        if u.province != nil { out.append("province") }
        if u.regency != nil { out.append("regency") }
        if u.village != nil { out.append("village") }
        if u.phone != nil { out.append("phone") }
        if u.education != nil { out.append("education") }
        return out
    }
}
