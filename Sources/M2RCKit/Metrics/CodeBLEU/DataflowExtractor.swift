import TreeSitter

/// One dataflow edge: the variable token `name` at token `index` comes from, or is computed from, the `parents`
/// (names, and their token indices). Names are ids of token texts, local to one source.
struct DataflowEdge {
    var name: Int32
    var index: Int32
    var computed: Bool
    var parents: [Int32]
    var parentIndices: [Int32]
}

/// Each variable's last writes: name id → token indices. Name ids are small and dense (one source's token texts),
/// so the map is an array.
struct DataflowStates {
    private var writes: [[Int32]?] = []

    subscript(name: Int32) -> [Int32]? {
        get { Int(name) < writes.count ? writes[Int(name)] : nil }
        set {
            if Int(name) >= writes.count { writes.append(contentsOf: repeatElement(nil, count: Int(name) + 1 - writes.count)) }
            writes[Int(name)] = newValue
        }
    }

    /// The states after a branch: for each name, the sorted distinct union of its writes in every arm.
    static func union(_ all: [DataflowStates]) -> DataflowStates {
        var merged = DataflowStates()
        let count = all.map(\.writes.count).max() ?? 0
        merged.writes = Array(repeating: nil, count: count)
        for name in 0..<count {
            var union: [Int32]?
            for states in all where name < states.writes.count {
                if let writes = states.writes[name] { union = (union ?? []) + writes }
            }
            if let union { merged.writes[name] = Array(Set(union)).sorted() }
        }
        return merged
    }
}

/// What a source's tokens are, as the reference's `tree_to_token_index` / `index_to_code` see them.
struct DataflowTokens {
    /// Per node: the token a leaf resolves to (the last token with the same start and end point), or -1 for a node
    /// that is not one of the tokens (it may still resolve by its span: `lastToken`).
    var tokenOfNode: [Int32] = []
    /// Per token: the id of its text, and its span.
    var codeOfToken: [Int32] = []
    var startBytes: [UInt32] = []
    var endBytes: [UInt32] = []
    /// Per node: whether its type equals its token's text (keywords, punctuation: never variables).
    var typeIsCode: [Bool] = []
    /// The token texts by id.
    var codeBytes = ByteInterner()
    var tokenCount: Int { codeOfToken.count }
    /// Whether the tokens that may be variables (those whose text differs from their node's type) all have
    /// different texts.
    var variableTextsAreDistinct = false
    /// Scratch of `DataflowMatch.tokens`, kept for its capacity.
    private var leaves: [Int] = []
    private var insideToken: [Bool] = []

    /// Empties every list, keeping its capacity.
    mutating func removeAll() {
        tokenOfNode.removeAll(keepingCapacity: true)
        codeOfToken.removeAll(keepingCapacity: true)
        startBytes.removeAll(keepingCapacity: true)
        endBytes.removeAll(keepingCapacity: true)
        typeIsCode.removeAll(keepingCapacity: true)
        codeBytes.removeAll()
    }

    mutating func takeLeaves() -> [Int] {
        var taken: [Int] = []
        swap(&taken, &leaves)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    mutating func takeInsideToken(count: Int) -> [Bool] {
        var taken: [Bool] = []
        swap(&taken, &insideToken)
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(false, count: count))
        return taken
    }

    mutating func giveBack(leaves: [Int], insideToken: [Bool]) {
        self.leaves = leaves
        self.insideToken = insideToken
    }

    /// The last token with exactly this span.
    func lastToken(startByte: UInt32, endByte: UInt32) -> Int32? {
        var found: Int32?
        for token in startBytes.indices where startBytes[token] == startByte && endBytes[token] == endByte {
            found = Int32(token)
        }
        return found
    }

    /// Whether a node type's name equals a token's text.
    func typeIsCode(symbol: UInt16, token: Int32, names: [[UInt8]]) -> Bool {
        guard Int(symbol) < names.count else { return false }
        return codeBytes.equals(codeOfToken[Int(token)], names[Int(symbol)])
    }
}

/// The reference's "any exception while extracting → no dataflow": a missing field or child.
struct DataflowExtractionFailure: Error {}

