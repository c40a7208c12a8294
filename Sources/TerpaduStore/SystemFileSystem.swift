import Glibc

/// The real `FileSystem`: thin wrappers over Glibc.
public struct SystemFileSystem: FileSystem {
    public init() {}

    public func createExclusive(_ path: String) throws(FileSystemError) -> FileDescriptor {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileSystemError(.open, path: path, code: errno) }
        if fchmod(fd, 0o600) != 0 {
            let code = errno
            _ = Glibc.close(fd)
            _ = Glibc.unlink(path)
            throw FileSystemError(.chmod, path: path, code: code)
        }
        return FileDescriptor(rawValue: fd)
    }

    public func write(_ fd: FileDescriptor, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileSystemError) -> Int {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        let n = Glibc.write(fd.rawValue, base, bytes.count)
        guard n >= 0 else { throw FileSystemError(.write, path: path, code: errno) }
        return n
    }

    public func fsync(_ fd: FileDescriptor, path: String) throws(FileSystemError) {
        guard Glibc.fsync(fd.rawValue) == 0 else { throw FileSystemError(.fsync, path: path, code: errno) }
    }

    public func close(_ fd: FileDescriptor, path: String) throws(FileSystemError) {
        // Linux releases the descriptor even when close fails (also on EINTR): never call it twice.
        guard Glibc.close(fd.rawValue) == 0 else { throw FileSystemError(.close, path: path, code: errno) }
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        guard Glibc.rename(from, to) == 0 else { throw FileSystemError(.rename, path: to, code: errno) }
    }

    public func openDirectory(_ path: String) throws(FileSystemError) -> FileDescriptor {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileSystemError(.openDirectory, path: path, code: errno) }
        return FileDescriptor(rawValue: fd)
    }

    public func unlink(_ path: String) throws(FileSystemError) {
        guard Glibc.unlink(path) == 0 else { throw FileSystemError(.unlink, path: path, code: errno) }
    }

    public func list(_ path: String) throws(FileSystemError) -> [String] {
        guard let dir = opendir(path) else { throw FileSystemError(.list, path: path, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { throw FileSystemError(.list, path: path, code: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let len = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<len]), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileSystemError(.read, path: path, code: errno) }
        defer { _ = Glibc.close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(.read, path: path, code: errno)
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}
