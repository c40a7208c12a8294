import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport


@Suite struct CSVFuzzTests {
    /// Well-formed files of each kind, the seeds the mutations start from.
    static let seeds: [(ImportKind, String)] = [
        (.workers, "\u{FEFF}nik,name,sex,birthDate,province,regency,village,phone,education\r\n"
            + "\(womanNIK(1)),Siti Aminah,F,1998-04-12,32,Kota Bandung,Cibiru,0812,SMA\r\n"
            + "\(womanNIK(2)),\"Dewi, \"\"Ina\"\"\",P,1998-04-12,32,,,,\r\n"
            + "12345,Budi,M,1990-01-01,99,,,,\r\n"),
        (.workers, "nik,name,sex,birthDate,province\n\(womanNIK(3)),'=Rina,F,1998-04-12,32\n\"a\nb\",x,F,2000-01-01,32\n"),
        (.attendance, "fair,worker,outcome\nJF-000001,W-000001,attended\nJF-000002,W-000001,offered\n"),
        (.enrollments, "cohort,worker,expectedVersion\nTC-000001,W-000001,1\nTC-000001,W-000002,\n"),
    ]

    static let alphabet: [UInt8] = Array(",\"\r\n'=+-@\t 0123456789abcWJFTC-".utf8) + [0, 0xEF, 0xBB, 0xBF, 0xFF, 0xC3, 0xA9, 0x1B]

    static func mutate(_ input: [UInt8], _ rng: inout TestRandom) -> [UInt8] {
        var b = input
        for _ in 0..<(1 + rng.below(8)) {
            switch rng.below(7) {
            case 0 where !b.isEmpty: b.remove(at: rng.below(b.count))
            case 1: b.insert(rng.pick(alphabet) ?? 0, at: rng.below(b.count + 1))
            case 2 where !b.isEmpty: b[rng.below(b.count)] = UInt8(truncatingIfNeeded: rng.next())
            case 3 where !b.isEmpty:
                let i = rng.below(b.count)
                b = Array(b[..<i])  // truncate
            case 4 where !b.isEmpty:
                let i = rng.below(b.count), n = min(b.count - i, 1 + rng.below(40))
                b.insert(contentsOf: b[i..<(i + n)], at: rng.below(b.count + 1))  // duplicate a span
            case 5: b.insert(contentsOf: Array("\"\"\"".utf8), at: rng.below(b.count + 1))
            default: b.insert(contentsOf: Array(",\r\n".utf8).shuffledPrefix(&rng), at: rng.below(b.count + 1))
            }
        }
        return b
    }

    static func random(_ rng: inout TestRandom) -> [UInt8] {
        let n = rng.below(300)
        var b: [UInt8] = []
        b.reserveCapacity(n)
        for _ in 0..<n {
            b.append(rng.below(3) == 0 ? UInt8(truncatingIfNeeded: rng.next()) : (rng.pick(alphabet) ?? 0))
        }
        return b
    }

    @Test func tenThousandRandomAndMutatedInputsGiveAReportOrATypedError() throws {
        var base = try referenceState()
        let context = CommandContext(operatorName: "fuzz", timeMillis: fixedMillis)
        let day = Day(year: 2025, month: 6, day: 1) ?? Day(number: 0)
        _ = base.execute(.scheduleFair(FairDraft(kind: .jobFair, venue: "GOR", regency: "Bandung", province: "32", date: day)),
                         context: context)
        _ = base.execute(.createCohort(CohortDraft(program: "housekeepingCourse", provider: "BLK", start: day,
                                                   end: day.adding(days: 30), capacity: 5)), context: context)
        _ = base.execute(.registerWorker(WorkerDraft(nik: womanNIK(900), name: "Basis", sex: .female,
                                                     birthDate: Day(year: 1998, month: 4, day: 12) ?? day, province: "32")),
                         context: context)

        var rng = TestRandom(seed: 0x7E2A_D0)
        var reports = 0, headerErrors = 0, accepted = 0
        for i in 0..<10_000 {
            let kind: ImportKind
            let input: [UInt8]
            if i % 4 == 0 {
                kind = rng.pick(ImportKind.allCases) ?? .workers
                let header = Array((kind.requiredColumns.joined(separator: ",") + "\n").utf8)
                input = rng.below(2) == 0 ? Self.random(&rng) : header + Self.random(&rng)
            } else {
                let seed = Self.seeds[rng.below(Self.seeds.count)]
                kind = seed.0
                input = Self.mutate(Array(seed.1.utf8), &rng)
            }
            var state = base
            let before = state.workerCount
            do {
                let report = try CSVImport.validate(kind, from: .bytes(input), state: &state, context: context)
                reports += 1
                accepted += report.accepted
                #expect(report.accepted + report.rejected.count <= report.rows, "input \(i)")
                #expect(report.rejected.allSatisfy { $0.line >= 2 && !$0.problems.isEmpty }, "input \(i)")
                #expect(report.bytesRead <= Int64(input.count), "input \(i)")
                if kind == .workers { #expect(state.workerCount - before == report.accepted, "input \(i)") }
                for line in report.reportLines {
                    #expect(!line.unicodeScalars.contains(where: { TextRules.isForbidden($0) }), "input \(i): \(line)")
                }
            } catch {
                headerErrors += 1
                #expect(!error.description.isEmpty)
                #expect(state.workerCount == before, "input \(i): nothing applied after a header error")
            }
        }
        #expect(reports + headerErrors == 10_000)
        #expect(reports > 1_000)
        #expect(accepted > 0)
    }
}

extension Array where Element == UInt8 {
    /// A random non-empty prefix of a random rotation (for inserting separators).
    func shuffledPrefix(_ rng: inout TestRandom) -> [UInt8] {
        guard !isEmpty else { return [] }
        let start = rng.below(count)
        let rotated = Array(self[start...] + self[..<start])
        return Array(rotated.prefix(1 + rng.below(count)))
    }
}