/// Runs `DataflowRules` over one tree, mirroring the package's recursive `DFG_<lang>` functions step for step:
/// the same visiting order, the same state threading and merging, stable sorts by token index, and a
/// deterministic order wherever the package iterates a Python set of names (first occurrence first).
///
/// A class: its tables are fixed once built, and the walk reads them for every node; a struct of this size was
/// copied out (with its arrays retained) on many of those reads.
final class DataflowExtractor {
    private enum Category {
        case none
        case definition(DataflowRules.Definition, name: [UInt16], value: [UInt16], types: TypeFlags)
        case assignment(DataflowRules.Assignment, left: UInt16, right: UInt16, types: TypeFlags)
        case increment
        case branch
        case loop(CompiledLoop)
        case whileLoop
    }

    private enum CompiledLoop {
        case twoPass(marker: [Bool])
        case goFor(update: UInt16)
        case pythonFor
        case rubyFor(pattern: UInt16, value: UInt16, body: UInt16)
        case forEach(name: UInt16, value: UInt16, body: UInt16)
        case phpForeach(body: UInt16)
        case forEachChildren(types: TypeFlags)
    }

    /// Per-symbol flags for the node types a rule locates its parts by.
    private struct TypeFlags {
        var name: [Bool] = []
        var after: [Bool] = []
        var body: [Bool] = []
        var assigning: [Bool] = []
        var reversing: [Bool] = []
    }

    private let categories: [Category]
    /// Per symbol: whether its category is not `.none` (read before the category itself, whose payload is copied
    /// out of the array with its arrays retained: most nodes have none).
    private let hasCategory: [Bool]
    /// Per symbol: whether its rule can give an edge parents by itself (a definition, an assignment, an increment,
    /// a loop); the default walk and branches only pass a name's earlier writes on to its later reads.
    private let linksTokens: [Bool]
    private let isIdentifier: [Bool]
    private let isTokenType: [Bool]
    private let isComment: [Bool]
    private let isComma: [Bool]
    private let isDoFirst: [Bool]
    private let isArm: [Bool]
    private let containsElse: [Bool]
    private let isBlock: [Bool]
    private let isForClause: [Bool]
    private let isVariableName: [Bool]
    private let armsAreSticky: Bool
    private let alwaysJoinIncoming: Bool
    private let leftField: UInt16
    private let rightField: UInt16
    /// Per symbol: its type name's UTF-8 bytes, to compare with token texts.
    let typeNames: [[UInt8]]

