extension LabelTables {
    // Kotlin: fwcd/tree-sitter-kotlin @ 57fb456 (language pack 0.10.0). Format: see LabelTable.swift.
    static let kotlin = """
    # The grammar has almost no fields, so context rules name parents. Kotlin has no preprocessor, and no node of
    # its own for coroutines (`suspend` is a `function_modifier` like `inline`, `launch`/`async` are calls).

    # Program Structure
    source_file                   | Program Structure          | Program Entry
    shebang_line                  | Program Structure          | Program Entry
    package_header                | Program Structure          | Namespace
    import_list                   | Program Structure          | Import/Include
    import_header                 | Program Structure          | Import/Include
    import_alias                  | Program Structure          | Import/Include
    wildcard_import               | Program Structure          | Import/Include

    # Declaration and Definition
    class_declaration             | Declaration and Definition | Class
    object_declaration            | Declaration and Definition | Class
    companion_object              | Declaration and Definition | Class
    class_body                    | Declaration and Definition | Class
    class_body in object_literal  | Expression                 | Object Creation
    enum_class_body               | Declaration and Definition | Class
    anonymous_initializer         | Declaration and Definition | Class
    delegation_specifier          | Declaration and Definition | Class
    explicit_delegation           | Declaration and Definition | Class
    type_alias                    | Declaration and Definition | Class
    primary_constructor           | Declaration and Definition | Function
    secondary_constructor         | Declaration and Definition | Function
    function_declaration          | Declaration and Definition | Function
    function_value_parameters     | Declaration and Definition | Function
    lambda_parameters             | Declaration and Definition | Function
    getter                        | Declaration and Definition | Function
    setter                        | Declaration and Definition | Function
    parameter                     | Declaration and Definition | Variable
    parameter_with_optional_type  | Declaration and Definition | Variable
    class_parameter               | Declaration and Definition | Variable
    property_declaration          | Declaration and Definition | Variable
    property_delegate             | Declaration and Definition | Variable
    variable_declaration          | Declaration and Definition | Variable
    multi_variable_declaration    | Declaration and Definition | Variable
    binding_pattern_kind          | Declaration and Definition | Variable   # `val` / `var`
    enum_entry                    | Declaration and Definition | Variable
    assignment                    | Declaration and Definition | Variable

    # Control Flow Structure
    if_expression                 | Control Flow Structure     | Conditional
    when_expression               | Control Flow Structure     | Conditional
    when_subject                  | Control Flow Structure     | Conditional
    when_entry                    | Control Flow Structure     | Conditional
    when_condition                | Control Flow Structure     | Conditional
    elvis_expression              | Control Flow Structure     | Conditional   # `a ?: b`
    for_statement                 | Control Flow Structure     | Loop
    while_statement               | Control Flow Structure     | Loop
    do_while_statement            | Control Flow Structure     | Loop
    jump_expression               | Control Flow Structure     | Jump          # return / break / continue / throw
    try_expression                | Control Flow Structure     | Exception Handling
    catch_block                   | Control Flow Structure     | Exception Handling
    finally_block                 | Control Flow Structure     | Exception Handling

    # Expression
    additive_expression           | Expression                 | Arithmetic Operation
    multiplicative_expression     | Expression                 | Arithmetic Operation
    comparison_expression         | Expression                 | Logical Operation
    equality_expression           | Expression                 | Logical Operation
    conjunction_expression        | Expression                 | Logical Operation
    disjunction_expression        | Expression                 | Logical Operation
    check_expression              | Expression                 | Logical Operation   # `is` / `in`
    prefix_expression             | Expression                 | Arithmetic Operation
    prefix_expression in if_expression.condition | Expression  | Logical Operation
    prefix_expression in while_statement | Expression          | Logical Operation
    prefix_expression in do_while_statement | Expression       | Logical Operation
    prefix_expression in conjunction_expression | Expression   | Logical Operation
    prefix_expression in disjunction_expression | Expression   | Logical Operation
    postfix_expression            | Expression                 | Arithmetic Operation
    postfix_expression in navigation_expression | Expression   | Type Casting        # `x!!.y`: a not-null assertion
    as_expression                 | Expression                 | Type Casting
    call_expression               | Expression                 | Function Call
    call_suffix                   | Expression                 | Function Call
    value_arguments               | Expression                 | Function Call
    value_argument                | Expression                 | Function Call
    infix_expression              | Expression                 | Function Call       # `a to b`, `x shl 2`
    constructor_delegation_call   | Expression                 | Function Call
    constructor_invocation        | Expression                 | Object Creation
    constructor_invocation in delegation_specifier | Declaration and Definition | Class
    constructor_invocation in annotation | Modifier and Attribute | Attribute/Annotation
    constructor_invocation in file_annotation | Modifier and Attribute | Attribute/Annotation
    object_literal                | Expression                 | Object Creation
    parenthesized_expression      | Expression                 | Other
    indexing_expression           | Expression                 | Other
    indexing_suffix               | Expression                 | Other
    spread_expression             | Expression                 | Other
    range_expression              | Expression                 | Other

    # Data Type
    # Kotlin's Data Type subcategories have no Numeric/String/Boolean: literals are values of the primitive types.
    user_type                     | Data Type                  | Composite Type
    user_type in type_projection  | Data Type                  | Generic
    user_type in annotation       | Modifier and Attribute     | Attribute/Annotation
    user_type in constructor_invocation within annotation      | Modifier and Attribute | Attribute/Annotation
    user_type in constructor_invocation within file_annotation | Modifier and Attribute | Attribute/Annotation
    type_identifier               | Data Type                  | Composite Type
    type_identifier in class_declaration  | Declaration and Definition | Class
    type_identifier in object_declaration | Declaration and Definition | Class
    type_identifier in companion_object   | Declaration and Definition | Class
    type_identifier in type_alias | Declaration and Definition | Class
    type_identifier in import_alias | Program Structure        | Import/Include
    type_identifier in type_parameter | Data Type              | Generic
    type_identifier in type_constraint | Data Type             | Generic
    type_identifier within annotation | Modifier and Attribute | Attribute/Annotation
    type_identifier within file_annotation | Modifier and Attribute | Attribute/Annotation
    type_identifier within type_arguments | Data Type          | Generic
    nullable_type                 | Data Type                  | Composite Type
    not_nullable_type             | Data Type                  | Composite Type
    parenthesized_type            | Data Type                  | Composite Type
    parenthesized_user_type       | Data Type                  | Composite Type
    function_type                 | Data Type                  | Composite Type
    function_type_parameters      | Data Type                  | Composite Type
    receiver_type                 | Data Type                  | Composite Type
    collection_literal            | Data Type                  | Composite Type
    type_arguments                | Data Type                  | Generic
    type_projection               | Data Type                  | Generic
    type_parameters               | Data Type                  | Generic
    type_parameter                | Data Type                  | Generic
    type_constraints              | Data Type                  | Generic
    type_constraint               | Data Type                  | Generic
    integer_literal               | Data Type                  | Primitive Type
    long_literal                  | Data Type                  | Primitive Type
    hex_literal                   | Data Type                  | Primitive Type
    bin_literal                   | Data Type                  | Primitive Type
    unsigned_literal              | Data Type                  | Primitive Type
    real_literal                  | Data Type                  | Primitive Type
    boolean_literal               | Data Type                  | Primitive Type
    character_literal             | Data Type                  | Primitive Type
    character_escape_seq          | Data Type                  | Primitive Type
    string_literal                | Data Type                  | Primitive Type
    string_content                | Data Type                  | Primitive Type
    interpolated_expression       | Data Type                  | Primitive Type
    interpolated_identifier       | Data Type                  | Primitive Type
    null_literal                  | Data Type                  | Other

    # Statement
    statements                    | Statement                  | Compound Statement
    control_structure_body        | Statement                  | Compound Statement
    function_body                 | Statement                  | Compound Statement

    # Modifier and Attribute
    modifiers                     | Modifier and Attribute     | Other Modifiers
    visibility_modifier           | Modifier and Attribute     | Access Modifiers
    class_modifier                | Modifier and Attribute     | Other Modifiers
    member_modifier               | Modifier and Attribute     | Other Modifiers
    function_modifier             | Modifier and Attribute     | Other Modifiers
    property_modifier             | Modifier and Attribute     | Other Modifiers
    inheritance_modifier          | Modifier and Attribute     | Other Modifiers
    parameter_modifier            | Modifier and Attribute     | Other Modifiers
    parameter_modifiers           | Modifier and Attribute     | Other Modifiers
    platform_modifier             | Modifier and Attribute     | Other Modifiers
    type_modifiers                | Modifier and Attribute     | Other Modifiers
    type_parameter_modifiers      | Modifier and Attribute     | Other Modifiers
    type_projection_modifiers     | Modifier and Attribute     | Other Modifiers
    variance_modifier             | Modifier and Attribute     | Other Modifiers
    reification_modifier          | Modifier and Attribute     | Other Modifiers
    annotation                    | Modifier and Attribute     | Attribute/Annotation
    file_annotation               | Modifier and Attribute     | Attribute/Annotation
    use_site_target               | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation
    # KDoc (`/** … */`) is a `multiline_comment` too; Kotlin's taxonomy has no documentation subcategory.
    line_comment                  | Comments and Documentation | Single-line Comment
    multiline_comment             | Comments and Documentation | Multi-line Comment

    # Identifier and Scope
    simple_identifier             | Identifier and Scope       | Identifier
    simple_identifier in function_declaration | Declaration and Definition | Function
    simple_identifier in variable_declaration | Declaration and Definition | Variable
    simple_identifier in class_parameter      | Declaration and Definition | Variable
    simple_identifier in parameter            | Declaration and Definition | Variable
    simple_identifier in parameter_with_optional_type | Declaration and Definition | Variable
    simple_identifier in catch_block          | Declaration and Definition | Variable
    simple_identifier in enum_entry           | Declaration and Definition | Variable
    simple_identifier in call_expression      | Expression                 | Function Call
    identifier                    | Identifier and Scope       | Qualified Name     # dotted name of a package or import
    navigation_expression         | Modifier and Attribute     | Attribute/Annotation  # member access: the paper's `position.y` (Fig. 13)
    navigation_expression in call_expression  | Expression                 | Function Call
    navigation_suffix             | Identifier and Scope       | Qualified Name
    directly_assignable_expression | Identifier and Scope      | Identifier
    this_expression               | Identifier and Scope       | Identifier
    super_expression              | Identifier and Scope       | Identifier
    label                         | Identifier and Scope       | Label

    # Special Language Structure
    lambda_literal                | Special Language Structure | Lambda Expression
    annotated_lambda              | Special Language Structure | Lambda Expression
    anonymous_function            | Special Language Structure | Lambda Expression
    callable_reference            | Special Language Structure | Lambda Expression
    type_test                     | Special Language Structure | Pattern Matching   # `is T` in a `when` entry
    range_test                    | Special Language Structure | Pattern Matching   # `in a..b` in a `when` entry
    """
}
