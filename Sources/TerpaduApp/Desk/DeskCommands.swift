import TerminalUI
import TerpaduCore

/// The `:` command line: what it offers and what each command does.
enum DeskCommands {
    static let names = ["worker ", "nik ", "fair ", "cohort ", "order ", "case ", "loan ", "program ", "new worker", "import", "export",
                        "snapshot", "theme ", "lang ", "import attendance ", "import enrollments ", "import agencies ", "stage ", "status ", "province ", "destination ", "q"]

    /// The quick filters' arguments, for completion: stage and status codes, province and country codes.
    static func filterCandidates(_ model: DeskModel) -> [String] {
        Stage.allCases.map { "stage " + $0.code } + ["stage exited", "stage all"]
            + Status.allCases.map { "status " + $0.code } + ["status all"]
            + model.reference.provinces.map { "province " + $0.code } + ["province all"]
            + model.reference.countries.map { "destination " + $0.code } + ["destination all"]
    }

    static func lineState(_ model: DeskModel, text: String = "") -> CommandLineState {
        let counts = model.header.counts
        return CommandLineState(candidates: names + model.context.themeNames.map { "theme " + $0 } + ["lang id", "lang en"]
                                    + filterCandidates(model),
                                history: model.commandHistory,
                                completer: { typed in idCompletions(typed, counts: counts) }, text: text)
    }

    /// The commands that take a record's ID and the kind they name.
    static let idCommands: [String: RecordKind] = ["worker": .worker, "fair": .jobFair, "cohort": .cohort, "order": .jobOrder]

    /// `worker W-0001` → the existing IDs that begin so (at most ten): IDs are numbered from 1, so
    /// the candidates are a range of numbers, never a scan of the records.
    static func idCompletions(_ text: String, counts: [RecordKind: Int]) -> [String] {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let kind = idCommands[parts[0].lowercased()], let count = counts[kind], count > 0 else { return [] }
        let typed = parts[1].uppercased()
        let prefix = kind.prefix + "-"
        guard typed.isEmpty || prefix.hasPrefix(typed) || typed.hasPrefix(prefix) else { return [] }
        let digits = typed.hasPrefix(prefix) ? String(typed.dropFirst(prefix.count)) : ""
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 6 else { return [] }
        let width = max(6, String(count).count)
        let pad = width - digits.count
        var low = 1, high = count
        if !digits.isEmpty, let d = Int(digits) {
            var scale = 1
            for _ in 0..<pad { scale *= 10 }
            low = max(1, d * scale)
            high = min(count, d * scale + scale - 1)
        }
        guard low <= high else { return [] }
        return (low...min(high, low + 9)).map { parts[0] + " " + RecordID(kind, $0).description }
    }
}

extension DeskModel {
    mutating func run(command text: String) -> [DeskEffect] {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = parts.first?.lowercased() else { return [] }
        let argument = parts.dropFirst().joined(separator: " ")
        let sh = strings.shell
        switch name {
        case "q", "quit", "keluar":
            return [.quit]
        case "worker", "w", "pekerja":
            guard !argument.isEmpty else { say(sh.commandNeeds(":worker"), .error); return [] }
            guard let id = RecordID(parsing: argument.uppercased(), as: .worker)
                    ?? Int(argument).map({ RecordID(.worker, $0) }) else {
                say(sh.notFound(argument), .error)
                return []
            }
            return openCard(id)
        case "nik":
            guard !argument.isEmpty else { say(sh.commandNeeds(":nik"), .error); return [] }
            return search(argument.filter { !$0.isWhitespace })
        case "new", "baru":
            guard argument.lowercased().hasPrefix("w") || argument.lowercased().hasPrefix("p") else {
                say(sh.commandNeeds(":new worker"), .error)
                return []
            }
            guard context.canWrite else { say(sh.readOnlyCannot(sh.verbRegister), .error); return [] }
            return openRegistration()
        case "fair", "bursa", "cohort", "angkatan", "order", "case", "kasus", "loan", "pinjaman", "program":
            return openRecord(named: name, argument)
        case "import", "impor":
            // `:import FILE.csv` (workers) or `:import attendance|enrollments|agencies FILE.csv`.
            guard context.canWrite else { say(sh.readOnlyCannot(sh.verbImport), .error); return [] }
            let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
            guard let last = words.last, !last.isEmpty else { say(sh.commandNeeds(":import FILE.csv"), .error); return [] }
            let kinds = ["workers", "attendance", "enrollments", "agencies"]
            let kind = words.count == 2 && kinds.contains(words[0].lowercased()) ? words[0].lowercased() : "workers"
            let path = words.count == 2 && kinds.contains(words[0].lowercased()) ? words[1] : argument
            say(sh.importing("0"))
            return [.importCSV(kind: kind, path: path, language: strings.language)]
        case "export":
            guard context.canWrite else { say(sh.readOnlyCannot(sh.verbExport), .error); return [] }
            return [.exportWorkers(path: argument.isEmpty ? nil : argument)]
        case "snapshot":
            guard context.canWrite else { say(sh.readOnlyCannot(sh.verbSnapshot), .error); return [] }
            return [.snapshot]
        case "stage", "tahap", "status", "province", "provinsi", "destination", "tujuan":
            return quickFilter(name, argument)
        case "theme", "tema":
            guard !argument.isEmpty else { say(sh.commandNeeds(":theme"), .error); return [] }
            return [.loadTheme(argument)]
        case "lang", "bahasa":
            guard let lang = Language(rawValue: argument.lowercased()) else { say(sh.commandNeeds(":lang id|en"), .error); return [] }
            strings = lang.strings
            say(strings.shell.languageSet, .ok)
            return []
        default:
            say(sh.unknownCommand(text), .error)
            return []
        }
    }

