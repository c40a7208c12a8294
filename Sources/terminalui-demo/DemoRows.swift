import TerminalUI

/// A million rows computed on demand: nothing is stored per row. Some names are written in other
/// scripts, decomposed (NFD), or hostile, so the demo shows the sanitiser and wide characters at work.
struct DemoRows: Sendable {
    static let count = 1_000_000
    static let given = ["Siti", "Budi", "Dewi", "Agus", "Nur", "Rina", "Wayan", "Made", "Putu", "Yohana",
                        "Nu\u{0301}rul", "Ha\u{0304}ti\u{0301}jah", "Nguye\u{0302}\u{0303}n", "محمد", "李娜", "Ani😀"]
    static let family = ["Rahayu", "Santoso", "Wijaya", "Hidayat", "Lestari", "Saputra", "Kusuma", "Pratama",
                         "Nasution", "Simanjuntak", "Sinaga", "Hutapea", "Manurung", "Siregar", "Harahap", "Lubis"]
    static let provinces = ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "NTB", "NTT", "Lampung", "Bali", "Sumatera Utara",
                            "Banten", "Sulawesi Selatan", "Kalimantan Barat"]
    static let stages = ["preparation", "prePlacement", "placement", "postPlacement"]
    /// Row 7 (number 8) carries an OSC 0 title-change attempt; row 13 an RTL override.
    static let hostile: [Int: String] = [7: "Eve\u{1B}]0;pwned\u{07}", 13: "abc\u{202E}fdp.exe"]

    static func name(_ row: Int) -> String {
        if let h = hostile[row] { return h }
        let g = given[(row &* 7 &+ 3) % given.count]
        let f = family[(row / 3 &+ row % 5) % family.count]
        return "\(g) \(f)"
    }

    static func cell(row: Int, column: Int) -> String {
        switch column {
        case 0: return String(row + 1)
        case 1: return name(row)
        case 2: return provinces[(row &* 13) % provinces.count]
        case 3: return stages[(row / 7) % stages.count]
        default: return String((row &* 37) % 100)
        }
    }

    static let columns = [
        TableColumn("No", width: .fixed(8), alignment: .right),
        TableColumn("Name", width: .fill(2)),
        TableColumn("Province", width: .fill(1)),
        TableColumn("Stage", width: .fixed(13)),
        TableColumn("Score", width: .fixed(5), alignment: .right),
    ]

    /// Rows whose name contains `text` (case-insensitive), stopping early when no longer current.
    static func filter(_ text: String, isCurrent: () -> Bool) -> [Int32]? {
        let needle = text.lowercased()
        var out: [Int32] = []
        for row in 0..<count {
            if row % 50_000 == 0, !isCurrent() { return nil }
            if name(row).lowercased().contains(needle) { out.append(Int32(row)) }
        }
        return out
    }
}

/// The table's view of the rows: all of them, in either order, or the filtered ones.
struct DemoSource: TableDataSource {
    var filtered: [Int32]?
    var descending: Bool

    var rowCount: Int { filtered?.count ?? DemoRows.count }

    func underlyingRow(_ row: Int) -> Int {
        let r = descending ? rowCount - 1 - row : row
        guard let filtered else { return r }
        return r >= 0 && r < filtered.count ? Int(filtered[r]) : 0
    }

    func cell(row: Int, column: Int) -> String {
        DemoRows.cell(row: underlyingRow(row), column: column)
    }
}
