import ArgumentParser
import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// `terpadu apply`: JSON Lines commands on stdin, one JSON result line per input line on stdout, each
/// written only after its command is durable. Lines are committed in transactions of up to
/// `--batch` commands, or sooner when no more input is waiting.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record commands read as JSON Lines on stdin (see docs/commands.md).",
        discussion: """
            Each input line is one object, e.g. {"cmd": "registerWorker", "nik": "3273015204980001", "name": \
            "Siti Aminah", "sex": "F", "birthDate": "1998-04-12", "province": "32"}. Each output line says \
            {"ok": true, "line": 1, "seq": 42, "id": "W-000042"} or {"ok": false, "line": 2, "reason": "…", \
            "message": "…"}. Blank lines are skipped. Exit status 0 when all were accepted, 1 when any was \
            refused, 3 when the data directory cannot be used.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Most commands per transaction.")
    var batch = 100

    @Flag(help: "Print the command reference (Markdown) and exit.")
    var listCommands = false

    func validate() throws {
        guard batch >= 1 && batch <= 100_000 else { throw ValidationError("--batch must be between 1 and 100000") }
    }

    func run() throws {
        if listCommands {
            print(CommandReference.markdown())
            return
        }
        try Resolved(global: global).requireWriter("record commands")
        let store = try Resolved(global: global).openStore(access: .readWrite, snapshotPolicy: .bulk)
        var reader = LineReader(fd: 0, maxLine: ApplyLine.maxLineBytes)
        var pending: [(line: Int, parsed: Result<Command, ApplyLineError>)] = []
        var lineNumber = 0
        var refused = false
        var failed: StoreError?

        func flush() {
            guard !pending.isEmpty else { return }
            let commands = pending.compactMap { try? $0.parsed.get() }
            let results = commands.isEmpty ? [] : store.executeBatch(commands, batchSize: commands.count)
            var next = 0
            var out = ""
            for item in pending {
                switch item.parsed {
                case .failure(let error):
                    refused = true
                    out += Self.lineError(item.line, error) + "\n"
                case .success(let command):
                    let result = next < results.count ? results[next] : .failure(.failed(.other("no result")))
                    next += 1
                    switch result {
                    case .success(let events): out += Self.accepted(item.line, events, TextRules.changes(in: command)) + "\n"
                    case .failure(let refusal):
                        refused = true
                        if case .failed(let e) = refusal { failed = e }
                        if case .readOnly = refusal { failed = .other("the store is read-only") }
                        out += Self.refusal(item.line, refusal) + "\n"
                    }
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            pending.removeAll(keepingCapacity: true)
        }

        reading: while failed == nil {
            switch reader.next(wait: pending.isEmpty) {
            case .line(let bytes):
                lineNumber += 1
                if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                pending.append((lineNumber, ApplyLine.parse(Data(bytes))))
                if pending.count >= batch { flush() }
            case .tooLong:
                lineNumber += 1
                pending.append((lineNumber, .failure(ApplyLineError(.lineTooLong,
                    "the line is longer than \(ApplyLine.maxLineBytes) bytes"))))
            case .wouldBlock:
                flush()
            case .end:
                flush()
                break reading
            case .failed(let code):
                flush()
                refused = true
                complain("stopped: standard input could not be read after line \(lineNumber) (\(errnoDescription(code))); nothing after it was read")
                break reading
            }
        }
        // The closing snapshot is written now; a full disk makes it fail, which loses nothing but is said.
        for w in store.closeAndReport() { complain("warning: \(w)") }
        if failed == nil, let damage = store.damaged {
            complain("the lines answered above are saved, but the journal was found damaged while they were recorded: \(damage)")
            throw Exit.unusable
        }
        if let failed {
            complain("stopped: \(failed)")
            throw Exit.unusable
        }
        if refused { throw Exit.refused }
    }

    static func accepted(_ line: Int, _ events: [Event], _ changes: [TextChange] = []) -> String {
        var j = JSONLine()
        j.add("ok", true)
        j.add("line", line)
        if let first = events.first {
            j.add("seq", first.seq)
            if let id = createdID(first.body) { j.add("id", id.description) }
        }
        if events.count > 1 { j.add("seqs", ints: events.map(\.seq)) }
        // What was stored otherwise than it was typed (spaces tidied), field by field.
        if !changes.isEmpty { j.add("changed", objects: changes.map { [("field", $0.field), ("from", $0.from), ("to", $0.to)] }) }
        return j.text
    }

    /// The record a command created, or else the one it is about.
    static func createdID(_ body: EventBody) -> RecordID? {
        switch body {
        case .workerRegistered(let p): p.worker
        case .fairScheduled(let p): p.fair
        case .jobOrderCreated(let p): p.jobOrder
        case .cohortCreated(let p): p.cohort
        case .loanApplied(let p): p.loan
        case .workerSelected(let p): p.placement
        case .caseOpened(let p): p.protectionCase
        case .programCreated(let p): p.program
        default: body.recordIDs.first
        }
    }

    static func refusal(_ line: Int, _ refusal: StoreRefusal) -> String {
        var j = JSONLine()
        j.add("ok", false)
        j.add("line", line)
        j.add("reason", RefusalText.code(refusal))
        j.add("message", RefusalText.message(refusal))
        if case .refused(let r, let since) = refusal {
            if r.reasons.count > 1 { j.add("reasons", strings: r.reasons.map(RefusalText.code)) }
            for reason in r.reasons {
                if case .conflict(_, _, let current) = reason {
                    j.add("currentVersion", current)
                    j.add("eventsSince", ints: since.map(\.seq))
                }
            }
        }
        return j.text
    }

    static func lineError(_ line: Int, _ error: ApplyLineError) -> String {
        var j = JSONLine()
        j.add("ok", false)
        j.add("line", line)
        j.add("reason", error.reason.rawValue)
        if let field = error.field { j.add("field", field) }
        j.add("message", error.message)
        return j.text
    }
}
