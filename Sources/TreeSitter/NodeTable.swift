import CTreeSitter

/// A syntax tree copied into flat arrays, one entry per node in document (pre-)order, the root at index 0.
///
/// Hot loops that visit every node several times (metrics over many small trees) read these arrays instead of
/// going through C nodes, which would cost a call, and a retain of the tree, per step. A table is meant to be
/// reused: `Tree.fill(_:)` overwrites it and keeps its capacity.
public struct NodeTable {
    /// Bits of `flags`.
    public static let named: UInt8 = 1
    public static let missing: UInt8 = 2
    public static let extra: UInt8 = 4

    public private(set) var count = 0
    /// Node types. From a `PrivateRuntimeParser`, as a client listing children with a cursor reset at the parent
    /// sees them: that runtime gives an extra child of an aliased parent the parent's alias.
    public private(set) var symbols: [UInt16] = []
    public private(set) var flags: [UInt8] = []
    /// The field the node is stored under in its parent (0 when none), as a tree cursor reports it.
    public private(set) var fieldIDs: [UInt16] = []
    /// -1 for the root.
    public private(set) var parents: [Int32] = []
    public private(set) var childCounts: [Int32] = []
    /// -1 when the node has no children / no next sibling.
    public private(set) var firstChildren: [Int32] = []
    public private(set) var nextSiblings: [Int32] = []
    public private(set) var startBytes: [UInt32] = []
    public private(set) var endBytes: [UInt32] = []
    /// Points: row, and column in UTF-8 bytes.
    public private(set) var startRows: [UInt32] = []
    public private(set) var startColumns: [UInt32] = []
    public private(set) var endRows: [UInt32] = []
    public private(set) var endColumns: [UInt32] = []
    /// The largest depth (the root is depth 1).
    public private(set) var depth = 0

    /// How `ts_node_string` prints each node, when the table came from a `PrivateRuntimeParser` (else empty):
    /// a head (`printHeadKinds`, see `PrintHead`, with a symbol or, for UNEXPECTED, a character in
    /// `printHeadValues`) and the items `printItems[printItemStarts[n]..<printItemEnds[n]]`, three values each:
    /// field id, kind (0: the value is a node of this table; 1: a MISSING token of a hidden symbol, never a node,
    /// the value `symbol << 1 | named`), value. `printChildHead…` is the head the node gets inside its parent's
    /// string, which differs from its own for an extra child of an aliased parent (see `symbols`).
    public private(set) var hasPrinting = false
    public private(set) var printHeadKinds: [UInt8] = []
    public private(set) var printHeadValues: [UInt32] = []
    public private(set) var printChildHeadKinds: [UInt8] = []
    public private(set) var printChildHeadValues: [UInt32] = []
    public private(set) var printItemStarts: [UInt32] = []
    public private(set) var printItemEnds: [UInt32] = []
    public private(set) var printItems: [UInt32] = []

    /// Kinds of `printHeadKinds`.
    public enum PrintHead: UInt8 {
        case node = 0, missingNamed, missingAnonymous, unexpected, openRoot, namedLeafRoot, anonymousLeafRoot
    }

    public init() {}

    public func isNamed(_ node: Int) -> Bool { flags[node] & Self.named != 0 }
    public func isMissing(_ node: Int) -> Bool { flags[node] & Self.missing != 0 }
    public func isExtra(_ node: Int) -> Bool { flags[node] & Self.extra != 0 }

    /// The children of `node`, in order.
    public func children(of node: Int) -> ChildSequence {
        ChildSequence(first: firstChildren[node], nextSiblings: nextSiblings)
    }

    /// The child at `index` (0-based, anonymous children included), or nil.
    public func child(of node: Int, at index: Int) -> Int? {
        guard index >= 0, index < Int(childCounts[node]) else { return nil }
        var child = Int(firstChildren[node])
        for _ in 0..<index { child = Int(nextSiblings[child]) }
        return child
    }

    /// The first child stored under `field`, as `ts_node_child_by_field_name` finds it.
    public func child(of node: Int, field: UInt16) -> Int? {
        guard field != 0 else { return nil }
        var child = firstChildren[node]
        while child >= 0 {
            if fieldIDs[Int(child)] == field { return Int(child) }
            child = nextSiblings[Int(child)]
        }
        return nil
    }

