import CTreeSitter

/// One node met during a walk, with where it sits.
///
/// Valid during the visit only: it does not retain the tree (the walk's own `self` keeps it alive), which saves a
/// reference-count round trip per node. Take `node` to keep a node beyond the visit.
public struct WalkStep {
    @usableFromInline let raw: TSNode
    @usableFromInline unowned(unsafe) let tree: Tree
    /// The node's layer: the walk's starting node is at depth 1, its children at 2.
    public let depth: Int
    /// The grammar field the node is stored under in its parent (0 when none).
    public let fieldID: UInt16

    @inlinable
    init(raw: TSNode, tree: Tree, depth: Int, fieldID: UInt16) {
        self.raw = raw
        self.tree = tree
        self.depth = depth
        self.fieldID = fieldID
    }

    /// The node, holding its tree alive.
    @inlinable public var node: Node { Node(raw: raw, tree: tree) }
    public var fieldName: String? { tree.grammar.fieldName(fieldID) }

    // The hot accessors of `Node`, without creating one.
    @inlinable public var symbol: UInt16 { ts_node_symbol(raw) }
    @inlinable public var isNamed: Bool { ts_node_is_named(raw) }
    @inlinable public var isMissing: Bool { ts_node_is_missing(raw) }
    @inlinable public var isError: Bool { ts_node_symbol(raw) == Node.errorSymbol }
    @inlinable public var hasError: Bool { ts_node_has_error(raw) }
    @inlinable public var byteRange: Range<Int> { Int(ts_node_start_byte(raw))..<Int(ts_node_end_byte(raw)) }
    @inlinable public var startPoint: Point { Point(ts_node_start_point(raw)) }
    @inlinable public var endPoint: Point { Point(ts_node_end_point(raw)) }
}

/// Whether a walk enters the children of the node just visited.
public enum WalkDecision: Sendable {
    case visitChildren
    case skipChildren
}

extension Tree {
    /// Visits every node below `start` (the root by default), named and anonymous, in document order.
    ///
    /// The walk is iterative (a tree cursor, no recursion), so a file nested 100,000 levels deep is fine.
    /// `leave` is called once a node's subtree is done, which lets a caller keep a stack of open ancestors.
    /// Inlinable so that callers in other modules get it specialised, with their closures inlined: it is the
    /// innermost loop of mining and labelling.
    @inlinable
    public func walk<Failure: Error>(
        from start: Node? = nil,
        enter: (WalkStep) throws(Failure) -> WalkDecision,
        leave: (WalkStep) throws(Failure) -> Void
    ) throws(Failure) {
        var cursor = ts_tree_cursor_new((start?.raw ?? ts_tree_root_node(raw)))
        defer { ts_tree_cursor_delete(&cursor) }
        var depth = 1
        func current() -> WalkStep {
            WalkStep(raw: ts_tree_cursor_current_node(&cursor), tree: self, depth: depth,
                     fieldID: ts_tree_cursor_current_field_id(&cursor))
        }
        while true {
            let step = current()
            if try enter(step) == .visitChildren, ts_tree_cursor_goto_first_child(&cursor) {
                depth += 1
                continue
            }
            try leave(step)
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard depth > 1, ts_tree_cursor_goto_parent(&cursor) else { return }
                depth -= 1
                try leave(current())
            }
        }
    }

    /// Visits every node below `start` in document order; see `walk(from:enter:leave:)`.
    public func walk<Failure: Error>(
        from start: Node? = nil,
        _ visit: (WalkStep) throws(Failure) -> Void
    ) throws(Failure) {
        try walk(from: start, enter: { (step) throws(Failure) -> WalkDecision in
            try visit(step)
            return .visitChildren
        }, leave: { (_: WalkStep) throws(Failure) in })
    }
}
