/// Keeps the last frame drawn and sends only the differences to the backend, so an unchanged frame
/// writes nothing at all.
public final class Terminal {
    public let backend: any Backend
    public private(set) var previous: Buffer
    public private(set) var framesDrawn = 0
    public private(set) var cellsWritten = 0

    public init(backend: any Backend) {
        self.backend = backend
        self.previous = Buffer(size: backend.size)
    }

    public var size: Size { backend.size }

    /// A blank buffer the size of the screen, to render the next frame into.
    public func makeBuffer() -> Buffer { Buffer(size: backend.size) }

    /// Draws `buffer`, writing only cells that differ from the previous frame. Returns the number of
    /// cells sent (0 means the backend was not called).
    @discardableResult
    public func draw(_ buffer: Buffer) -> Int {
        if buffer.area != previous.area {
            backend.invalidate()
            previous = Buffer(area: buffer.area)
        }
        let changes = buffer.changes(from: previous)
        previous = buffer
        guard !changes.isEmpty else { return 0 }
        backend.draw(changes)
        framesDrawn += 1
        cellsWritten += changes.count
        return changes.count
    }

    /// Forget the last frame (after a resize or when the screen may have been disturbed).
    public func invalidate() {
        backend.invalidate()
        previous = Buffer(size: backend.size)
    }
}
