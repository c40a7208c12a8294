import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The supervisor board on the small office of `directoryWithRecords`, read from the journal's board
/// table by the real owner: its screens at 80×24 and 200×60 in both languages, its keys, and what it
/// says when it cannot read.
@Suite struct BoardScreenTests {
    func board(_ dir: TempDir, _ language: Language = .en, _ size: Size = Size(width: 80, height: 24)) throws -> BoardDriver {
        let board = BoardDriver(data: try directoryWithRecords(dir), language: language, size: size)
        #expect(board.settle { $0.reading != nil }, "\(board.model.problem ?? "no reading")")
        return board
    }

    func fits(_ screen: [String], _ size: Size) -> Bool {
        screen.count == size.height && screen.allSatisfy { TextLayout.width($0) == size.width }
    }

    @Test func theStagesFlowsAndKeysAt80x24InEnglish() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir)
        let screen = board.screen
        #expect(fits(screen, Size(width: 80, height: 24)))
        #expect(screen[0].contains("Terpadu supervisor board · all provinces and destinations") && screen[0].contains("10:00"))
        #expect(screen[1].contains("Preparation") && screen[1].contains("Pre-placement") && screen[1].contains("Placement")
                && screen[1].contains("Post-placement"))
        // Siti certified and Nurul registered with a loan: 1 and 1; Budi working; Dewi in reintegration.
        #expect(screen[2].split(separator: " ") == ["1", "1", "1", "1"], "\(screen[2])")
        #expect(screen.contains { $0.contains("working") && $0.contains("1") })
        #expect(screen.contains { $0.hasPrefix(" Today: registered") })
        #expect(screen.contains { $0.hasPrefix(" Exits: none") })
        #expect(screen.contains { $0.contains("Fast: days to depart") && $0.contains("Cheap: cost to worker") })
        #expect(screen.contains { $0.contains("1 Provinces") && $0.contains("2 Destinations") })
        #expect(screen.contains { $0.hasPrefix(" Jawa Barat") }, "the four come from province 32")
        #expect(screen[22].contains("last change 10:00 by tester") && screen[22].hasSuffix("live"))
        #expect(screen[23].contains("b Breakdown") && screen[23].contains("p Province") && screen[23].contains("F10 Quit"))
    }

    @Test func at200x60TheStagesAreThreeRowsTallAndEveryTileShows() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let size = Size(width: 200, height: 60)
        let board = try board(dir, .en, size)
        let screen = board.screen
        #expect(fits(screen, size))
        // "1" three rows tall under each stage.
        #expect(screen[2].contains(" ▀█") && screen[3].contains("  █") && screen[4].contains("  ▀"))
        for tile in ["Fast: days to depart", "Cheap: cost to worker", "Safe: open cases", "Prosper: returnees",
                     "Education reached", "Literacy abroad", "Insured abroad"] {
            #expect(screen.contains { $0.contains(tile) }, "\(tile)")
        }
        #expect(screen.contains { $0.contains("7 Departures by week") })
    }

    @Test func theBoardSpeaksIndonesianAtBothSizes() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir, .id)
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            board.resize(size.width, size.height)
            let screen = board.screen
            #expect(fits(screen, size))
            #expect(screen[0].contains("Papan pengawas Terpadu · semua provinsi dan negara tujuan"))
            #expect(screen[1].contains("Persiapan") && screen[1].contains("Pra-penempatan") && screen[1].contains("Purna"))
            #expect(screen.contains { $0.hasPrefix(" Hari ini: terdaftar") })
            #expect(screen.contains { $0.contains("Cepat: hari sampai") })
            #expect(screen[size.height - 2].contains("perubahan terakhir 10:00 oleh tester") && screen[size.height - 2].hasSuffix("langsung"))
            #expect(screen[size.height - 1].contains("p Provinsi") && screen[size.height - 1].contains("F10 Keluar"))
            for english in ["Today", "Exits", "Breakdown", "last change", "live"] {
                #expect(!screen.contains { $0.contains(english) }, "English \"\(english)\" on the Indonesian board")
            }
        }
    }

    @Test func aDestinationNarrowsTheWholeBoardAndXGoesBack() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir)
        board.press(.char("d"))
        #expect(board.model.pick?.choices.map(\.code) == ["HK"])
        #expect(board.text.contains("▸ Hong Kong"))
        board.press(.enter)
        #expect(board.model.narrowing == .country("HK"))
        #expect(board.settle { $0.reading?.figures.narrowing == .country("HK") })
        #expect(board.screen[0].contains("to Hong Kong"))
        #expect(board.model.figures?.stages.total == 2, "Budi working there, Dewi back from it")
        board.press(.char("x"))
        #expect(board.settle { $0.reading?.figures.narrowing == .everyone })
        #expect(board.model.figures?.stages.total == 4)
    }

    @Test func keysSwitchTheBreakdownAndHelpListsThem() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir, .en, Size(width: 120, height: 40))
        board.press(.char("5"))
        #expect(board.model.breakdown == .passRates)
        #expect(board.screen.contains { $0.contains("Caregiver") && $0.contains("100.0 %") })
        board.press(.char("b"))
        #expect(board.model.breakdown == .reviews)
        board.press(.char("?"))
        #expect(board.text.contains("read-only: nothing here writes"))
        #expect(board.text.contains("Narrow the board to one province of origin"))
        board.press(.char("j"))
        #expect(!board.model.showHelp)
        board.press(.char("q"))
        #expect(board.effects.last == .quit)
    }

    @Test func aMissingDirectoryIsNamedAndTriedAgain() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = BoardDriver(data: dir.path + "/nothing-here", size: Size(width: 160, height: 30))
        #expect(board.settle { $0.problem != nil })
        #expect(board.text.contains("no Terpadu data at \(dir.path)/nothing-here yet (trying again)"), "\(board.text)")
        // The next tick tries again.
        board.send(.tick)
        #expect(board.effects.filter { if case .read = $0 { true } else { false } }.count >= 2)
    }

    /// A directory an older build left (or whose tables await their fill) keeps the last figures on
    /// screen with the reason in the footer, in the board's language, until a read succeeds.
    @Test func anOlderDirectoryAsksForAnOperatorAndKeepsTheLastFigures() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir, .id)
        board.send(.message(.readFailed(.needsOperator)))
        let footer = board.screen[22]
        #expect(footer.contains("operator harus membukanya sekali"), "\(footer)")
        #expect(board.screen[1].contains("Persiapan"), "the figures read before stay")
        board.send(.message(.changed(.usable)))
        #expect(board.settle { $0.problem == nil })
        #expect(board.screen[22].hasSuffix("langsung"))
    }

    /// "Today" is the calendar's: a day after the office's last event, nothing moved today, though the
    /// counts stand.
    @Test func todayIsTheCalendarsNotTheDayOfTheLastEvent() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithRecords(dir)
        let sameDay = BoardDriver(data: data)
        #expect(sameDay.settle { $0.reading != nil })
        #expect(sameDay.screen.contains { $0.hasPrefix(" Today: registered 4") })
        let nextDay = BoardDriver(data: data, nowMillis: fixedMillis + 86_400_000)
        #expect(nextDay.settle { $0.reading != nil })
        #expect(nextDay.screen.contains { $0.hasPrefix(" Today: registered 0") })
        #expect(nextDay.screen.contains { $0.hasPrefix(" This week: registered 4") }, "still the same ISO week")
        #expect(nextDay.model.figures?.stages.total == 4)
    }

    /// Quiet on the wire: a tick in the same minute changes no cell, and one registration changes only
    /// the figures it moved (the terminal is sent only changed cells).
    @Test func oneRegistrationChangesOnlyTheFiguresItMoved() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let size = Size(width: 200, height: 60)
        let board = try board(dir, .en, size)
        func frame() -> Buffer { board.frame(size) }
        let before = frame()
        board.send(.tick)
        board.send(.tick)
        #expect(frame().changes(from: before).isEmpty, "a tick within the minute draws the same frame")
        let store = try openStore(dir, op: "tester")
        _ = try store.execute(registration(9, name: "Ani Wulandari")).get()
        store.close()
        #expect(board.settle { $0.figures?.stages.preparation == 2 })
        let changed = frame().changes(from: before)
        // Preparation 1 → 2 (three rows tall), its "registered" count, today's and this week's
        // registrations, the province bar and its figure.
        #expect(!changed.isEmpty && changed.count <= 30, "\(changed.count) cells: \(Set(changed.map(\.y)).sorted())")
    }

    /// Another process's commit reaches the board through the change feed, with who made it.
    @Test func anotherProcessesRegistrationMovesTheBoard() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let board = try board(dir)
        let store = try openStore(dir, op: "budi")
        _ = try store.execute(registration(9, name: "Ani Wulandari")).get()
        store.close()
        #expect(board.settle { $0.figures?.stages.preparation == 2 })
        #expect(board.screen[22].contains("by budi"))
    }
}
