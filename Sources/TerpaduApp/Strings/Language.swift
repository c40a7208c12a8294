/// The two languages every screen speaks.
public enum Language: String, CaseIterable, Sendable {
    case id, en

    /// `--lang`, else Indonesian when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) names an
    /// Indonesian locale (`id_ID.UTF-8`, `in_ID`), else English.
    public static func resolve(flag: String?, environment: [String: String]) -> Result<Language, LanguageError> {
        if let flag {
            guard let lang = Language(rawValue: flag.lowercased()) else { return .failure(LanguageError(value: flag)) }
            return .success(lang)
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return .success(lower.hasPrefix("id") || lower.hasPrefix("in_") ? .id : .en)
        }
        return .success(.en)
    }

    public var strings: Strings { self == .id ? .indonesian : .english }
}

public struct LanguageError: Error, Sendable, CustomStringConvertible {
    public var value: String
    public var description: String { "--lang \(value.debugDescription) is not a language: use id or en" }
}
