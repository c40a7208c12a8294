import TerminalUI

/// Everything the demo shows, as one value: `DemoProgram.update` changes it, `view` draws it.
struct DemoModel {
    enum Overlay {
        case none, help, command(CommandLineState), filter(FilterInputState)
        case confirm(ConfirmDialog, ConfirmPurpose), alert(AlertDialog)
    }

    /// What a yes in the confirm dialog does.
    enum ConfirmPurpose: Hashable {
        case deleteRow(Int)
        /// Esc on a changed form.
        case leaveForm
    }

    static let tabTitles = ["Table", "Form", "Charts"]

    var theme: Theme
    /// The toolkit's words, in the demo's one language.
    let words = ToolkitWords.english
    /// The theme files there are (read once at start, for `t` and `:theme` completion).
    var themeNames: [String]
    var size: Size
    var tab = 0
    var overlay = Overlay.none
    var table = TableState()
    var source = DemoSource(filtered: nil, descending: false)
    var filterText = ""
    var filtering = false
    /// The filter request whose answer is awaited; older answers are dropped.
    var filterGeneration: UInt64 = 0
    var deleted: Set<Int> = []
    var form = DemoForm.make()
    var formResult = ""
    var toasts = ToastQueue()
    var spark: [Double] = (0..<60).map { Double(($0 * 7) % 23) }
    var ticks = 0
    /// Command lines run, newest last (↑/↓ in the command line walk them).
    var commandHistory: [String] = []

    init(theme: Theme, themeNames: [String], size: Size) {
        self.theme = theme
        self.themeNames = themeNames
        self.size = size
    }
}

/// Answers posted back to the loop from other threads.
enum DemoMessage: Sendable {
    /// The rows matching a filter (nil: the work gave up, a newer filter having started).
    case filtered(Tagged<[Int32]?>)
    case themeLoaded(Result<Theme, ThemeError>)
}

/// What `update` asks the performer to do.
enum DemoEffect: Hashable {
    case quit
    /// Filter the million names for `text` off the UI thread (empty: stop any filter running).
    case filter(String, generation: UInt64)
    /// Read a theme file (and post it back).
    case loadTheme(String)
    /// Block the UI thread for this many seconds once the current frame is on screen (`:stall N`),
    /// to show (and test) what a termination signal does meanwhile.
    case stall(UInt32)
}
