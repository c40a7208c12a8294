import Foundation
import Glibc

/// Which other processes have a data directory's journal open, found through `/proc/<pid>/fd` (every
/// terpadu process runs as the one service account, so their descriptors are visible). Replacing the
/// journal file under them would leave them writing to the old one, so a rebuild or a restore over
/// the directory first asks them to stop.
public enum DirectoryUsers {
    /// Process IDs, other than this one, holding any of `paths` open.
    public static func processes(holding paths: [String]) -> [Int32] {
        let wanted = Set(paths)
        let me = getpid()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [Int32] = []
        for entry in entries {
            guard let pid = Int32(entry), pid != me,
                  let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(entry)/fd") else { continue }
            for fd in fds {
                if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/\(fd)"),
                   wanted.contains(target) {
                    found.append(pid)
                    break
                }
            }
        }
        return found.sorted()
    }

    /// The journal and its companions in `directory`.
    static func journalFiles(_ directory: DataDirectory) -> [String] {
        ["", "-wal", "-shm"].map { directory.journalPath + $0 }
    }

    /// Throws unless no other process has the journal open.
    static func requireNone(_ directory: DataDirectory, doing what: String) throws(StoreError) {
        let pids = processes(holding: journalFiles(directory))
        guard pids.isEmpty else {
            throw .other("\(what) needs every other terpadu process on \(directory.path) stopped first; still running: "
                         + pids.map { "pid \($0)" }.joined(separator: ", "))
        }
    }
}
