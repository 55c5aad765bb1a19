import CTreeSitter

/// A syntax tree and the source bytes it was parsed from.
///
/// Nodes hold a strong reference to their tree, so a node can never outlive the memory it points into.
/// A tree is read by one task at a time; convert what crosses tasks into plain values first.
public final class Tree {
    @usableFromInline let raw: OpaquePointer
    /// The exact bytes that were parsed; node byte ranges index into them.
    public let source: [UInt8]
    public let grammar: Grammar

    init(raw: OpaquePointer, source: [UInt8], grammar: Grammar) {
        self.raw = raw
        self.source = source
        self.grammar = grammar
    }

    deinit { ts_tree_delete(raw) }

    public var root: Node { Node(raw: ts_tree_root_node(raw), tree: self) }
}

/// A zero-based position: row and byte column (UTF-8 bytes, not characters).
public struct Point: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    @inlinable
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    @inlinable
    init(_ point: TSPoint) {
        self.init(row: Int(point.row), column: Int(point.column))
    }

    public static func < (lhs: Point, rhs: Point) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    public var description: String { "\(row):\(column)" }
}
