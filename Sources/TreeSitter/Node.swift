import CTreeSitter

/// A node of a syntax tree. Holds its tree alive.
public struct Node {
    @usableFromInline let raw: TSNode
    public let tree: Tree

    @usableFromInline
    init(raw: TSNode, tree: Tree) {
        self.raw = raw
        self.tree = tree
    }

    /// Wraps a C node, or nil for tree-sitter's null node.
    init?(nullable raw: TSNode, tree: Tree) {
        guard !ts_node_is_null(raw) else { return nil }
        self.init(raw: raw, tree: tree)
    }

    /// The symbol id; `type` is its name. Cheaper to compare than strings in hot loops.
    public var symbol: UInt16 { ts_node_symbol(raw) }
    /// The node type, e.g. `identifier`, `if_statement`, `ERROR`, or an anonymous token such as `;`.
    public var type: String { tree.grammar.symbolName(symbol) }

    public var isNamed: Bool { ts_node_is_named(raw) }
    /// A node the parser inserted to recover from an error; it covers no bytes.
    public var isMissing: Bool { ts_node_is_missing(raw) }
    /// An `ERROR` node: text the parser could not fit into the grammar.
    public var isError: Bool { symbol == Self.errorSymbol }
    /// True when this node or any descendant is an `ERROR` or missing node.
    public var hasError: Bool { ts_node_has_error(raw) }
    /// Extras are nodes such as comments that may appear anywhere.
    public var isExtra: Bool { ts_node_is_extra(raw) }

    /// UTF-8 byte offsets into the tree's source.
    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var byteRange: Range<Int> { startByte..<endByte }
    public var startPoint: Point { Point(ts_node_start_point(raw)) }
    public var endPoint: Point { Point(ts_node_end_point(raw)) }

    /// The source bytes the node covers.
    public var bytes: ArraySlice<UInt8> { tree.source[byteRange] }
    /// The node's text; invalid UTF-8 is replaced with U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }

    public func child(at index: Int) -> Node? {
        guard index >= 0, index < childCount else { return nil }
        return Node(nullable: ts_node_child(raw, UInt32(index)), tree: tree)
    }

    public func namedChild(at index: Int) -> Node? {
        guard index >= 0, index < namedChildCount else { return nil }
        return Node(nullable: ts_node_named_child(raw, UInt32(index)), tree: tree)
    }

    public var children: [Node] { (0..<childCount).compactMap { child(at: $0) } }
    public var namedChildren: [Node] { (0..<namedChildCount).compactMap { namedChild(at: $0) } }

    /// The child stored under a grammar field, e.g. `name` of a function declaration.
    public func child(field: String) -> Node? {
        let node = field.withCString { ts_node_child_by_field_name(raw, $0, UInt32(field.utf8.count)) }
        return Node(nullable: node, tree: tree)
    }

    /// The field name under which the child at `index` is stored, if any.
    public func fieldName(forChildAt index: Int) -> String? {
        guard index >= 0, index < childCount else { return nil }
        return ts_node_field_name_for_child(raw, UInt32(index)).map { String(cString: $0) }
    }

    /// The parent node. Tree-sitter 0.20 finds it by descending from the root, so this costs O(depth):
    /// prefer `Tree.walk`, which tracks ancestors as it goes.
    public var parent: Node? { Node(nullable: ts_node_parent(raw), tree: tree) }
    public var nextSibling: Node? { Node(nullable: ts_node_next_sibling(raw), tree: tree) }
    public var previousSibling: Node? { Node(nullable: ts_node_prev_sibling(raw), tree: tree) }

    /// The smallest node spanning the byte range.
    public func descendant(forBytes range: Range<Int>) -> Node? {
        Node(nullable: ts_node_descendant_for_byte_range(raw, UInt32(range.lowerBound), UInt32(range.upperBound)),
             tree: tree)
    }

    /// tree-sitter's own S-expression (`ts_node_string`): named nodes, fields and MISSING markers. It recurses
    /// in C, so use it on subtrees of ordinary depth; `Tree.sExpression()` handles any depth.
    public var cSExpression: String {
        guard let string = ts_node_string(raw) else { return "" }
        defer { free(string) }
        return String(cString: string)
    }

    @usableFromInline static let errorSymbol = UInt16.max  // ts_builtin_sym_error
}

extension Node: Equatable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.tree === rhs.tree && ts_node_eq(lhs.raw, rhs.raw) }
}

extension Node: CustomStringConvertible {
    public var description: String { "\(type) [\(startPoint)–\(endPoint)]" }
}
