/// How much of an area one part of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly n cells (or fewer if there is no room).
    case fixed(Int)
    /// n % of the area (after spacing).
    case percentage(Int)
    /// A share of what is left over, by weight.
    case fill(Int)
    /// At least n cells, growing into leftover space when no part is `fill`.
    case min(Int)
}

public enum Direction: Hashable, Sendable {
    case horizontal, vertical
}

/// Splits a rect into rows (vertical) or columns (horizontal). When the area is too small, parts are
/// shrunk from the last one back, down to zero: the result always has one rect per constraint and
/// every rect lies inside the area, so callers can render into them without checks.
public struct Layout: Hashable, Sendable {
    public var direction: Direction
    public var constraints: [Constraint]
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    public func sizes(total: Int) -> [Int] {
        let n = constraints.count
        guard n > 0 else { return [] }
        let available = Swift.max(0, total - spacing * (n - 1))
        var sizes = constraints.map { c -> Int in
            switch c {
            case .fixed(let v), .min(let v): return Swift.max(0, v)
            case .percentage(let p): return available * Swift.min(Swift.max(0, p), 100) / 100
            case .fill: return 0
            }
        }
        let used = sizes.reduce(0, +)
        if used > available {
            var excess = used - available
            for i in stride(from: n - 1, through: 0, by: -1) where excess > 0 {
                let cut = Swift.min(sizes[i], excess)
                sizes[i] -= cut
                excess -= cut
            }
            return sizes
        }
        var left = available - used
        let fillWeights = constraints.map { c -> Int in
            if case .fill(let w) = c { return Swift.max(1, w) }
            return 0
        }
        let totalWeight = fillWeights.reduce(0, +)
        if totalWeight > 0 {
            var given = 0
            let lastFill = fillWeights.lastIndex { $0 > 0 } ?? 0
            for i in 0..<n where fillWeights[i] > 0 {
                let share = i == lastFill ? left - given : left * fillWeights[i] / totalWeight
                sizes[i] += share
                given += share
            }
            left = 0
        } else {
            let mins = constraints.indices.filter { if case .min = constraints[$0] { return true }; return false }
            if let last = mins.last {
                sizes[last] += left
                left = 0
            }
        }
        return sizes
    }

    /// One rect per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        let sizes = sizes(total: total)
        var pos = direction == .horizontal ? area.x : area.y
        let end = direction == .horizontal ? area.maxX : area.maxY
        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        for (i, s) in sizes.enumerated() {
            let start = Swift.min(pos, end)
            let len = Swift.max(0, Swift.min(s, end - start))
            switch direction {
            case .horizontal: rects.append(Rect(x: start, y: area.y, width: len, height: area.height))
            case .vertical: rects.append(Rect(x: area.x, y: start, width: area.width, height: len))
            }
            pos = start + len + (i < sizes.count - 1 ? spacing : 0)
        }
        return rects
    }
}
