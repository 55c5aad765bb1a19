import CTreeSitter

/// One node met during a walk, with where it sits.
public struct WalkStep {
    public let node: Node
    /// The node's layer: the walk's starting node is at depth 1, its children at 2.
    public let depth: Int
    /// The grammar field the node is stored under in its parent (0 when none).
    public let fieldID: UInt16

    public var fieldName: String? { node.tree.grammar.fieldName(fieldID) }
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
    public func walk<Failure: Error>(
        from start: Node? = nil,
        enter: (WalkStep) throws(Failure) -> WalkDecision,
        leave: (WalkStep) throws(Failure) -> Void
    ) throws(Failure) {
        var cursor = ts_tree_cursor_new((start ?? root).raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var depth = 1
        func current() -> WalkStep {
            WalkStep(node: Node(raw: ts_tree_cursor_current_node(&cursor), tree: self),
                     depth: depth, fieldID: ts_tree_cursor_current_field_id(&cursor))
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