    init(rules: DataflowRules, grammar: Grammar) {
        var fields: [String: UInt16] = [:]
        var fieldID: UInt16 = 1
        while let name = grammar.fieldName(fieldID) {
            if fields[name] == nil { fields[name] = fieldID }
            fieldID += 1
        }
        func field(_ name: String) -> UInt16 { fields[name] ?? 0 }

        let count = grammar.symbolCount
        let names = (0..<count).map { grammar.symbolName(UInt16($0)) }
        func flags(_ test: (String) -> Bool) -> [Bool] { names.map(test) }
        typeNames = names.map { Array($0.utf8) }
        isIdentifier = flags { rules.identifierTypes.contains($0) }
        isTokenType = flags { rules.tokenTypes.contains($0) }
        isComment = flags { $0 == rules.commentType }
        isComma = flags { $0 == "," }
        isDoFirst = flags { rules.doFirst.contains($0) }
        isArm = flags { rules.branch?.armTypes.contains($0) ?? false }
        containsElse = flags { $0.contains("else") }
        isBlock = flags { $0 == "block" }
        isForClause = flags { $0 == "for_clause" }
        isVariableName = flags { $0 == "variable_name" }
        armsAreSticky = rules.branch?.armsAreSticky ?? false
        alwaysJoinIncoming = rules.branch?.alwaysJoinIncoming ?? false
        leftField = field("left")
        rightField = field("right")

        categories = names.map { name -> Category in
            if let definition = rules.definitions[name] {
                switch definition {
                case .fields(let nameField, let valueField):
                    return .definition(definition, name: [field(nameField)], value: [field(valueField)], types: TypeFlags())
                case .anyField(let nameFields, let valueFields):
                    return .definition(definition, name: nameFields.map(field), value: valueFields.map(field),
                                       types: TypeFlags())
                case .childOfType(let nameType, let valueAfter):
                    return .definition(definition, name: [], value: [],
                                       types: TypeFlags(name: flags { $0 == nameType }, after: flags { $0 == valueAfter }))
                default:
                    return .definition(definition, name: [], value: [], types: TypeFlags())
                }
            }
            if let assignment = rules.assignments[name] {
                switch assignment {
                case .crossProduct(let left, let right):
                    return .assignment(assignment, left: field(left), right: field(right), types: TypeFlags())
                case .assigningOperator(let left, let right, let assigning, let reversing):
                    return .assignment(assignment, left: field(left), right: field(right),
                                       types: TypeFlags(assigning: flags { assigning.contains($0) },
                                                        reversing: flags { reversing.contains($0) }))
                default:
                    return .assignment(assignment, left: field("left"), right: field("right"), types: TypeFlags())
                }
            }
            if rules.increments.contains(name) { return .increment }
            if rules.branch?.types.contains(name) ?? false { return .branch }
            if let loop = rules.loops[name] {
                switch loop {
                case .twoPass(let marker): return .loop(.twoPass(marker: names.map { $0 == marker }))
                case .goFor: return .loop(.goFor(update: field("update")))
                case .pythonFor: return .loop(.pythonFor)
                case .rubyFor: return .loop(.rubyFor(pattern: field("pattern"), value: field("value"),
                                                     body: field("body")))
                case .forEach(let nameField, let valueField, let bodyField):
                    return .loop(.forEach(name: field(nameField), value: field(valueField), body: field(bodyField)))
                case .phpForeach: return .loop(.phpForeach(body: field("body")))
                case .forEachChildren(let nameType, let valueAfter, let bodyType):
                    return .loop(.forEachChildren(types: TypeFlags(name: flags { $0 == nameType },
                                                                   after: flags { $0 == valueAfter },
                                                                   body: flags { $0 == bodyType })))
                }
            }
            if rules.whiles.contains(name) { return .whileLoop }
            return .none
        }
        hasCategory = categories.map { category in
            if case .none = category { false } else { true }
        }
        linksTokens = categories.map { category in
            switch category {
            case .none, .branch: false
            case .definition, .assignment, .increment, .loop, .whileLoop: true
            }
        }
    }

    /// False when the tree's edges are sure to be empty once `DataflowMatch.finish` keeps only edges with parents:
    /// no node's rule links tokens and no two tokens share a text, so no read finds an earlier write.
    func mayHaveEdges(table: NodeTable, tokens: DataflowTokens) -> Bool {
        if !tokens.variableTextsAreDistinct { return true }
        for symbol in table.symbols where Int(symbol) < linksTokens.count && linksTokens[Int(symbol)] { return true }
        return false
    }

    /// Whether a node is read as one token: a leaf or a string-like type, and not a comment.
    func isTokenLeaf(_ node: Int, in table: NodeTable) -> Bool {
        let symbol = Int(table.symbols[node])
        guard symbol < isComment.count else { return table.childCounts[node] == 0 }
        return (table.childCounts[node] == 0 || isTokenType[symbol]) && !isComment[symbol]
    }

    /// The dataflow edges of a tree, in the order the reference returns them, or nil when it fails.
    func edges(table: NodeTable, tokens: DataflowTokens) -> [DataflowEdge]? {
        var walk = Walk(extractor: self, table: table, tokens: tokens)
        var states = DataflowStates()
        do {
            try walk.visit(0, &states)
        } catch {
            return nil
        }
        return walk.edges
    }

    // MARK: the walk

    /// The package's `DFG_<lang>(node, index_to_code, states)` returns its node's edges (sorted by token index)
    /// and the states after it, and every caller but a branch arm replaces its states by the returned ones. So
    /// here a visit appends its edges to one shared list and sorts its own segment, and updates the caller's
    /// states in place; branch arms get a copy.
    private struct Walk {
        let extractor: DataflowExtractor
        let table: NodeTable
        let tokens: DataflowTokens
        var edges: [DataflowEdge] = []

