import Foundation
import TerpaduFormats
import TerpaduCore
import TerpaduStore

/// The repository's `seeds/` folder.
public let seedsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds")

/// A fixed office clock: 2025-06-02 10:00 WIB.
public let fixedMillis: Int64 = 1_748_833_200_000

/// A NIK for a person from West Java (regency 73, district 01).
public func testNIK(sex: Sex, birth: Day, serial: Int) -> String {
    let (y, m, d) = birth.civil
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let s = String(serial)
    return "327301" + two(d + (sex == .female ? 40 : 0)) + two(m) + two(y % 100)
        + String(repeating: "0", count: max(0, 4 - s.count)) + s
}

public func registration(_ i: Int, name: String? = nil) -> Command {
    let birth = Day(year: 1990 + i % 10, month: 1 + i % 12, day: 1 + i % 28) ?? Day(number: 7000)
    return .registerWorker(WorkerDraft(nik: testNIK(sex: .female, birth: birth, serial: 1 + i), name: name ?? "Pekerja \(i)",
                                       sex: .female, birthDate: birth, province: "32"))
}

/// Opens (creating) a read-write store in `dir` with the repository's seeds.
public func openStore(_ dir: TempDir, access: StoreAccess = .readWrite, op: String = "tester",
               policy: SnapshotPolicy = .never) throws -> Store {
    let directory = try DataDirectory(path: dir.path + "/data", create: access == .readWrite)
    return try Store.open(directory: directory, access: access, operator: op, seeds: ReferenceSource { try seedsReference() },
                          clock: { fixedMillis }, snapshotPolicy: policy)
}

/// The repository's reference data, as a new data directory records it.
/// With the demo table of licensed agencies (`seeds/demo/agencies.csv`), so the fixtures' P to P
/// orders through PT Sinar Jaya pass.
public func seedsReference() throws -> ReferenceData {
    try ReferenceSeeds.loadDemo(from: seedsURL)
}
