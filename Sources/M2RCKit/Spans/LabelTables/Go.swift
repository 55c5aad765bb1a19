extension LabelTables {
    // Go: tree-sitter-go @ 5e73f476efaf (language pack 0.10.0). Format: see LabelTable.swift.
    // Taxonomy: the paper's Table 2 (exact). Go has no node for build constraints (`//go:build` is a comment), so
    // nothing maps to Preprocessing Directive; the operator subcategories name anonymous tokens, never a named node.
    static let go = """
    # Program Structure
    source_file                   | Program Structure          | Program Entry
    package_clause                | Program Structure          | Namespace
    import_declaration            | Program Structure          | Import/Include
    import_spec_list              | Program Structure          | Import/Include
    import_spec                   | Program Structure          | Import/Include

    # Declaration and Definition
    function_declaration          | Declaration and Definition | Function
    method_declaration            | Declaration and Definition | Function
    method_elem                   | Declaration and Definition | Function
    parameter_list                | Declaration and Definition | Function
    parameter_list in method_declaration.receiver | Declaration and Definition | Class
    parameter_declaration         | Declaration and Definition | Variable
    variadic_parameter_declaration | Declaration and Definition | Variable
    type_declaration              | Declaration and Definition | Class
    type_spec                     | Declaration and Definition | Class
    type_alias                    | Declaration and Definition | Class
    field_declaration_list        | Declaration and Definition | Class
    field_declaration             | Declaration and Definition | Variable
    const_declaration             | Declaration and Definition | Variable
    const_spec                    | Declaration and Definition | Variable
    var_declaration               | Declaration and Definition | Variable
    var_spec_list                 | Declaration and Definition | Variable
    var_spec                      | Declaration and Definition | Variable
    short_var_declaration         | Declaration and Definition | Variable
    assignment_statement          | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                  | Control Flow Structure     | Conditional
    expression_switch_statement   | Control Flow Structure     | Conditional
    type_switch_statement         | Control Flow Structure     | Conditional
    expression_case               | Control Flow Structure     | Conditional
    type_case                     | Control Flow Structure     | Conditional
    default_case                  | Control Flow Structure     | Conditional
    default_case in select_statement | Special Language Structure | Coroutine
    for_statement                 | Control Flow Structure     | Loop
    for_clause                    | Control Flow Structure     | Loop
    range_clause                  | Control Flow Structure     | Loop
    break_statement               | Control Flow Structure     | Jump
    continue_statement            | Control Flow Structure     | Jump
    goto_statement                | Control Flow Structure     | Jump
    fallthrough_statement         | Control Flow Structure     | Jump
    return_statement              | Control Flow Structure     | Jump
    labeled_statement             | Control Flow Structure     | Jump
    defer_statement               | Control Flow Structure     | Exception Handling

    # Expression
    + Expression | Index Expression | Table 2 has no Go subcategory for indexing and slicing (name as in Rust's taxonomy)
    + Expression | Other Expression | Table 2 has no Go subcategory for grouping parentheses and expression lists
    binary_expression             | Expression                 | Arithmetic Operation
    binary_expression in if_statement.condition | Expression   | Logical Operation
    binary_expression in for_statement | Expression            | Logical Operation
    binary_expression in for_clause.condition | Expression     | Logical Operation
    unary_expression              | Expression                 | Arithmetic Operation
    unary_expression in if_statement.condition | Expression    | Logical Operation
    unary_expression in for_statement | Expression             | Logical Operation
    unary_expression in for_clause.condition | Expression      | Logical Operation
    unary_expression in receive_statement.right | Special Language Structure | Coroutine
    inc_statement                 | Expression                 | Arithmetic Operation
    dec_statement                 | Expression                 | Arithmetic Operation
    call_expression               | Expression                 | Function Call
    argument_list                 | Expression                 | Function Call
    variadic_argument             | Expression                 | Function Call
    composite_literal             | Expression                 | Object Creation
    literal_value                 | Expression                 | Object Creation
    literal_element               | Expression                 | Object Creation
    keyed_element                 | Expression                 | Object Creation
    type_conversion_expression    | Expression                 | Type Casting
    type_assertion_expression     | Expression                 | Type Casting
    index_expression              | Expression                 | Index Expression
    slice_expression              | Expression                 | Index Expression
    parenthesized_expression      | Expression                 | Other Expression
    expression_list               | Expression                 | Other Expression
    expression_list in short_var_declaration.left | Declaration and Definition | Variable
    expression_list in assignment_statement.left | Declaration and Definition | Variable

    # Data Type
    int_literal                   | Data Type                  | Primitive Type
    float_literal                 | Data Type                  | Primitive Type
    imaginary_literal             | Data Type                  | Primitive Type
    rune_literal                  | Data Type                  | Primitive Type
    interpreted_string_literal    | Data Type                  | Primitive Type
    interpreted_string_literal in import_spec.path | Program Structure | Import/Include
    interpreted_string_literal in field_declaration.tag | Modifier and Attribute | Attribute Annotation
    interpreted_string_literal_content | Data Type             | Primitive Type
    interpreted_string_literal_content within import_spec | Program Structure | Import/Include
    interpreted_string_literal_content within field_declaration | Modifier and Attribute | Attribute Annotation
    raw_string_literal            | Data Type                  | Primitive Type
    raw_string_literal in import_spec.path | Program Structure | Import/Include
    raw_string_literal in field_declaration.tag | Modifier and Attribute | Attribute Annotation
    raw_string_literal_content    | Data Type                  | Primitive Type
    raw_string_literal_content within import_spec | Program Structure | Import/Include
    raw_string_literal_content within field_declaration | Modifier and Attribute | Attribute Annotation
    escape_sequence               | Data Type                  | Primitive Type
    true                          | Data Type                  | Primitive Type
    false                         | Data Type                  | Primitive Type
    nil                           | Data Type                  | Primitive Type
    iota                          | Data Type                  | Primitive Type
    type_identifier               | Data Type                  | Primitive Type
    type_identifier in type_spec.name | Declaration and Definition | Class
    type_identifier in type_alias.name | Declaration and Definition | Class
    type_identifier in generic_type.type | Data Type          | Generic
    type_identifier in type_constraint | Data Type            | Generic
    type_identifier in composite_literal.type | Expression      | Object Creation
    qualified_type                | Data Type                  | Composite Type
    qualified_type in composite_literal.type | Expression       | Object Creation
    array_type                    | Data Type                  | Composite Type
    implicit_length_array_type    | Data Type                  | Composite Type
    slice_type                    | Data Type                  | Composite Type
    map_type                      | Data Type                  | Composite Type
    pointer_type                  | Data Type                  | Composite Type
    channel_type                  | Data Type                  | Composite Type
    function_type                 | Data Type                  | Composite Type
    parenthesized_type            | Data Type                  | Composite Type
    struct_type                   | Data Type                  | Composite Type
    struct_type in type_spec.type | Declaration and Definition | Class
    interface_type                | Data Type                  | Composite Type
    interface_type in type_spec.type | Declaration and Definition | Class
    generic_type                  | Data Type                  | Generic
    type_arguments                | Data Type                  | Generic
    type_instantiation_expression | Data Type                  | Generic
    type_parameter_list           | Data Type                  | Generic
    type_parameter_declaration    | Data Type                  | Generic
    type_constraint               | Data Type                  | Generic
    type_elem                     | Data Type                  | Generic
    negated_type                  | Data Type                  | Generic

    # Statement
    block                         | Statement                  | Compound Statement
    expression_statement          | Statement                  | Expression Statement
    empty_statement               | Statement                  | Expression Statement

    # Comments and Documentation
    comment                       | Comments and Documentation | Single-line Comment

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in function_declaration.name | Declaration and Definition | Function
    identifier in const_spec.name | Declaration and Definition | Variable
    identifier in var_spec.name   | Declaration and Definition | Variable
    identifier in type_parameter_declaration.name | Data Type | Generic
    identifier in call_expression.function | Expression       | Function Call
    field_identifier              | Identifier and Scope       | Identifier
    field_identifier in method_declaration.name | Declaration and Definition | Function
    field_identifier in method_elem.name | Declaration and Definition | Function
    field_identifier in field_declaration.name | Declaration and Definition | Variable
    package_identifier            | Identifier and Scope       | Qualified Name
    package_identifier in package_clause | Program Structure   | Namespace
    package_identifier in import_spec.name | Program Structure | Import/Include
    blank_identifier              | Identifier and Scope       | Identifier
    blank_identifier in import_spec.name | Program Structure   | Import/Include
    dot                           | Program Structure          | Import/Include
    label_name                    | Identifier and Scope       | Identifier
    selector_expression           | Modifier and Attribute     | Attribute Annotation  # member access: the paper's `position.y` (Fig. 13)
    selector_expression in call_expression.function | Expression | Function Call

    # Special Language Structure
    func_literal                  | Special Language Structure | Lambda Expression
    go_statement                  | Special Language Structure | Coroutine
    select_statement              | Special Language Structure | Coroutine
    communication_case            | Special Language Structure | Coroutine
    send_statement                | Special Language Structure | Coroutine
    receive_statement             | Special Language Structure | Coroutine
    """
}
