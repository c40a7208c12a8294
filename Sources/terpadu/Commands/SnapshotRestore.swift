import ArgumentParser
import Foundation
import TerpaduStore
import TerpaduFormats

/// `terpadu snapshot restore SEQ --to NEWDIR`: a new data directory as of event SEQ; the current
/// directory is only read.
struct SnapshotRestore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Build a new data directory holding the state and the journal up to event SEQ.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The event sequence number to restore to.")
    var seq: Int64

    @Option(help: ArgumentHelp("The new data directory (must not hold a journal).", valueName: "NEWDIR"))
    var to: String

    func run() throws {
        let resolved = Resolved(global: global)
        try resolved.requireWriter("build a restored copy (it copies every record, full NIKs included)")
        let source = try resolved.existingDirectory()
        if Resolved.hasJournal(to) {
            complain("\(to) already holds a journal; restore into a new directory")
            throw Exit.unusable
        }
        let target: DataDirectory
        do { target = try DataDirectory(path: to, create: true) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        let bar = ProgressBar(label: "restoring")
        do {
            let report = try Store.restore(from: source, through: seq, to: target) { bar.update(done: Int($0), total: Int(seq)) }
            bar.finish()
            for w in report.warnings { complain("warning: \(w)") }
            say("Restored \(target.path) as of event \(report.events): \(report.workers) workers"
                + (report.snapshot.map { ", from \($0.fileName) and the journal after it" } ?? ", from the journal"))
        } catch {
            bar.finish()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target.journalPath + suffix) }
            complain("restore failed: \(error)")
            throw Exit.unusable
        }
    }
}
