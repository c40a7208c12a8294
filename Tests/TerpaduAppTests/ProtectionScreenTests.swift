import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// Protection during placement on screen, at both sizes in both languages: the Dashboard's line
/// (education reach, literacy and insurance shares, coverage lapsing and whose), and the card's
/// insurance, literacy and language-test lines, each readable in full. Then the new screens under
/// NO_COLOR: no colour anywhere, focus and errors still set apart.
@Suite(.serialized) struct ProtectionScreenTests {
    func desk(_ dir: TempDir, _ look: Look) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithProtection(dir), language: look.language, size: look.size)
        #expect(desk.settle { $0.workers.page != nil })
        return desk
    }

    /// A day as the screens write it ("22 Dec 2026", "22 Des 2026"), written out here.
    func day(_ d: Day, _ look: Look) -> String {
        let (y, m, dd) = d.civil
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let id = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        return "\(dd) \((look.language == .en ? en : id)[m - 1]) \(y)"
    }

    @Test(arguments: Look.all)
    func theDashboardsProtectionLineShowsEveryFigureAndWhoseCoverageLapses(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        desk.press(.char("1"))
        #expect(desk.settle { $0.dashboard?.cycle != nil })
        let screen = desk.screen
        guard let start = screen.firstIndex(where: { $0.contains(w("Protection:", "Pelindungan:")) }) else {
            Issue.record("no protection line:\n\(desk.text)")
            return
        }
        // The line wraps; read it as one.
        let block = screen[start...].prefix { !$0.contains(w("By province", "Menurut provinsi")) }
        let text = block.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for phrase in [w("legal-recruitment education reached 140 people (1 session)", "edukasi penempatan sah menjangkau 140 orang (1 sesi)"),
                       w("financial literacy: 100.0 % of workers abroad", "literasi keuangan: 100,0 % PMI di luar negeri"),
                       w("health insurance: 100.0 % of workers abroad", "jaminan kesehatan: 100,0 % PMI di luar negeri"),
                       w("lapsing within 30 days: 1", "habis dalam 30 hari: 1")] {
            #expect(text.contains(phrase), "\(phrase)\n\(desk.text)")
        }
        // Whose coverage lapses, so someone chases the renewal.
        #expect(text.contains("W-000002 Budi Santoso " + day(deskToday().adding(days: 20), look)), "\(desk.text)")
        #expect(screen.contains { $0.contains(w("By destination", "Menurut negara tujuan")) }, "the charts keep their place")
        expectFits(screen, look, "dashboard")
    }

    @Test(arguments: Look.all)
    func theCardShowsInsuranceLiteracyAndLanguageTestsInFull(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        let fixed = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        desk.go("worker 2")
        // At 80×24 the card is longer than the screen: ↓ brings the rest of it up.
        func seen(_ text: String) -> Bool {
            for _ in 0..<30 {
                if desk.screen.contains(where: { $0.contains(text) }) { return true }
                desk.press(.down)
            }
            return false
        }
        // The insurer and policy, and from when to when on the line under them.
        let dates = day(fixed.adding(days: -300), look) + " – " + day(deskToday().adding(days: 20), look)
        #expect(seen(dates), "\(dates)\n\(desk.text)")
        #expect(desk.screen.contains { $0.contains("BPJS Kesehatan · POL-2025-77") }, "\(desk.text)")
        // Her placement in this language's words.
        #expect(desk.text.contains("PL-000001 · JO-000001 · " + w("departed", "berangkat")), "\(desk.text)")
        #expect(desk.screen.contains { $0.contains(w("Insurance", "Asuransi")) })
        #expect(seen(w("Literacy session: 1", "Sesi literasi: 1")), "\(desk.text)")
        expectFits(desk.screen, look, "Budi's card")
        desk.press(.escape)
        desk.go("worker 1")
        let test = "JLPT N4 · " + day(fixed.adding(days: -20), look) + " · ✓ 120"
        #expect(seen(test), "\(desk.text)")
        #expect(desk.screen.contains { $0.contains(" " + w("Test and level", "Tes dan tingkat")) }, "the heading is whole: \(desk.text)")
        expectFits(desk.screen, look, "Siti's card")
    }

    /// The timeline beside the card words the core's codes and days in the screen's language.
    @Test(arguments: Look.all.filter { !$0.small })
    func theTimelineWordsOutcomesAndDaysInTheScreensLanguage(_ look: Look) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, look)
        let w = look.w
        let fixed = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        desk.go("worker 2")
        let text = desk.text
        for phrase in [w("at fair JF-000001: interviewed", "di bursa kerja JF-000001: diwawancarai"),
                       w("check-in: concern", "lapor diri: perlu perhatian"),
                       w("departed on " + day(fixed, look), "berangkat " + day(fixed, look)),
                       w("valid " + day(fixed.adding(days: -300), look), "berlaku " + day(fixed.adding(days: -300), look))] {
            #expect(text.contains(phrase), "\(phrase)\n\(text)")
        }
        #expect(!text.contains("2025-06-02") && !text.contains("2024-08-06"), "no day is written as the journal keeps it")
        expectFits(desk.screen, look, "timeline")
    }
}

