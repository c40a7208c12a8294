import TerpaduStore

/// Who runs this desk and on what: fixed for the life of the process.
public struct DeskContext: Sendable {
    public var operatorName: String
    public var role: Role
    public var dataPath: String
    /// Theme names found in the themes folder, for `:theme` completion.
    public var themeNames: [String]

    public init(operatorName: String, role: Role, dataPath: String, themeNames: [String]) {
        self.operatorName = operatorName
        self.role = role
        self.dataPath = dataPath
        self.themeNames = themeNames
    }

    public var canWrite: Bool { role == .operator }
}
