import Glibc

/// A file mapped read-only into memory (`mmap(PROT_READ, MAP_PRIVATE)`), opened with `O_NOFOLLOW`.
/// An empty file gives an empty buffer. Snapshot files are never modified in place once renamed,
/// so the mapping stays valid; call `unmap()` when done.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private var mapped: Bool

    init(path: String) throws(FileSystemError) {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw FileSystemError(.read, path: path, code: errno) }
        defer { _ = Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileSystemError(.stat, path: path, code: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(.read, path: path, code: EINVAL) }
        let size = Int(st.st_size)
        if size == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            mapped = false
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw FileSystemError(.read, path: path, code: errno)
        }
        bytes = UnsafeRawBufferPointer(start: p, count: size)
        mapped = true
    }

    func unmap() {
        guard mapped, let base = bytes.baseAddress else { return }
        munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        mapped = false
    }

    deinit { unmap() }
}
