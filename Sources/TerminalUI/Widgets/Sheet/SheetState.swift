/// A grid of cells typed row after row, like a paper register: one row per person, a column per
/// figure. ↓ or Enter goes to the same cell of the next row, Tab to the next cell, Space ticks a
/// checkbox cell, F2 hands over the rows changed. Rows marked `locked` are shown but not edited.
public struct SheetState: Sendable {
    public struct Column: Sendable {
        public enum Kind: Sendable, Hashable {
            /// Digits only, at most `maxLength`.
            case number(maxLength: Int)
            case checkbox
            case text(maxLength: Int)
        }
        public var id: String
        public var title: String
        public var kind: Kind
        public var width: Int

        public init(id: String, title: String, kind: Kind, width: Int) {
            self.id = id
            self.title = title
            self.kind = kind
            self.width = width
        }
    }

    public struct Row: Sendable, Hashable {
        /// What the app knows the row by (a record ID).
        public var key: String
        /// Shown before the cells (a name).
        public var label: String
        /// One value per column: text, or "true"/"false" for a checkbox.
        public var cells: [String]
        public var locked: Bool

        public init(key: String, label: String, cells: [String], locked: Bool = false) {
            self.key = key
            self.label = label
            self.cells = cells
            self.locked = locked
        }
    }

    public var columns: [Column]
    public private(set) var rows: [Row]
    public private(set) var initial: [Row]
    public private(set) var row = 0
    public private(set) var column = 0
    /// Messages on cells, by row key then column ID (a refusal after saving).
    public var errors: [String: [String: String]] = [:]
    public var keys: KeyTable<SheetAction>

    public init(columns: [Column], rows: [Row], words: ToolkitWords = .english) {
        self.columns = columns
        self.rows = rows
        self.initial = rows
        self.keys = Self.defaultKeys(words: words)
        if let first = rows.firstIndex(where: { !$0.locked }) { row = first }
    }

    /// The rows whose cells differ from what the sheet opened with.
    public var changedRows: [Row] {
        zip(rows, initial).filter { $0.cells != $1.cells }.map(\.0)
    }

    public var isChanged: Bool { !changedRows.isEmpty }

    public func value(_ columnID: String, in r: Row) -> String {
        guard let i = columns.firstIndex(where: { $0.id == columnID }), i < r.cells.count else { return "" }
        return r.cells[i]
    }

    /// The message on the cell under the cursor, if any.
    public var focusedError: String? {
        guard rows.indices.contains(row), columns.indices.contains(column) else { return nil }
        return errors[rows[row].key]?[columns[column].id]
    }

    /// Puts the cursor on the first cell with a message.
    public mutating func focusFirstError() {
        for (i, r) in rows.enumerated() {
            guard let cells = errors[r.key], !cells.isEmpty else { continue }
            row = i
            column = columns.firstIndex { cells[$0.id] != nil } ?? 0
            return
        }
    }

    /// After a save: the rows now stored become the sheet's starting point, and lock.
    public mutating func settle(_ keys: Set<String>) {
        for i in rows.indices where keys.contains(rows[i].key) {
            rows[i].locked = true
            initial[i] = rows[i]
            errors[rows[i].key] = nil
        }
    }

    public mutating func handle(_ key: Key) -> SheetOutcome {
        if let action = keys.action(for: key) { return perform(action) }
        guard rows.indices.contains(row), !rows[row].locked, columns.indices.contains(column) else { return .none }
        var text = rows[row].cells[column]
        switch (columns[column].kind, key) {
        case (.checkbox, _): return .none
        case (.number(let max), .char(let c)):
            guard c.isASCII, c.isNumber, text.count < max else { return .none }
            text.append(c)
        case (.text(let max), .char(let c)):
            guard text.count < max, !c.isNewline else { return .none }
            text.append(c)
        case (_, .backspace):
            guard !text.isEmpty else { return .none }
            text.removeLast()
        case (_, .ctrl("u")):
            text = ""
        default:
            return .none
        }
        rows[row].cells[column] = text
        errors[rows[row].key]?[columns[column].id] = nil
        return .edited
    }

    public mutating func perform(_ action: SheetAction) -> SheetOutcome {
        switch action {
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .nextRow:
            column = 0
            moveRow(by: 1)
        case .left: column = max(0, column - 1)
        case .right: column = min(columns.count - 1, column + 1)
        case .nextCell:
            if column + 1 < columns.count { column += 1 } else { column = 0; moveRow(by: 1) }
        case .previousCell:
            if column > 0 { column -= 1 } else { column = columns.count - 1; moveRow(by: -1) }
        case .toggle:
            guard rows.indices.contains(row), !rows[row].locked, columns.indices.contains(column),
                  columns[column].kind == .checkbox else { return .none }
            rows[row].cells[column] = rows[row].cells[column] == "true" ? "false" : "true"
            return .edited
        case .save: return .submitted(changedRows)
        case .cancel: return .cancelled
        }
        return .none
    }

    /// Moves to the next row that may be edited (locked rows are stepped over).
    mutating func moveRow(by delta: Int) {
        var r = row + delta
        while rows.indices.contains(r), rows[r].locked { r += delta }
        if rows.indices.contains(r) { row = r }
    }

    public static func defaultKeys(words: ToolkitWords) -> KeyTable<SheetAction> {
        KeyTable([
            KeyBinding([.enter], .nextRow, help: words.nextRow),
            KeyBinding([.down], .down, help: words.moveDown),
            KeyBinding([.up], .up, help: words.moveUp),
            KeyBinding([.tab], .nextCell, help: words.nextField),
            KeyBinding([.backTab], .previousCell, help: words.previousField),
            KeyBinding([.left], .left, help: words.previousField),
            KeyBinding([.right], .right, help: words.nextField),
            KeyBinding([.char(" ")], .toggle, help: words.toggle),
            KeyBinding([.function(2), .ctrl("s")], .save, help: words.save, hint: words.save, hintKeys: "F2/^S"),
            KeyBinding([.escape], .cancel, help: words.leaveForm, hint: words.back),
        ])
    }
}

public enum SheetAction: Hashable, Sendable {
    case up, down, left, right, nextCell, previousCell, toggle, save, cancel
    /// The first cell of the next row: typing a register row after row.
    case nextRow
}

public enum SheetOutcome: Sendable, Hashable {
    case none
    case edited
    /// F2: the rows changed since the sheet opened (or since the last `settle`).
    case submitted([SheetState.Row])
    case cancelled
}
