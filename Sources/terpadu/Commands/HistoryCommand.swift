import ArgumentParser
import TerpaduCore
import TerpaduStore

/// `terpadu history ID`: one record's timeline from the journal, gaps included.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every event that touched a record (W-000123, JO-000004, …), oldest first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The record's ID.", valueName: "ID"))
    var id: String

    func run() throws {
        guard let record = RecordID(parsing: id) else {
            complain("\(id.debugDescription) is not a record ID: a prefix (W, JF, JO, TC, LN, PL, PC, RP, DR), a dash and digits, like W-000123")
            throw ExitCode.validationFailure
        }
        let store = try Resolved(global: global).openStore(access: .readOnly)
        defer { store.close() }
        let entries: [TimelineEntry]
        do { entries = try store.timeline(of: record) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        guard !entries.isEmpty else {
            say("\(record): no such record")
            throw Exit.refused
        }
        for entry in entries {
            switch entry {
            case .event(let row):
                say("\(row.seq)  \(row.time)  \(row.operatorName)  \(row.kind)")
            case .lost(let range, let gap):
                let span = range.lowerBound == range.upperBound ? "event \(range.lowerBound)" : "events \(range.lowerBound)…\(range.upperBound)"
                let what = gap.lostNumbers[record.kind]?.contains(record.number) == true
                    ? "\(record) was registered by one of them" : "they may have touched \(record)"
                say("\(span): lost, see event \(gap.seq) (\(what))")
            }
        }
    }
}
