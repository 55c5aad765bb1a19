/// Size and health figures of a tree, gathered in one walk.
public struct TreeStatistics: Sendable, Equatable, Codable {
    /// Every node, named and anonymous.
    public var nodes = 0
    public var namedNodes = 0
    /// The number of layers (the root alone is depth 1); anonymous tokens count.
    public var depth = 0
    /// `ERROR` nodes: text the grammar could not place.
    public var errorNodes = 0
    /// Nodes the parser invented to recover (they cover no text).
    public var missingNodes = 0

    /// ERROR plus MISSING nodes: zero means the file parsed cleanly.
    public var errors: Int { errorNodes + missingNodes }

    public init() {}
}

extension Tree {
    public func statistics() -> TreeStatistics {
        var statistics = TreeStatistics()
        walk { step in
            statistics.nodes += 1
            if step.isNamed { statistics.namedNodes += 1 }
            if step.isError { statistics.errorNodes += 1 }
            if step.isMissing { statistics.missingNodes += 1 }
            statistics.depth = max(statistics.depth, step.depth)
        }
        return statistics
    }
}
