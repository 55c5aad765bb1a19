import TreeSitter

/// The 18 label tables: their sources (one file per language in `LabelTables/`), parsed once, and their checks.
public enum LabelTables {
    /// The parsed table of a language.
    public static func table(for language: Language) throws(LabelTableError) -> LabelTable {
        try parsed[Language.allCases.firstIndex(of: language)!].get()
    }

    private static let parsed: [Result<LabelTable, LabelTableError>] = Language.allCases.map { language in
        Result { () throws(LabelTableError) in try LabelTable(language: language, source: source(for: language)) }
    }

    static func source(for language: Language) -> String {
        switch language {
        case .c: c
        case .cpp: cpp
        case .csharp: csharp
        case .go: go
        case .haskell: haskell
        case .html: html
        case .java: java
        case .javascript: javascript
        case .kotlin: kotlin
        case .lua: lua
        case .objectiveC: objectiveC
        case .php: php
        case .python: python
        case .r: r
        case .ruby: ruby
        case .rust: rust
        case .scala: scala
        case .typescript: typescript
        }
    }
}

/// Something wrong with a label table as checked against its grammars and the taxonomy.
public struct LabelTableProblem: Sendable, Equatable, CustomStringConvertible {
    public let language: Language
    public let line: Int?
    public let message: String

    public var description: String { "\(language)" + (line.map { ", line \($0)" } ?? "") + ": \(message)" }
}

extension LabelTable {
    /// Checks the table against the grammars its language is parsed with (TypeScript: `typescript` and `tsx`):
    /// every named node type has a plain rule; every type, parent, ancestor and field a rule names exists; every
    /// subcategory is in the taxonomy or declared as an addition; `-` only where the taxonomy has none.
    public func problems(grammars: [Grammar]) -> [LabelTableProblem] {
        var problems: [LabelTableProblem] = []
        func report(_ line: Int?, _ message: String) {
            problems.append(LabelTableProblem(language: language, line: line, message: message))
        }
        let namedTypes = Set(grammars.flatMap(\.namedNodeTypes))
        let fields = Set(grammars.flatMap(\.allFieldNames))
        let mapped = Set(mappedNodeTypes)
        for type in namedTypes.subtracting(mapped).sorted() {
            report(nil, "named node type `\(type)` has no plain rule")
        }
        var seenPlain: Set<String> = []
        for rule in rules {
            let pattern = rule.pattern
            if !namedTypes.contains(pattern.nodeType) {
                report(rule.line, "`\(pattern.nodeType)` is not a named node type of the grammar")
            }
            for type in [pattern.parent, pattern.ancestor].compactMap({ $0 }) where type != "*" {
                if !namedTypes.contains(type) { report(rule.line, "`\(type)` is not a named node type of the grammar") }
            }
            if let field = pattern.field, !fields.contains(field) {
                report(rule.line, "`\(field)` is not a field of the grammar")
            }
            if pattern.isPlain, !seenPlain.insert(pattern.nodeType).inserted {
                report(rule.line, "a second plain rule for `\(pattern.nodeType)`")
            }
            let known = Taxonomy.subcategories(of: rule.label.semanticClass, in: language)
            let added = additions.filter { $0.semanticClass == rule.label.semanticClass }.map(\.subcategory)
            switch rule.label.subcategory {
            case nil where !known.isEmpty:
                report(rule.line, "`-` but \(language)'s \(rule.label.semanticClass.rawValue) has subcategories: "
                       + known.joined(separator: ", "))
            case let subcategory? where !known.contains(subcategory) && !added.contains(subcategory):
                report(rule.line, "`\(subcategory)` is not a subcategory of \(rule.label.semanticClass.rawValue) "
                       + "in \(language) (known: \(known.joined(separator: ", "))); declare it with `+` if it must be added")
            default:
                break
            }
        }
        for addition in additions
        where Taxonomy.subcategories(of: addition.semanticClass, in: language).contains(addition.subcategory) {
            report(addition.line, "`\(addition.subcategory)` is already in the taxonomy")
        }
        return problems
    }
}