        init(extractor: DataflowExtractor, table: NodeTable, tokens: DataflowTokens) {
            self.extractor = extractor
            self.table = table
            self.tokens = tokens
            edges.reserveCapacity(64)
        }

        private func flag(_ flags: [Bool], _ node: Int) -> Bool {
            let symbol = Int(table.symbols[node])
            return symbol < flags.count && flags[symbol]
        }

        private func children(_ node: Int) -> [Int] {
            var result: [Int] = []
            result.reserveCapacity(Int(table.childCounts[node]))
            var child = table.firstChildren[node]
            while child >= 0 {
                result.append(Int(child))
                child = table.nextSiblings[Int(child)]
            }
            return result
        }

        private func required(_ node: Int?) throws -> Int {
            guard let node else { throw DataflowExtractionFailure() }
            return node
        }

        private func field(_ node: Int, _ field: UInt16) -> Int? { table.child(of: node, field: field) }

        private func firstField(_ node: Int, _ fields: [UInt16]) -> Int? {
            for id in fields {
                if let child = table.child(of: node, field: id) { return child }
            }
            return nil
        }

        /// The token a node read as a token resolves to, or a failure where the reference's lookup fails.
        private func token(of node: Int) throws -> Int32 {
            let token = tokens.tokenOfNode[node]
            if token >= 0 { return token }
            guard let found = tokens.lastToken(startByte: table.startBytes[node], endByte: table.endBytes[node]) else {
                throw DataflowExtractionFailure()
            }
            return found
        }

        private func typeIsCode(_ node: Int, token: Int32) -> Bool {
            tokens.tokenOfNode[node] >= 0 ? tokens.typeIsCode[node]
                : tokens.typeIsCode(symbol: table.symbols[node], token: token, names: extractor.typeNames)
        }

        /// `tree_to_variable_index`: the tokens under `node` whose type differs from their text, in order.
        private func variables(_ node: Int) throws -> [(index: Int32, code: Int32)] {
            var result: [(index: Int32, code: Int32)] = []
            try collectVariables(node, into: &result)
            return result
        }

        private func collectVariables(_ node: Int, into result: inout [(index: Int32, code: Int32)]) throws {
            if extractor.isTokenLeaf(node, in: table) {
                let token = try token(of: node)
                if !typeIsCode(node, token: token) { result.append((token, tokens.codeOfToken[Int(token)])) }
                return
            }
            var child = table.firstChildren[node]
            while child >= 0 {
                try collectVariables(Int(child), into: &result)
                child = table.nextSiblings[Int(child)]
            }
        }

        private mutating func append(_ name: Int32, _ index: Int32, computed: Bool, _ parents: [Int32],
                                     _ parentIndices: [Int32])
        {
            edges.append(DataflowEdge(name: name, index: index, computed: computed, parents: parents,
                                      parentIndices: parentIndices))
        }

