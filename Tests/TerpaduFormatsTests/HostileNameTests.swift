import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// Names an office will meet, and names meant to hide, reorder or break things.
let hostileNames: [String] = {
    var names = [
        "Siti Aminah", " Siti", "Siti ", "  Siti  Aminah  ", "Siti  Aminah", "Siti\tAminah", "\tSiti", "Siti\t",
        "Siti\u{00A0}Aminah", "\u{00A0}Siti", "Siti\u{00A0}", "Siti\u{2003}Aminah", "Siti\u{3000}Aminah", "Siti\u{202F}Aminah",
        "Siti\u{205F}Aminah", "Siti\u{1680}Aminah", "Siti \u{00A0} Aminah",
        "Siti\u{2028}Aminah", "Siti\u{2029}Aminah", "Siti\u{2028}", "\u{2028}",
        "\u{200B}", "\u{200B}\u{200B}", "Si\u{200B}ti", "\u{200B}Siti", "Siti\u{200B}", " \u{200B} ", "\u{FEFF}Siti", "\u{FEFF}",
        "\u{2060}", "\u{200D}", "\u{200C}", "\u{00AD}", "\u{3164}", "\u{115F}\u{1160}", "\u{FE0F}", "\u{034F}", "Siti\u{E0041}\u{E0042}",
        "Jose\u{0301}", "Jos\u{00E9}", "Nguye\u{0302}\u{0303}n", "\u{0301}", "\u{0301}Siti", "Siti\u{0301}\u{0302}\u{0303}",
        "Z" + String(repeating: "\u{0301}", count: 15), "Z" + String(repeating: "\u{0301}", count: 40),
        "\u{202E}Siti", "Siti\u{200F}", "\u{200E}Siti", "\u{2066}Siti\u{2069}", "\u{061C}Siti", "Siti\u{202A}",
        "\u{1B}[31mSiti", "\u{1B}]0;title\u{7}", "Siti\u{7}", "Siti\u{0}", "Siti\u{7F}", "Siti\u{85}", "Siti\u{9B}31m", "Siti\u{9D}",
        "Siti\nAminah", "Siti\r\nAminah", "Siti\r", "\nSiti",
        "👩‍👩‍👧‍👦 Siti", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "Siti 👍🏽", "❤️", "🇮🇩",
        "محمد", "שלום", "Siti محمد", "李小龙", "क्षत्रिय", "Ṣ̄iti",
        "Dewi, \"Ina\"", "'=1+1", "=HYPERLINK(\"x\")", "-Siti", "@Siti", "+62", "\"", ",", "'",
        "\u{E000}", "\u{FFFD}", "\u{FFFF}", "Ｓｉｔｉ", "ﬁ",
        "", " ", "   ", "\u{00A0}",
    ]
    names.append(String(repeating: "a", count: 100))
    names.append(String(repeating: "a", count: 101))
    names.append(String(repeating: "e\u{0301}", count: 100))
    names.append(" " + String(repeating: "a", count: 100) + " ")
    names.append(String(repeating: "👩‍👩‍👧‍👦", count: 100))
    names.append(String(repeating: "x", count: 5_000))
    return names
}()

/// The JSON text of a string, as a script would send it.
private func json(_ s: String) -> String {
    let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
}

/// Each registered worker's name, by its ID's number (W-000001 is 1).
private func storedNames(_ data: String) throws -> [Int: String] {
    let store = try Store.open(directory: try DataDirectory(path: data, create: false), access: .readOnly,
                               operator: "reader", seeds: .directory(seedsURL), snapshotPolicy: .never)
    defer { store.close() }
    var out: [Int: String] = [:]
    for r in 0..<store.state.workerCount {
        if let s = store.state.summary(row: Int32(r)) { out[r + 1] = s.name }
    }
    return out
}

