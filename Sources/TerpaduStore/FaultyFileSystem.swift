import Foundation
import Glibc

/// A `FileSystem` for tests: passes calls to a real one, but can fail the N-th call with a chosen
/// `errno` or make the N-th write short. Calls are numbered from 1 across all kinds, in order.
public final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    public enum Fault: Sendable, Equatable {
        /// Fail call number `call` (counting every call, from 1) with `errno`, without performing it
        /// (except `close`, which Linux performs even when it reports an error).
        case failCall(Int, errno: Int32)
        /// Fail every call from number `call` on (a disk that stays full or broken).
        case failFromCall(Int, errno: Int32)
        /// Make write number `write` (counting writes only, from 1) write only half of what it was given
        /// (at least one byte).
        case shortWrite(Int)
    }

    private let base: any FileSystem
    private let lock = NSLock()
    private var faults: [Fault]
    private var callNumber = 0
    private var writeNumber = 0
    private var log: [FileSystemError.Call] = []

    public init(base: any FileSystem = SystemFileSystem(), faults: [Fault] = []) {
        self.base = base
        self.faults = faults
    }

    /// How many calls have been made so far.
    public var callCount: Int { lock.withLock { callNumber } }
    /// The calls made so far, in order.
    public var calls: [FileSystemError.Call] { lock.withLock { log } }

    public func setFaults(_ faults: [Fault]) { lock.withLock { self.faults = faults } }

    public func reset(faults: [Fault] = []) {
        lock.withLock {
            self.faults = faults
            callNumber = 0
            writeNumber = 0
            log = []
        }
    }

    /// Counts the call and returns the errno to inject, if any.
    private func next(_ call: FileSystemError.Call) -> Int32? {
        lock.withLock {
            callNumber += 1
            log.append(call)
            for fault in faults {
                switch fault {
                case .failCall(let n, let code) where n == callNumber: return code
                case .failFromCall(let n, let code) where callNumber >= n: return code
                default: continue
                }
            }
            return nil
        }
    }

    private func nextWriteIsShort() -> Bool {
        lock.withLock {
            writeNumber += 1
            return faults.contains(.shortWrite(writeNumber))
        }
    }

    public func createExclusive(_ path: String) throws(FileSystemError) -> FileDescriptor {
        if let code = next(.open) { throw FileSystemError(.open, path: path, code: code) }
        return try base.createExclusive(path)
    }

    public func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileSystemError) -> Int {
        let injected = next(.write)
        let short = nextWriteIsShort()
        if let code = injected { throw FileSystemError(.write, path: path, code: code) }
        if short && bytes.count > 1 {
            return try base.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)]), path: path)
        }
        return try base.write(fd, bytes, path: path)
    }

    public func fsync(_ fd: FileDescriptor, path: String) throws(FileSystemError) {
        if let code = next(.fsync) { throw FileSystemError(.fsync, path: path, code: code) }
        try base.fsync(fd, path: path)
    }

    public func close(_ fd: FileDescriptor, path: String) throws(FileSystemError) {
        if let code = next(.close) {
            try? base.close(fd, path: path)
            throw FileSystemError(.close, path: path, code: code)
        }
        try base.close(fd, path: path)
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        if let code = next(.rename) { throw FileSystemError(.rename, path: to, code: code) }
        try base.rename(from, to: to)
    }

    public func openDirectory(_ path: String) throws(FileSystemError) -> FileDescriptor {
        if let code = next(.openDirectory) { throw FileSystemError(.openDirectory, path: path, code: code) }
        return try base.openDirectory(path)
    }

    public func unlink(_ path: String) throws(FileSystemError) {
        if let code = next(.unlink) { throw FileSystemError(.unlink, path: path, code: code) }
        try base.unlink(path)
    }

    public func list(_ path: String) throws(FileSystemError) -> [String] {
        if let code = next(.list) { throw FileSystemError(.list, path: path, code: code) }
        return try base.list(path)
    }

    public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        if let code = next(.read) { throw FileSystemError(.read, path: path, code: code) }
        return try base.read(path)
    }
}