@Suite(.serialized) struct NoColorScreenTests {
    /// The repository's default theme as a NO_COLOR terminal gets it.
    func noColorTheme() -> Theme {
        let depth = ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": "1"])
        let themes = DeskThemes(directory: seedsURL.deletingLastPathComponent().appendingPathComponent("themes"), depth: depth)
        let (theme, problem) = themes.startTheme("default")
        #expect(problem == nil)
        return theme
    }

    func buffer(_ desk: DeskDriver) -> Buffer {
        var b = Buffer(size: desk.model.size)
        desk.program.view(desk.model, into: &b, at: ContinuousClock.now)
        return b
    }

    /// No cell of the screen has a colour.
    func expectNoColour(_ b: Buffer, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<b.area.height {
            for x in 0..<b.area.width where b[x, y].style.fg != nil || b[x, y].style.bg != nil {
                Issue.record("\(place): colour at \(x),\(y) \(b[x, y])", sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// The style of the first cell of `text` on screen.
    func style(of text: String, in b: Buffer) -> Style? {
        for y in 0..<b.area.height {
            let l = b.line(y)
            guard let r = l.range(of: text) else { continue }
            let x = TextLayout.width(String(l[..<r.lowerBound]))
            return b[x, y].style
        }
        return nil
    }

    @Test(arguments: [Language.en, .id])
    func theNewScreensUnderNoColorSetFocusAndErrorsApartWithoutColour(_ language: Language) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithProtection(dir), language: language)
        #expect(desk.settle { $0.workers.page != nil })
        desk.model.theme = noColorTheme()
        let en = language == .en
        // A form saved empty: the focused field in reverse video, its error in bold.
        desk.press(.char("4"), .char("n"), .function(2))
        var b = buffer(desk)
        expectNoColour(b, "cohort form")
        #expect(style(of: "← " + (en ? "required" : "wajib diisi"), in: b)?.attributes.contains(.bold) == true)
        let focused = (0..<b.area.height).contains { y in (0..<b.area.width).contains { b[$0, y].style.attributes.contains(.reverse) } }
        #expect(focused, "the focused field stands out:\n\(desk.text)")
        desk.press(.escape)
        if case .confirmDiscard = desk.model.overlay {
            expectNoColour(buffer(desk), "discard?")
            desk.press(.char("y"))
        }
        // The results sheet: the cell with the cursor in reverse, the locked row dim.
        desk.go("cohort 1")
        desk.press(.char("r"))
        #expect(desk.settle { $0.resultSheet?.sheet != nil })
        b = buffer(desk)
        expectNoColour(b, "sheet")
        #expect(style(of: "W-000001  Siti", in: b)?.attributes.contains(.dim) == true, "a locked row is dimmed")
        desk.press(.escape)
        // The duplicate queue, the dashboard and a refusal list.
        desk.press(.escape, .char("2"), .char("v"))
        #expect(desk.settle { $0.reviews?.pairs != nil })
        expectNoColour(buffer(desk), "review queue")
        desk.press(.escape, .char("1"))
        #expect(desk.settle { $0.dashboard?.cycle != nil })
        expectNoColour(buffer(desk), "dashboard")
        desk.go("fair 1")
        desk.press(.char("m"), .char("m"), .char("e"))
        desk.type("1")
        desk.press(.function(2))
        #expect(desk.settle { if case .report = $0.overlay { return true } else { return false } })
        expectNoColour(buffer(desk), "refusals")
    }
}
