import ArgumentParser
import Foundation
import Glibc
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// Exit statuses shared by the commands.
enum Exit {
    static let refused = ExitCode(1)
    static let unusable = ExitCode(3)
}

/// Writes `terpadu: message` to stderr; on a terminal, wrapped at word boundaries to its width, so a
/// long explanation reads at 80 columns instead of being cut mid-word by the terminal.
func complain(_ message: String) {
    FileHandle.standardError.write(Data((forTerminal("terpadu: " + message, fd: 2) + "\n").utf8))
}

/// Writes a line of prose (a finding, a step done) to stdout, wrapped like `complain`.
func sayProse(_ line: String) {
    FileHandle.standardOutput.write(Data((forTerminal(line, fd: 1) + "\n").utf8))
}

/// `text` wrapped at word boundaries to the width of the terminal `fd` is (continuation lines
/// indented two spaces); unchanged when `fd` is not a terminal (a pipe or a log gets whole lines) or
/// the text has lines of its own.
func forTerminal(_ text: String, fd: Int32) -> String {
    guard isatty(fd) == 1, !text.contains("\n") else { return text }
    var size = winsize()
    let columns = ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 20 ? Int(size.ws_col) : 80
    let words = text.split(separator: " ").map(String.init)
    return wrap(words, separator: "", first: "", then: "  ", width: columns).joined(separator: "\n")
}

/// Writes a line to stdout and flushes it (so a pipe sees each line as soon as it is true).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Resolves what the global options and the environment say.
struct Resolved {
    let global: GlobalOptions
    let environment = ProcessInfo.processInfo.environment