        mutating func visit(_ node: Int, _ states: inout DataflowStates) throws {
            let start = edges.count
            if extractor.isTokenLeaf(node, in: table) {
                let token = try token(of: node)
                if typeIsCode(node, token: token) { return }
                let code = tokens.codeOfToken[Int(token)]
                if let writes = states[code] {
                    append(code, token, computed: false, [code], writes)
                    return
                }
                if flag(extractor.isIdentifier, node) { states[code] = [token] }
                append(code, token, computed: false, [], [])
                return
            }
            let symbol = Int(table.symbols[node])
            guard symbol < extractor.hasCategory.count && extractor.hasCategory[symbol] else {
                // `.none`, the default walk.
                try visitChildren(node, &states)
                sortSegment(from: start)
                return
            }
            switch extractor.categories[symbol] {
            case .definition(let shape, let nameFields, let valueFields, let types):
                let name: Int?
                let value: Int?
                switch shape {
                case .fields, .anyField:
                    name = firstField(node, nameFields)
                    value = firstField(node, valueFields)
                case .childOfType:
                    let all = children(node)
                    name = all.first { flag(types.name, $0) }
                    value = namedChild(of: all, after: types.after)
                case .firstTwoChildren:
                    let all = children(node)
                    name = try required(all.first)
                    value = all.count == 2 ? all[1] : nil
                case .secondAndThirdChildren:
                    let all = children(node)
                    guard all.count >= 2 else { throw DataflowExtractionFailure() }
                    name = all[1]
                    value = all.count >= 3 ? all[2] : nil
                }
                guard let value else {
                    for (index, code) in try variables(try required(name)) {
                        append(code, index, computed: false, [], [])
                        states[code] = [index]
                    }
                    sortSegment(from: start)
                    return
                }
                let names = try variables(try required(name))
                let values = try variables(value)
                try visit(value, &states)
                for (index, code) in names {
                    for (valueIndex, valueCode) in values {
                        append(code, index, computed: false, [valueCode], [valueIndex])
                    }
                    states[code] = [index]
                }
                sortSegment(from: start)

            case .assignment(let shape, let leftFieldID, let rightFieldID, let types):
                var leftNodes: [Int]
                var rightNodes: [Int]
                switch shape {
                case .crossProduct, .firstAgainstLast, .assigningOperator:
                    var left: Int?
                    var rightSide: Int?
                    if case .firstAgainstLast = shape {
                        let all = children(node)
                        left = all.first
                        rightSide = all.count > 1 ? all.last : nil
                    } else {
                        left = field(node, leftFieldID)
                        rightSide = field(node, rightFieldID)
                    }
                    if case .assigningOperator = shape {
                        let operators = children(node).filter { !table.isNamed($0) }
                        if operators.contains(where: { flag(types.reversing, $0) }) {
                            swap(&left, &rightSide)
                        } else if !operators.contains(where: { flag(types.assigning, $0) }) {
                            try visitChildren(node, &states)
                            sortSegment(from: start)
                            return
                        }
                    }
                    let right = try required(rightSide)
                    try visit(right, &states)
                    let names = try variables(try required(left))
                    let values = try variables(right)
                    for (index, code) in names {
                        for (valueIndex, valueCode) in values {
                            append(code, index, computed: true, [valueCode], [valueIndex])
                        }
                        states[code] = [index]
                    }
                    sortSegment(from: start)
                    return
                case .leftAgainstLastChild:
                    rightNodes = [try required(children(node).last)]
                    leftNodes = [try required(field(node, leftFieldID))]
                case .paired(let emptyWithoutRight):
                    if emptyWithoutRight && field(node, rightFieldID) == nil { return }
                    (leftNodes, rightNodes) = try pairedSides(node, leftFieldID, rightFieldID)
                case .pairedFirstAgainstLast:
                    _ = try pairedSides(node, leftFieldID, rightFieldID)
                    let all = children(node)
                    leftNodes = [try required(all.first)]
                    rightNodes = [try required(all.last)]
                case .pairedFirstAndLast:
                    let all = children(node)
                    guard all.count > 1 else { throw DataflowExtractionFailure() }
                    (leftNodes, rightNodes) = pairedSides(left: all[0], right: all[all.count - 1])
                }
                for right in rightNodes { try visit(right, &states) }
                try addComputedEdges(left: leftNodes, right: rightNodes, states: &states)
                sortSegment(from: start)

            case .increment:
                let all = try variables(node)
                for (index, code) in all {
                    for (otherIndex, otherCode) in all {
                        append(code, index, computed: true, [otherCode], [otherIndex])
                    }
                    states[code] = [index]
                }
                sortSegment(from: start)

            case .branch:
                let incoming = states
                var arms: [DataflowStates] = []
                var armSeen = false
                var hasElse = flag(extractor.containsElse, node)
                var child = table.firstChildren[node]
                while child >= 0 {
                    let next = Int(child)
                    if flag(extractor.containsElse, next) { hasElse = true }
                    let isArm = flag(extractor.isArm, next) || (extractor.armsAreSticky && armSeen)
                    if !isArm {
                        try visit(next, &states)
                    } else {
                        armSeen = true
                        var armStates = incoming
                        try visit(next, &armStates)
                        arms.append(armStates)
                    }
                    child = table.nextSiblings[next]
                }
                arms.append(states)
                if extractor.alwaysJoinIncoming || !hasElse { arms.append(incoming) }
                states = DataflowStates.union(arms)
                sortSegment(from: start)

            case .loop(let loop):
                switch loop {
                case .twoPass(let marker):
                    let all = children(node)
                    for child in all { try visit(child, &states) }
                    var after = false
                    for child in all {
                        if after {
                            try visit(child, &states)
                        } else if flag(marker, child) {
                            after = true
                        }
                    }
                case .goFor(let updateField):
                    let all = children(node)
                    for child in all { try visit(child, &states) }
                    var after = false
                    for child in all {
                        if after {
                            try visit(child, &states)
                        } else if flag(extractor.isForClause, child) {
                            if let update = field(child, updateField) { try visit(update, &states) }
                            after = true
                        }
                    }
                case .pythonFor:
                    for _ in 0..<2 {
                        let (leftNodes, rightNodes) = try pairedSides(node, extractor.leftField, extractor.rightField)
                        for right in rightNodes { try visit(right, &states) }
                        try addComputedEdges(left: leftNodes, right: rightNodes, states: &states)
                        if let last = children(node).last, flag(extractor.isBlock, last) {
                            try visit(last, &states)
                        }
                    }
                case .rubyFor(let patternField, let valueField, let bodyField):
                    for _ in 0..<2 {
                        let left = field(node, patternField)
                        let right = try required(field(node, valueField))
                        try visit(right, &states)
                        try addComputedEdges(left: [try required(left)], right: [right], states: &states)
                        try visit(try required(field(node, bodyField)), &states)
                    }
                case .forEach(let nameField, let valueField, let bodyField):
                    try forEach(name: field(node, nameField), value: field(node, valueField),
                                body: field(node, bodyField), states: &states)
                case .phpForeach(let bodyField):
                    var value: Int?
                    var name: Int?
                    for child in children(node) where flag(extractor.isVariableName, child) {
                        if value == nil {
                            value = child
                        } else {
                            name = child
                            break
                        }
                    }
                    try forEach(name: name, value: value, body: field(node, bodyField), states: &states)
                case .forEachChildren(let types):
                    let all = children(node)
                    try forEach(name: all.first { flag(types.name, $0) }, value: namedChild(of: all, after: types.after),
                                body: all.first { flag(types.body, $0) }, states: &states)
                }
                mergeLoopSegment(from: start)

            case .whileLoop:
                let all = children(node)
                for _ in 0..<2 {
                    for child in all { try visit(child, &states) }
                }
                mergeLoopSegment(from: start)

            case .none:
                try visitChildren(node, &states)
                sortSegment(from: start)
            }
        }

