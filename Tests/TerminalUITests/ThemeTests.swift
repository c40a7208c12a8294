import Foundation
import Testing
@testable import TerminalUI

/// The stage slots the shipped theme files style: an app's slots, named here as the app names them.
extension ThemeSlot {
    static let preparation = ThemeSlot("preparation")
    static let prePlacement = ThemeSlot("prePlacement")
    static let placement = ThemeSlot("placement")
    static let postPlacement = ThemeSlot("postPlacement")
    static let stages: [ThemeSlot] = [.preparation, .prePlacement, .placement, .postPlacement]
}

@Suite struct ThemeTests {
    let loader = ThemeLoader(directory: themesDirectory, knownSlots: ThemeSlot.stages)

    @Test(arguments: ["default", "high-contrast", "monochrome", "okabe-ito"])
    func shippedThemesLoad(name: String) throws {
        let theme = try loader.load(name: name)
        #expect(theme.name == name)
        #expect(Set(ThemeSlot.stages).isSubset(of: Set(theme.slots)), "\(name) lost the app's stage slots")
        // Selection must stand out from text in every theme, with or without colour.
        for depth in [ColorDepth.none, .eight, .full256] {
            let t = theme.adapted(to: depth)
            #expect(t[.selection] != t[.text], "\(name) at \(depth): selection looks like text")
        }
    }

    @Test func listsAvailableThemes() {
        let names = ThemeLoader(directory: themesDirectory).available()
        #expect(Set(["default", "high-contrast", "monochrome", "okabe-ito"]).isSubset(of: Set(names)))
    }

    @Test func parsesNamesIndexesAndHex() throws {
        let theme = try ThemeLoader.parse("""
            name = "t"
            [slots]
            text = "bright-blue"
            muted = 244
            accent = { fg = "#ff8700", bold = true }
            selection = { fg = "default", bg = "grey", reverse = true }
            """, file: "t.toml", defaultName: "t")
        #expect(theme[.text] == Style(fg: .brightBlue))
        #expect(theme[.muted] == Style(fg: .indexed(244)))
        #expect(theme[.accent] == Style(fg: .rgb(255, 135, 0), attributes: .bold))
        #expect(theme[.selection] == Style(fg: nil, bg: .gray, attributes: .reverse))
        // Left-out slots take the built-in default.
        #expect(theme[.error] == Theme.builtIn[.error])
    }

    @Test func errorsNameFileKeyAndProblem() {
        func error(_ toml: String) -> ThemeError? {
            do { _ = try ThemeLoader.parse(toml, file: "themes/bad.toml", defaultName: "bad"); return nil } catch { return error }
        }
        let badColour = error("[slots]\naccent = { fg = \"purplish\" }")
        #expect(badColour?.file == "themes/bad.toml")
        #expect(badColour?.key == "slots.accent.fg")
        #expect(badColour?.description.contains("\"purplish\" is not a colour") == true)
        #expect(error("[slots]\nmuted = 300")?.key == "slots.muted")
        #expect(error("[slots]\nmuted = 300")?.problem.contains("outside 0–255") == true)
        #expect(error("[slots]\nbogus = \"red\"")?.key == "slots.bogus")
        #expect(error("[slots]\ntext = { fg = \"red\", blink = true }")?.key == "slots.text.blink")
        #expect(error("[slots]\ntext = { bold = \"yes\" }")?.problem == "expected true or false")
        #expect(error("colour = 1")?.key == "colour")
        let syntax = error("[slots\ntext = ")
        #expect(syntax?.key == nil)
        #expect(syntax?.description.hasPrefix("themes/bad.toml: TOML syntax error at line 1") == true)
    }

    @Test func theToolkitKnowsOnlyItsOwnSlotsAndTheAppNamesTheRest() {
        #expect(Set(Theme.builtIn.styles.keys) == Set(ThemeSlot.toolkitSlots))
        #expect(ThemeSlot("preparation") == ThemeSlot(rawValue: "preparation"))
        #expect(ThemeSlot.preparation.description == "preparation")
        #expect(Theme.builtIn[.preparation] == Style(), "a slot nobody styled is plain")
        let app = Theme.builtIn.adding(defaults: [.preparation: Style(fg: .blue), .accent: Style(fg: .red)])
        #expect(app[.preparation] == Style(fg: .blue))
        #expect(app[.accent] == Theme.builtIn[.accent], "a slot the theme already has is kept")
    }