    mutating func removeAll() {
        count = 0
        depth = 0
        hasPrinting = false
        printHeadKinds.removeAll(keepingCapacity: true)
        printHeadValues.removeAll(keepingCapacity: true)
        printChildHeadKinds.removeAll(keepingCapacity: true)
        printChildHeadValues.removeAll(keepingCapacity: true)
        printItemStarts.removeAll(keepingCapacity: true)
        printItemEnds.removeAll(keepingCapacity: true)
        printItems.removeAll(keepingCapacity: true)
        symbols.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        fieldIDs.removeAll(keepingCapacity: true)
        parents.removeAll(keepingCapacity: true)
        childCounts.removeAll(keepingCapacity: true)
        firstChildren.removeAll(keepingCapacity: true)
        nextSiblings.removeAll(keepingCapacity: true)
        startBytes.removeAll(keepingCapacity: true)
        endBytes.removeAll(keepingCapacity: true)
        startRows.removeAll(keepingCapacity: true)
        startColumns.removeAll(keepingCapacity: true)
        endRows.removeAll(keepingCapacity: true)
        endColumns.removeAll(keepingCapacity: true)
    }

    mutating func append(_ node: TSNode, field: UInt16, parent: Int32) -> Int32 {
        let index = Int32(count)
        count += 1
        symbols.append(ts_node_symbol(node))
        var bits: UInt8 = 0
        if ts_node_is_named(node) { bits |= Self.named }
        if ts_node_is_missing(node) { bits |= Self.missing }
        if ts_node_is_extra(node) { bits |= Self.extra }
        flags.append(bits)
        fieldIDs.append(field)
        parents.append(parent)
        childCounts.append(Int32(ts_node_child_count(node)))
        firstChildren.append(-1)
        nextSiblings.append(-1)
        startBytes.append(ts_node_start_byte(node))
        endBytes.append(ts_node_end_byte(node))
        let start = ts_node_start_point(node)
        let end = ts_node_end_point(node)
        startRows.append(start.row)
        startColumns.append(start.column)
        endRows.append(end.row)
        endColumns.append(end.column)
        return index
    }

    mutating func link(child: Int32, parent: Int32, previousSibling: Int32) {
        if previousSibling >= 0 {
            nextSiblings[Int(previousSibling)] = child
        } else if parent >= 0 {
            firstChildren[Int(parent)] = child
        }
    }

    mutating func noteDepth(_ value: Int) { depth = max(depth, value) }

    /// Replaces the table with `count` nodes copied from flat C arrays (a private runtime's parse).
    mutating func load(count: Int, depth: Int, symbols: UnsafePointer<UInt16>, flags: UnsafePointer<UInt8>,
                       fieldIDs: UnsafePointer<UInt16>, parents: UnsafePointer<Int32>,
                       childCounts: UnsafePointer<Int32>, firstChildren: UnsafePointer<Int32>,
                       nextSiblings: UnsafePointer<Int32>, startBytes: UnsafePointer<UInt32>,
                       endBytes: UnsafePointer<UInt32>, startRows: UnsafePointer<UInt32>,
                       startColumns: UnsafePointer<UInt32>, endRows: UnsafePointer<UInt32>,
                       endColumns: UnsafePointer<UInt32>)
    {
        removeAll()
        self.count = count
        self.depth = depth
        func copy<T>(_ pointer: UnsafePointer<T>, into array: inout [T]) {
            array.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
        }
        copy(symbols, into: &self.symbols)
        copy(flags, into: &self.flags)
        copy(fieldIDs, into: &self.fieldIDs)
        copy(parents, into: &self.parents)
        copy(childCounts, into: &self.childCounts)
        copy(firstChildren, into: &self.firstChildren)
        copy(nextSiblings, into: &self.nextSiblings)
        copy(startBytes, into: &self.startBytes)
        copy(endBytes, into: &self.endBytes)
        copy(startRows, into: &self.startRows)
        copy(startColumns, into: &self.startColumns)
        copy(endRows, into: &self.endRows)
        copy(endColumns, into: &self.endColumns)
    }