    func dataPath() throws -> String {
        do { return try DataDirectory.resolvePath(explicit: global.data, environment: environment) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
    }

    /// The data directory, created (0700) when `create` is set; exit 3 when it cannot be used.
    func directory(create: Bool) throws -> DataDirectory {
        let path = try dataPath()
        do { return try DataDirectory(path: path, create: create) } catch {
            complain("\(error)")
            throw Exit.unusable
        }
    }

    func operatorName() throws -> String {
        do {
            return try OperatorName.resolve(flag: global.operatorName, environment: environment, account: OperatorName.accountName())
        } catch {
            complain("\(error)")
            throw ExitCode.validationFailure
        }
    }

    /// `--role`, else `$TERPADU_ROLE`, else operator.
    func role() throws -> Role {
        switch Role.resolve(flag: global.role, environment: environment) {
        case .success(let r): return r
        case .failure(let e):
            complain("\(e)")
            throw ExitCode.validationFailure
        }
    }

    /// Refuses (exit 1) when a supervisor asks for something that records or copies data.
    func requireWriter(_ what: String) throws {
        guard try role() == .operator else {
            complain("a supervisor cannot \(what): supervisors only read. Ask an operator, or run it with --role operator")
            throw Exit.refused
        }
    }

    func seedsURL() throws -> URL {
        if let explicit = global.seeds, !FileManager.default.fileExists(atPath: explicit + "/reference/provinces.csv") {
            complain("--seeds \(explicit): no reference/provinces.csv there; pass the folder that holds reference/")
            throw Exit.unusable
        }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        switch ReferenceSeeds.locate(explicit: global.seeds, environment: environment, executablePath: exe) {
        case .success(let url): return url
        case .failure(let notFound):
            complain("no seeds folder (with reference/provinces.csv) found; pass --seeds DIR. Looked in:\n  "
                     + notFound.looked.joined(separator: "\n  "))
            throw Exit.unusable
        }
    }

    /// The seeds folder if one is found, without complaining when none is.
    func quietSeedsURL() -> URL? {
        if let explicit = global.seeds, !FileManager.default.fileExists(atPath: explicit + "/reference/provinces.csv") { return nil }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return try? ReferenceSeeds.locate(explicit: global.seeds, environment: environment, executablePath: exe).get()
    }

    /// The journal, read-only, when the directory is ready and keeps its KPIs beside its counters;
    /// nil sends the caller to the full store (which also explains any problem).
    func readyJournal() throws -> Journal? {
        let path = try dataPath()
        guard Self.hasJournal(path), (try? DataDirectory.checkSafe(path)) != nil,
              let journal = try? Journal(path: path + "/journal.sqlite", access: .readOnly),
              let ready = try? journal.read({ r in
                  try r.meta(Journal.directoryStateKey) != "building" && r.meta(StatsReport.KPIs.metaKey) != nil
              }), ready
        else { return nil }
        return journal
    }

    /// The existing data directory, which must hold a journal (exit 3 otherwise).
    func existingDirectory() throws -> DataDirectory {
        let directory = try self.directory(create: false)
        guard Self.hasJournal(directory.path) else {
            complain("the data directory \(directory.path) has no journal")
            throw Exit.unusable
        }
        return directory
    }

    /// An operator's name, for a command that records; a supervisor is refused (exit 1) first.
    func writer(_ what: String) throws -> String {
        try requireWriter(what)
        return try operatorName()
    }

    /// Whether the directory holds a journal yet.
    static func hasJournal(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/journal.sqlite")
    }

    /// Opens the store; exit 3 (with the reason) when it cannot be used. A new read-write directory
    /// gets its reference data from the seeds folder; so does one whose journal exists but is still
    /// empty (a first open that was interrupted), when a seeds folder is found.
    func openStore(access: StoreAccess, snapshotPolicy: SnapshotPolicy = .default) throws -> Store {
        // The role decides, whatever the command asked for: a supervisor's process never opens the
        // directory for writing (the store itself then refuses every write too).
        let role = try role()
        if access == .readWrite && role == .supervisor {
            complain("a supervisor cannot record changes: supervisors only read. Ask an operator, or run it with --role operator")
            throw Exit.refused
        }
        // Seeds first, so a missing seeds folder leaves no new directory behind.
        let path = try dataPath()
        let seeds: ReferenceSource? = access == .readOnly ? nil : Self.hasJournal(path)
            ? quietSeedsURL().map(ReferenceSource.directory) : .directory(try seedsURL())
        let directory = try self.directory(create: access == .readWrite)
        if access == .readOnly && !Self.hasJournal(directory.path) {
            complain("the data directory \(directory.path) is empty; build it with `terpadu seed demo` or record something with `terpadu apply`")
            throw Exit.unusable
        }
        let name = access == .readOnly
            ? ((try? OperatorName.resolve(flag: global.operatorName, environment: environment,
                                          account: OperatorName.accountName())) ?? "reader")
            : try operatorName()
        let store: Store
        do {
            let migration = MigrationReporter()
            store = try Store.open(directory: directory, access: access, operator: name, seeds: seeds,
                                   snapshotPolicy: snapshotPolicy, migrationProgress: { migration.report($0) })
        } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        for w in store.openWarnings { complain("warning: \(w)") }
        for w in store.takeWarnings() { complain("warning: \(w)") }
        if access == .readWrite {
            // Say it before reading any input, and record nothing.
            if let damage = store.damaged {
                store.close()
                complain("\(damage)")
                throw Exit.unusable
            }
            if let behind = store.behind {
                store.close()
                complain("\(behind)")
                throw Exit.unusable
            }
        } else if let behind = store.behind {
            complain("warning: \(behind.shortfall); the figures below lack what was lost. Run `terpadu doctor` for what to do")
        }
        return store
    }
}

/// Tells the person at the terminal, on stderr, that the first open of an older data directory is
/// migrating it, and how far it has got (a bar when stderr is a terminal, a line at start and end always).
final class MigrationReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar?

    func report(_ p: MigrationProgress) {
        lock.withLock {
            switch p.phase {
            case .replaying:
                if bar == nil {
                    complain("migrating the data directory from journal schema \(p.from) to \(p.to): "
                             + "replaying \(p.total) events to rebuild the state")
                    bar = ProgressBar(label: "migrating")
                }
                bar?.update(done: Int(p.done), total: Int(max(1, p.total)), detail: "\(p.done)/\(p.total) events")
            case .fillingBoard:
                if p.done == 0 {
                    bar?.finish()
                    complain("migrating: filling the board's tables (\(p.total) rows)")
                    bar = ProgressBar(label: "board")
                }
                bar?.update(done: Int(p.done), total: Int(max(1, p.total)), detail: "\(p.done)/\(p.total) rows")
            case .writingSnapshot:
                bar?.finish()
                complain("migrating: writing a snapshot of the migrated state")
            case .finished:
                bar?.finish()
                bar = nil
                complain("migrated to journal schema \(p.to) (\(p.total) events replayed)")
            }
        }
    }
}
