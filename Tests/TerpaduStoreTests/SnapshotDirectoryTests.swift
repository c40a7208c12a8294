import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct SnapshotDirectoryTests {
    func randomPayload(_ count: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// Names in the directory and their bytes.
    func state(_ path: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) { out[name] = contents(path + "/" + name) ?? [] }
        return out
    }

    @Test func writeListLoad() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = try SnapshotDirectory(path: tmp.path)
        #expect(dir.isLockHolder)
        let payload = randomPayload(5000)
        guard case .written(let info, let pruned, let warnings) = try dir.write(sequence: 77, payload: payload) else {
            Issue.record("not written")
            return
        }
        #expect(info.fileName == "snapshot-00000000000000000077.bin")
        #expect(pruned.isEmpty && warnings.isEmpty)
        #expect(mode(info.path) == 0o600)
        #expect(try dir.write(sequence: 77, payload: payload) == .alreadyPresent(info))
        #expect(try dir.list() == [info])
        let result = try dir.loadNewest { header, bytes in (header.sequence, Array(bytes)) }
        #expect(result.warnings.isEmpty)
        #expect(result.loaded?.snapshot == info)
        #expect(result.loaded?.value.0 == 77)
        #expect(result.loaded?.value.1 == payload)
        #expect(SnapshotDirectory.sequence(inFileName: "snapshot-0000000000000000007.bin") == nil)
        #expect(SnapshotDirectory.fileName(for: UInt64.max) == "snapshot-18446744073709551615.bin")
    }

    @Test func keepsNewestThree() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = try SnapshotDirectory(path: tmp.path)
        for seq in UInt64(1)...5 { _ = try dir.write(sequence: seq * 10, payload: [UInt8(seq)]) }
        #expect(try dir.list().map(\.sequence) == [30, 40, 50])
        guard case .written(_, let pruned, _) = try dir.write(sequence: 60, payload: [6]) else {
            Issue.record("not written")
            return
        }
        #expect(pruned == ["snapshot-00000000000000000030.bin"])
    }

    @Test(arguments: ["truncate", "flip", "zero4k", "empty", "header"])
    func damagedNewestIsSkippedWithWarning(damage: String) throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = try SnapshotDirectory(path: tmp.path)
        let older = randomPayload(12_000)
        _ = try dir.write(sequence: 1, payload: randomPayload(12_000))
        _ = try dir.write(sequence: 2, payload: older)
        _ = try dir.write(sequence: 3, payload: randomPayload(12_000))
        let newest = tmp.file(SnapshotDirectory.fileName(for: 3))
        guard var bytes = contents(newest) else {
            Issue.record("no file")
            return
        }
        switch damage {
        case "truncate": bytes.removeLast(bytes.count / 2)
        case "flip": for i in stride(from: 100, to: bytes.count, by: 997) { bytes[i] ^= 0x5A }
        case "zero4k": for i in 4096..<8192 { bytes[i] = 0 }
        case "empty": bytes = []
        default: bytes[20] ^= 1
        }
        writeBytes(bytes, to: newest)
        let result = try dir.loadNewest { header, payload in (header.sequence, Array(payload)) }
        #expect(result.loaded?.value.0 == 2)
        #expect(result.loaded?.value.1 == older)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.fileName == "snapshot-00000000000000000003.bin")
        #expect(result.warnings.first?.description.contains("snapshot-00000000000000000003.bin") == true)
        let verified = try dir.verifyAll()
        #expect(verified.filter { $0.1 != nil }.map(\.0.sequence) == [3])
    }

    @Test func bodyRejectionFallsBack() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = try SnapshotDirectory(path: tmp.path)
        _ = try dir.write(sequence: 1, payload: [1])
        _ = try dir.write(sequence: 2, payload: [2])
        struct Reject: Error {}
        let result = try dir.loadNewest { header, _ -> UInt64 in
            if header.sequence == 2 { throw Reject() }
            return header.sequence
        }
        #expect(result.loaded?.value == 1)
        #expect(result.warnings.map(\.fileName) == ["snapshot-00000000000000000002.bin"])
    }

    @Test func staleTemporaryFilesSweptAtOpen() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let stale = tmp.file(".snapshot-00000000000000000009.bin.tmp.deadbeef")
        writeBytes([1, 2, 3], to: stale)
        writeBytes([9], to: tmp.file("notes.txt"))
        let dir = try SnapshotDirectory(path: tmp.path)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: tmp.file("notes.txt")))
        #expect(try dir.list().isEmpty)
    }

    @Test func onlyTheLockHolderWrites() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let first = try SnapshotDirectory(path: tmp.path)
        let stale = tmp.file(".snapshot-00000000000000000001.bin.tmp.cafe")
        writeBytes([1], to: stale)
        let second = try SnapshotDirectory(path: tmp.path)
        #expect(first.isLockHolder)
        #expect(!second.isLockHolder)
        #expect(FileManager.default.fileExists(atPath: stale), "a non-holder must not sweep")
        #expect(try second.write(sequence: 5, payload: [5]) == .notLockHolder)
        #expect(try second.list().isEmpty)
        first.close()
        guard case .written = try second.write(sequence: 5, payload: [5]) else {
            Issue.record("second should write once the lock is free")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test func readOnlyNeverWrites() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let dir = try SnapshotDirectory(path: tmp.path, access: .readOnly)
        #expect(!dir.isLockHolder)
        #expect(throws: SnapshotStoreError.self) { try dir.write(sequence: 1, payload: [1]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }

    /// ENOSPC and EIO at every file-system call of a snapshot write (with and without a short write
    /// first): the error is reported, previous snapshots are byte-identical, no temporary file is left.
    @Test(arguments: [ENOSPC, EIO])
    func faultAtEveryStep(code: Int32) throws {
        for withShortWrite in [false, true] {
            var n = 1
            while try faultCase(call: n, code: code, shortWrite: withShortWrite) { n += 1 }
            #expect(n > 7, "a snapshot write makes at least 7 file-system calls")
        }
    }

    /// Runs one write with call `call` failing; returns whether the fault was reached.
    func faultCase(call n: Int, code: Int32, shortWrite: Bool) throws -> Bool {
        let tmp = TempDir()
        defer { tmp.remove() }
        let setup = try SnapshotDirectory(path: tmp.path)
        _ = try setup.write(sequence: 1, payload: randomPayload(3000))
        _ = try setup.write(sequence: 2, payload: randomPayload(3000))
        setup.close()
        let before = try state(tmp.path)

        let fs = FaultyFileSystem()
        let dir = try SnapshotDirectory(path: tmp.path, fileSystem: fs)
        fs.reset(faults: [.failCall(n, errno: code)] + (shortWrite ? [.shortWrite(1)] : []))
        var failure: SnapshotStoreError?
        do {
            _ = try dir.write(sequence: 3, payload: randomPayload(70_000))
        } catch {
            failure = error
        }
        guard fs.callCount >= n else {
            #expect(failure == nil)
            return false
        }
        let step = fs.calls[n - 1]
        #expect(failure != nil, "call \(n) (\(step)) failed but the write was not reported as failed")
        if let failure { #expect("\(failure)".contains("errno \(code)"), "\(failure)") }
        #expect(try state(tmp.path) == before, "call \(n) (\(step)): the directory changed")
        return true
    }

    /// A disk that keeps failing (even the clean-up): reported, previous snapshots intact, and the
    /// temporary file is swept at the next open.
    @Test func persistentFailureIsCleanedUpLater() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let setup = try SnapshotDirectory(path: tmp.path)
        _ = try setup.write(sequence: 1, payload: [1, 1])
        setup.close()
        let before = try state(tmp.path)
        let fs = FaultyFileSystem()
        let dir = try SnapshotDirectory(path: tmp.path, fileSystem: fs)
        fs.reset(faults: [.failFromCall(4, errno: EIO)])
        #expect(throws: SnapshotStoreError.self) { try dir.write(sequence: 2, payload: [2, 2]) }
        dir.close()
        let reopened = try SnapshotDirectory(path: tmp.path)
        #expect(try state(tmp.path) == before)
        #expect(try reopened.list().map(\.sequence) == [1])
    }

    @Test func shortWritesAloneStillSucceed() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let fs = FaultyFileSystem(faults: [.shortWrite(1), .shortWrite(2), .shortWrite(3), .failCall(5, errno: EINTR)])
        let dir = try SnapshotDirectory(path: tmp.path, fileSystem: fs)
        let payload = randomPayload(50_000)
        guard case .written = try dir.write(sequence: 8, payload: payload) else {
            Issue.record("not written")
            return
        }
        let loaded = try dir.loadNewest { _, p in Array(p) }
        #expect(loaded.loaded?.value == payload)
    }
}