        /// The default: children in order, `doFirst` types first.
        private mutating func visitChildren(_ node: Int, _ states: inout DataflowStates) throws {
            do {
                var child = table.firstChildren[node]
                var hasDoFirst = false
                while child >= 0 {
                    if flag(extractor.isDoFirst, Int(child)) {
                        hasDoFirst = true
                        try visit(Int(child), &states)
                    }
                    child = table.nextSiblings[Int(child)]
                }
                child = table.firstChildren[node]
                while child >= 0 {
                    if !hasDoFirst || !flag(extractor.isDoFirst, Int(child)) { try visit(Int(child), &states) }
                    child = table.nextSiblings[Int(child)]
                }
            }
        }

        /// The first named child after a child whose type is flagged.
        private func namedChild(of all: [Int], after marker: [Bool]) -> Int? {
            guard let position = all.firstIndex(where: { flag(marker, $0) }) else { return nil }
            return all[(position + 1)...].first { table.isNamed($0) }
        }

        /// The `left` and `right` fields' children without commas, paired when their counts agree, else each
        /// side whole.
        private func pairedSides(_ node: Int, _ leftFieldID: UInt16, _ rightFieldID: UInt16) throws
            -> ([Int], [Int])
        {
            let left = try required(field(node, leftFieldID))
            let right = try required(field(node, rightFieldID))
            return pairedSides(left: left, right: right)
        }

        private func pairedSides(left: Int, right: Int) -> ([Int], [Int]) {
            var leftNodes = children(left).filter { !flag(extractor.isComma, $0) }
            var rightNodes = children(right).filter { !flag(extractor.isComma, $0) }
            if leftNodes.count != rightNodes.count {
                leftNodes = [left]
                rightNodes = [right]
            }
            if leftNodes.isEmpty { leftNodes = [left] }
            if rightNodes.isEmpty { rightNodes = [right] }
            return (leftNodes, rightNodes)
        }

