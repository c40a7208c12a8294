import Foundation
import Glibc
import TerpaduCore

/// The `snapshots/` directory: numbered snapshot files, the newest few kept.
///
/// Only the holder of `snapshots/.lock` writes, prunes or sweeps; a process that cannot get the lock
/// still loads snapshots. A read-only store never takes the lock and never writes.
public final class SnapshotDirectory: @unchecked Sendable {
    public static let fileNamePrefix = "snapshot-"
    public static let fileNameSuffix = ".bin"
    public static let lockFileName = ".lock"

    public let path: String
    public let access: StoreAccess
    /// How many snapshots to keep (the newest).
    public let keep: Int
    private let fileSystem: any FileSystem
    private let writer: AtomicFileWriter
    private let mutex = NSLock()
    private var lock: SnapshotLock?

    /// Opens `path` (which must exist). Read-write: tries to take the lock and, if it gets it, removes
    /// temporary files left by an interrupted write.
    public init(
        path: String,
        access: StoreAccess = .readWrite,
        keep: Int = 3,
        fileSystem: any FileSystem = SystemFileSystem()
    ) throws(SnapshotStoreError) {
        self.path = path
        self.access = access
        self.keep = max(1, keep)
        self.fileSystem = fileSystem
        self.writer = AtomicFileWriter(fileSystem: fileSystem)
        if access == .readWrite {
            _ = try acquireLockIfPossible()
        }
    }

    /// Whether this process holds the snapshot lock (and so may write).
    public var isLockHolder: Bool { mutex.withLock { lock?.isHeld ?? false } }

    /// Releases the lock; further writes try to take it again.
    public func close() {
        mutex.withLock {
            lock?.release()
            lock = nil
        }
    }

    /// `snapshot-<sequence, 20 digits>.bin`
    public static func fileName(for sequence: UInt64) -> String {
        let digits = String(sequence)
        return fileNamePrefix + String(repeating: "0", count: max(0, 20 - digits.count)) + digits + fileNameSuffix
    }

    /// The sequence in a snapshot file name, or nil if `name` is not one.
    public static func sequence(inFileName name: String) -> UInt64? {
        guard name.hasPrefix(fileNamePrefix), name.hasSuffix(fileNameSuffix) else { return nil }
        let digits = name.dropFirst(fileNamePrefix.count).dropLast(fileNameSuffix.count)
        guard digits.count == 20, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        return UInt64(digits)
    }

    /// Snapshot files, oldest first. A missing folder holds none for a reader (a read-write store
    /// creates it; a supervisor must not, and has nothing to load from it anyway).
    public func list() throws(SnapshotStoreError) -> [SnapshotInfo] {
        let names: [String]
        do { names = try fileSystem.list(path) } catch {
            if access == .readOnly && error.code == ENOENT { return [] }
            throw .fileSystem(error)
        }
        return infos(names)
    }

    private func infos(_ names: [String]) -> [SnapshotInfo] {
        names.compactMap { name in
            Self.sequence(inFileName: name).map { SnapshotInfo(sequence: $0, fileName: name, path: path + "/" + name) }
        }.sorted { $0.sequence < $1.sequence }
    }

    /// Maps the newest snapshot whose checksums hold and hands its payload to `body`. A snapshot that is
    /// damaged, or that `body` rejects by throwing, is skipped with a warning naming the file, and the
    /// one before it is tried.
    public func loadNewest<Value>(
        _ body: (SnapshotHeader, UnsafeRawBufferPointer) throws -> Value
    ) throws(SnapshotStoreError) -> SnapshotLoadResult<Value> {
        var warnings: [SnapshotWarning] = []
        for info in try list().reversed() {
            do {
                let value = try SnapshotFile.withVerifiedPayload(atPath: info.path) { header, payload in
                    guard header.sequence == info.sequence else {
                        throw SnapshotNameMismatch(sequence: header.sequence)
                    }
                    return try body(header, payload)
                }
                return SnapshotLoadResult(loaded: (info, value), warnings: warnings)
            } catch {
                warnings.append(SnapshotWarning(fileName: info.fileName, reason: "skipped: \(error)"))
            }
        }
        return SnapshotLoadResult(loaded: nil, warnings: warnings)
    }

