import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore

/// What the board's owner answers with.
public enum BoardMessage: Sendable {
    case read(BoardReading)
    /// The figures could not be read now (the board keeps trying).
    case readFailed(BoardProblem)
    /// Another process committed, or the directory's condition changed.
    case changed(DirectoryCondition)
    case names(BoardNames)
}

/// Why the board cannot read its figures now.
public enum BoardProblem: Sendable, Hashable {
    /// The journal predates the board's tables, or they await their first fill: an operator's desk
    /// opening the directory fixes both.
    case needsOperator
    /// No data directory (or journal) at the path yet.
    case missing
    case unusable(String)
}

/// What the board asks of its owner. Nothing here writes.
public enum BoardEffect: Sendable, Hashable {
    case read(Narrowing)
    case quit
}

/// The board as a `Program`: `update` and `view` are pure; the owner reads the journal.
public struct BoardProgram: Program {
    public typealias Model = BoardModel
    public typealias Message = BoardMessage
    public typealias Effect = BoardEffect

    /// Ticks between re-reads when no change came (the slow figures: the day moving on).
    public let ticksPerRead: Int
    let now: @Sendable () -> Int64

    public init(ticksPerRead: Int = 60, now: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() }) {
        self.ticksPerRead = max(1, ticksPerRead)
        self.now = now
    }

    public func update(_ model: inout BoardModel, _ event: LoopEvent<BoardMessage>, at instant: ContinuousClock.Instant) -> [BoardEffect] {
        switch event {
        case .resize(let size):
            model.size = size
            return model.reading == nil && !model.readInFlight ? model.askRead() : []
        case .tick:
            let millis = now()
            model.clock = model.strings.format.clock(millis: millis)
            model.today = OfficeCalendar.jakarta.day(atMillis: millis)
            model.ticks += 1
            // Without a reading yet (the directory was unusable), or every `ticksPerRead` ticks.
            if model.reading == nil || model.ticks % ticksPerRead == 0 { return model.askRead() }
            return []
        case .message(let message):
            return model.receive(message)
        case .key(let key):
            return model.press(key)
        }
    }

    public func view(_ model: BoardModel, into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        BoardView(model: model).render(buffer.area, &buffer)
    }
}

extension BoardModel {
    /// One read at a time: a change while one is on its way asks for one more after it.
    mutating func askRead() -> [BoardEffect] {
        if readInFlight {
            readAgain = true
            return []
        }
        readInFlight = true
        return [.read(narrowing)]
    }

    mutating func receive(_ message: BoardMessage) -> [BoardEffect] {
        switch message {
        case .read(let r):
            readInFlight = false
            // A reading for another narrowing (the filter changed meanwhile) is not shown.
            if r.figures.narrowing == narrowing {
                reading = r
                problem = nil
            }
            if readAgain || r.figures.narrowing != narrowing {
                readAgain = false
                return askRead()
            }
            return []
        case .readFailed(let why):
            readInFlight = false
            readAgain = false
            problem = switch why {
            case .needsOperator: words.needsOperator
            case .missing: words.missing(dataPath)
            case .unusable(let text): words.feed(.unusable(text))
            }
            return []
        case .changed(let condition):
            self.condition = condition
            return askRead()
        case .names(let n):
            names = n
            return []
        }
    }

    mutating func press(_ key: Key) -> [BoardEffect] {
        if showHelp {
            showHelp = false
            return key == .function(10) ? [.quit] : []
        }
        if var p = pick {
            switch key {
            case .up, .char("k"): p.selected = max(0, p.selected - 1)
            case .down, .char("j"): p.selected = min(max(0, p.choices.count - 1), p.selected + 1)
            case .pageUp: p.selected = max(0, p.selected - 10)
            case .pageDown: p.selected = min(max(0, p.choices.count - 1), p.selected + 10)
            case .enter:
                pick = nil
                guard p.choices.indices.contains(p.selected) else { return [] }
                let code = p.choices[p.selected].code
                return narrow(p.dimension == .province ? .province(code) : .country(code))
            case .escape:
                pick = nil
                return []
            case .function(10): return [.quit]
            default: break
            }
            pick = p
            return []
        }
        guard let action = BoardKeys.table(words).action(for: key) else { return [] }
        switch action {
        case .quit: return [.quit]
        case .help: showHelp = true
        case .nextBreakdown:
            breakdown = Breakdown(rawValue: (breakdown.rawValue + 1) % Breakdown.allCases.count) ?? .provinces
        case .breakdown(let b): breakdown = b
        case .pickProvince: startPick(.province)
        case .pickDestination: startPick(.destination)
        case .clear:
            if narrowing != .everyone { return narrow(.everyone) }
        }
        return []
    }

    mutating func startPick(_ dimension: Pick.Dimension) {
        // The choices are the whole board's (a narrowed board's destinations are its own).
        let counts = (dimension == .province ? figures?.provinces : figures?.destinations) ?? [:]
        let choices = counts.filter { $0.value > 0 && $0.key != "none" && !$0.key.isEmpty }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (code: $0.key, count: $0.value) }
        pick = Pick(dimension: dimension, choices: choices)
    }

    mutating func narrow(_ n: Narrowing) -> [BoardEffect] {
        narrowing = n
        return askRead()
    }
}
