import TreeSitter

/// One language's mapping from tree-sitter node types to M2RC semantic labels, written as data.
///
/// The tables live in `LabelTables/<Language>.swift` as text, one rule a line, `#` starting a comment:
///
///     <node type> | <class> | <subcategory>
///     <node type> in <parent>[.<field>] | <class> | <subcategory>
///     <node type> in *.<field> | <class> | <subcategory>
///     <node type> [in …] within <ancestor> | <class> | <subcategory>
///     + <class> | <subcategory> | <why the taxonomy has no fitting entry>
///
/// A plain rule gives a node type's label; context rules refine it where the meaning depends on where the node
/// stands: `in` names the node's parent (its nearest enclosing named node) and optionally the field the node fills
/// there, `within` any enclosing node. For a node, the context rules of its type are tried in the order written and
/// the first that matches wins; the plain rule is the fallback. `<class>` is one of the 11 class names exactly;
/// `<subcategory>` is one of the language's subcategories in `Taxonomy`, an addition declared with `+`, or `-` where
/// the taxonomy has none for that class. Every named node type of the language's grammar needs a plain rule.
public struct LabelTable: Sendable {
    public let language: Language
    public let rules: [LabelRule]
    public let additions: [Addition]

    /// A subcategory the table adds because the taxonomy has no fitting entry.
    public struct Addition: Sendable, Equatable {
        public let semanticClass: SemanticClass
        public let subcategory: String
        public let reason: String
        public let line: Int
    }

    public init(language: Language, source: String) throws(LabelTableError) {
        var rules: [LabelRule] = []
        var additions: [Addition] = []
        // Byte-level splitting: the 18 tables are parsed at start-up, and Character-based splitting is slow.
        for (offset, rawLine) in source.utf8Split("\n").enumerated() {
            let lineNumber = offset + 1
            let line = (rawLine.utf8Split("#").first ?? "").trimmingSpaces()
            if line.isEmpty { continue }
            func fail(_ message: String) -> LabelTableError {
                LabelTableError(language: language, line: lineNumber, message: message)
            }
            let fields = Substring(line).utf8Split("|").map { $0.trimmingSpaces() }
            guard fields.count == 3 else { throw fail("expected three fields separated by `|`, found \(fields.count)") }
            if fields[0].hasPrefix("+") {
                let className = Substring(fields[0].dropFirst()).trimmingSpaces()
                guard let semanticClass = SemanticClass(rawValue: className) else {
                    throw fail("`\(className)` is not one of the 11 class names")
                }
                guard !fields[1].isEmpty, !fields[2].isEmpty else {
                    throw fail("an addition reads `+ <class> | <subcategory> | <why>`")
                }
                additions.append(Addition(semanticClass: semanticClass, subcategory: fields[1], reason: fields[2],
                                          line: lineNumber))
                continue
            }
            guard let semanticClass = SemanticClass(rawValue: fields[1]) else {
                throw fail("`\(fields[1])` is not one of the 11 class names")
            }
            guard let pattern = NodePattern(fields[0]) else {
                throw fail("`\(fields[0])` is not `<type> [in <parent>[.<field>]] [within <ancestor>]`")
            }
            let label = SemanticLabel(semanticClass, fields[2] == "-" ? nil : fields[2])
            rules.append(LabelRule(pattern: pattern, label: label, line: lineNumber))
        }
        self.language = language
        self.rules = rules
        self.additions = additions
    }

    /// The label of a node of type `nodeType`: the first context rule that matches, else the plain rule.
    /// `ancestors` are the enclosing node types, nearest last (the parent is `ancestors.last`).
    public func label(nodeType: String, field: String?, ancestors: [String]) -> SemanticLabel? {
        var plain: SemanticLabel?
        for rule in rules where rule.pattern.nodeType == nodeType {
            if rule.pattern.isPlain {
                plain = plain ?? rule.label
            } else if rule.pattern.matches(parent: ancestors.last, field: field, ancestors: ancestors) {
                return rule.label
            }
        }
        return plain
    }

    /// The node types that have a plain rule, sorted.
    public var mappedNodeTypes: [String] {
        Array(Set(rules.filter(\.pattern.isPlain).map(\.pattern.nodeType))).sorted()
    }
}

/// One line of a label table.
public struct LabelRule: Sendable, Equatable {
    public let pattern: NodePattern
    public let label: SemanticLabel
    /// The line in the table's source, for error messages.
    public let line: Int
}

/// Which nodes a rule applies to: a type, optionally in a parent (and field), optionally within an ancestor.
public struct NodePattern: Sendable, Equatable, CustomStringConvertible {
    public let nodeType: String
    /// The parent's type; `*` matches any parent (with `field` then required).
    public let parent: String?
    public let field: String?
    public let ancestor: String?

    public var isPlain: Bool { parent == nil && field == nil && ancestor == nil }

    init?(_ text: String) {
        var words = Substring(text).utf8Split(" ").filter { !$0.isEmpty }.map(String.init)[...]
        guard let type = words.popFirst(), !type.contains(".") else { return nil }
        nodeType = type
        var parent: String?
        var field: String?
        var ancestor: String?
        while let keyword = words.popFirst() {
            guard let argument = words.popFirst() else { return nil }
            switch keyword {
            case "in" where parent == nil:
                let parts = Substring(argument).utf8Split(".").map(String.init)
                guard parts.count <= 2 else { return nil }
                parent = parts[0]
                field = parts.count == 2 ? parts[1] : nil
                if parent == "*" && field == nil { return nil }
            case "within" where ancestor == nil:
                ancestor = argument
            default:
                return nil
            }
        }
        self.parent = parent
        self.field = field
        self.ancestor = ancestor
    }

    func matches(parent actualParent: String?, field actualField: String?, ancestors: [String]) -> Bool {
        if let parent, parent != "*", parent != actualParent { return false }
        if let field, field != actualField { return false }
        if let ancestor, !ancestors.contains(ancestor) { return false }
        return true
    }

    public var description: String {
        var text = nodeType
        if let parent { text += " in \(parent)" + (field.map { ".\($0)" } ?? "") }
        if let ancestor { text += " within \(ancestor)" }
        return text
    }
}

/// A line of a label table that cannot be read.
public struct LabelTableError: Error, Equatable, CustomStringConvertible {
    public let language: Language
    public let line: Int
    public let message: String

    public var description: String { "label table of \(language), line \(line): \(message)" }
}

extension StringProtocol where SubSequence == Substring {
    /// Splits at every occurrence of an ASCII separator, keeping empty pieces, without Character processing.
    func utf8Split(_ separator: Unicode.Scalar) -> [Substring] {
        let byte = UInt8(separator.value)
        var pieces: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte {
                pieces.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(self[start..<endIndex])
        return pieces
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (label tables are parsed at start-up: keep it cheap).
    func trimmingSpaces() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        return String(self[first...last])
    }
}

extension String {
    func trimmingSpaces() -> String { Substring(self).trimmingSpaces() }
}