/// Issue 8: `apply` and `import` keep the same rule for the same text; what is stored is what was
/// typed, or the answer says what was changed; and a worker export imports back unchanged.
@Suite struct HostileNameTests {
    @Test func applyAndImportAgreeAndSayWhatTheyChanged() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable is not built")
            return
        }
        let dir = TempDir()
        defer { dir.remove() }
        let nik = { (i: Int) in womanNIK(i + 1) }

        // Through apply: one registration a line.
        var lines = ""
        for (i, name) in hostileNames.enumerated() {
            lines += #"{"cmd": "registerWorker", "nik": "\#(nik(i))", "name": \#(json(name)), "sex": "F", "birthDate": "1998-04-12", "province": "32"}"# + "\n"
        }
        let applied = try runTerpadu(exe, ["apply", "--data", dir.file("a")], input: lines)
        let answers = applied.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(answers.count == hostileNames.count, "\(applied.stderr)")

        // Through import: the same names in a CSV file, written as the export writes cells.
        var csv = "nik,name,sex,birthDate,province\r\n"
        var rowLine: [Int] = []  // a quoted name may hold line breaks, so rows are not one a line
        var line = 2
        for (i, name) in hostileNames.enumerated() {
            let record = CSVCells.record([nik(i), name, "F", "1998-04-12", "32"])
            csv += record
            rowLine.append(line)
            line += CSVImportTestLines.breaks(in: record)
        }
        writeBytes(Array(csv.utf8), to: dir.file("workers.csv"))
        let imported = try runTerpadu(exe, ["import", "workers", dir.file("workers.csv"), "--data", dir.file("b")])
        /// The import's report lines for row i.
        func importLines(_ i: Int) -> [String] {
            imported.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("line \(rowLine[i]): ") }
        }

        let storedA = try storedNames(dir.file("a")), storedB = try storedNames(dir.file("b"))
        var nextA = 1, nextB = 1
        var changedCount = 0
        for (i, name) in hostileNames.enumerated() where i < answers.count {
            let shown = name.debugDescription
            let answer = answers[i]
            let okA = answer["ok"] as? Bool == true
            let rejectedB = importLines(i).contains { !$0.contains(": stored as ") }
            #expect(okA == !rejectedB, "\(shown): apply \(answer), import \(importLines(i))")
            if !okA {
                // Refused by both, for the same reason in the same words.
                let message = answer["message"] as? String ?? ""
                #expect(importLines(i).contains { $0.hasSuffix(": " + message) }, "\(shown): \(message) / \(importLines(i))")
                if !rejectedB { nextB += 1 }
                continue
            }
            guard rejectedB == false else {
                nextA += 1
                continue
            }
            let a = storedA[nextA], b = storedB[nextB]
            nextA += 1
            nextB += 1
            #expect(a == b, "\(shown): apply stored \(a.debugDescription), import \(b.debugDescription)")
            guard let a else { continue }
            let changes = answer["changed"] as? [[String: Any]] ?? []
            if a == name {
                // Canonically the same text (NFC is how names are kept): nothing to say.
                #expect(changes.isEmpty, "\(shown): \(changes)")
                #expect(importLines(i).isEmpty, "\(shown): \(importLines(i))")
            } else {
                changedCount += 1
                let said = changes.first { $0["field"] as? String == "name" }
                #expect(said?["from"] as? String == name, "\(shown): stored \(a.debugDescription), answer \(answer)")
                #expect(said?["to"] as? String == a, "\(shown): stored \(a.debugDescription), answer \(answer)")
                #expect(importLines(i).contains { $0.hasPrefix("line \(rowLine[i]): name: stored as ") }, "\(shown): \(importLines(i))")
            }
        }
        #expect(changedCount > 0)

        // The export of what apply stored imports back into a new directory, every row, unchanged.
        let exported = try runTerpadu(exe, ["export", "workers", "--reveal", "--data", dir.file("a"), "--out", dir.file("export.csv")])
        #expect(exported.status == 0, "\(exported.stderr)")
        let again = try runTerpadu(exe, ["import", "workers", dir.file("export.csv"), "--data", dir.file("c")])
        #expect(again.status == 0, "\(again.stdout) \(again.stderr)")
        #expect(again.stdout == "workers: \(storedA.count) of \(storedA.count) rows imported, 0 rejected\n", "\(again.stdout)")
        #expect(try storedNames(dir.file("c")) == storedA)
    }
}

/// The same corpus in an optional field (`village`), in process: an `apply` line through ApplyLine
/// and the core against a CSV row through CSVImport, on two states.
@Suite struct HostileOptionalTextTests {
    @Test func applyAndImportAgreeOnAnOptionalField() throws {
        let context = CommandContext(operatorName: "t", timeMillis: fixedMillis)
        var viaApply = try referenceState(), viaImport = try referenceState()
        var csv = "nik,name,sex,birthDate,province,village\n"
        var expected: [(accepted: Bool, changes: [TextChange], stored: String?)] = []
        for (i, village) in hostileNames.enumerated() {
            let nik = womanNIK(i + 1)
            let line = #"{"cmd": "registerWorker", "nik": "\#(nik)", "name": "Pekerja \#(i)", "sex": "F", "birthDate": "1998-04-12", "province": "32", "village": \#(json(village))}"#
            let command = try ApplyLine.parse(line).get()
            switch viaApply.execute(command, context: context) {
            case .success(let events):
                guard case .workerRegistered(let r)? = events.first?.body else { continue }
                expected.append((true, TextRules.changes(in: command), r.village))
            case .failure:
                expected.append((false, [], nil))
            }
            csv += CSVCells.record([nik, "Pekerja \(i)", "F", "1998-04-12", "32", village])
        }
        let report = try CSVImport.validate(.workers, from: csvBytes(csv), state: &viaImport, context: context)
        #expect(report.accepted == expected.filter(\.accepted).count)
        #expect(report.changed.count == expected.filter { $0.accepted && !$0.changes.isEmpty }.count)
        #expect(report.changed.flatMap(\.changes) == expected.filter(\.accepted).flatMap(\.changes))
        let villagesApply = (0..<viaApply.workerCount).map { viaApply.summary(row: Int32($0))?.village }
        let villagesImport = (0..<viaImport.workerCount).map { viaImport.summary(row: Int32($0))?.village }
        #expect(villagesApply == villagesImport)
        #expect(villagesApply == expected.filter(\.accepted).map(\.stored))
    }
}
