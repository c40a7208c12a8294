import ArgumentParser
import Foundation
import TerpaduCore
import TerpaduStore

/// `terpadu backup --to DIR`, `terpadu backup verify DIR`, `terpadu backup restore DIR`.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up the data directory while operators keep working; verify or restore a backup.",
        discussion: """
            Nightly, from the service account's crontab (a new folder each night, so a bad night never \
            overwrites a good backup):
              15 1 * * * terpadu backup --to /var/backups/terpadu/$(date +\\%F) >> /var/log/terpadu-backup.log 2>&1
            See docs/BACKUP.md for how to check and restore one.
            """,
        subcommands: [BackupCreate.self, BackupVerify.self, BackupRestore.self],
        defaultSubcommand: BackupCreate.self)
}

/// `terpadu backup [create] --to DIR`.
struct BackupCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Copy the data directory to a new folder: the journal in one consistent read, the newest snapshot; verified before it counts.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The new folder for the backup (must not exist, or be empty).", valueName: "DIR"))
    var to: String

    func run() throws {
        let resolved = Resolved(global: global)
        let name = try resolved.writer("back up (a backup copies every record, full NIKs included, and is recorded in the journal)")
        let source = try resolved.existingDirectory()
        let started = Date()
        var phase: BackupProgress.Phase?
        var phaseStarted = Date()
        let bar = ProgressBar(label: "backup")
        func endPhase() {
            guard let phase else { return }
            bar.finish()
            say("backup: \(phase.rawValue): done in " + String(format: "%.1f", Date().timeIntervalSince(phaseStarted)) + " s")
        }
        let report: BackupReport
        do {
            report = try Store.backup(from: source, to: to) { p in
                if p.phase != phase {
                    endPhase()
                    phase = p.phase
                    phaseStarted = Date()
                }
                bar.update(done: Int(p.done), total: Int(p.total), detail: p.phase.rawValue)
            }
            endPhase()
        } catch {
            bar.finish()
            complain("backup failed: \(error)")
            throw Exit.unusable
        }
        let megabytes = String(format: "%.1f", Double(report.journalBytes) / 1_000_000)
        sayProse("backup: \(report.path) holds events 1 to \(report.events) (\(report.workers) workers; journal \(megabytes) MB; "
            + "\(report.snapshots.count) snapshot\(report.snapshots.count == 1 ? "" : "s")), verified, in "
            + String(format: "%.1f", Date().timeIntervalSince(started)) + " s")
        // The audit trail says who copied everyone's data, when, and where to.
        do {
            let store = try Store.open(directory: source, operator: name)
            let result = store.execute(.recordExport(ExportRecord(kind: "backup", rows: report.workers, revealed: true,
                                                                  destination: report.path)))
            store.close()
            if case .failure(let refusal) = result { throw refusal }
        } catch {
            complain("the backup is complete, but recording it in the journal failed: \(error)")
            throw Exit.refused
        }
    }
}

/// `terpadu backup verify DIR`.
struct BackupVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a backup: complete, integrity, checksums, a replay equal to its tables, modes.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup folder.", valueName: "DIR"))
    var dir: String

    @Flag(help: "Also list what was checked and found sound.")
    var verbose = false

    func run() throws {
        let result = Store.verifyBackup(at: dir)
        if verbose { for p in result.passed { say("ok: \(p)") } }
        guard result.isSound else {
            for p in result.problems { sayProse("problem: \(p)") }
            say("backup verify: \(dir) is NOT a usable backup (\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s"))")
            throw Exit.refused
        }
        say("backup verify: \(dir) is sound (\(result.passed.count) checks)")
    }
}

/// `terpadu backup restore DIR`.
struct BackupRestore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup over the data directory, keeping what is there and recording the gap.",
        discussion: """
            Every other terpadu process on the directory must be stopped. The journal it replaces is set aside \
            in replaced-TIME/, existing snapshots stay, and one gap event moves sequence numbers and IDs past \
            everything the directory ever handed out, so nothing is handed out twice.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup folder.", valueName: "DIR"))
    var dir: String

    func run() throws {
        let resolved = Resolved(global: global)
        let name = try resolved.writer("restore a backup")
        let directory = try resolved.directory(create: true)
        do {
            let report = try Store.restoreBackup(from: dir, over: directory, operator: name, progress: { say("restore: \($0)…") })
            for line in report.done { sayProse("restored: \(line)") }
        } catch {
            complain("restore failed: \(error)")
            throw Exit.unusable
        }
    }
}
