import ArgumentParser
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// `terpadu reference load agencies FILE.csv`: replaces a reference table of the data directory.
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Load reference tables into the data directory.",
        subcommands: [ReferenceLoad.self]
    )
}

struct ReferenceLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Replace a reference table from a CSV file.",
        subcommands: [ReferenceLoadAgencies.self]
    )
}

/// Replaces the table of licensed placement agencies (P3MI) that P to P job orders are checked against.
struct ReferenceLoadAgencies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies",
        abstract: "Replace the table of licensed placement agencies (P3MI).",
        discussion: """
        FILE.csv has the header name,licence,valid_from,valid_until and one agency a row, dates as \
        YYYY-MM-DD. The whole table is replaced and the change is recorded in the journal. Every row \
        is checked first: if any is bad, each bad row is named by line and column and nothing is loaded.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file of licensed agencies.", valueName: "FILE.csv"))
    var file: String

    func run() throws {
        let resolved = Resolved(global: global)
        try resolved.requireWriter("load reference tables")
        // Check the file before opening (or creating) anything.
        if case .failure(let bad) = AgencyTableCSV.read(path: file) {
            for p in bad.problems { complain("\(file): \(p)") }
            complain("nothing loaded: the agency table is as it was")
            throw Exit.refused
        }
        let store = try resolved.openStore(access: .readWrite)
        defer { store.close() }
        let before = store.withState { $0.referenceData.agencies.count }
        let today = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds())
        switch AgencyTableCSV.load(path: file, into: store, today: today) {
        case .loaded(let count, let valid, let seq):
            say("Loaded \(count) licensed agencies from \(file) (\(valid) valid today; the table had \(before)) as event \(seq)")
        case .badRows(let problems):
            for p in problems { complain("\(file): \(p)") }
            complain("nothing loaded: the agency table is as it was")
            throw Exit.refused
        case .refused(let refusal):
            complain("\(RefusalText.message(refusal)); nothing loaded")
            throw Exit.refused
        }
    }
}
