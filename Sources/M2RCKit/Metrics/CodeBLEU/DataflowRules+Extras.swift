/// m2rc's dataflow rules for the eight languages the package does not support, written in the package's spirit
/// (definitions and assignments give edges, branches join states, loops run twice) for the dataset grammars.
/// Documentation/CodeBLEU.md has the table.
extension DataflowRules {
    /// JavaScript's rules, plus `assignment_expression` (which the package's JavaScript table lacks, so plain
    /// `x = y` gives no edge there) and `lexical_declaration` as the for-loop initialiser (`let i = 0`).
    static let typescript = DataflowRules(
        definitions: ["variable_declarator": .fields(name: "name", value: "value")],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right"),
                      "assignment_pattern": .crossProduct(left: "left", right: "right"),
                      "augmented_assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["update_expression"],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: true),
        loops: ["for_statement": .twoPass(marker: "lexical_declaration"),
                "for_in_statement": .forEach(name: "left", value: "right", body: "body")],
        whiles: ["while_statement", "do_statement"])

    /// fwcd's Kotlin grammar: variables are `simple_identifier`; `val`/`var` declarations, assignments (plain and
    /// augmented), `++`/`--`, if/else, for-in, while.
    static let kotlin = DataflowRules(
        identifierTypes: ["simple_identifier"],
        definitions: ["property_declaration": .childOfType(nameType: "variable_declaration", valueAfter: "=")],
        assignments: ["assignment": .firstAgainstLast],
        increments: ["postfix_expression", "prefix_expression"],
        branch: Branch(types: ["if_expression", "else"], armTypes: ["if_expression", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .forEachChildren(nameType: "variable_declaration", valueAfter: "in",
                                                  bodyType: "control_structure_body")],
        whiles: ["while_statement", "do_while_statement"])

    /// `val`/`var` definitions, assignments, generators of a for-comprehension (`x <- xs`), if/else, loops.
    static let scala = DataflowRules(
        definitions: ["val_definition": .fields(name: "pattern", value: "value"),
                      "var_definition": .fields(name: "pattern", value: "value")],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right"),
                      "enumerator": .firstAgainstLast],
        branch: Branch(types: ["if_expression", "else"], armTypes: ["if_expression", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: false),
        whiles: ["for_expression", "while_expression", "do_while_expression"])

    /// C-family rules for the Objective-C grammar (a C grammar): `init_declarator`, assignments, `++`/`--`,
    /// if/else, for, while.
    static let objectiveC = DataflowRules(
        definitions: ["init_declarator": .fields(name: "declarator", value: "value")],
        assignments: ["assignment_expression": .crossProduct(left: "left", right: "right")],
        increments: ["update_expression"],
        branch: Branch(types: ["if_statement"], armTypes: ["else_clause"], armsAreSticky: false,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .twoPass(marker: "declaration")],
        whiles: ["while_statement", "do_statement"])

    /// Assignments pair the variable list with the expression list (`a, b = 1, 2`); numeric and generic for
    /// clauses assign the loop variables; if/elseif/else; loops.
    static let lua = DataflowRules(
        assignments: ["assignment_statement": .pairedFirstAndLast,
                      "for_numeric_clause": .firstAgainstLast,
                      "for_generic_clause": .pairedFirstAndLast],
        branch: Branch(types: ["if_statement"], armTypes: ["elseif_statement", "else_statement"],
                       armsAreSticky: false, alwaysJoinIncoming: false),
        whiles: ["for_statement", "while_statement", "repeat_statement"])

    /// `<-`, `<<-` and `=` assign left from right, `->` and `->>` right from left; if/else; for-in; loops.
    static let r = DataflowRules(
        assignments: ["binary_operator": .assigningOperator(left: "lhs", right: "rhs",
                                                            assigning: ["<-", "<<-", "=", ":="],
                                                            reversing: ["->", "->>"])],
        branch: Branch(types: ["if_statement", "else"], armTypes: ["if_statement", "else"], armsAreSticky: true,
                       alwaysJoinIncoming: false),
        loops: ["for_statement": .forEach(name: "variable", value: "sequence", body: "body")],
        whiles: ["while_statement", "repeat_statement"])

    /// Bindings (`x = e`, `x <- action`, `let`) and function equations: the bound name comes from the variables of
    /// its right-hand side. Variables are `variable` nodes. No mutation, so no loops or branch joins.
    static let haskell = DataflowRules(
        identifierTypes: ["variable"],
        definitions: ["bind": .anyField(names: ["name", "pattern"], values: ["match", "expression"]),
                      "function": .anyField(names: ["name"], values: ["match"])])
}
