extension Tree {
    /// The tree as an S-expression in tree-sitter's own notation: named nodes, `field: ` prefixes, and
    /// `(MISSING x)` for recovered nodes, as `ts_node_string` prints them.
    ///
    /// Unlike `ts_node_string`, which recurses in C, this walks iteratively and so handles trees of any depth.
    /// One difference: a childless ERROR node is printed as `(UNEXPECTED 'c')` with the first character of its
    /// text, where tree-sitter prints the lexer's lookahead character (usually the same).
    public func sExpression(from start: Node? = nil) -> String {
        var output = ""
        // Whether each open node (by depth) printed an opening parenthesis that needs closing.
        var opened: [Bool] = []
        walk(from: start, enter: { step in
            let node = step.node
            let isRoot = step.depth == 1
            let visible = isRoot || node.isNamed || node.isMissing
            opened.append(visible)
            guard visible else { return .visitChildren }
            if !isRoot {
                output += " "
                if let field = step.fieldName { output += "\(field): " }
            }
            if node.isMissing {
                output += node.isNamed ? "(MISSING \(node.type)" : "(MISSING \"\(node.type)\""
            } else if node.isError && node.childCount == 0 && node.endByte > node.startByte {
                output += "(UNEXPECTED \(Self.describeCharacter(node.text.unicodeScalars.first))"
            } else if isRoot && !node.isNamed {
                output += node.childCount > 0 ? "(\(node.type)" : "(\"\(node.type)\""
            } else {
                output += "(\(node.type)"
            }
            return .visitChildren
        }, leave: { _ in
            if opened.removeLast() { output += ")" }
        })
        return output
    }

    private static func describeCharacter(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "INVALID" }
        switch scalar {
        case "\0": return "'\\0'"
        case "\n": return "'\\n'"
        case "\t": return "'\\t'"
        case "\r": return "'\\r'"
        default:
            return scalar.value < 128 && scalar.value >= 32 && scalar.value != 127 ? "'\(scalar)'" : "\(scalar.value)"
        }
    }
}