    /// Adds the printing structure (see `hasPrinting`) after `load`.
    mutating func loadPrinting(headKinds: UnsafePointer<UInt8>, headValues: UnsafePointer<UInt32>,
                               childHeadKinds: UnsafePointer<UInt8>, childHeadValues: UnsafePointer<UInt32>,
                               itemStarts: UnsafePointer<UInt32>, itemEnds: UnsafePointer<UInt32>,
                               items: UnsafePointer<UInt32>?, itemCount: Int)
    {
        hasPrinting = true
        printHeadKinds.append(contentsOf: UnsafeBufferPointer(start: headKinds, count: count))
        printHeadValues.append(contentsOf: UnsafeBufferPointer(start: headValues, count: count))
        printChildHeadKinds.append(contentsOf: UnsafeBufferPointer(start: childHeadKinds, count: count))
        printChildHeadValues.append(contentsOf: UnsafeBufferPointer(start: childHeadValues, count: count))
        printItemStarts.append(contentsOf: UnsafeBufferPointer(start: itemStarts, count: count))
        printItemEnds.append(contentsOf: UnsafeBufferPointer(start: itemEnds, count: count))
        if let items { printItems.append(contentsOf: UnsafeBufferPointer(start: items, count: itemCount)) }
    }

    /// The printing structure as buffers, for loops that read it for every node (no bounds or uniqueness checks).
    public struct PrintingView {
        public let headKinds: UnsafeBufferPointer<UInt8>
        public let headValues: UnsafeBufferPointer<UInt32>
        public let childHeadKinds: UnsafeBufferPointer<UInt8>
        public let childHeadValues: UnsafeBufferPointer<UInt32>
        public let itemStarts: UnsafeBufferPointer<UInt32>
        public let itemEnds: UnsafeBufferPointer<UInt32>
        public let items: UnsafeBufferPointer<UInt32>
        public let childCounts: UnsafeBufferPointer<Int32>
    }

    /// Calls `body` with the printing structure (`hasPrinting` must be true); the buffers live for the call only.
    public func withPrintingView<Result>(_ body: (PrintingView) throws -> Result) rethrows -> Result {
        precondition(hasPrinting, "the table has no printing structure")
        return try printHeadKinds.withUnsafeBufferPointer { headKinds in
            try printHeadValues.withUnsafeBufferPointer { headValues in
                try printChildHeadKinds.withUnsafeBufferPointer { childHeadKinds in
                    try printChildHeadValues.withUnsafeBufferPointer { childHeadValues in
                        try printItemStarts.withUnsafeBufferPointer { itemStarts in
                            try printItemEnds.withUnsafeBufferPointer { itemEnds in
                                try printItems.withUnsafeBufferPointer { items in
                                    try childCounts.withUnsafeBufferPointer { childCounts in
                                        try body(PrintingView(headKinds: headKinds, headValues: headValues,
                                                              childHeadKinds: childHeadKinds,
                                                              childHeadValues: childHeadValues,
                                                              itemStarts: itemStarts, itemEnds: itemEnds,
                                                              items: items, childCounts: childCounts))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Iterates a node's children through the sibling links.
    public struct ChildSequence: Sequence, IteratorProtocol {
        var upcoming: Int32
        let nextSiblings: [Int32]

        init(first: Int32, nextSiblings: [Int32]) {
            upcoming = first
            self.nextSiblings = nextSiblings
        }

        public mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = nextSiblings[Int(upcoming)] }
            return Int(upcoming)
        }
    }
}

extension Tree {
    /// Copies the whole tree into `table` (replacing what it held), walking it once with a cursor.
    public func fill(_ table: inout NodeTable) {
        table.removeAll()
        var cursor = ts_tree_cursor_new(ts_tree_root_node(raw))
        defer { ts_tree_cursor_delete(&cursor) }
        // The open ancestors and, for each, its last child appended so far.
        var ancestors: [Int32] = []
        var lastChild: [Int32] = []
        while true {
            let parent = ancestors.last ?? -1
            let node = table.append(ts_tree_cursor_current_node(&cursor),
                                    field: ts_tree_cursor_current_field_id(&cursor), parent: parent)
            if parent >= 0 {
                table.link(child: node, parent: parent, previousSibling: lastChild[lastChild.count - 1])
                lastChild[lastChild.count - 1] = node
            }
            if ts_tree_cursor_goto_first_child(&cursor) {
                ancestors.append(node)
                lastChild.append(-1)
                table.noteDepth(ancestors.count + 1)
                continue
            }
            table.noteDepth(ancestors.count + 1)
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard !ancestors.isEmpty, ts_tree_cursor_goto_parent(&cursor) else { return }
                ancestors.removeLast()
                lastChild.removeLast()
            }
        }
    }
}
