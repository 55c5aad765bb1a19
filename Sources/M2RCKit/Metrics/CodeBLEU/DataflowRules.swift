/// One language's dataflow rules, as data: which node types define, assign, increment, branch and loop, and where
/// their parts are. `DataflowExtractor` runs them the way `codebleu`'s `DFG_<lang>` functions do; the ten
/// languages of the package get the package's tables (C and C++ reuse C#'s, as the package does), the other eight
/// m2rc's own (Documentation/CodeBLEU.md).
///
/// A node is handled by the first rule that claims its type, in the order: token leaf, definition, assignment,
/// increment, branch, loop, while, anything else (children in order, `doFirst` types first).
struct DataflowRules: Sendable {
    /// Types whose leaves start a variable's life (`states[name] = [index]` on first sight).
    var identifierTypes: Set<String> = ["identifier"]
    /// Types read as one token even when they have children.
    var tokenTypes: Set<String> = ["string_literal", "string", "character_literal"]
    /// The type never read as a token.
    var commentType = "comment"

    var definitions: [String: Definition] = [:]
    var assignments: [String: Assignment] = [:]
    var increments: Set<String> = []
    var branch: Branch?
    var loops: [String: Loop] = [:]
    var whiles: Set<String> = []
    var doFirst: Set<String> = []

    /// Where a definition's name and value are.
    enum Definition: Sendable {
        /// `child_by_field_name(name)` and `(value)`.
        case fields(name: String, value: String)
        /// C#'s `variable_declarator`: children 0 and 1 when there are exactly two, else child 0 alone.
        case firstTwoChildren
        /// Rust's `function_item`: children 1 and 2 when there are at least three, else child 1 alone.
        case secondAndThirdChildren
        /// m2rc's: the first of `names` / `values` fields present (Haskell's `bind` has `name` or `pattern`).
        case anyField(names: [String], values: [String])
        /// m2rc's: the first child of type `nameType`; the first named child after a `valueAfter` token.
        case childOfType(nameType: String, valueAfter: String)
    }

    enum Assignment: Sendable {
        /// Python and Ruby: the `left` and `right` fields' children (commas dropped) paired when their counts
        /// agree, else the whole sides; each left variable computed from all variables of its right side.
        /// `emptyWithoutRight`: a node with no `right` field yields nothing (Python), rather than failing (Ruby).
        case paired(emptyWithoutRight: Bool)
        /// Ruby's `operator_assignment`: as `paired`, then the first child against the last one.
        case pairedFirstAgainstLast
        /// Python's `for_in_clause`: the `left` field against the last child.
        case leftAgainstLastChild
        /// Every variable of `left` computed from each variable of `right`, one edge per pair.
        case crossProduct(left: String, right: String)
        /// m2rc's: `crossProduct` of the first and the last child.
        case firstAgainstLast
        /// m2rc's: `paired` over the children of the first and the last child (Lua's lists).
        case pairedFirstAndLast
        /// m2rc's: `crossProduct` when the operator child is an assignment (R's `binary_operator`), reversed for
        /// right assignments; any other operator is an ordinary node.
        case assigningOperator(left: String, right: String, assigning: Set<String>, reversing: Set<String>)
    }

    struct Branch: Sendable {
        /// Types handled as a branch.
        var types: Set<String>
        /// Child types evaluated from the states before the branch (the other arms); the rest run in sequence.
        var armTypes: Set<String>
        /// Once an arm is met, every later child is an arm too.
        var armsAreSticky: Bool
        /// Whether the states before the branch always join the result, or only when no child type contains
        /// "else".
        var alwaysJoinIncoming: Bool
    }

