/// Rows for a `Table`, fetched one visible cell at a time, so a table over a million rows only ever
/// asks for the rows on screen.
public protocol TableDataSource {
    var rowCount: Int { get }
    func cell(row: Int, column: Int) -> String
}

/// A data source over an array of rows, for small tables and tests.
public struct ArrayDataSource: TableDataSource, Sendable {
    public var rows: [[String]]
    public init(_ rows: [[String]]) { self.rows = rows }
    public var rowCount: Int { rows.count }
    public func cell(row: Int, column: Int) -> String {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return "" }
        return rows[row][column]
    }
}
