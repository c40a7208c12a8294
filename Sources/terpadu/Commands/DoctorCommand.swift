import ArgumentParser
import TerpaduStore
import TerpaduFormats

/// `terpadu doctor`: checks the data directory; exits non-zero listing each finding.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the journal, every snapshot, and the stage and counter tables (changes nothing).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Also list what was checked and found sound.")
    var verbose = false

    func run() throws {
        let directory = try Resolved(global: global).directory(create: false)
        guard Resolved.hasJournal(directory.path) else {
            complain("the data directory \(directory.path) has no journal")
            throw Exit.unusable
        }
        let report = Doctor.examine(directory: directory)
        if verbose { for p in report.passed { say("ok: \(p)") } }
        if report.isClean {
            say("doctor: \(directory.path) is sound (\(report.passed.count) checks)")
            return
        }
        for f in report.findings { say("finding: \(f)") }
        say("doctor: \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") in \(directory.path)")
        throw Exit.refused
    }
}
