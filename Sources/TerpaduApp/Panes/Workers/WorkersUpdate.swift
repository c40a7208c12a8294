import TerminalUI
import TerpaduCore

extension DeskModel {
    /// Rows of the list on screen: the body less the table's header.
    var workersVisibleRows: Int { max(1, DeskLayout(size: size).body.height - 2) }

    /// Asks for the rows around the screen when they are not already here or on their way. `force`
    /// asks again for the same window (the data moved on: a commit, a new query).
    mutating func workersWindowEffects(force: Bool = false) -> [DeskEffect] {
        guard phase == .ready else { return [] }
        guard let window = RowWindow.ask(&workers.table, visible: workersVisibleRows, total: workers.total,
                                         requested: workers.requested, force: force) else { return [] }
        workers.requested = window
        return [.workers(workers.query, window: window, generation: workers.generation)]
    }

    /// The query changed: a new generation, the selection back to the top.
    mutating func requery() -> [DeskEffect] {
        workers.generation &+= 1
        workers.table.selected = 0
        workers.table.offset = 0
        workers.searching = true
        workers.requested = nil
        return workersWindowEffects(force: true)
    }

    mutating func workersAction(_ action: WorkersAction) -> [DeskEffect] {
        let total = workers.total
        let visible = workersVisibleRows
        switch action {
        case .move(let step): workers.table.step(step, rowCount: total, pageRows: visible)
        case .open:
            guard let row = workers.selectedRow else { return [] }
            if picking != nil { return picked(row.id) }
            return openCard(row.id)
        case .search:
            workers.search = FilterInputState(text: workers.query.text)
            return []
        case .reviews:
            return openReviews()
        case .sort:
            // Each press moves to the next column; pressing past the last reverses the direction.
            let next = WorkerColumn(rawValue: workers.query.sort.rawValue + 1)
            if let next { workers.query.sort = next } else {
                workers.query.sort = .id
                workers.query.ascending.toggle()
            }
            workers.table.sortColumn = workers.query.sort.rawValue
            workers.table.sortAscending = workers.query.ascending
            return requery()
        case .stageFilter:
            // everyone → each stage → exited → everyone
            if workers.query.exited == true {
                workers.query.exited = nil
            } else if let s = workers.query.stage {
                if let next = Stage(rawValue: s.rawValue + 1) { workers.query.stage = next } else {
                    workers.query.stage = nil
                    workers.query.exited = true
                }
            } else {
                workers.query.stage = .preparation
            }
            return requery()
        case .clear:
            workers.query = WorkerListQuery()
            workers.table.sortColumn = nil
            return requery()
        case .new:
            return openRegistration()
        case .quick(let prefix):
            overlay = .command(DeskCommands.lineState(self, text: prefix))
            return []
        }
        return workersWindowEffects()
    }

    /// Typing in the search field: echoed at once, the search itself runs off the UI thread.
    mutating func typeSearch(_ key: Key) -> [DeskEffect] {
        guard var field = workers.search else { return [] }
        switch field.handle(key) {
        case .cancelled:
            workers.search = nil
            // Esc on an empty search while picking gives the pick up.
            if picking != nil, workers.query.text.isEmpty { return cancelPick() }
            guard !workers.query.text.isEmpty else { return [] }
            workers.query.text = ""
            return requery()
        case .submitted:
            workers.search = nil
            // Picking a worker: one match found is the one meant (when the search is still running,
            // as soon as its answer says so).
            if picking != nil {
                if workers.searching { picking?.pickWhenSingle = true; return [] }
                if workers.total == 1, let row = workers.selectedRow { return picked(row.id) }
            }
            return []
        case .changed(let text):
            workers.search = field
            workers.query.text = text
            return requery()
        case .none:
            workers.search = field
            return []
        }
    }

    /// Opens a worker's card (from the list, the command line, a saved registration).
    mutating func openCard(_ id: RecordID) -> [DeskEffect] {
        go(.worker(id))
        return openCardModel(id)
    }

    mutating func openCardModel(_ id: RecordID) -> [DeskEffect] {
        card = WorkerCardModel(id: id)
        return [.workerCard(id)]
    }

    mutating func cardAction(_ action: CardAction) -> [DeskEffect] {
        guard let id = card?.id else { return [] }
        switch action {
        case .reveal:
            return [.reveal(id)]
        case .edit:
            return openEdit(id)
        case .step(let kind):
            return cardStep(kind, id)
        case .toggleSide:
            card?.showTimeline.toggle()
            card?.scroll = 0
        case .up:
            let scroll = card?.scroll ?? 0
            card?.scroll = max(0, scroll - 1)
        case .down:
            // The view clamps the scroll to what it has to show.
            let scroll = card?.scroll ?? 0, lines = (card?.card?.timeline.count ?? 0) * 3 + 24
            card?.scroll = min(scroll + 1, lines)
        }
        return []
    }
}