        /// Each variable of a left side computed from all variables of its right side.
        private mutating func addComputedEdges(left: [Int], right: [Int], states: inout DataflowStates) throws {
            for (leftNode, rightNode) in zip(left, right) {
                let values = try variables(rightNode)
                let parents = values.map(\.code)
                let parentIndices = values.map(\.index)
                for (index, code) in try variables(leftNode) {
                    append(code, index, computed: true, parents, parentIndices)
                    states[code] = [index]
                }
            }
        }

        private mutating func forEach(name: Int?, value: Int?, body: Int?, states: inout DataflowStates) throws {
            for _ in 0..<2 {
                let value = try required(value)
                try visit(value, &states)
                let names = try variables(try required(name))
                let values = try variables(value)
                for (index, code) in names {
                    for (valueIndex, valueCode) in values {
                        append(code, index, computed: true, [valueCode], [valueIndex])
                    }
                    states[code] = [index]
                }
                try visit(try required(body), &states)
            }
        }

        /// Python's stable `sorted(edges, key=index)` of this visit's edges.
        private mutating func sortSegment(from start: Int) {
            guard edges.count - start > 1 else { return }
            // Most segments arrive sorted (children are visited in document order).
            var sorted = true
            for position in (start + 1)..<edges.count where edges[position - 1].index > edges[position].index {
                sorted = false
                break
            }
            if sorted { return }
            var segment = Array(edges[start...])
            stableSortByIndex(&segment)
            edges.replaceSubrange(start..., with: segment)
        }

        /// A loop's edges with the same (name, index, relation) merged: parents joined (first occurrence first),
        /// parent indices sorted and distinct; kept in order of first occurrence, then sorted by index.
        private mutating func mergeLoopSegment(from start: Int) {
            var merged: [DataflowEdge] = []
            var positions: [EdgeKey: Int] = [:]
            for edge in edges[start...] {
                let key = EdgeKey(name: edge.name, index: edge.index, computed: edge.computed)
                if let existing = positions[key] {
                    merged[existing].parents = orderedUnion(merged[existing].parents, edge.parents)
                    merged[existing].parentIndices = Array(Set(merged[existing].parentIndices + edge.parentIndices))
                        .sorted()
                } else {
                    positions[key] = merged.count
                    merged.append(edge)
                }
            }
            stableSortByIndex(&merged)
            edges.replaceSubrange(start..., with: merged)
        }
    }

    /// `list(set(a + b))` made deterministic: distinct values in order of first occurrence.
    static func orderedUnion(_ first: [Int32], _ second: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(first.count + second.count)
        for value in first where !result.contains(value) { result.append(value) }
        for value in second where !result.contains(value) { result.append(value) }
        return result
    }

    /// Python's stable `sorted(…, key=index)`: insertion sort for the usual short lists, else a sort of
    /// (index, position) pairs.
    static func stableSortByIndex(_ edges: inout [DataflowEdge]) {
        guard edges.count > 1 else { return }
        // Edges mostly arrive sorted: then nothing is moved (a move copies two arrays' references).
        var firstOutOfOrder = 1
        while firstOutOfOrder < edges.count && edges[firstOutOfOrder - 1].index <= edges[firstOutOfOrder].index {
            firstOutOfOrder += 1
        }
        if firstOutOfOrder == edges.count { return }
        if edges.count <= 32 {
            for position in firstOutOfOrder..<edges.count where edges[position - 1].index > edges[position].index {
                let edge = edges[position]
                var target = position
                while target > 0 && edges[target - 1].index > edge.index {
                    edges[target] = edges[target - 1]
                    target -= 1
                }
                edges[target] = edge
            }
            return
        }
        let order = edges.indices.sorted { (edges[$0].index, $0) < (edges[$1].index, $1) }
        edges = order.map { edges[$0] }
    }
}

/// (name, index, relation): what a loop's edges are merged by.
private struct EdgeKey: Hashable {
    let name: Int32
    let index: Int32
    let computed: Bool
}
