/// A semantic colour a theme defines; widgets ask for slots, never for raw colours. The toolkit's
/// own slots are below; an app names its own the same way and hands their defaults to the theme
/// (`Theme.adding(defaults:)`) and their names to the loader (`ThemeLoader(directory:knownSlots:)`):
///
/// ```swift
/// extension ThemeSlot { static let preparation = ThemeSlot("preparation") }
/// ```
public struct ThemeSlot: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    /// The slot's name, as written in theme files.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(_ name: String) { self.rawValue = name }

    public var description: String { rawValue }

    public static let background = ThemeSlot("background")
    public static let text = ThemeSlot("text")
    public static let muted = ThemeSlot("muted")
    public static let accent = ThemeSlot("accent")
    public static let border = ThemeSlot("border")
    public static let selection = ThemeSlot("selection")
    public static let header = ThemeSlot("header")
    public static let ok = ThemeSlot("ok")
    public static let warning = ThemeSlot("warning")
    public static let error = ThemeSlot("error")

    /// The slots the toolkit's widgets use, which every theme has (from the built-in theme when its
    /// file leaves one out).
    public static let toolkitSlots: [ThemeSlot] = [
        .background, .text, .muted, .accent, .border, .selection, .header, .ok, .warning, .error,
    ]
}
