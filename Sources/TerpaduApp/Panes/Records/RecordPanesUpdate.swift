import TerminalUI
import TerpaduCore

/// The record panes inside the desk's update: keys, answers, and what to ask for when a place shows.
extension DeskModel {
    /// Rows of a record list on screen: the body less its summary row and the table's header.
    var recordVisibleRows: Int { max(1, DeskLayout(size: size).body.height - 2) }

    /// The record list on screen, if any.
    var recordListOnScreen: RecordList? {
        guard case .pane(let p) = place else { return nil }
        return records.list(on: p)
    }

    // MARK: Asking

    mutating func recordWindowEffects(_ list: RecordList, force: Bool = false) -> [DeskEffect] {
        guard phase == .ready else { return [] }
        var l = records[list]
        defer { records[list] = l }
        l.query.language = strings.language
        guard let window = RowWindow.ask(&l.table, visible: recordVisibleRows, total: l.total, requested: l.requested,
                                         force: force || l.page == nil && l.requested == nil) else { return [] }
        l.requested = window
        return [.records(.list(l.query, window: window, generation: l.generation))]
    }

    mutating func recordDetailEffects(force: Bool = false) -> [DeskEffect] {
        guard phase == .ready, var d = records.detail else { return [] }
        defer { records.detail = d }
        let visible = RecordDetailLayout(body: DeskLayout(size: size).body, kind: d.id.kind).visibleRows
        guard let window = RowWindow.ask(&d.table, visible: visible, total: d.detail?.subTotal ?? 0, requested: d.requested,
                                         force: force) else { return [] }
        d.requested = window
        return [.records(.detail(d.id, window: window))]
    }

    /// What the place on screen needs when it shows, or when the data moved on (`refresh`).
    mutating func recordPlaceShown(refresh: Bool = true) -> [DeskEffect] {
        switch place {
        case .record(let id):
            if records.detail?.id != id { return openRecordModel(id) }
            return recordDetailEffects(force: refresh)
        case .pane(.training) where records.training.showing == .passRates:
            return refresh && phase == .ready ? [.records(.passRates)] : []
        case .pane:
            return recordListOnScreen.map { recordWindowEffects($0, force: refresh) } ?? []
        default:
            return []
        }
    }

    /// Opens a record's detail (from a list, the command line); a worker opens the card.
    mutating func openRecord(_ id: RecordID) -> [DeskEffect] {
        guard id.kind != .worker else { return openCard(id) }
        go(.record(id))
        return openRecordModel(id)
    }

    mutating func openRecordModel(_ id: RecordID) -> [DeskEffect] {
        records.detail = RecordDetailModel(id: id)
        return recordDetailEffects(force: true)
    }

    // MARK: Answers

    mutating func receive(records answer: RecordAnswer) -> [DeskEffect] {
        switch answer {
        case .page(let page):
            var l = records[page.query.list]
            guard l.accept(page, visibleRows: recordVisibleRows) else { return [] }
            records[page.query.list] = l
            return recordListOnScreen == page.query.list ? recordWindowEffects(page.query.list) : []
        case .detail(let detail):
            guard records.detail?.id == detail.id else { return [] }
            records.detail?.detail = detail
            return []
        case .missing(let id):
            say(strings.shell.notFound(id.description), .error)
            if case .record(id) = place { _ = back() }
            if records.detail?.id == id { records.detail = nil }
            return recordPlaceShown()
        case .passRates(let rates, let levels):
            records.training.passRates = rates
            records.training.languageLevels = levels
            return []
        }
    }

    // MARK: Keys

    /// A key on a record pane or detail; nil when the key is not theirs (the shell's table then applies).
    mutating func recordKey(_ key: Key) -> [DeskEffect]? {
        let tables = RecordKeys.bindings(self)
        if let list = recordListOnScreen, records[list].filter != nil {
            // The filter has focus: only F-keys and Ctrl-keys reach the shell.
            if DeskKeys.actsWhileTyping(key) { return nil }
            return typeRecordFilter(list, key)
        }
        if let action = tables.list?.action(for: key) { return recordListAction(action) }
        if let action = tables.detail?.action(for: key) { return recordDetailAction(action) }
        return nil
    }

