/// Where frames go. A backend draws the cells it is given and reports the screen size; the
/// `Terminal` decides which cells changed. All calls come from the one UI thread.
public protocol Backend: AnyObject {
    /// The current screen size.
    var size: Size { get }
    /// How many colours the backend can show (after NO_COLOR).
    var colorDepth: ColorDepth { get }
    /// Draws changed cells and makes them visible (one `doupdate` for ncurses). Never called with
    /// an empty list.
    func draw(_ changes: [CellChange])
    /// The screen's content is unknown (after a resize): clear it so the next full frame is exact.
    func invalidate()
    /// Waits until input arrives, `wakeFD` becomes readable, or `timeout` passes (nil: no limit),
    /// then returns the keys available without blocking.
    func readKeys(timeout: Duration?, wakeFD: Int32) -> [Key]
    /// A signal that asks the program to end (SIGTERM, SIGHUP, SIGINT), once the backend has caught
    /// one; the event loop stops when it is set. nil by default.
    var terminationSignal: Int32? { get }
}

extension Backend {
    public var terminationSignal: Int32? { nil }
}
