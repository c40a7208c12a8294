/// Every word the toolkit's widgets put on screen, handed in by the app (`words:` parameters and a
/// field of the widget states), so the toolkit speaks the app's language. The init has no defaults:
/// an app's table for another language must give every field, and the compiler proves it complete.
public struct ToolkitWords: Sendable, Hashable {
    /// The help overlay's title.
    public var help: String
    /// A footer for an overlay that any key closes.
    public var anyKeyCloses: String
    /// Dialog buttons. The first letter of `yes` and `no` also answers a confirm dialog.
    public var yes: String
    public var no: String
    public var ok: String
    /// Field messages.
    public var required: String
    public var notANumber: String
    /// The message for a date that cannot be read, saying how to type one ("use DD-MM-YYYY").
    public var notADate: String
    /// A pick field whose typed text is no option's code.
    public var notInList: String
    /// A pick list (or completion) with nothing to offer.
    public var noMatches: String
    /// After a count of items not shown: "5 more".
    public var more: String
    /// While a slow filter runs.
    public var filtering: String
    /// Help texts and hints of the form's default keys.
    public var nextField: String
    public var nextFieldOrSave: String
    public var previousField: String
    public var moveUp: String
    public var moveDown: String
    public var toggle: String
    public var save: String
    public var leaveForm: String
    public var back: String
    /// A sheet's Enter: the first cell of the next row.
    public var nextRow: String

    public init(help: String, anyKeyCloses: String, yes: String, no: String, ok: String, required: String,
                notANumber: String, notADate: String, notInList: String, noMatches: String, more: String,
                filtering: String, nextField: String, nextFieldOrSave: String, previousField: String,
                moveUp: String, moveDown: String, toggle: String, save: String, leaveForm: String, back: String,
                nextRow: String = "Next row, first cell") {
        self.help = help
        self.anyKeyCloses = anyKeyCloses
        self.yes = yes
        self.no = no
        self.ok = ok
        self.required = required
        self.notANumber = notANumber
        self.notADate = notADate
        self.notInList = notInList
        self.noMatches = noMatches
        self.more = more
        self.filtering = filtering
        self.nextField = nextField
        self.nextFieldOrSave = nextFieldOrSave
        self.previousField = previousField
        self.moveUp = moveUp
        self.moveDown = moveDown
        self.toggle = toggle
        self.save = save
        self.leaveForm = leaveForm
        self.back = back
        self.nextRow = nextRow
    }

    public static let english = ToolkitWords(
        help: "Help", anyKeyCloses: "any key closes", yes: "Yes", no: "No", ok: "OK", required: "required",
        notANumber: "not a number", notADate: "use DD-MM-YYYY", notInList: "not in the list", noMatches: "no matches",
        more: "more", filtering: "filtering…", nextField: "Next field", nextFieldOrSave: "Next field (on the last: save)",
        previousField: "Previous field", moveUp: "Previous field (in an open list: up)",
        moveDown: "Next field (in a pick field: open its list, then down)",
        toggle: "Tick or untick", save: "Save", leaveForm: "Leave the form", back: "Back")
}
