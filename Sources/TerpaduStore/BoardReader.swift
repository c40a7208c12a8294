import GRDB
import TerpaduCore

/// What one read of the board gives: its figures, and the last change (time, operator, sequence)
/// for the board's footer, from one read transaction.
public struct BoardReading: Sendable, Hashable {
    public var figures: BoardFigures
    public var lastChange: LastChange?
}

/// Why the board's tables cannot be read now. `olderSchema` and `notFilled` pass once an operator's
/// process opens the directory read-write (it raises the schema and fills the tables): a board shows
/// that and tries again.
public enum BoardReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The journal's schema predates the board's tables.
    case olderSchema(path: String, found: Int, needed: Int)
    /// The schema is current but the tables await their first fill from the state.
    case notFilled(path: String)
    case journal(JournalError)

    public var description: String {
        switch self {
        case .olderSchema(let path, let found, let needed):
            "\(path) is at journal schema \(found); the board needs \(needed): an operator must open it once"
        case .notFilled(let path):
            "the board's tables in \(path) are not filled yet: an operator must open it once"
        case .journal(let e): "\(e)"
        }
    }
}

/// The supervisor board's reads: the figures from `board_cells`, through a read-only connection of
/// its own, never the snapshot or the population (a few thousand rows at a million workers).
public final class BoardReader: Sendable {
    let journal: Journal

    public init(directory: DataDirectory) throws(BoardReadError) {
        do { journal = try Journal(path: directory.journalPath, access: .readOnly) } catch { throw .journal(error) }
    }

    /// The figures for everyone, one province (`.province(code)`) or one destination (`.country(iso)`),
    /// over the `weeks` weeks up to the day of the last event. A code no row names gives zeros.
    public func read(_ n: Narrowing = .everyone, weeks: Int = 52) throws(BoardReadError) -> BoardReading {
        let path = journal.path
        do {
            return try journal.read { reader in
                let version = try JournalSchema.userVersion(reader.db)
                if version < JournalSchema.currentVersion {
                    throw BoardReadError.olderSchema(path: path, found: version, needed: JournalSchema.currentVersion)
                }
                guard try BoardTable.isReady(reader) else { throw BoardReadError.notFilled(path: path) }
                let last = try reader.lastChange()
                guard let asOf = try reader.boardAsOf() else { return BoardReading(figures: .empty(n), lastChange: last) }
                let (province, destination) = switch n {
                case .everyone: ("", "")
                case .province(let code): (code, "")
                case .country(let iso): ("", iso)
                }
                let rows = try reader.boardRows(province: province, destination: destination, asOf: asOf, weeks: weeks)
                return BoardReading(figures: BoardFigures(rows: rows, narrowing: n, asOf: asOf, weeks: weeks), lastChange: last)
            }
        } catch let e as BoardReadError {
            throw e
        } catch let e as JournalError {
            throw .journal(e)
        } catch {
            throw .journal(.database(path: path, code: -1, message: "\(error)"))
        }
    }
}
