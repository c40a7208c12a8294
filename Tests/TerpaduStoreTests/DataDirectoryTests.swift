import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

/// Serialized: these tests set the process umask.
@Suite(.serialized) struct DataDirectoryTests {
    @Test func resolutionOrder() throws {
        #expect(try DataDirectory.resolvePath(explicit: "/x/flag", environment: ["TERPADU_DATA": "/x/env"]) == "/x/flag")
        #expect(try DataDirectory.resolvePath(explicit: nil, environment: ["TERPADU_DATA": "/x/env", "XDG_DATA_HOME": "/xdg"]) == "/x/env")
        #expect(try DataDirectory.resolvePath(explicit: "", environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"]) == "/xdg/terpadu")
        #expect(try DataDirectory.resolvePath(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/terpadu")
        #expect(try DataDirectory.resolvePath(explicit: nil, environment: ["HOME": "/h/"]) == "/h/.local/share/terpadu")
        #expect(try DataDirectory.resolvePath(explicit: "/x/trailing///", environment: [:]) == "/x/trailing")
    }

    @Test func operatorResolution() throws {
        #expect(try OperatorName.resolve(flag: "desk1", environment: ["TERPADU_OPERATOR": "env", "USER": "u"]) == "desk1")
        #expect(try OperatorName.resolve(flag: nil, environment: ["TERPADU_OPERATOR": " env ", "USER": "u"]) == "env")
        #expect(try OperatorName.resolve(flag: "  ", environment: ["USER": "u"]) == "u")
        #expect(throws: OperatorNameError.missing) { try OperatorName.resolve(flag: nil, environment: [:]) }
        #expect(throws: OperatorNameError.self) { try OperatorName.resolve(flag: "a\u{1B}[2Jb", environment: [:]) }
        #expect("\(OperatorNameError.missing)".contains("--operator"))
    }

    @Test func createdUnderUmask022IsPrivate() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let old = umask(0o022)
        defer { umask(old) }
        let dir = try DataDirectory(path: tmp.file("a/b/data"))
        #expect(mode(dir.path) == 0o700)
        #expect(mode(tmp.file("a")) == 0o700)
        #expect(mode(dir.snapshotsPath) == 0o700)

        let journal = try Journal(path: dir.journalPath)
        try journal.write { tx in
            try tx.append(NewJournalEvent(operatorName: "op", kind: "k", payload: "{}"))
        }
        let snapshots = try SnapshotDirectory(path: dir.snapshotsPath)
        _ = try snapshots.write(sequence: 1, payload: [1, 2, 3])
        var files: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name != "snapshots" {
            files.append(dir.path + "/" + name)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.snapshotsPath) {
            files.append(dir.snapshotsPath + "/" + name)
        }
        #expect(files.contains(dir.journalPath + "-wal"))
        #expect(files.contains(dir.snapshotsPath + "/.lock"))
        for file in files {
            #expect(mode(file) == 0o600, "\(file) has mode \(String(mode(file), radix: 8))")
        }
    }

    @Test func groupWritableDirectoryRefused() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let p = tmp.file("data")
        _ = mkdir(p, 0o700)
        _ = chmod(p, 0o770)
        #expect(throws: DataDirectoryError.unsafePermissions(path: p, mode: UInt32(S_IFDIR) | 0o770)) {
            try DataDirectory(path: p)
        }
        do {
            _ = try DataDirectory(path: p)
        } catch {
            #expect(error.description.contains("chmod 700 \(p)"))
        }
        _ = chmod(p, 0o702)
        #expect(throws: DataDirectoryError.self) { try DataDirectory(path: p) }
        _ = chmod(p, 0o755)
        #expect(throws: Never.self) { try DataDirectory(path: p) }
    }

    @Test func symbolicLinkRefused() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        _ = mkdir(tmp.file("real"), 0o700)
        _ = symlink(tmp.file("real"), tmp.file("link"))
        #expect(throws: DataDirectoryError.symbolicLink(path: tmp.file("link"))) {
            try DataDirectory(path: tmp.file("link"))
        }
        #expect(throws: DataDirectoryError.symbolicLink(path: tmp.file("link"))) {
            try DataDirectory(path: tmp.file("link") + "/")
        }
    }

    @Test func missingDirectoryNotCreatedWhenAsked() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        #expect(throws: DataDirectoryError.missing(path: tmp.file("nope"))) {
            try DataDirectory(path: tmp.file("nope"), create: false)
        }
    }
}
