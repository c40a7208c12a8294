import TerpaduStore
import TerpaduFormats

/// The `apply` command table as Markdown (the source of docs/commands.md's tables).
enum CommandReference {
    static func markdown() -> String {
        var out = ""
        for spec in ApplyCommands.all {
            out += "## `\(spec.name)`\n\n\(spec.summary)\n\n| field | type | |\n|---|---|---|\n"
            for f in spec.fields {
                out += "| `\(f.name)` | \(f.type) | \(f.required ? "required" : "optional") |\n"
            }
            out += "\n"
        }
        return out
    }
}