    @Test func aThemeFileMayNameOnlyTheToolkitsSlotsAndTheAppsKnownOnes() throws {
        let toml = "[slots]\npreparation = \"#5f87ff\"\naccent = \"red\""
        do {
            _ = try ThemeLoader.parse(toml, file: "themes/t.toml", defaultName: "t")
            Issue.record("a slot the app did not name was accepted")
        } catch {
            #expect(error.key == "slots.preparation")
            #expect(error.problem == "unknown slot (known: background, text, muted, accent, border, selection, header, ok, warning, error)")
        }
        let theme = try ThemeLoader.parse(toml, file: "themes/t.toml", defaultName: "t", knownSlots: ThemeSlot.stages)
        #expect(theme[.preparation] == Style(fg: .rgb(0x5f, 0x87, 0xff)))
        let refused = #expect(throws: ThemeError.self) {
            try ThemeLoader.parse("[slots]\nplacment = \"red\"", file: "t", defaultName: "t", knownSlots: ThemeSlot.stages)
        }
        #expect(refused?.problem.hasSuffix("error, preparation, prePlacement, placement, postPlacement)") == true)
        // The file's own value wins over the app's default; the defaults fill what it left out.
        let filled = theme.adding(defaults: [.preparation: Style(fg: .blue), .placement: Style(fg: .green)])
        #expect(filled[.preparation] == Style(fg: .rgb(0x5f, 0x87, 0xff)))
        #expect(filled[.placement] == Style(fg: .green))
    }

    @Test func adaptingMapsTheAppsSlotsToo() {
        let theme = Theme.builtIn.adding(defaults: [.placement: Style(fg: .rgb(95, 215, 95)), .postPlacement: Style(bg: .rgb(255, 175, 0))])
        #expect(theme.adapted(to: .full256)[.placement] == Style(fg: .indexed(77)))
        #expect(theme.adapted(to: .eight)[.placement].fg == .green)
        let none = theme.adapted(to: .none)
        #expect(none[.placement] == Style())
        #expect(none[.postPlacement] == Style(attributes: .reverse), "set apart by its background: reverse video")
    }

    @Test func missingFileAndUnsafeNames() {
        let loader = ThemeLoader(directory: themesDirectory)
        #expect(throws: ThemeError.self) { try loader.load(name: "no-such-theme") }
        #expect(throws: ThemeError.self) { try loader.load(name: "../Package") }
        #expect(!ThemeLoader.isValidName("../x"))
    }

    @Test func noColorMeansNoColourAtAll() throws {
        let theme = try loader.load(name: "default").adapted(to: .none)
        #expect(theme.slots.count == ThemeSlot.toolkitSlots.count + 4)
        for slot in theme.slots {
            #expect(theme[slot].fg == nil && theme[slot].bg == nil, "\(slot) kept a colour")
        }
        #expect(theme[.selection].attributes.contains(.reverse))
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": ""]) == .full256)
        #expect(ColorDepth.detect(colors: 8, hasColors: true, environment: [:]) == .eight)
        #expect(ColorDepth.detect(colors: 0, hasColors: false, environment: [:]) == .none)
    }

    @Test func eightColourFallbackStaysReadable() throws {
        for name in ["default", "high-contrast", "okabe-ito"] {
            let theme = try loader.load(name: name).adapted(to: .eight)
            for slot in theme.slots {
                let s = theme[slot]
                for c in [s.fg, s.bg].compactMap({ $0 }) {
                    guard case .indexed(let i) = c else { Issue.record("\(name).\(slot) not indexed"); continue }
                    #expect(i < 8)
                }
                if let f = s.fg, let b = s.bg { #expect(f != b, "\(name).\(slot) fg equals bg") }
            }
        }
    }

    @Test func rgbMapsToNearestOfThePalette() {
        #expect(ColorMapper(depth: .full256).map(.rgb(255, 0, 0)) == .indexed(196))
        #expect(ColorMapper(depth: .full256).map(.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorMapper(depth: .full256).map(.rgb(95, 175, 215)) == .indexed(74))
        #expect(ColorMapper(depth: .eight).map(.rgb(0, 200, 0)) == .green)
        #expect(ColorMapper(depth: .eight).map(.brightRed) == .red)
        #expect(ColorMapper(depth: .sixteen).map(.indexed(200)) != .indexed(200))
    }
}
