import ArgumentParser
import TerpaduStore

/// `terpadu doctor`: checks the data directory; exits non-zero listing each finding with its mend.
/// `--repair` mends what a repair can: a journal behind what was handed out (one gap event), a damaged
/// journal (rebuilt from what can be read and the newest snapshot), stage tables that disagree.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the journal, every snapshot, and the stage and counter tables (changes nothing).",
        discussion: """
            With --repair: a journal that lost events (a deleted journal.sqlite-wal) gets one gap event that \
            moves sequence numbers and IDs past every one handed out; a damaged journal is set aside in \
            damaged-TIME/ and rebuilt from what can still be read and the newest snapshot (every other terpadu \
            process must be stopped); the stage and counter tables are rewritten. Nothing is deleted.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Also list what was checked and found sound.")
    var verbose = false

    @Flag(help: "Mend what can be mended (see below), then check again.")
    var repair = false

    func run() throws {
        let resolved = Resolved(global: global)
        let directory = try resolved.existingDirectory()
        if repair { try mend(directory, resolved: resolved) }
        let report = Doctor.examine(directory: directory)
        if verbose { for p in report.passed { say("ok: \(p)") } }
        if report.isClean {
            let gaps = report.passed.filter { $0.contains("lost, see event") }
            for g in gaps where !verbose { sayProse("note: \(g)") }
            say("doctor: \(directory.path) is sound (\(report.passed.count) checks)")
            return
        }
        for f in report.findings { sayProse("finding: \(f)") }
        say("doctor: \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") in \(directory.path)")
        throw Exit.refused
    }

    private func mend(_ directory: DataDirectory, resolved: Resolved) throws {
        let name = try resolved.writer("repair the data directory")
        let damaged: Bool
        do {
            let journal = try Journal(path: directory.journalPath, access: .readOnly)
            damaged = try !journal.integrityCheck().isEmpty
        } catch JournalError.corrupt {
            damaged = true
        } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        do {
            let report = damaged
                ? try Store.rebuildJournal(directory: directory, operator: name, progress: { say("repair: \($0)…") })
                : try Store.repair(directory: directory, operator: name)
            for line in report.done { sayProse("repaired: \(line)") }
        } catch {
            complain("repair failed: \(error)")
            throw Exit.unusable
        }
    }
}
