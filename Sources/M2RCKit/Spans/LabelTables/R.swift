extension LabelTables {
    // R: tree-sitter-r (r-lib) @ a0d3e3307489 (language pack 0.10.0). Format: see LabelTable.swift.
    // Every operator, `<-` included, is a `binary_operator` whose operator is an anonymous token, so assignments are
    // recognised by position only: a `binary_operator` standing as a statement (in `program`, `{ }` or an unbraced
    // branch or loop body) is taken for an assignment, a bare identifier on the left of a binary operator for the
    // variable it defines (~85 % of such nodes in real code), and a `function` on the right of a binary operator for a
    // named function definition.
    static let r = """
    # Program Structure
    program                                 | Program Structure          | Program Entry
    namespace_operator                      | Program Structure          | Namespace
    namespace_operator in call.function     | Expression                 | Function Call

    # Declaration and Definition
    function_definition in binary_operator.rhs | Declaration and Definition | Function
    parameters                              | Declaration and Definition | Function
    parameter                               | Declaration and Definition | Variable
    binary_operator in program              | Declaration and Definition | Variable
    binary_operator in braced_expression    | Declaration and Definition | Variable
    binary_operator in if_statement.consequence | Declaration and Definition | Variable
    binary_operator in if_statement.alternative | Declaration and Definition | Variable
    binary_operator in for_statement.body   | Declaration and Definition | Variable
    binary_operator in while_statement.body | Declaration and Definition | Variable
    binary_operator in repeat_statement.body | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                            | Control Flow Structure     | Conditional
    for_statement                           | Control Flow Structure     | Loop
    while_statement                         | Control Flow Structure     | Loop
    repeat_statement                        | Control Flow Structure     | Loop
    break                                   | Control Flow Structure     | Jump
    next                                    | Control Flow Structure     | Jump
    return                                  | Control Flow Structure     | Jump

    # Expression
    binary_operator                         | Expression                 | Arithmetic Operation
    binary_operator in *.condition          | Expression                 | Logical Operator
    binary_operator in for_statement.sequence | Expression               | Sequence Operator
    unary_operator                          | Expression                 | Arithmetic Operation
    unary_operator in *.condition           | Expression                 | Logical Operator
    parenthesized_expression                | Expression                 | Arithmetic Operation
    parenthesized_expression in *.condition | Expression                 | Logical Operator
    call                                    | Expression                 | Function Call
    arguments                               | Expression                 | Function Call
    arguments in subset                     | Expression                 | Special Operator
    arguments in subset2                    | Expression                 | Special Operator
    argument                                | Expression                 | Function Call
    subset                                  | Expression                 | Special Operator
    subset2                                 | Expression                 | Special Operator
    extract_operator                        | Expression                 | Special Operator
    extract_operator in call.function       | Expression                 | Function Call

    # Data Type
    integer                                 | Data Type                  | Primitive Type
    float                                   | Data Type                  | Primitive Type
    complex                                 | Data Type                  | Primitive Type
    string                                  | Data Type                  | Primitive Type
    string_content                          | Data Type                  | Primitive Type
    escape_sequence                         | Data Type                  | Primitive Type
    true                                    | Data Type                  | Boolean
    false                                   | Data Type                  | Boolean
    null                                    | Data Type                  | Special Value
    na                                      | Data Type                  | Special Value
    nan                                     | Data Type                  | Special Value
    inf                                     | Data Type                  | Special Value

    # Statement
    braced_expression                       | Statement                  | Compound Statement

    # Comments and Documentation
    comment                                 | Comments and Documentation | Single-line Comment

    # Identifier and Scope
    identifier                              | Identifier and Scope       | Identifier
    identifier in call.function             | Expression                 | Function Call
    identifier in namespace_operator.lhs    | Program Structure          | Namespace
    identifier in for_statement.variable    | Declaration and Definition | Variable
    identifier in binary_operator.lhs       | Declaration and Definition | Variable   # mostly `name <- value`
    dots                                    | Identifier and Scope       | Identifier
    dot_dot_i                               | Identifier and Scope       | Identifier
    comma                                   | Identifier and Scope       | Delimiter

    # Special Language Structure
    function_definition                     | Special Language Structure | Lambda Expression
    """
}