    mutating func recordListAction(_ action: RecordListAction) -> [DeskEffect] {
        switch action {
        case .showList(let list):
            if list == .cohorts { records.training.showing = .cohorts } else { records.placements.showing = list }
            return recordWindowEffects(list, force: true)
        case .showPassRates:
            records.training.showing = .passRates
            return phase == .ready ? [.records(.passRates)] : []
        case .new:
            guard let kind = RecordPanes.newList(pane) else { return [] }
            return openStep(RecordSteps.new(kind))
        case .newLiteracySession:
            return openStep(.scheduleLiteracySession)
        default: break
        }
        guard let list = recordListOnScreen else {
            // Training's pass rates: the arrows move through the programs.
            if case .move(let step) = action {
                records.training.passRateTable.step(step, rowCount: records.training.passRates?.count ?? 0, pageRows: recordVisibleRows)
            }
            return []
        }
        var l = records[list]
        let total = l.total, visible = recordVisibleRows
        switch action {
        case .move(let step): l.table.step(step, rowCount: total, pageRows: visible)
        case .open:
            guard let id = l.selectedID else { return [] }
            return openRecord(id)
        case .filter:
            l.filter = FilterInputState(text: l.query.text)
        case .sort, .reverse, .clear:
            l.query = Self.arranged(l.query, action)
            l.restart()
            records[list] = l
            return recordWindowEffects(list, force: true)
        case .showList, .showPassRates, .new, .newLiteracySession: break
        }
        records[list] = l
        return recordWindowEffects(list)
    }

    /// `s` moves to the next column in its natural direction (after the last, back to the ID); `S`
    /// reverses; `x` clears the filter and the sort.
    static func arranged(_ q: RecordListQuery, _ action: RecordListAction) -> RecordListQuery {
        var q = q
        switch action {
        case .reverse: q.ascending.toggle()
        case .clear: q = RecordListQuery(q.list)
        default:
            let columns = Self.columnCount(q.list)
            q.sort = (q.sort + 1) % columns
            q.ascending = Self.ascendingFirst(q.list, q.sort)
        }
        return q
    }

    static func columnCount(_ list: RecordList) -> Int {
        switch list {
        case .fairs: FairColumn.allCases.count
        case .cohorts: CohortColumn.allCases.count
        case .jobOrders: JobOrderColumn.allCases.count
        case .cases: CaseColumn.allCases.count
        case .loans: LoanColumn.allCases.count
        case .literacySessions: LiteracyColumn.allCases.count
        case .programs: ProgramColumn.allCases.count
        }
    }

    static func ascendingFirst(_ list: RecordList, _ column: Int) -> Bool {
        switch list {
        case .fairs: FairColumn(rawValue: column)?.ascendingFirst ?? false
        case .cohorts: CohortColumn(rawValue: column)?.ascendingFirst ?? false
        case .jobOrders: JobOrderColumn(rawValue: column)?.ascendingFirst ?? false
        case .cases: CaseColumn(rawValue: column)?.ascendingFirst ?? false
        case .loans: LoanColumn(rawValue: column)?.ascendingFirst ?? false
        case .literacySessions: LiteracyColumn(rawValue: column)?.ascendingFirst ?? false
        case .programs: ProgramColumn(rawValue: column)?.ascendingFirst ?? false
        }
    }

    /// Typing in a list's filter: echoed at once, the filtering itself runs off the UI thread.
    mutating func typeRecordFilter(_ list: RecordList, _ key: Key) -> [DeskEffect] {
        var l = records[list]
        guard var field = l.filter else { return [] }
        switch field.handle(key) {
        case .cancelled:
            l.filter = nil
            guard !l.query.text.isEmpty else { records[list] = l; return [] }
            l.query.text = ""
        case .submitted:
            l.filter = nil
            records[list] = l
            return []
        case .changed(let text):
            l.filter = field
            l.query.text = text
        case .none:
            l.filter = field
            records[list] = l
            return []
        }
        l.restart()
        records[list] = l
        return recordWindowEffects(list, force: true)
    }

    mutating func recordDetailAction(_ action: RecordDetailAction) -> [DeskEffect] {
        guard var d = records.detail else { return [] }
        let total = d.detail?.subTotal ?? 0
        let visible = RecordDetailLayout(body: DeskLayout(size: size).body, kind: d.id.kind).visibleRows
        switch action {
        case .move(let step): d.table.step(step, rowCount: total, pageRows: visible)
        case .openWorker:
            guard let worker = d.detail?.worker(at: d.table.selected) else { return [] }
            return openCard(worker)
        case .resultSheet:
            return openResultSheet(d.id)
        case .add, .newAttendee, .mark, .step:
            return recordStep(action, d)
        }
        records.detail = d
        return recordDetailEffects()
    }
}