    /// Checks every snapshot's framing and checksums (for `doctor`): nil means good.
    public func verifyAll() throws(SnapshotStoreError) -> [(SnapshotInfo, (any Error)?)] {
        try list().map { info in
            do {
                let header = try SnapshotFile.withVerifiedPayload(atPath: info.path) { header, _ in header }
                if header.sequence != info.sequence { return (info, SnapshotNameMismatch(sequence: header.sequence)) }
                return (info, nil)
            } catch {
                return (info, error)
            }
        }
    }

    /// Writes `payload` as the state as of event `sequence`, durably, then keeps only the newest `keep`
    /// and those in `pinned` (replay bases that gap events name: the journal cannot be replayed past
    /// such a gap without them).
    ///
    /// On failure nothing changes: previous snapshots stay byte-identical and no temporary file is left.
    public func write(sequence: UInt64, payload: [UInt8], keeping pinned: Set<UInt64> = []) throws(SnapshotStoreError) -> SnapshotWriteOutcome {
        guard access == .readWrite else { throw .readOnly }
        guard try acquireLockIfPossible() else { return .notLockHolder }

        let existing = try list()
        let name = Self.fileName(for: sequence)
        let target = path + "/" + name
        let info = SnapshotInfo(sequence: sequence, fileName: name, path: target)
        // One in an older state format (written before an upgrade) is replaced, not kept.
        if existing.contains(where: { $0.sequence == sequence }),
           (try? SnapshotFile.withVerifiedPayload(atPath: target) { h, p in
               h.sequence == sequence && (SnapshotCodec.formatVersion(of: p) ?? 0) >= SnapshotCodec.oldestCurrentFormat
           }) == true {
            return .alreadyPresent(info)
        }
        let replacing = existing.contains { $0.sequence == sequence }

        let header = payload.withUnsafeBytes { SnapshotFile.header(sequence: sequence, payload: $0) }
        do {
            try writer.write([header, payload], to: target)
        } catch {
            if error.renamedIntoPlace && !replacing {
                // The file is there but its directory entry may not be durable: take it back out so a
                // failed snapshot changes nothing; the next attempt writes a new file.
                try? fileSystem.unlink(target)
            }
            throw .writeFailed(error)
        }

        var pruned: [String] = []
        var warnings: [SnapshotWarning] = []
        let all = (existing.filter { $0.sequence != sequence } + [info]).sorted { $0.sequence < $1.sequence }
        for old in all.dropLast(keep) where !pinned.contains(old.sequence) {
            do {
                try fileSystem.unlink(old.path)
                pruned.append(old.fileName)
            } catch {
                warnings.append(SnapshotWarning(fileName: old.fileName, reason: "could not remove old snapshot: \(error)"))
            }
        }
        if !pruned.isEmpty {
            do { try fileSystem.syncDirectory(path) } catch {
                warnings.append(SnapshotWarning(fileName: ".", reason: "removed old snapshots but could not sync the directory: \(error)"))
            }
        }
        return .written(info, pruned: pruned, warnings: warnings)
    }

    /// Takes the lock if no one holds it (sweeping stale temporary files when it does); true when this
    /// process holds it. A read-only directory never takes it.
    public func tryAcquireLock() throws(SnapshotStoreError) -> Bool {
        guard access == .readWrite else { return false }
        return try acquireLockIfPossible()
    }

    /// Takes the lock if this process does not hold it yet; on taking it, sweeps stale temporary files.
    private func acquireLockIfPossible() throws(SnapshotStoreError) -> Bool {
        if isLockHolder { return true }
        let acquired: SnapshotLock?
        do { acquired = try SnapshotLock.tryAcquire(path: path + "/" + Self.lockFileName) } catch { throw .fileSystem(error) }
        guard let acquired else { return false }
        mutex.withLock { lock = acquired }
        sweepTemporaryFiles()
        return true
    }

    /// Removes temporary files an interrupted write left behind. Only called while holding the lock, so
    /// no other process's write is in progress.
    @discardableResult
    public func sweepTemporaryFiles() -> [String] {
        guard isLockHolder, let names = try? fileSystem.list(path) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix("." + Self.fileNamePrefix) && AtomicFileWriter.isTemporaryName(name) {
            if (try? fileSystem.unlink(path + "/" + name)) != nil { removed.append(name) }
        }
        if !removed.isEmpty { try? fileSystem.syncDirectory(path) }
        return removed
    }
}

/// A snapshot whose header sequence differs from its file name.
struct SnapshotNameMismatch: Error, CustomStringConvertible {
    let sequence: UInt64
    var description: String { "its header says event \(sequence), which does not match its file name" }
}