    /// `:stage CODE`, `:status CODE`, `:province CODE`, `:destination ISO` (`all` clears one): the
    /// Workers list narrowed, on top of the search. A code that names nothing is refused in words.
    mutating func quickFilter(_ name: String, _ argument: String) -> [DeskEffect] {
        let sh = strings.shell
        let value = argument.trimmingCharacters(in: .whitespaces)
        let lower = value.lowercased()
        guard !value.isEmpty else { say(sh.commandNeeds(":" + name), .error); return [] }
        let all = lower == "all" || lower == "semua"
        var q = workers.query
        switch name {
        case "stage", "tahap":
            if all {
                q.stage = nil; q.exited = nil
            } else if lower == "exited" || lower == "keluar" {
                q.stage = nil; q.exited = true
            } else if let s = Stage.allCases.first(where: { $0.code.lowercased() == lower || strings.stage($0).lowercased() == lower }) {
                q.stage = s; q.exited = nil
            } else { say(sh.notFound(value), .error); return [] }
        case "status":
            if all {
                q.status = nil
            } else if let s = Status.allCases.first(where: { $0.code.lowercased() == lower || strings.status($0).lowercased() == lower }) {
                q.status = s
            } else { say(sh.notFound(value), .error); return [] }
        case "province", "provinsi":
            if all {
                q.province = nil
            } else if let p = reference.provinces.first(where: { $0.code == value || $0.name.lowercased() == lower }) {
                q.province = p.code
            } else { say(sh.notFound(value), .error); return [] }
        default:
            if all {
                q.country = nil
            } else if let c = reference.countries.first(where: {
                $0.code.lowercased() == lower || $0.name.lowercased() == lower || $0.nameID.lowercased() == lower
            }) {
                q.country = c.code
            } else { say(sh.notFound(value), .error); return [] }
        }
        path = path.filter { if case .pane = $0 { return true } else { return false } }
        if path.isEmpty { path = [.pane(.workers)] }
        go(.pane(.workers))
        card = nil
        workers.query = q
        return requery()
    }

    /// Shows the Workers list searched for `text`.
    mutating func search(_ text: String) -> [DeskEffect] {
        path = path.filter { if case .pane = $0 { return true } else { return false } }
        if path.isEmpty { path = [.pane(.workers)] }
        go(.pane(.workers))
        card = nil
        workers.query.text = text
        return requery()
    }
}

extension DeskModel {
    /// `:fair JF-000001` (or `:fair 1`), `:cohort`, `:order`, `:case`, `:loan`, `:program`.
    mutating func openRecord(named name: String, _ argument: String) -> [DeskEffect] {
        let kind: RecordKind = switch name {
        case "fair", "bursa": .jobFair
        case "cohort", "angkatan": .cohort
        case "order": .jobOrder
        case "case", "kasus": .protectionCase
        case "loan", "pinjaman": .loan
        default: .program
        }
        guard !argument.isEmpty else { say(strings.shell.commandNeeds(":" + name), .error); return [] }
        guard let id = RecordID(parsing: argument.uppercased(), as: kind)
                ?? Int(argument).flatMap({ $0 > 0 ? RecordID(kind, $0) : nil }) else {
            say(strings.shell.notFound(argument), .error)
            return []
        }
        return openRecord(id)
    }
}
