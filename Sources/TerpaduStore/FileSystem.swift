/// An open file or directory descriptor handed out by a `FileSystem`.
public struct FileDescriptor: Sendable, Hashable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// The file-system calls the snapshot writer makes, as a seam so tests can fail any one of them.
///
/// Every call maps to one system call; none retries on its own except where noted.
public protocol FileSystem: Sendable {
    /// `open(path, O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600)`, then `fchmod` to 0600 whatever the umask.
    func createExclusive(_ path: String) throws(FileSystemError) -> FileDescriptor
    /// One `write(2)` call. Returns how many bytes were written (possibly fewer than asked).
    /// `EINTR` is reported as an error with code `EINTR`; the caller decides to call again.
    func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileSystemError) -> Int
    /// `fsync(2)`. Never retried by callers on the same file after a failure.
    func fsync(_ fd: FileDescriptor, path: String) throws(FileSystemError)
    /// `close(2)`. The descriptor is gone afterwards even when this throws.
    func close(_ fd: FileDescriptor, path: String) throws(FileSystemError)
    /// `rename(2)`.
    func rename(_ from: String, to: String) throws(FileSystemError)
    /// `open(path, O_RDONLY|O_DIRECTORY|O_CLOEXEC)`, for `fsync` of the directory.
    func openDirectory(_ path: String) throws(FileSystemError) -> FileDescriptor
    /// `unlink(2)`.
    func unlink(_ path: String) throws(FileSystemError)
    /// Names in a directory, without `.` and `..`, in no particular order.
    func list(_ path: String) throws(FileSystemError) -> [String]
    /// The whole content of a (small) file, opened with `O_NOFOLLOW`.
    func read(_ path: String) throws(FileSystemError) -> [UInt8]
}

extension FileSystem {
    /// `openDirectory` + `fsync` + `close`: makes a rename or unlink in `path` durable.
    public func syncDirectory(_ path: String) throws(FileSystemError) {
        let fd = try openDirectory(path)
        do {
            try fsync(fd, path: path)
        } catch {
            try? close(fd, path: path)
            throw error
        }
        try close(fd, path: path)
    }
}
