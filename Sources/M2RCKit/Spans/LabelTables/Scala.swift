extension LabelTables {
    // Scala: tree-sitter-scala @ c1189954df85 (language pack 0.10.0), Scala 2 and Scala 3 syntax. Format: see
    // LabelTable.swift. Taxonomy: the paper's Table 2 (exact); `Binding` is used for names a pattern or lambda binds.
    static let scala = """
    # Program Structure
    compilation_unit              | Program Structure          | Program Entry
    package_clause                | Program Structure          | Namespace
    package_identifier            | Program Structure          | Namespace
    package_object                | Program Structure          | Namespace
    template_body in package_clause.body | Program Structure   | Namespace
    import_declaration            | Program Structure          | Import/Include
    export_declaration            | Program Structure          | Import/Include
    namespace_selectors           | Program Structure          | Import/Include
    namespace_wildcard            | Program Structure          | Import/Include
    as_renamed_identifier         | Program Structure          | Import/Include
    arrow_renamed_identifier      | Program Structure          | Import/Include
    using_directive               | Program Structure          | Import/Include
    using_directive_key           | Program Structure          | Import/Include
    using_directive_value         | Program Structure          | Import/Include

    # Declaration and Definition
    class_definition              | Declaration and Definition | Class
    trait_definition              | Declaration and Definition | Class
    object_definition             | Declaration and Definition | Class
    enum_definition               | Declaration and Definition | Class
    enum_body                     | Declaration and Definition | Class
    enum_case_definitions         | Declaration and Definition | Class
    simple_enum_case              | Declaration and Definition | Class
    full_enum_case                | Declaration and Definition | Class
    template_body                 | Declaration and Definition | Class
    template_body in instance_expression | Expression          | Object Creation
    with_template_body            | Declaration and Definition | Class
    class_parameters              | Declaration and Definition | Class
    class_parameter               | Declaration and Definition | Variable
    extends_clause                | Declaration and Definition | Class
    derives_clause                | Declaration and Definition | Class
    self_type                     | Declaration and Definition | Class
    type_definition               | Declaration and Definition | Class
    function_definition           | Declaration and Definition | Function
    function_declaration          | Declaration and Definition | Function
    extension_definition          | Declaration and Definition | Function
    parameters                    | Declaration and Definition | Function
    parameter                     | Declaration and Definition | Variable
    given_definition              | Declaration and Definition | Variable
    given_conditional             | Declaration and Definition | Function
    val_definition                | Declaration and Definition | Variable
    val_declaration               | Declaration and Definition | Variable
    var_definition                | Declaration and Definition | Variable
    var_declaration               | Declaration and Definition | Variable
    identifiers                   | Declaration and Definition | Variable
    assignment_expression         | Declaration and Definition | Variable

    # Control Flow Structure
    if_expression                 | Control Flow Structure     | Conditional
    guard                         | Control Flow Structure     | Conditional
    guard in case_clause          | Special Language Structure | Pattern Matching
    guard in enumerator           | Control Flow Structure     | Loop
    for_expression                | Control Flow Structure     | Loop
    enumerators                   | Control Flow Structure     | Loop
    enumerator                    | Control Flow Structure     | Loop
    while_expression              | Control Flow Structure     | Loop
    do_while_expression           | Control Flow Structure     | Loop
    return_expression             | Control Flow Structure     | Jump
    try_expression                | Control Flow Structure     | Exception Handling
    catch_clause                  | Control Flow Structure     | Exception Handling
    finally_clause                | Control Flow Structure     | Exception Handling
    throw_expression              | Control Flow Structure     | Exception Handling

    # Expression
    infix_expression              | Expression                 | Arithmetic Operation
    infix_expression in if_expression.condition | Expression   | Logical Operator
    infix_expression in while_expression.condition | Expression | Logical Operator
    infix_expression in do_while_expression.condition | Expression | Logical Operator
    infix_expression in guard.condition | Expression           | Logical Operator
    infix_expression in parenthesized_expression within if_expression | Expression | Logical Operator
    infix_expression in parenthesized_expression within while_expression | Expression | Logical Operator
    prefix_expression             | Expression                 | Arithmetic Operation
    prefix_expression in if_expression.condition | Expression  | Logical Operator
    prefix_expression in while_expression.condition | Expression | Logical Operator
    prefix_expression in guard.condition | Expression          | Logical Operator
    prefix_expression in parenthesized_expression within if_expression | Expression | Logical Operator
    postfix_expression            | Expression                 | Special Operator
    operator_identifier           | Expression                 | Special Operator
    operator_identifier in function_definition.name | Declaration and Definition | Function
    operator_identifier in function_declaration.name | Declaration and Definition | Function
    parenthesized_expression      | Expression                 | Arithmetic Operation
    parenthesized_expression in if_expression.condition | Expression | Logical Operator
    parenthesized_expression in while_expression.condition | Expression | Logical Operator
    parenthesized_expression in do_while_expression.condition | Expression | Logical Operator
    call_expression               | Expression                 | Function Call
    arguments                     | Expression                 | Function Call
    arguments in annotation       | Modifier and Attribute     | Annotation
    arguments in extends_clause   | Declaration and Definition | Class
    arguments in instance_expression | Expression              | Object Creation
    colon_argument                | Expression                 | Function Call
    generic_function              | Expression                 | Function Call
    instance_expression           | Expression                 | Object Creation
    ascription_expression         | Expression                 | Type Casting
    tuple_expression              | Expression                 | Tuple Expression

    # Data Type
    integer_literal               | Data Type                  | Numeric
    floating_point_literal        | Data Type                  | Numeric
    boolean_literal               | Data Type                  | Boolean
    character_literal             | Data Type                  | String
    string                        | Data Type                  | String
    escape_sequence               | Data Type                  | String
    interpolated_string_expression | Data Type                 | String
    interpolated_string           | Data Type                  | String
    interpolation                 | Data Type                  | String
    null_literal                  | Data Type                  | Special Value
    unit                          | Data Type                  | Special Value
    type_identifier               | Data Type                  | Primitive Type
    type_identifier in type_definition.name | Declaration and Definition | Class
    type_identifier in extends_clause.type | Declaration and Definition | Class
    type_identifier in derives_clause.type | Declaration and Definition | Class
    type_identifier in instance_expression | Expression       | Object Creation
    type_identifier in annotation.name | Modifier and Attribute | Annotation
    type_identifier in case_class_pattern.type | Special Language Structure | Pattern Matching
    type_identifier in generic_type.type | Data Type          | Generic
    type_identifier in type_arguments | Data Type            | Generic
    type_identifier in upper_bound | Data Type                | Generic
    type_identifier in lower_bound | Data Type                | Generic
    type_identifier in view_bound | Data Type                 | Generic
    type_identifier in context_bound | Data Type              | Generic
    stable_type_identifier        | Data Type                  | Composite Type
    stable_type_identifier in extends_clause.type | Declaration and Definition | Class
    stable_type_identifier in instance_expression | Expression | Object Creation
    stable_type_identifier in annotation.name | Modifier and Attribute | Annotation
    stable_type_identifier in case_class_pattern.type | Special Language Structure | Pattern Matching
    literal_type                  | Data Type                  | Primitive Type
    tuple_type                    | Data Type                  | Composite Type
    named_tuple_type              | Data Type                  | Composite Type
    name_and_type                 | Data Type                  | Composite Type
    function_type                 | Data Type                  | Composite Type
    parameter_types               | Data Type                  | Composite Type
    compound_type                 | Data Type                  | Composite Type
    infix_type                    | Data Type                  | Composite Type
    annotated_type                | Data Type                  | Composite Type
    projected_type                | Data Type                  | Composite Type
    singleton_type                | Data Type                  | Composite Type
    structural_type               | Data Type                  | Composite Type
    refinement                    | Data Type                  | Composite Type
    match_type                    | Data Type                  | Composite Type
    type_case_clause              | Data Type                  | Composite Type
    lazy_parameter_type           | Data Type                  | Composite Type
    repeated_parameter_type       | Data Type                  | Composite Type
    generic_type                  | Data Type                  | Generic
    generic_type in extends_clause.type | Declaration and Definition | Class
    generic_type in instance_expression | Expression         | Object Creation
    type_arguments                | Data Type                  | Generic
    type_parameters               | Data Type                  | Generic
    covariant_type_parameter      | Data Type                  | Generic
    contravariant_type_parameter  | Data Type                  | Generic
    upper_bound                   | Data Type                  | Generic
    lower_bound                   | Data Type                  | Generic
    view_bound                    | Data Type                  | Generic
    context_bound                 | Data Type                  | Generic
    type_lambda                   | Data Type                  | Generic

    # Statement
    block                         | Statement                  | Compound Statement
    indented_block                | Statement                  | Compound Statement

    # Modifier and Attribute
    modifiers                     | Modifier and Attribute     | Other Modifiers
    access_modifier               | Modifier and Attribute     | Access Modifiers
    access_qualifier              | Modifier and Attribute     | Access Modifiers
    inline_modifier               | Modifier and Attribute     | Other Modifiers
    infix_modifier                | Modifier and Attribute     | Other Modifiers
    open_modifier                 | Modifier and Attribute     | Other Modifiers
    transparent_modifier          | Modifier and Attribute     | Other Modifiers
    opaque_modifier               | Modifier and Attribute     | Other Modifiers
    annotation                    | Modifier and Attribute     | Annotation

    # Comments and Documentation
    comment                       | Comments and Documentation | Single-line Comment
    block_comment                 | Comments and Documentation | Multi-line Comment

    # Preprocessing Directive
    macro_body                    | Preprocessing Directive    | Macro Definition
    quote_expression              | Preprocessing Directive    | Macro Definition
    splice_expression             | Preprocessing Directive    | Macro Definition

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in class_definition.name | Declaration and Definition | Class
    identifier in trait_definition.name | Declaration and Definition | Class
    identifier in object_definition.name | Declaration and Definition | Class
    identifier in enum_definition.name | Declaration and Definition | Class
    identifier in simple_enum_case.name | Declaration and Definition | Class
    identifier in full_enum_case.name | Declaration and Definition | Class
    identifier in package_object.name | Program Structure        | Namespace
    identifier in function_definition.name | Declaration and Definition | Function
    identifier in function_declaration.name | Declaration and Definition | Function
    identifier in val_definition.pattern | Declaration and Definition | Variable
    identifier in var_definition.pattern | Declaration and Definition | Variable
    identifier in val_declaration.name | Declaration and Definition | Variable
    identifier in var_declaration.name | Declaration and Definition | Variable
    identifier in given_definition.name | Declaration and Definition | Variable
    identifier in identifiers     | Declaration and Definition | Variable
    identifier in type_parameters.name | Data Type              | Generic
    identifier in covariant_type_parameter.name | Data Type     | Generic
    identifier in contravariant_type_parameter.name | Data Type | Generic
    identifier in type_lambda.name | Data Type                 | Generic
    identifier in call_expression.function | Expression         | Function Call
    identifier in generic_function.function | Expression        | Function Call
    identifier in infix_expression.operator | Expression        | Special Operator
    identifier in interpolated_string_expression.interpolator | Data Type | String
    identifier in binding.name    | Identifier and Scope       | Binding
    identifier in bindings        | Identifier and Scope       | Binding
    identifier in lambda_expression.parameters | Identifier and Scope | Binding
    identifier in capture_pattern.name | Identifier and Scope  | Binding
    identifier in case_clause.pattern | Special Language Structure | Pattern Matching
    identifier in case_class_pattern.pattern | Identifier and Scope | Binding
    identifier in typed_pattern.pattern | Identifier and Scope | Binding
    identifier in tuple_pattern   | Identifier and Scope       | Binding
    identifier in infix_pattern.left | Identifier and Scope    | Binding
    identifier in infix_pattern.right | Identifier and Scope   | Binding
    identifier in enumerator      | Identifier and Scope       | Binding
    identifier in package_identifier | Program Structure       | Namespace
    identifier within import_declaration | Program Structure   | Import/Include
    identifier within export_declaration | Program Structure   | Import/Include
    identifier in access_qualifier | Modifier and Attribute    | Access Modifiers
    stable_identifier             | Identifier and Scope       | Qualified Name
    stable_identifier within import_declaration | Program Structure | Import/Include
    stable_identifier within export_declaration | Program Structure | Import/Include
    field_expression              | Modifier and Attribute     | Annotation  # member access: the paper's `position.y` (Fig. 13)
    field_expression in call_expression.function | Expression | Function Call
    field_expression in generic_function.function | Expression | Function Call
    bindings                      | Identifier and Scope       | Binding
    binding                       | Identifier and Scope       | Binding
    error_sentinel                | Identifier and Scope       | Delimiter   # scanner token for error recovery, never in valid code

    # Special Language Structure
    lambda_expression             | Special Language Structure | Lambda Expression
    wildcard                      | Special Language Structure | Pattern Matching
    wildcard in infix_expression  | Special Language Structure | Lambda Expression
    wildcard in field_expression.value | Special Language Structure | Lambda Expression
    wildcard in arguments         | Special Language Structure | Lambda Expression
    wildcard in type_arguments    | Data Type                  | Generic
    wildcard within import_declaration | Program Structure     | Import/Include
    match_expression              | Special Language Structure | Pattern Matching
    case_block                    | Special Language Structure | Pattern Matching
    case_block in catch_clause    | Control Flow Structure     | Exception Handling
    indented_cases                | Special Language Structure | Pattern Matching
    indented_cases in catch_clause | Control Flow Structure    | Exception Handling
    case_clause                   | Special Language Structure | Pattern Matching
    case_clause within catch_clause | Control Flow Structure   | Exception Handling
    alternative_pattern           | Special Language Structure | Pattern Matching
    capture_pattern               | Special Language Structure | Pattern Matching
    case_class_pattern            | Special Language Structure | Pattern Matching
    given_pattern                 | Special Language Structure | Pattern Matching
    infix_pattern                 | Special Language Structure | Pattern Matching
    named_pattern                 | Special Language Structure | Pattern Matching
    named_tuple_pattern           | Special Language Structure | Pattern Matching
    repeat_pattern                | Special Language Structure | Pattern Matching
    typed_pattern                 | Special Language Structure | Pattern Matching
    tuple_pattern                 | Special Language Structure | Pattern Matching
    tuple_pattern in val_definition.pattern | Declaration and Definition | Variable
    tuple_pattern in var_definition.pattern | Declaration and Definition | Variable
    tuple_pattern in enumerator   | Control Flow Structure     | Loop
    """
}
