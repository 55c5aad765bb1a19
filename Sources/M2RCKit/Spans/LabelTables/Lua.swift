extension LabelTables {
    // Lua: tree-sitter-lua (MunifTanjim) @ db16e7655812 (language pack 0.10.0). Format: see LabelTable.swift.
    // Lua's taxonomy files literals (Numeric, String, Boolean, Special Value) under Expression; Data Type has only
    // Composite Type. Operators are anonymous tokens, so `binary_expression` is told apart only by position.
    static let lua = """
    # Program Structure
    chunk                                   | Program Structure          | Program Entry

    # Declaration and Definition
    function_declaration                    | Declaration and Definition | Function
    parameters                              | Declaration and Definition | Function
    variable_declaration                    | Declaration and Definition | Variable
    assignment_statement                    | Declaration and Definition | Variable
    variable_list                           | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                            | Control Flow Structure     | Conditional
    elseif_statement                        | Control Flow Structure     | Conditional
    else_statement                          | Control Flow Structure     | Conditional
    for_statement                           | Control Flow Structure     | Loop
    for_generic_clause                      | Control Flow Structure     | Loop
    for_numeric_clause                      | Control Flow Structure     | Loop
    while_statement                         | Control Flow Structure     | Loop
    repeat_statement                        | Control Flow Structure     | Loop
    break_statement                         | Control Flow Structure     | Jump
    goto_statement                          | Control Flow Structure     | Jump
    label_statement                         | Control Flow Structure     | Jump
    return_statement                        | Control Flow Structure     | Jump

    # Expression
    binary_expression                       | Expression                 | Arithmetic Operation
    binary_expression in *.condition        | Expression                 | Logical Operation
    unary_expression                        | Expression                 | Arithmetic Operation
    unary_expression in *.condition         | Expression                 | Logical Operation
    function_call                           | Expression                 | Function Call
    arguments                               | Expression                 | Function Call
    method_index_expression                 | Expression                 | Function Call
    method_index_expression in function_declaration.name | Declaration and Definition | Function
    bracket_index_expression                | Expression                 | Other Expression
    parenthesized_expression                | Expression                 | Other Expression
    parenthesized_expression in *.condition | Expression                 | Logical Operation
    expression_list                         | Expression                 | Other Expression
    vararg_expression                       | Expression                 | Other Expression
    vararg_expression in parameters         | Declaration and Definition | Variable
    number                                  | Expression                 | Numeric
    string                                  | Expression                 | String
    string_content                          | Expression                 | String
    escape_sequence                         | Expression                 | String
    true                                    | Expression                 | Boolean
    false                                   | Expression                 | Boolean
    nil                                     | Expression                 | Special Value

    # Statement
    block                                   | Statement                  | Compound Statement
    do_statement                            | Statement                  | Compound Statement
    empty_statement                         | Statement                  | Other Statement

    # Modifier and Attribute
    attribute                               | Modifier and Attribute     | Annotation

    # Comments and Documentation
    comment                                 | Comments and Documentation | Single-line Comment
    comment_content                         | Comments and Documentation | Single-line Comment

    # Preprocessing Directive
    hash_bang_line                          | Preprocessing Directive    | Other

    # Identifier and Scope
    identifier                              | Identifier and Scope       | Identifier
    identifier in function_declaration.name | Declaration and Definition | Function
    identifier in function_call.name        | Expression                 | Function Call
    identifier in method_index_expression.method within function_call | Expression | Function Call
    identifier in method_index_expression.method | Declaration and Definition | Function
    identifier in variable_list.name within variable_declaration | Declaration and Definition | Variable
    identifier in variable_list.name within for_generic_clause   | Declaration and Definition | Variable
    identifier in for_numeric_clause.name   | Declaration and Definition | Variable
    identifier in attribute                 | Modifier and Attribute     | Annotation
    identifier in label_statement           | Control Flow Structure     | Jump
    identifier in goto_statement            | Control Flow Structure     | Jump
    dot_index_expression                    | Modifier and Attribute     | Annotation  # member access: the paper's `position.y` (Fig. 13)
    dot_index_expression in function_call.name        | Expression                 | Function Call
    dot_index_expression in function_declaration.name | Declaration and Definition | Function

    # Special Language Structure
    function_definition                     | Special Language Structure | Anonymous Function
    table_constructor                       | Special Language Structure | Table Construction
    field                                   | Special Language Structure | Table Construction
    """
}
