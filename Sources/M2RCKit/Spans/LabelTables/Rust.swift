extension LabelTables {
    // Rust: tree-sitter-rust @ 377ca9607970 (language pack 0.10.0). Format: see LabelTable.swift.
    // Taxonomy read off the paper's sunburst: it has no documentation-comment entry, so `///` and `//!` doc text is
    // labelled with the comment form that carries it; macro invocations are calls, `macro_rules!` is the
    // Preprocessing Directive.
    static let rust = """
    # Program Structure
    source_file                   | Program Structure          | Program Entry
    shebang                       | Program Structure          | Program Entry
    mod_item                      | Program Structure          | Namespace
    declaration_list in mod_item  | Program Structure          | Namespace
    use_declaration               | Program Structure          | Import/Include
    use_list                      | Program Structure          | Import/Include
    scoped_use_list               | Program Structure          | Import/Include
    use_as_clause                 | Program Structure          | Import/Include
    use_wildcard                  | Program Structure          | Import/Include
    extern_crate_declaration      | Program Structure          | Import/Include

    # Declaration and Definition
    function_item                 | Declaration and Definition | Function
    function_signature_item       | Declaration and Definition | Function
    foreign_mod_item              | Declaration and Definition | Function
    declaration_list              | Declaration and Definition | Class
    declaration_list in foreign_mod_item | Declaration and Definition | Function
    parameters                    | Declaration and Definition | Function
    parameter                     | Declaration and Definition | Variable
    self_parameter                | Declaration and Definition | Variable
    variadic_parameter            | Declaration and Definition | Variable
    struct_item                   | Declaration and Definition | Class
    enum_item                     | Declaration and Definition | Class
    union_item                    | Declaration and Definition | Class
    trait_item                    | Declaration and Definition | Class
    impl_item                     | Declaration and Definition | Class
    type_item                     | Declaration and Definition | Class
    associated_type               | Declaration and Definition | Class
    enum_variant_list             | Declaration and Definition | Class
    enum_variant                  | Declaration and Definition | Class
    field_declaration_list        | Declaration and Definition | Class
    ordered_field_declaration_list | Declaration and Definition | Class
    field_declaration             | Declaration and Definition | Variable
    const_item                    | Declaration and Definition | Variable
    static_item                   | Declaration and Definition | Variable
    let_declaration               | Declaration and Definition | Variable
    assignment_expression         | Declaration and Definition | Variable

    # Control Flow Structure
    if_expression                 | Control Flow Structure     | Conditional
    else_clause                   | Control Flow Structure     | Conditional
    let_condition                 | Control Flow Structure     | Conditional
    let_condition in while_expression.condition | Control Flow Structure | Loop
    let_chain                     | Control Flow Structure     | Conditional
    let_chain in while_expression.condition | Control Flow Structure | Loop
    for_expression                | Control Flow Structure     | Loop
    while_expression              | Control Flow Structure     | Loop
    loop_expression               | Control Flow Structure     | Loop
    break_expression              | Control Flow Structure     | Jump
    continue_expression           | Control Flow Structure     | Jump
    return_expression             | Control Flow Structure     | Jump
    try_expression                | Control Flow Structure     | Exception Handling
    try_block                     | Control Flow Structure     | Exception Handling

    # Expression
    binary_expression             | Expression                 | Arithmetic Operation
    binary_expression in if_expression.condition | Expression  | Logical Operator
    binary_expression in while_expression.condition | Expression | Logical Operator
    binary_expression in match_pattern.condition | Expression  | Logical Operator
    binary_expression in let_chain | Expression                | Logical Operator
    unary_expression              | Expression                 | Arithmetic Operation
    unary_expression in if_expression.condition | Expression   | Logical Operator
    unary_expression in while_expression.condition | Expression | Logical Operator
    unary_expression in match_pattern.condition | Expression   | Logical Operator
    compound_assignment_expr      | Expression                 | Arithmetic Operation
    parenthesized_expression      | Expression                 | Arithmetic Operation
    call_expression               | Expression                 | Function Call
    arguments                     | Expression                 | Function Call
    generic_function              | Expression                 | Function Call
    macro_invocation              | Expression                 | Function Call
    token_tree                    | Expression                 | Function Call
    token_tree within macro_definition | Preprocessing Directive | Macro Definition
    token_tree within attribute   | Modifier and Attribute     | Annotation
    token_repetition              | Expression                 | Function Call
    token_repetition within macro_definition | Preprocessing Directive | Macro Definition
    struct_expression             | Expression                 | Object Creation
    field_initializer_list        | Expression                 | Object Creation
    field_initializer             | Expression                 | Object Creation
    shorthand_field_initializer   | Expression                 | Object Creation
    base_field_initializer        | Expression                 | Object Creation
    array_expression              | Expression                 | Object Creation
    tuple_expression              | Expression                 | Object Creation
    type_cast_expression          | Expression                 | Type Casting
    index_expression              | Expression                 | Index Expression
    range_expression              | Expression                 | Index Expression
    range_expression in for_expression.value | Control Flow Structure | Loop
    reference_expression          | Expression                 | Reference Expression

    # Data Type
    primitive_type                | Data Type                  | Primitive Type
    integer_literal               | Data Type                  | Primitive Type
    integer_literal in field_expression.field | Identifier and Scope | Identifier
    float_literal                 | Data Type                  | Primitive Type
    negative_literal              | Data Type                  | Primitive Type
    boolean_literal               | Data Type                  | Primitive Type
    char_literal                  | Data Type                  | Primitive Type
    never_type                    | Data Type                  | Primitive Type
    string_literal                | Data Type                  | String
    string_literal in extern_modifier | Modifier and Attribute | Other Modifiers
    raw_string_literal            | Data Type                  | String
    string_content                | Data Type                  | String
    escape_sequence               | Data Type                  | String
    unit_expression               | Data Type                  | Special Value
    unit_type                     | Data Type                  | Special Value
    type_identifier               | Data Type                  | Composite Type
    type_identifier in struct_item.name | Declaration and Definition | Class
    type_identifier in enum_item.name | Declaration and Definition | Class
    type_identifier in union_item.name | Declaration and Definition | Class
    type_identifier in trait_item.name | Declaration and Definition | Class
    type_identifier in type_item.name | Declaration and Definition | Class
    type_identifier in associated_type.name | Declaration and Definition | Class
    type_identifier in impl_item.type | Declaration and Definition | Class
    type_identifier in impl_item.trait | Declaration and Definition | Class
    type_identifier in generic_type.type | Data Type          | Generic
    type_identifier in type_arguments | Data Type            | Generic
    type_identifier in trait_bounds | Data Type              | Generic
    type_identifier in where_predicate.left | Data Type    | Generic
    type_identifier in type_parameter.name | Data Type        | Generic
    type_identifier in struct_expression.name | Expression    | Object Creation
    scoped_type_identifier        | Data Type                  | Composite Type
    scoped_type_identifier in impl_item.trait | Declaration and Definition | Class
    scoped_type_identifier in struct_expression.name | Expression | Object Creation
    array_type                    | Data Type                  | Composite Type
    tuple_type                    | Data Type                  | Composite Type
    reference_type                | Data Type                  | Composite Type
    pointer_type                  | Data Type                  | Composite Type
    function_type                 | Data Type                  | Composite Type
    dynamic_type                  | Data Type                  | Composite Type
    abstract_type                 | Data Type                  | Composite Type
    qualified_type                | Data Type                  | Composite Type
    bracketed_type                | Data Type                  | Composite Type
    generic_type                  | Data Type                  | Generic
    generic_type in impl_item.type | Declaration and Definition | Class
    generic_type in impl_item.trait | Declaration and Definition | Class
    generic_type_with_turbofish   | Data Type                  | Generic
    type_arguments                | Data Type                  | Generic
    type_binding                  | Data Type                  | Generic
    type_parameters               | Data Type                  | Generic
    type_parameter                | Data Type                  | Generic
    const_parameter               | Data Type                  | Generic
    lifetime_parameter            | Data Type                  | Generic
    lifetime                      | Data Type                  | Generic
    for_lifetimes                 | Data Type                  | Generic
    higher_ranked_trait_bound     | Data Type                  | Generic
    trait_bounds                  | Data Type                  | Generic
    bounded_type                  | Data Type                  | Generic
    removed_trait_bound           | Data Type                  | Generic
    use_bounds                    | Data Type                  | Generic
    where_clause                  | Data Type                  | Generic
    where_predicate               | Data Type                  | Generic

    # Statement
    block                         | Statement                  | Compound Statement
    unsafe_block                  | Statement                  | Compound Statement
    const_block                   | Statement                  | Compound Statement
    expression_statement          | Statement                  | Expression Statement
    empty_statement               | Statement                  | Expression Statement

    # Modifier and Attribute
    visibility_modifier           | Modifier and Attribute     | Access Modifiers
    function_modifiers            | Modifier and Attribute     | Other Modifiers
    extern_modifier               | Modifier and Attribute     | Other Modifiers
    mutable_specifier             | Modifier and Attribute     | Other Modifiers
    attribute_item                | Modifier and Attribute     | Annotation
    inner_attribute_item          | Modifier and Attribute     | Annotation
    attribute                     | Modifier and Attribute     | Annotation

    # Comments and Documentation
    line_comment                  | Comments and Documentation | Single-line Comment
    block_comment                 | Comments and Documentation | Multi-line Comment
    doc_comment                   | Comments and Documentation | Single-line Comment
    doc_comment in block_comment  | Comments and Documentation | Multi-line Comment
    outer_doc_comment_marker      | Comments and Documentation | Single-line Comment
    outer_doc_comment_marker in block_comment | Comments and Documentation | Multi-line Comment
    inner_doc_comment_marker      | Comments and Documentation | Single-line Comment
    inner_doc_comment_marker in block_comment | Comments and Documentation | Multi-line Comment

    # Preprocessing Directive
    macro_definition              | Preprocessing Directive    | Macro Definition
    macro_rule                    | Preprocessing Directive    | Macro Definition
    token_tree_pattern            | Preprocessing Directive    | Macro Definition
    token_repetition_pattern      | Preprocessing Directive    | Macro Definition
    token_binding_pattern         | Preprocessing Directive    | Macro Definition
    fragment_specifier            | Preprocessing Directive    | Macro Definition
    metavariable                  | Preprocessing Directive    | Macro Definition

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in function_item.name | Declaration and Definition | Function
    identifier in function_signature_item.name | Declaration and Definition | Function
    identifier in let_declaration.pattern | Declaration and Definition | Variable
    identifier in const_item.name | Declaration and Definition | Variable
    identifier in static_item.name | Declaration and Definition | Variable
    identifier in enum_variant.name | Declaration and Definition | Class
    identifier in const_parameter.name | Data Type              | Generic
    identifier in mod_item.name   | Program Structure          | Namespace
    identifier in macro_definition.name | Preprocessing Directive | Macro Definition
    identifier in call_expression.function | Expression         | Function Call
    identifier in generic_function.function | Expression        | Function Call
    identifier in macro_invocation.macro | Expression           | Function Call
    identifier in attribute       | Modifier and Attribute     | Annotation
    identifier within attribute_item | Modifier and Attribute  | Annotation
    identifier within inner_attribute_item | Modifier and Attribute | Annotation
    identifier in lifetime        | Data Type                  | Generic
    identifier in scoped_type_identifier.path | Data Type      | Composite Type
    identifier within use_declaration | Program Structure      | Import/Include
    identifier within extern_crate_declaration | Program Structure | Import/Include
    identifier within macro_definition | Preprocessing Directive | Macro Definition
    scoped_identifier             | Identifier and Scope       | Qualified Name
    scoped_identifier in call_expression.function | Expression | Function Call
    scoped_identifier in generic_function.function | Expression | Function Call
    scoped_identifier in macro_invocation.macro | Expression    | Function Call
    scoped_identifier in attribute | Modifier and Attribute    | Annotation
    scoped_identifier within attribute_item | Modifier and Attribute | Annotation
    scoped_identifier in scoped_type_identifier.path | Data Type | Composite Type
    scoped_identifier within use_declaration | Program Structure | Import/Include
    field_expression              | Modifier and Attribute     | Annotation  # member access: the paper's `position.y` (Fig. 13)
    field_expression in call_expression.function | Expression | Function Call
    field_identifier              | Identifier and Scope       | Identifier
    field_identifier in field_declaration.name | Declaration and Definition | Variable
    shorthand_field_identifier    | Identifier and Scope       | Identifier
    self                          | Identifier and Scope       | Identifier
    self within use_declaration   | Program Structure          | Import/Include
    crate                         | Identifier and Scope       | Qualified Name
    crate within use_declaration  | Program Structure          | Import/Include
    crate in extern_crate_declaration | Program Structure      | Import/Include
    crate in visibility_modifier  | Modifier and Attribute     | Access Modifiers
    super                         | Identifier and Scope       | Qualified Name
    super within use_declaration  | Program Structure          | Import/Include
    super in visibility_modifier  | Modifier and Attribute     | Access Modifiers
    label                         | Identifier and Scope       | Identifier

    # Special Language Structure
    closure_expression            | Special Language Structure | Lambda Expression
    closure_parameters            | Special Language Structure | Lambda Expression
    match_expression              | Special Language Structure | Pattern Matching
    match_block                   | Special Language Structure | Pattern Matching
    match_arm                     | Special Language Structure | Pattern Matching
    match_pattern                 | Special Language Structure | Pattern Matching
    captured_pattern              | Special Language Structure | Pattern Matching
    generic_pattern               | Special Language Structure | Pattern Matching
    mut_pattern                   | Special Language Structure | Pattern Matching
    mut_pattern in parameter.pattern | Declaration and Definition | Variable
    or_pattern                    | Special Language Structure | Pattern Matching
    range_pattern                 | Special Language Structure | Pattern Matching
    ref_pattern                   | Special Language Structure | Pattern Matching
    reference_pattern             | Special Language Structure | Pattern Matching
    reference_pattern in parameter.pattern | Declaration and Definition | Variable
    remaining_field_pattern       | Special Language Structure | Pattern Matching
    slice_pattern                 | Special Language Structure | Pattern Matching
    struct_pattern                | Special Language Structure | Pattern Matching
    field_pattern                 | Special Language Structure | Pattern Matching
    tuple_pattern                 | Special Language Structure | Pattern Matching
    tuple_pattern in let_declaration.pattern | Declaration and Definition | Variable
    tuple_pattern in parameter.pattern | Declaration and Definition | Variable
    tuple_pattern in for_expression.pattern | Control Flow Structure | Loop
    tuple_struct_pattern          | Special Language Structure | Pattern Matching
    async_block                   | Special Language Structure | Coroutine
    gen_block                     | Special Language Structure | Coroutine
    await_expression              | Special Language Structure | Coroutine
    yield_expression              | Special Language Structure | Coroutine
    """
}
