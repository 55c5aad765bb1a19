import TreeSitter

/// A named node of a file with its M2RC labels, as plain values that can cross tasks.
public struct LabeledNode: Sendable, Equatable {
    public let nodeType: String
    public let byteRange: Range<Int>
    public let startPoint: Point
    public let endPoint: Point
    /// The node's layer (root = 1).
    public let depth: Int
    /// N: the number of layers of the file's tree.
    public let treeDepth: Int
    public let bucket: Int
    /// nil when the label table has no rule for the node (a table gap; the coverage test prevents it).
    public let label: SemanticLabel?
    /// The node is, or contains, an ERROR or MISSING node.
    public let hasError: Bool
}

/// Labels every named node of a tree with its depth, bucket and semantic label.
public struct NodeLabeler: Sendable {
    public let table: BoundLabelTable

    public init(table: BoundLabelTable) {
        self.table = table
    }

    /// The table of `language` bound to `grammar`.
    public init(language: Language, grammar: Grammar) throws(LabelTableError) {
        self.init(table: BoundLabelTable(try LabelTables.table(for: language), grammar: grammar))
    }

    /// Every named node but the root, in document order.
    public func labeledNodes(of tree: Tree) -> [LabeledNode] {
        struct Pending {
            let node: Node
            let depth: Int
            let label: SemanticLabel?
        }
        var pending: [Pending] = []
        var ancestors: [UInt16] = []
        var treeDepth = 0
        tree.walk(enter: { step in
            treeDepth = max(treeDepth, step.depth)
            let node = step.node
            let symbol = node.symbol
            if step.depth > 1 && node.isNamed {
                let label = table.label(symbol: symbol, fieldID: step.fieldID, ancestors: ancestors)
                pending.append(Pending(node: node, depth: step.depth, label: label))
            }
            ancestors.append(symbol)
            return .visitChildren
        }, leave: { _ in ancestors.removeLast() })
        return pending.map { item in
            LabeledNode(nodeType: item.node.type, byteRange: item.node.byteRange, startPoint: item.node.startPoint,
                        endPoint: item.node.endPoint, depth: item.depth, treeDepth: treeDepth,
                        bucket: DepthBucket.bucket(depth: item.depth, treeDepth: treeDepth), label: item.label,
                        hasError: item.node.hasError)
        }
    }
}
