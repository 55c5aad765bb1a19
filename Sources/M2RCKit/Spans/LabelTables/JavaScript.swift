extension LabelTables {
    // JavaScript: tree-sitter-javascript @ 6fbef40 (language pack 0.10.0). Format: see LabelTable.swift.
    static let javascript = """
    + Statement | Other | debugger, empty and with statements are not expression, compound or assignment statements
    + Special Language Structure | JSX | JSX markup is no lambda, pattern matching or coroutine

    # Program Structure
    program                               | Program Structure          | Program Entry
    hash_bang_line                        | Program Structure          | Program Entry
    import_statement                      | Program Structure          | Import/Include
    import_clause                         | Program Structure          | Import/Include
    import_specifier                      | Program Structure          | Import/Include
    named_imports                         | Program Structure          | Import/Include
    namespace_import                      | Program Structure          | Import/Include
    import_attribute                      | Program Structure          | Import/Include
    import                                | Program Structure          | Import/Include  # `import(…)` and `import.meta`
    # Exports are the module interface (ExecRepoBench counts export_statement as IMPORT)
    export_statement                      | Program Structure          | Import/Include
    export_clause                         | Program Structure          | Import/Include
    export_specifier                      | Program Structure          | Import/Include
    namespace_export                      | Program Structure          | Import/Include

    # Declaration and Definition
    class_declaration                     | Declaration and Definition | Class
    class                                 | Declaration and Definition | Class
    class_body                            | Declaration and Definition | Class
    class_heritage                        | Declaration and Definition | Class
    class_static_block                    | Declaration and Definition | Class
    field_definition                      | Declaration and Definition | Variable
    function_declaration                  | Declaration and Definition | Function
    generator_function_declaration        | Declaration and Definition | Function
    method_definition                     | Declaration and Definition | Function
    formal_parameters                     | Declaration and Definition | Function
    lexical_declaration                   | Declaration and Definition | Variable
    variable_declaration                  | Declaration and Definition | Variable
    variable_declarator                   | Declaration and Definition | Variable
    assignment_pattern                    | Declaration and Definition | Variable
    array_pattern                         | Declaration and Definition | Variable
    object_pattern                        | Declaration and Definition | Variable
    pair_pattern                          | Declaration and Definition | Variable
    object_assignment_pattern             | Declaration and Definition | Variable
    rest_pattern                          | Declaration and Definition | Variable
    shorthand_property_identifier_pattern | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                          | Control Flow Structure     | Conditional
    else_clause                           | Control Flow Structure     | Conditional
    ternary_expression                    | Control Flow Structure     | Conditional
    switch_statement                      | Control Flow Structure     | Conditional
    switch_body                           | Control Flow Structure     | Conditional
    switch_case                           | Control Flow Structure     | Conditional
    switch_default                        | Control Flow Structure     | Conditional
    for_statement                         | Control Flow Structure     | Loop
    for_in_statement                      | Control Flow Structure     | Loop  # also `for … of`
    while_statement                       | Control Flow Structure     | Loop
    do_statement                          | Control Flow Structure     | Loop
    break_statement                       | Control Flow Structure     | Jump
    continue_statement                    | Control Flow Structure     | Jump
    return_statement                      | Control Flow Structure     | Jump
    labeled_statement                     | Control Flow Structure     | Jump
    try_statement                         | Control Flow Structure     | Exception Handling
    catch_clause                          | Control Flow Structure     | Exception Handling
    finally_clause                        | Control Flow Structure     | Exception Handling
    throw_statement                       | Control Flow Structure     | Exception Handling
    parenthesized_expression in if_statement.condition | Control Flow Structure     | Conditional
    parenthesized_expression in switch_statement.value | Control Flow Structure     | Conditional
    parenthesized_expression in while_statement.condition | Control Flow Structure     | Loop
    parenthesized_expression in do_statement.condition | Control Flow Structure     | Loop

    # Expression
    # The operator is an anonymous child no rule sees; comparisons and &&, ||, ?? dominate
    binary_expression                     | Expression                 | Logical Operation
    binary_expression in augmented_assignment_expression | Expression                 | Arithmetic Operation
    binary_expression in subscript_expression.index | Expression                 | Arithmetic Operation
    # `!x` dominates; `-x` and `typeof x` share the type
    unary_expression                      | Expression                 | Logical Operation
    update_expression                     | Expression                 | Arithmetic Operation
    call_expression                       | Expression                 | Function Call
    call_expression in decorator          | Modifier and Attribute     | Attribute/Annotation
    arguments                             | Expression                 | Function Call
    arguments in new_expression           | Expression                 | Object Creation
    arguments in call_expression within decorator | Modifier and Attribute     | Attribute/Annotation
    new_expression                        | Expression                 | Object Creation
    parenthesized_expression              | Expression                 | Other
    sequence_expression                   | Expression                 | Other
    spread_element                        | Expression                 | Other
    subscript_expression                  | Expression                 | Other
    computed_property_name                | Expression                 | Other
    optional_chain                        | Expression                 | Other

    # Data Type
    number                                | Data Type                  | Primitive Type
    string                                | Data Type                  | Primitive Type
    # A string statement is a directive prologue such as 'use strict'
    string in expression_statement        | Modifier and Attribute     | Other Modifiers
    string_fragment                       | Data Type                  | Primitive Type
    escape_sequence                       | Data Type                  | Primitive Type
    html_character_reference              | Data Type                  | Primitive Type
    html_character_reference in jsx_element | Special Language Structure | JSX
    template_string                       | Data Type                  | Primitive Type
    template_substitution                 | Data Type                  | Primitive Type
    true                                  | Data Type                  | Primitive Type
    false                                 | Data Type                  | Primitive Type
    null                                  | Data Type                  | Primitive Type
    undefined                             | Data Type                  | Primitive Type
    array                                 | Data Type                  | Composite Type
    object                                | Data Type                  | Composite Type
    pair                                  | Data Type                  | Composite Type

    # Statement
    expression_statement                  | Statement                  | Expression Statement
    statement_block                       | Statement                  | Compound Statement
    assignment_expression                 | Statement                  | Assignment Statement
    assignment_expression in parenthesized_expression | Expression                 | Other  # `while ((m = re.exec(s)))`
    augmented_assignment_expression       | Statement                  | Assignment Statement
    empty_statement                       | Statement                  | Other
    debugger_statement                    | Statement                  | Other
    with_statement                        | Statement                  | Other

    # Modifier and Attribute
    decorator                             | Modifier and Attribute     | Attribute/Annotation
    # Property access: the paper labels `position.y` (TypeScript) Modifier and Attribute
    member_expression                     | Modifier and Attribute     | Attribute/Annotation
    member_expression in call_expression.function | Expression                 | Function Call
    member_expression in new_expression.constructor | Expression                 | Object Creation
    member_expression in decorator        | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation (one `comment` type for //, /* */ and /** */: JSDoc sits between declarations)
    comment                               | Comments and Documentation | Single-line Comment
    comment in program                    | Comments and Documentation | Documentation Comment
    comment in class_body                 | Comments and Documentation | Documentation Comment
    html_comment                          | Comments and Documentation | Single-line Comment

    # Identifier and Scope
    identifier                            | Identifier and Scope       | Identifier
    identifier in function_declaration.name | Declaration and Definition | Function
    identifier in generator_function_declaration.name | Declaration and Definition | Function
    identifier in function_expression.name | Declaration and Definition | Function
    identifier in generator_function.name | Declaration and Definition | Function
    identifier in class_declaration.name  | Declaration and Definition | Class
    identifier in class.name              | Declaration and Definition | Class
    identifier in variable_declarator.name | Declaration and Definition | Variable
    identifier in array_pattern within variable_declarator | Declaration and Definition | Variable
    identifier in pair_pattern.value within variable_declarator | Declaration and Definition | Variable
    identifier in rest_pattern within variable_declarator | Declaration and Definition | Variable
    identifier in assignment_pattern.left within variable_declarator | Declaration and Definition | Variable
    identifier in for_in_statement.left   | Declaration and Definition | Variable
    identifier in jsx_opening_element.name | Special Language Structure | JSX
    identifier in jsx_closing_element.name | Special Language Structure | JSX
    identifier in jsx_self_closing_element.name | Special Language Structure | JSX
    identifier in call_expression.function within decorator | Modifier and Attribute     | Attribute/Annotation
    identifier in call_expression.function | Expression                 | Function Call
    identifier in new_expression.constructor | Expression                 | Object Creation
    identifier in decorator               | Modifier and Attribute     | Attribute/Annotation
    property_identifier                   | Identifier and Scope       | Identifier
    property_identifier in method_definition.name | Declaration and Definition | Function
    property_identifier in field_definition.property | Declaration and Definition | Variable
    property_identifier in jsx_attribute  | Special Language Structure | JSX
    private_property_identifier           | Identifier and Scope       | Identifier
    private_property_identifier in method_definition.name | Declaration and Definition | Function
    private_property_identifier in field_definition.property | Declaration and Definition | Variable
    shorthand_property_identifier         | Identifier and Scope       | Identifier
    statement_identifier                  | Identifier and Scope       | Identifier
    this                                  | Identifier and Scope       | Identifier
    super                                 | Identifier and Scope       | Identifier
    super in call_expression.function     | Expression                 | Function Call
    meta_property                         | Identifier and Scope       | Qualified Name  # `new.target`, `import.meta`

    # Special Language Structure
    arrow_function                        | Special Language Structure | Lambda Expression
    function_expression                   | Special Language Structure | Lambda Expression
    generator_function                    | Special Language Structure | Coroutine
    await_expression                      | Special Language Structure | Coroutine
    yield_expression                      | Special Language Structure | Coroutine
    regex                                 | Special Language Structure | Pattern Matching
    regex_pattern                         | Special Language Structure | Pattern Matching
    regex_flags                           | Special Language Structure | Pattern Matching
    jsx_element                           | Special Language Structure | JSX
    jsx_self_closing_element              | Special Language Structure | JSX
    jsx_opening_element                   | Special Language Structure | JSX
    jsx_closing_element                   | Special Language Structure | JSX
    jsx_attribute                         | Special Language Structure | JSX
    jsx_expression                        | Special Language Structure | JSX
    jsx_namespace_name                    | Special Language Structure | JSX
    jsx_text                              | Special Language Structure | JSX
    """
}
