import Glibc

/// A failed atomic write: the step, the file and the `errno`.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
    public enum Step: String, Sendable {
        case createTemporary = "create temporary file"
        case write = "write"
        case fsync = "fsync"
        case close = "close"
        case rename = "rename"
        case syncDirectory = "fsync directory"
    }
    public let step: Step
    /// The file that was to be written.
    public let path: String
    public let code: Int32
    /// Set when the temporary file could not be removed afterwards.
    public let cleanupFailure: FileSystemError?

    /// True when the new content was already renamed into place and only the directory sync failed:
    /// the file is there but may not survive a power loss.
    public var renamedIntoPlace: Bool { step == .syncDirectory }

    public var description: String {
        var s = "could not save \(path): \(step.rawValue) failed: \(errnoDescription(code)) (errno \(code))"
        if let cleanupFailure { s += "; also could not remove the temporary file: \(cleanupFailure)" }
        return s
    }
}

/// Writes a file so that after a crash either the old content or the whole new content is there:
/// temporary file `.NAME.tmp.<random>` in the same directory (mode 0600, `O_EXCL|O_NOFOLLOW`) → write all →
/// `fsync` → `close` → `rename` → `fsync` of the directory.
///
/// On an error it removes the temporary file and throws; an `fsync` that failed is never retried on the
/// same file (after a write-back error Linux may report later fsyncs as successful although data is lost):
/// the caller writes a new file instead.
public struct AtomicFileWriter: Sendable {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = SystemFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// The prefix every temporary file for `fileName` starts with.
    public static func temporaryPrefix(for fileName: String) -> String { ".\(fileName).tmp." }

    /// Whether `name` looks like a temporary file this writer creates (for any target).
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp.")
    }

    /// Writes the concatenation of `parts` to `path`.
    public func write(_ parts: [[UInt8]], to path: String) throws(AtomicWriteError) {
        let (directory, name) = splitPath(path)
        var random = SystemRandomNumberGenerator()
        let suffix = String(random.next() as UInt64, radix: 16)
        let temporary = directory + "/" + Self.temporaryPrefix(for: name) + suffix

        let fd: FileDescriptor
        do {
            fd = try fileSystem.createExclusive(temporary)
        } catch {
            throw AtomicWriteError(step: .createTemporary, path: path, code: error.code, cleanupFailure: nil)
        }

        var open = true
        func fail(_ step: AtomicWriteError.Step, _ code: Int32) -> AtomicWriteError {
            if open { try? fileSystem.close(fd, path: temporary) }
            var cleanup: FileSystemError?
            do { try fileSystem.unlink(temporary) } catch { if error.code != ENOENT { cleanup = error } }
            return AtomicWriteError(step: step, path: path, code: code, cleanupFailure: cleanup)
        }

        for part in parts {
            let code: Int32? = part.withUnsafeBytes { writeAll(fd, $0, path: temporary) }
            if let code { throw fail(.write, code) }
        }
        do { try fileSystem.fsync(fd, path: temporary) } catch { throw fail(.fsync, error.code) }
        open = false
        do { try fileSystem.close(fd, path: temporary) } catch { throw fail(.close, error.code) }
        do { try fileSystem.rename(temporary, to: path) } catch { throw fail(.rename, error.code) }
        do {
            try fileSystem.syncDirectory(directory)
        } catch {
            throw AtomicWriteError(step: .syncDirectory, path: path, code: error.code, cleanupFailure: nil)
        }
    }
}

extension AtomicFileWriter {
    /// Writes every byte, continuing after short writes and `EINTR`. Returns the errno on failure.
    func writeAll(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer, path: String) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            do {
                let n = try fileSystem.write(fd, UnsafeRawBufferPointer(rebasing: bytes[offset...]), path: path)
                if n <= 0 { return EIO }
                offset += n
            } catch {
                if error.code == EINTR { continue }
                return error.code
            }
        }
        return nil
    }
}

/// `("/a/b", "c")` for `"/a/b/c"`; `(".", "c")` for `"c"`.
func splitPath(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
}