    enum Loop: Sendable {
        /// All children, then again the children after the first child of type `marker`.
        case twoPass(marker: String)
        /// Go: all children, then the `update` field of the `for_clause` and the children after it.
        case goFor
        /// Python's `for_statement`: twice, `left` from `right` as in `paired`, then the last child if a block.
        case pythonFor
        /// Ruby's `for`: twice, `pattern` from `value`, then `body`.
        case rubyFor
        /// Twice: the value, each name variable from each value variable, the body.
        case forEach(name: String, value: String, body: String)
        /// PHP's `foreach`: the first `variable_name` child is the value, the second the name.
        case phpForeach
        /// m2rc's `forEach` located by child types: the first `nameType` child, the first named child after a
        /// `valueAfter` token, the first `bodyType` child.
        case forEachChildren(nameType: String, valueAfter: String, bodyType: String)
    }
}

extension DataflowRules {
    static let python = DataflowRules(
        definitions: ["default_parameter": .fields(name: "name", value: "value")],
        assignments: ["assignment": .paired(emptyWithoutRight: true),
                      "augmented_assignment": .paired(emptyWithoutRight: true),
                      "for_in_clause": .leftAgainstLastChild],
        branch: Branch(types: ["if_statement"], armTypes: ["elif_clause", "else_clause"], armsAreSticky: false,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .pythonFor],
        whiles: ["while_statement"],
        doFirst: ["for_in_clause"])

    static let java = DataflowRules(
        definitions: ["variable_declarator": .fields(name: "name", value: "value")],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["update_expression"],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .twoPass(marker: "local_variable_declaration"),
                "enhanced_for_statement": .forEach(name: "name", value: "value", body: "body")],
        whiles: ["while_statement"])

    /// Also the package's rules for C and C++.
    static let csharp = DataflowRules(
        definitions: ["variable_declarator": .firstTwoChildren],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["postfix_unary_expression"],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .twoPass(marker: "local_variable_declaration"),
                "for_each_statement": .forEach(name: "left", value: "right", body: "body")],
        whiles: ["while_statement"])

    static let ruby = DataflowRules(
        definitions: ["keyword_parameter": .fields(name: "name", value: "value")],
        assignments: ["assignment": .paired(emptyWithoutRight: false),
                      "operator_assignment": .pairedFirstAgainstLast],
        branch: Branch(types: ["if", "elsif", "else", "unless", "when"],
                       armTypes: ["if", "elsif", "else", "unless", "when"], armsAreSticky: false,
                       alwaysJoinIncoming: false),
        loops: ["for": .rubyFor],
        whiles: ["while_modifier", "until"])

    static let go = DataflowRules(
        definitions: ["var_spec": .fields(name: "name", value: "value")],
        assignments: ["assignment_statement": .crossProduct(left: "left", right: "right")],
        increments: ["inc_statement"],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: true),
        loops: ["for_statement": .goFor])

    static let php = DataflowRules(
        definitions: ["simple_parameter": .fields(name: "name", value: "default_value")],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right"),
                      "augmented_assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["update_expression"],
        branch: Branch(types: ["if_statement", "else_clause"], armTypes: ["if_statement", "else_clause"],
                       armsAreSticky: true, alwaysJoinIncoming: true),
        loops: ["for_statement": .twoPass(marker: "assignment_expression"), "foreach_statement": .phpForeach],
        whiles: ["while_statement"])

    static let javascript = DataflowRules(
        definitions: ["variable_declarator": .fields(name: "name", value: "value")],
        assignments: ["assignment_pattern": .crossProduct(left: "left", right: "right"),
                      "augmented_assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["update_expression"],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: true),
        loops: ["for_statement": .twoPass(marker: "variable_declaration")],
        whiles: ["while_statement"])

    static let rust = DataflowRules(
        definitions: ["function_item": .secondAndThirdChildren],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right"),
                      "compound_assignment_expr": .crossProduct(left: "left", right: "right"),
                      "let_expression": .crossProduct(left: "left", right: "right")],
        branch: Branch(types: ["if_expression", "if_let_expression", "match_expression", "else"],
                       armTypes: ["if_expression", "if_let_expression", "match_expression", "else"],
                       armsAreSticky: true, alwaysJoinIncoming: false),
        loops: ["for_expression": .twoPass(marker: "local_variable_declaration"),
                "for_each_statement": .forEach(name: "left", value: "right", body: "body")],
        whiles: ["while_expression", "while_let_expression", "loop_expression"])
}
