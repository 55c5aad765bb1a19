import TreeSitter

/// A label table resolved against one grammar's symbol and field ids, so labelling a node during a walk compares
/// small integers instead of strings.
public struct BoundLabelTable: Sendable {
    public let table: LabelTable
    public let grammar: Grammar

    private struct BoundRule: Sendable {
        let parents: [UInt16]?  // nil: any parent
        let field: UInt16?
        let ancestors: [UInt16]?
        let label: SemanticLabel
    }

    private struct Entry: Sendable {
        var contextRules: [BoundRule] = []
        var plain: SemanticLabel?
    }

    /// Indexed by symbol id.
    private let entries: [Entry]

    public init(_ table: LabelTable, grammar: Grammar) {
        self.table = table
        self.grammar = grammar
        var entries = [Entry](repeating: Entry(), count: grammar.symbolCount)
        for rule in table.rules {
            let pattern = rule.pattern
            let bound = BoundRule(
                parents: pattern.parent.flatMap { $0 == "*" ? nil : grammar.symbols(named: $0) },
                // A field the grammar lacks can never match: UInt16.max is no real field id.
                field: pattern.field.map { grammar.fieldID(named: $0) ?? .max },
                ancestors: pattern.ancestor.map { grammar.symbols(named: $0) },
                label: rule.label)
            for symbol in grammar.symbols(named: pattern.nodeType) {
                if pattern.isPlain {
                    if entries[Int(symbol)].plain == nil { entries[Int(symbol)].plain = rule.label }
                } else {
                    entries[Int(symbol)].contextRules.append(bound)
                }
            }
        }
        self.entries = entries
    }

    /// The label of a node, from its symbol, the field it fills and its enclosing nodes' symbols (nearest last).
    public func label(symbol: UInt16, fieldID: UInt16, ancestors: some BidirectionalCollection<UInt16>) -> SemanticLabel? {
        guard Int(symbol) < entries.count else { return nil }
        let entry = entries[Int(symbol)]
        for rule in entry.contextRules {
            if let parents = rule.parents {
                guard let parent = ancestors.last, parents.contains(parent) else { continue }
            }
            if let field = rule.field, field != fieldID { continue }
            if let wanted = rule.ancestors, !ancestors.contains(where: { wanted.contains($0) }) { continue }
            return rule.label
        }
        return entry.plain
    }
}
