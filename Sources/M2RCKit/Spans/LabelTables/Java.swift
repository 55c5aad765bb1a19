extension LabelTables {
    // Java: tree-sitter-java @ a7db522 (language pack 0.10.0). Format: see LabelTable.swift.
    static let java = """
    # Subcategories: the paper's Table 2. Java has no preprocessor: Preprocessing Directive is unused.

    # Program Structure
    program                       | Program Structure          | Program Entry
    package_declaration           | Program Structure          | Namespace
    import_declaration            | Program Structure          | Import/Include
    asterisk                      | Program Structure          | Import/Include
    module_declaration            | Program Structure          | Namespace
    module_body                   | Program Structure          | Namespace
    requires_module_directive     | Program Structure          | Import/Include
    uses_module_directive         | Program Structure          | Import/Include
    exports_module_directive      | Program Structure          | Namespace
    opens_module_directive        | Program Structure          | Namespace
    provides_module_directive     | Program Structure          | Namespace

    # Declaration and Definition
    class_declaration             | Declaration and Definition | Class
    interface_declaration         | Declaration and Definition | Class
    enum_declaration              | Declaration and Definition | Class
    record_declaration            | Declaration and Definition | Class
    annotation_type_declaration   | Declaration and Definition | Class
    class_body                    | Declaration and Definition | Class
    class_body in object_creation_expression | Expression        | Object Creation
    interface_body                | Declaration and Definition | Class
    enum_body                     | Declaration and Definition | Class
    enum_body_declarations        | Declaration and Definition | Class
    annotation_type_body          | Declaration and Definition | Class
    superclass                    | Declaration and Definition | Class
    super_interfaces              | Declaration and Definition | Class
    extends_interfaces            | Declaration and Definition | Class
    permits                       | Declaration and Definition | Class
    type_list                     | Declaration and Definition | Class
    static_initializer            | Declaration and Definition | Class
    method_declaration            | Declaration and Definition | Function
    constructor_declaration       | Declaration and Definition | Function
    compact_constructor_declaration | Declaration and Definition | Function
    annotation_type_element_declaration | Declaration and Definition | Function
    formal_parameters             | Declaration and Definition | Function
    inferred_parameters           | Declaration and Definition | Function
    formal_parameter              | Declaration and Definition | Variable
    receiver_parameter            | Declaration and Definition | Variable
    spread_parameter              | Declaration and Definition | Variable
    field_declaration             | Declaration and Definition | Variable
    local_variable_declaration    | Declaration and Definition | Variable
    constant_declaration          | Declaration and Definition | Variable
    variable_declarator           | Declaration and Definition | Variable
    enum_constant                 | Declaration and Definition | Variable
    assignment_expression         | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                  | Control Flow Structure     | Conditional
    ternary_expression            | Control Flow Structure     | Conditional
    switch_expression             | Control Flow Structure     | Conditional
    switch_block                  | Control Flow Structure     | Conditional
    switch_block_statement_group  | Control Flow Structure     | Conditional
    switch_rule                   | Control Flow Structure     | Conditional
    switch_label                  | Control Flow Structure     | Conditional
    for_statement                 | Control Flow Structure     | Loop
    enhanced_for_statement        | Control Flow Structure     | Loop
    while_statement               | Control Flow Structure     | Loop
    do_statement                  | Control Flow Structure     | Loop
    break_statement               | Control Flow Structure     | Jump
    continue_statement            | Control Flow Structure     | Jump
    return_statement              | Control Flow Structure     | Jump
    yield_statement               | Control Flow Structure     | Jump      # a switch expression's value, not a coroutine
    labeled_statement             | Control Flow Structure     | Jump
    try_statement                 | Control Flow Structure     | Exception Handling
    try_with_resources_statement  | Control Flow Structure     | Exception Handling
    resource_specification        | Control Flow Structure     | Exception Handling
    resource                      | Control Flow Structure     | Exception Handling
    catch_clause                  | Control Flow Structure     | Exception Handling
    catch_formal_parameter        | Control Flow Structure     | Exception Handling
    catch_type                    | Control Flow Structure     | Exception Handling
    finally_clause                | Control Flow Structure     | Exception Handling
    throw_statement               | Control Flow Structure     | Exception Handling
    throws                        | Control Flow Structure     | Exception Handling
    assert_statement              | Control Flow Structure     | Exception Handling

    # Expression
    # Operators are anonymous tokens: `binary_expression` is arithmetic unless it stands where a condition does.
    binary_expression             | Expression                 | Arithmetic Operation
    binary_expression in parenthesized_expression within if_statement    | Expression | Logical Operation
    binary_expression in parenthesized_expression within while_statement | Expression | Logical Operation
    binary_expression in parenthesized_expression within do_statement    | Expression | Logical Operation
    binary_expression in for_statement.condition     | Expression | Logical Operation
    binary_expression in ternary_expression.condition | Expression | Logical Operation
    binary_expression in guard    | Expression                 | Logical Operation
    binary_expression in assert_statement | Expression         | Logical Operation
    unary_expression              | Expression                 | Arithmetic Operation
    unary_expression in parenthesized_expression within if_statement     | Expression | Logical Operation
    unary_expression in parenthesized_expression within while_statement  | Expression | Logical Operation
    unary_expression in ternary_expression.condition | Expression | Logical Operation
    unary_expression in binary_expression | Expression         | Logical Operation
    update_expression             | Expression                 | Arithmetic Operation
    instanceof_expression         | Expression                 | Logical Operation
    method_invocation             | Expression                 | Function Call
    explicit_constructor_invocation | Expression               | Function Call
    argument_list                 | Expression                 | Function Call
    argument_list in object_creation_expression | Expression   | Object Creation
    object_creation_expression    | Expression                 | Object Creation
    array_creation_expression     | Expression                 | Object Creation
    dimensions_expr               | Expression                 | Object Creation
    cast_expression               | Expression                 | Type Casting
    parenthesized_expression      | Expression                 | Other
    array_access                  | Expression                 | Other
    class_literal                 | Expression                 | Other

    # Data Type
    integral_type                 | Data Type                  | Primitive Type
    floating_point_type           | Data Type                  | Primitive Type
    boolean_type                  | Data Type                  | Primitive Type
    void_type                     | Data Type                  | Primitive Type
    type_identifier               | Data Type                  | Composite Type
    type_identifier in generic_type | Data Type                | Generic
    type_identifier in type_arguments | Data Type              | Generic
    type_identifier in type_parameter | Data Type              | Generic
    type_identifier in type_bound | Data Type                  | Generic
    type_identifier in wildcard   | Data Type                  | Generic
    scoped_type_identifier        | Data Type                  | Composite Type
    scoped_type_identifier in type_arguments | Data Type       | Generic
    array_type                    | Data Type                  | Composite Type
    dimensions                    | Data Type                  | Composite Type
    annotated_type                | Data Type                  | Composite Type
    array_initializer             | Data Type                  | Composite Type
    generic_type                  | Data Type                  | Generic
    type_arguments                | Data Type                  | Generic
    type_parameters               | Data Type                  | Generic
    type_parameter                | Data Type                  | Generic
    type_bound                    | Data Type                  | Generic
    wildcard                      | Data Type                  | Generic
    decimal_integer_literal       | Data Type                  | Numeric
    hex_integer_literal           | Data Type                  | Numeric
    octal_integer_literal         | Data Type                  | Numeric
    binary_integer_literal        | Data Type                  | Numeric
    decimal_floating_point_literal | Data Type                 | Numeric
    hex_floating_point_literal    | Data Type                  | Numeric
    string_literal                | Data Type                  | String
    character_literal             | Data Type                  | String
    string_fragment               | Data Type                  | String
    multiline_string_fragment     | Data Type                  | String
    escape_sequence               | Data Type                  | String
    string_interpolation          | Data Type                  | String
    template_expression           | Data Type                  | String
    true                          | Data Type                  | Boolean
    false                         | Data Type                  | Boolean
    null_literal                  | Data Type                  | Special Value

    # Statement
    expression_statement          | Statement                  | Expression Statement
    block                         | Statement                  | Compound Statement
    constructor_body              | Statement                  | Compound Statement

    # Modifier and Attribute
    # `modifiers` holds keywords and annotations together; on members the access keyword usually leads it,
    # on locals and parameters only `final` and annotations are allowed.
    modifiers                     | Modifier and Attribute     | Access Modifiers
    modifiers in local_variable_declaration | Modifier and Attribute | Other Modifiers
    modifiers in formal_parameter | Modifier and Attribute     | Other Modifiers
    modifiers in spread_parameter | Modifier and Attribute     | Other Modifiers
    modifiers in catch_formal_parameter | Modifier and Attribute | Other Modifiers
    modifiers in resource         | Modifier and Attribute     | Other Modifiers
    modifiers in enhanced_for_statement | Modifier and Attribute | Other Modifiers
    modifiers in enum_constant    | Modifier and Attribute     | Attribute Annotation
    requires_modifier             | Modifier and Attribute     | Other Modifiers
    annotation                    | Modifier and Attribute     | Attribute Annotation
    marker_annotation             | Modifier and Attribute     | Attribute Annotation
    annotation_argument_list      | Modifier and Attribute     | Attribute Annotation
    element_value_pair            | Modifier and Attribute     | Attribute Annotation
    element_value_array_initializer | Modifier and Attribute   | Attribute Annotation

    # Comments and Documentation
    # Javadoc (`/** … */`) is a `block_comment` too; Table 2 has no documentation subcategory for Java.
    line_comment                  | Comments and Documentation | Single-line Comment
    block_comment                 | Comments and Documentation | Multi-line Comment

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in class_declaration.name        | Declaration and Definition | Class
    identifier in interface_declaration.name    | Declaration and Definition | Class
    identifier in enum_declaration.name         | Declaration and Definition | Class
    identifier in record_declaration.name       | Declaration and Definition | Class
    identifier in annotation_type_declaration.name | Declaration and Definition | Class
    identifier in method_declaration.name       | Declaration and Definition | Function
    identifier in constructor_declaration.name  | Declaration and Definition | Function
    identifier in compact_constructor_declaration.name | Declaration and Definition | Function
    identifier in annotation_type_element_declaration.name | Declaration and Definition | Function
    identifier in variable_declarator.name      | Declaration and Definition | Variable
    identifier in formal_parameter.name         | Declaration and Definition | Variable
    identifier in catch_formal_parameter.name   | Declaration and Definition | Variable
    identifier in enhanced_for_statement.name   | Declaration and Definition | Variable
    identifier in resource.name                 | Declaration and Definition | Variable
    identifier in enum_constant.name            | Declaration and Definition | Variable
    identifier in instanceof_expression.name    | Declaration and Definition | Variable
    identifier in type_pattern                  | Declaration and Definition | Variable
    identifier in record_pattern_component      | Declaration and Definition | Variable
    identifier in lambda_expression.parameters  | Declaration and Definition | Variable
    identifier in inferred_parameters           | Declaration and Definition | Variable
    identifier in method_invocation.name        | Expression                 | Function Call
    identifier in annotation.name               | Modifier and Attribute     | Attribute Annotation
    identifier in marker_annotation.name        | Modifier and Attribute     | Attribute Annotation
    identifier in element_value_pair.key        | Modifier and Attribute     | Attribute Annotation
    scoped_identifier             | Identifier and Scope       | Qualified Name
    scoped_identifier in annotation.name        | Modifier and Attribute     | Attribute Annotation
    scoped_identifier in marker_annotation.name | Modifier and Attribute     | Attribute Annotation
    field_access                  | Modifier and Attribute     | Attribute Annotation  # member access: the paper's `position.y` (Fig. 13)
    this                          | Identifier and Scope       | Identifier
    super                         | Identifier and Scope       | Identifier

    # Special Language Structure
    lambda_expression             | Special Language Structure | Lambda Expression
    method_reference              | Special Language Structure | Lambda Expression
    synchronized_statement        | Special Language Structure | Coroutine   # Java's only concurrency construct
    pattern                       | Special Language Structure | Pattern Matching
    type_pattern                  | Special Language Structure | Pattern Matching
    record_pattern                | Special Language Structure | Pattern Matching
    record_pattern_body           | Special Language Structure | Pattern Matching
    record_pattern_component      | Special Language Structure | Pattern Matching
    underscore_pattern            | Special Language Structure | Pattern Matching
    guard                         | Special Language Structure | Pattern Matching
    """
}
