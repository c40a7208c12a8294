import ArgumentParser
import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// What `terpadu` prints without a subcommand: the data directory it would use and its state, the
/// stage counts (from the journal's counter table, without loading anyone), and the commands.
struct Overview {
    let global: GlobalOptions

    func run() throws {
        let resolved = Resolved(global: global)
        var unusable = false
        say("Terpadu: the PMI protection cycle, from village job fair to reintegration.")
        say("")
        do {
            let path = try DataDirectory.resolvePath(explicit: global.data, environment: resolved.environment)
            say("Data directory: \(path)")
            unusable = !describe(path)
        } catch {
            say("Data directory: none (\(error))")
            unusable = true
        }
        say("")
        say("""
            Commands:
              terpadu seed demo
                  build a demo directory (about 2,000 workers)
              terpadu seed synthetic --workers N --seed S
                  build a national-scale directory
              terpadu stats [--json] [--by KEY]
                  counts per stage and status, KPIs
                  (KEY: stage, status, province, country, sector, scheme)
              terpadu apply < commands.jsonl
                  record commands, one JSON object per line (docs/commands.md)
              terpadu import workers|attendance|enrollments FILE.csv
                  import a spreadsheet; each rejected row reported
              terpadu export KIND [--format csv|json] [--out FILE] [--reveal]
                  workers, attendance, enrollments, fairs, jobOrders or cohorts
                  (NIK masked unless --reveal; every export recorded)
              terpadu snapshot create|list|verify|restore
                  snapshots of the whole state; restore SEQ --to NEWDIR
              terpadu backup --to DIR | verify DIR | restore DIR
                  online, verified backups (docs/BACKUP.md)
              terpadu history ID
                  every event of one record, gaps included
              terpadu doctor [--repair]
                  check everything; --repair mends a lost or damaged journal
            Global options: --data DIR, --operator NAME, --role operator|supervisor,
            --seeds DIR.
            `terpadu help COMMAND` for more.
            """)
        if unusable { throw Exit.unusable }
    }

    /// Prints the directory's state; false when it cannot be used.
    private func describe(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else {
            say("State: empty (the directory does not exist yet; `terpadu seed demo` builds one)")
            return true
        }
        do { try DataDirectory.checkSafe(path) } catch {
            say("State: unusable: \(error)")
            return false
        }
        guard Resolved.hasJournal(path) else {
            say("State: empty (no journal yet; `terpadu seed demo` builds one)")
            return true
        }
        do {
            let journal = try Journal(path: path + "/journal.sqlite", access: .readOnly)
            let (counters, last, building) = try journal.read { r in
                (try r.counters(), try r.lastChange(), try r.meta(Journal.directoryStateKey) == "building")
            }
            if building {
                say("State: unusable: a seed or restore into it never finished; remove it and build it again")
                return false
            }
            guard let last else {
                say("State: empty (no events yet)")
                return true
            }
            let workers = counters["workers"] ?? 0
            if let marks = DataDirectory.issued(at: path) {
                if let found = marks.damageFound {
                    say("State: RECORDING STOPPED: the journal was found damaged at \(ISO8601UTC.format(milliseconds: found))")
                    say("       `terpadu doctor` says how to mend it")
                    return false
                }
                if marks.handedOut.seq > last.seq {
                    say("State: RECORDING STOPPED: the journal ends at event \(last.seq), but events up to "
                        + "\(marks.handedOut.seq) were handed out")
                    say("       `terpadu doctor` says how to mend it")
                    return false
                }
            }
            say("State: ready, \(workers) workers, \(last.seq) events")
            say("Last change: by \(last.operatorName) at \(last.time)")
            let stages = Stage.allCases.map { "\($0.code) \(counters["stage." + $0.code] ?? 0)" }
                + ["exited \(counters["stage.exited"] ?? 0)"]
            for line in wrap(stages, first: "Stages: ", then: "        ") { say(line) }
            return true
        } catch {
            say("State: unusable: \(error)")
            return false
        }
    }
}
