import CSV
import Foundation
import TerpaduCore
import TerpaduStore

/// Reads `seeds/reference/*.csv` into the core's `ReferenceData`. The core never reads files; this
/// is where the seed tables become values.
public enum ReferenceSeeds {
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    /// Finds the seeds directory: `--seeds DIR`, `$TERPADU_SEEDS`, the working directory, or beside
    /// the executable (and its parents, for `swift run`). Returns the places looked when none is found.
    public struct NotFound: Error, Sendable {
        /// Every place looked, in order.
        public var looked: [String]
    }

    public static func locate(explicit: String?, environment: [String: String], executablePath: String)
        -> Result<URL, NotFound> {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if let env = environment["TERPADU_SEEDS"], !env.isEmpty { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/seeds")
        var dir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("seeds").path)
            dir = dir.deletingLastPathComponent()
        }
        for c in candidates {
            if FileManager.default.fileExists(atPath: c + "/reference/provinces.csv") {
                return .success(URL(fileURLWithPath: c))
            }
        }
        return .failure(NotFound(looked: candidates))
    }

    static func table(_ dir: URL, _ name: String, _ columns: [String]) throws -> [[String: String]] {
        let url = dir.appendingPathComponent("reference").appendingPathComponent(name)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LoadError(file: url.path, line: 0, message: "cannot be read (\(error.localizedDescription))")
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw LoadError(file: url.path, line: 1, message: "is not valid CSV (\(error))")
        }
        let header = reader.headerRow ?? []
        for c in columns where !header.contains(c) {
            throw LoadError(file: url.path, line: 1, message: "has no column \"\(c)\"")
        }
        var rows: [[String: String]] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.isEmpty }) { continue }
            guard row.count == header.count else {
                throw LoadError(file: url.path, line: line, message: "has \(row.count) fields, the header has \(header.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row.map { $0.trimmingCharacters(in: .whitespaces) })))
        }
        return rows
    }

    static func int(_ row: [String: String], _ key: String, _ file: String, _ line: Int) throws -> Int {
        guard let v = row[key], let n = Int(v) else {
            throw LoadError(file: file, line: line, message: "\(key) is not a whole number")
        }
        return n
    }

    public static func load(from dir: URL) throws -> ReferenceData {
        let provinces = try table(dir, "provinces.csv", ["code", "name"]).map {
            ReferenceData.Province(code: $0["code"] ?? "", name: $0["name"] ?? "")
        }
        let countries = try table(dir, "countries.csv", ["iso", "name_en", "name_id"]).map {
            ReferenceData.Country(iso: $0["iso"] ?? "", nameEN: $0["name_en"] ?? "", nameID: $0["name_id"] ?? "")
        }
        let missions = try table(dir, "missions.csv", ["code", "country_iso", "name", "city"]).map {
            ReferenceData.Mission(code: $0["code"] ?? "", countryISO: $0["country_iso"] ?? "", name: $0["name"] ?? "",
                                  city: $0["city"] ?? "")
        }
        let jobs = try table(dir, "jobs.csv", ["code", "name_en", "name_id", "sector", "zero_cost", "ssw_field"]).map {
            ReferenceData.Job(code: $0["code"] ?? "", nameEN: $0["name_en"] ?? "", nameID: $0["name_id"] ?? "",
                              sector: $0["sector"] ?? "", zeroCost: $0["zero_cost"] == "1", sswField: $0["ssw_field"] == "1")
        }
        var programs: [ReferenceData.TrainingProgram] = []
        for (i, row) in try table(dir, "training_programs.csv", ["code", "name_en", "name_id", "kind", "hours"]).enumerated() {
            guard let kind = TrainingKind(code: row["kind"] ?? "") else {
                throw LoadError(file: "training_programs.csv", line: i + 2, message: "kind must be vocational or language")
            }
            // Optional column: the language level a pass shows, as a LanguageLevel code (jlptN4, epsTopik…).
            let levelCode = row["language_level"] ?? ""
            var level: LanguageLevel?
            if !levelCode.isEmpty {
                guard let l = LanguageLevel(code: levelCode) else {
                    throw LoadError(file: "training_programs.csv", line: i + 2, message: "language_level \(levelCode) is not one of: "
                                    + LanguageLevel.allCases.map(\.code).joined(separator: ", "))
                }
                level = l
            }
            programs.append(ReferenceData.TrainingProgram(code: row["code"] ?? "", nameEN: row["name_en"] ?? "",
                nameID: row["name_id"] ?? "", kind: kind, hours: try int(row, "hours", "training_programs.csv", i + 2),
                languageLevel: level))
        }
        let banks = try table(dir, "kur_banks.csv", ["code", "name"]).map {
            ReferenceData.Bank(code: $0["code"] ?? "", name: $0["name"] ?? "")
        }
        let termsRows = try table(dir, "kur_terms.csv", ["scheme", "ceiling_idr", "max_rate_percent", "max_tenor_months"])
        guard let pmi = termsRows.first(where: { $0["scheme"] == "pmi" }) ?? termsRows.first else {
            throw LoadError(file: "kur_terms.csv", line: 2, message: "has no row for scheme pmi")
        }
        guard let ceiling = Int64(pmi["ceiling_idr"] ?? ""), let rate = Double(pmi["max_rate_percent"] ?? ""),
              let tenor = Int(pmi["max_tenor_months"] ?? "") else {
            throw LoadError(file: "kur_terms.csv", line: 2, message: "ceiling, rate and tenor must be numbers")
        }
        let labelled = { (name: String) throws -> [ReferenceData.Labelled] in
            try table(dir, name, ["code", "name_en", "name_id"]).map {
                ReferenceData.Labelled(code: $0["code"] ?? "", nameEN: $0["name_en"] ?? "", nameID: $0["name_id"] ?? "")
            }
        }
        // Added after the first release: a seeds folder without it gives an empty table (free text).
        let educationFile = dir.appendingPathComponent("reference").appendingPathComponent("education.csv")
        let educations = FileManager.default.fileExists(atPath: educationFile.path)
            ? try table(dir, "education.csv", ["code", "name"]).map {
                ReferenceData.Education(code: $0["code"] ?? "", name: $0["name"] ?? "")
            } : []
        let data = ReferenceData(
            provinces: provinces, countries: countries, missions: missions, jobs: jobs, programs: programs, banks: banks,
            loanTerms: .init(ceiling: ceiling, maxRateBasisPoints: Int((rate * 100).rounded()), maxTenorMonths: tenor),
            returnReasons: try labelled("return_reasons.csv"), exitReasons: try labelled("exit_reasons.csv"),
            caseTypes: try labelled("protection_case_types.csv"), educations: educations)
        if let problem = data.problems().first { throw LoadError(file: dir.path + "/reference", line: 0, message: problem) }
        return data
    }
}

extension ReferenceSeeds {
    /// The reference tables with the demo table of licensed agencies (`demo/agencies.csv`), for the
    /// generated sets (`seed demo`, `seed synthetic`, the desk's demo, the benchmarks) and nothing else:
    /// a new directory starts with no agencies.
    public static func loadDemo(from dir: URL) throws -> ReferenceData {
        var data = try load(from: dir)
        let file = dir.appendingPathComponent("demo").appendingPathComponent("agencies.csv").path
        switch AgencyTableCSV.read(path: file) {
        case .success(let agencies): data.agencies = agencies
        case .failure(let bad):
            throw LoadError(file: file, line: bad.problems.first?.line ?? 0,
                            message: bad.problems.map(\.description).joined(separator: "; "))
        }
        return data
    }
}

extension ReferenceSource {
    /// A seeds folder holding `reference/*.csv`, read only if a new directory needs it.
    public static func directory(_ url: URL) -> ReferenceSource {
        ReferenceSource { try ReferenceSeeds.load(from: url) }
    }
}
