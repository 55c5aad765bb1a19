extension LabelTables {
    // C#: tree-sitter-c-sharp @ v0.23.1 (PyPI tree-sitter-c-sharp 0.23.1). Format: see LabelTable.swift.
    static let csharp = """
    # Program Structure
    compilation_unit              | Program Structure          | Program Entry
    global_statement              | Program Structure          | Program Entry      # C# 9 top-level statements
    shebang_directive             | Program Structure          | Program Entry
    using_directive               | Program Structure          | Import/Include
    extern_alias_directive        | Program Structure          | Import/Include
    namespace_declaration         | Program Structure          | Namespace
    file_scoped_namespace_declaration | Program Structure      | Namespace

    # Declaration and Definition
    class_declaration             | Declaration and Definition | Class
    struct_declaration            | Declaration and Definition | Class
    interface_declaration         | Declaration and Definition | Class
    record_declaration            | Declaration and Definition | Class
    enum_declaration              | Declaration and Definition | Class
    declaration_list              | Declaration and Definition | Class
    declaration_list in namespace_declaration | Program Structure | Namespace
    enum_member_declaration_list  | Declaration and Definition | Class
    base_list                     | Declaration and Definition | Class
    primary_constructor_base_type | Declaration and Definition | Class
    method_declaration            | Declaration and Definition | Function
    constructor_declaration       | Declaration and Definition | Function
    destructor_declaration        | Declaration and Definition | Function
    operator_declaration          | Declaration and Definition | Function
    conversion_operator_declaration | Declaration and Definition | Function
    local_function_statement      | Declaration and Definition | Function
    delegate_declaration          | Declaration and Definition | Function
    indexer_declaration           | Declaration and Definition | Function
    accessor_list                 | Declaration and Definition | Function
    accessor_declaration          | Declaration and Definition | Function
    arrow_expression_clause       | Declaration and Definition | Function
    arrow_expression_clause in property_declaration | Declaration and Definition | Variable
    parameter_list                | Declaration and Definition | Function
    bracketed_parameter_list      | Declaration and Definition | Function
    parameter                     | Declaration and Definition | Variable
    implicit_parameter            | Declaration and Definition | Variable
    field_declaration             | Declaration and Definition | Variable
    property_declaration          | Declaration and Definition | Variable
    event_declaration             | Declaration and Definition | Variable
    event_field_declaration       | Declaration and Definition | Variable
    local_declaration_statement   | Declaration and Definition | Variable
    variable_declaration          | Declaration and Definition | Variable
    variable_declarator           | Declaration and Definition | Variable
    declaration_expression        | Declaration and Definition | Variable
    parenthesized_variable_designation | Declaration and Definition | Variable
    enum_member_declaration       | Declaration and Definition | Variable
    assignment_expression         | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                  | Control Flow Structure     | Conditional
    conditional_expression        | Control Flow Structure     | Conditional
    switch_statement              | Control Flow Structure     | Conditional
    switch_body                   | Control Flow Structure     | Conditional
    switch_section                | Control Flow Structure     | Conditional
    for_statement                 | Control Flow Structure     | Loop
    foreach_statement             | Control Flow Structure     | Loop
    while_statement               | Control Flow Structure     | Loop
    do_statement                  | Control Flow Structure     | Loop
    break_statement               | Control Flow Structure     | Jump
    continue_statement            | Control Flow Structure     | Jump
    return_statement              | Control Flow Structure     | Jump
    goto_statement                | Control Flow Structure     | Jump
    labeled_statement             | Control Flow Structure     | Jump
    try_statement                 | Control Flow Structure     | Exception Handling
    catch_clause                  | Control Flow Structure     | Exception Handling
    catch_declaration             | Control Flow Structure     | Exception Handling
    catch_filter_clause           | Control Flow Structure     | Exception Handling
    finally_clause                | Control Flow Structure     | Exception Handling
    throw_statement               | Control Flow Structure     | Exception Handling
    throw_expression              | Control Flow Structure     | Exception Handling
    using_statement               | Control Flow Structure     | Exception Handling  # scoped disposal, like try/finally

    # Expression
    # Operators are anonymous tokens: `binary_expression` is arithmetic unless it stands where a condition does.
    binary_expression             | Expression                 | Arithmetic Operation
    binary_expression in if_statement.condition          | Expression | Logical Operation
    binary_expression in while_statement.condition       | Expression | Logical Operation
    binary_expression in do_statement.condition          | Expression | Logical Operation
    binary_expression in for_statement.condition         | Expression | Logical Operation
    binary_expression in conditional_expression.condition | Expression | Logical Operation
    binary_expression in when_clause                     | Expression | Logical Operation
    binary_expression in catch_filter_clause             | Expression | Logical Operation
    binary_expression in where_clause                    | Expression | Logical Operation
    prefix_unary_expression       | Expression                 | Arithmetic Operation
    prefix_unary_expression in if_statement.condition    | Expression | Logical Operation
    prefix_unary_expression in while_statement.condition | Expression | Logical Operation
    prefix_unary_expression in do_statement.condition    | Expression | Logical Operation
    prefix_unary_expression in conditional_expression.condition | Expression | Logical Operation
    prefix_unary_expression in binary_expression         | Expression | Logical Operation
    postfix_unary_expression      | Expression                 | Arithmetic Operation
    unary_expression              | Expression                 | Arithmetic Operation
    checked_expression            | Expression                 | Arithmetic Operation
    is_expression                 | Expression                 | Logical Operation
    invocation_expression         | Expression                 | Function Call
    argument_list                 | Expression                 | Function Call
    argument_list in object_creation_expression | Expression   | Object Creation
    argument_list in implicit_object_creation_expression | Expression | Object Creation
    argument                      | Expression                 | Function Call
    argument in tuple_expression  | Data Type                  | Composite Type
    argument in bracketed_argument_list | Expression           | Other
    argument in element_binding_expression | Expression        | Other
    constructor_initializer       | Expression                 | Function Call
    object_creation_expression    | Expression                 | Object Creation
    implicit_object_creation_expression | Expression           | Object Creation
    anonymous_object_creation_expression | Expression          | Object Creation
    array_creation_expression     | Expression                 | Object Creation
    implicit_array_creation_expression | Expression            | Object Creation
    stackalloc_expression         | Expression                 | Object Creation
    implicit_stackalloc_expression | Expression                | Object Creation
    initializer_expression        | Expression                 | Object Creation
    with_expression               | Expression                 | Object Creation
    with_initializer              | Expression                 | Object Creation
    cast_expression               | Expression                 | Type Casting
    as_expression                 | Expression                 | Type Casting
    parenthesized_expression      | Expression                 | Other
    element_access_expression     | Expression                 | Other
    element_binding_expression    | Expression                 | Other
    bracketed_argument_list       | Expression                 | Other
    range_expression              | Expression                 | Other
    typeof_expression             | Expression                 | Other
    sizeof_expression             | Expression                 | Other
    ref_expression                | Expression                 | Other
    makeref_expression            | Expression                 | Other
    reftype_expression            | Expression                 | Other
    refvalue_expression           | Expression                 | Other

    # Data Type
    predefined_type               | Data Type                  | Primitive Type
    implicit_type                 | Data Type                  | Primitive Type     # `var`
    array_type                    | Data Type                  | Composite Type
    array_rank_specifier          | Data Type                  | Composite Type
    nullable_type                 | Data Type                  | Composite Type
    pointer_type                  | Data Type                  | Composite Type
    function_pointer_type         | Data Type                  | Composite Type
    function_pointer_parameter    | Data Type                  | Composite Type
    tuple_type                    | Data Type                  | Composite Type
    tuple_element                 | Data Type                  | Composite Type
    tuple_expression              | Data Type                  | Composite Type
    ref_type                      | Data Type                  | Composite Type
    scoped_type                   | Data Type                  | Composite Type
    generic_name                  | Data Type                  | Generic
    generic_name in invocation_expression.function | Expression | Function Call
    generic_name in member_access_expression.name within invocation_expression | Expression | Function Call
    type_argument_list            | Data Type                  | Generic
    type_parameter_list           | Data Type                  | Generic
    type_parameter                | Data Type                  | Generic
    type_parameter_constraints_clause | Data Type              | Generic
    type_parameter_constraint     | Data Type                  | Generic
    constructor_constraint        | Data Type                  | Generic
    integer_literal               | Data Type                  | Numeric
    real_literal                  | Data Type                  | Numeric
    string_literal                | Data Type                  | String
    string_literal_content        | Data Type                  | String
    string_literal_encoding       | Data Type                  | String
    string_content                | Data Type                  | String
    verbatim_string_literal       | Data Type                  | String
    raw_string_literal            | Data Type                  | String
    raw_string_start              | Data Type                  | String
    raw_string_content            | Data Type                  | String
    raw_string_end                | Data Type                  | String
    character_literal             | Data Type                  | String
    character_literal_content     | Data Type                  | String
    escape_sequence               | Data Type                  | String
    interpolated_string_expression | Data Type                 | String
    interpolation                 | Data Type                  | String
    interpolation_start           | Data Type                  | String
    interpolation_brace           | Data Type                  | String
    interpolation_quote           | Data Type                  | String
    interpolation_alignment_clause | Data Type                 | String
    interpolation_format_clause   | Data Type                  | String
    boolean_literal               | Data Type                  | Boolean
    null_literal                  | Data Type                  | Special Value
    default_expression            | Data Type                  | Special Value

    # Statement
    expression_statement          | Statement                  | Expression Statement
    empty_statement               | Statement                  | Expression Statement  # `;`, an expression statement without expression
    block                         | Statement                  | Compound Statement
    checked_statement             | Statement                  | Compound Statement
    unsafe_statement              | Statement                  | Compound Statement
    fixed_statement               | Statement                  | Compound Statement

    # Modifier and Attribute
    # One `modifier` per keyword, the keyword itself anonymous: on members the access keyword is the likeliest;
    # where no access keyword is allowed the modifier is another kind.
    modifier                      | Modifier and Attribute     | Access Modifiers
    modifier in parameter         | Modifier and Attribute     | Other Modifiers
    modifier in local_declaration_statement | Modifier and Attribute | Other Modifiers
    modifier in local_function_statement | Modifier and Attribute | Other Modifiers
    modifier in lambda_expression | Modifier and Attribute     | Other Modifiers
    modifier in anonymous_method_expression | Modifier and Attribute | Other Modifiers
    modifier in using_statement   | Modifier and Attribute     | Other Modifiers
    calling_convention            | Modifier and Attribute     | Other Modifiers
    attribute_list                | Modifier and Attribute     | Attribute/Annotation
    attribute                     | Modifier and Attribute     | Attribute/Annotation
    attribute_argument_list       | Modifier and Attribute     | Attribute/Annotation
    attribute_argument            | Modifier and Attribute     | Attribute/Annotation
    attribute_target_specifier    | Modifier and Attribute     | Attribute/Annotation
    global_attribute              | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation
    # `//`, `/* */` and `///` are all `comment`: the line comment is the common case; `///` cannot be told apart.
    comment                       | Comments and Documentation | Single-line Comment

    # Preprocessing Directive
    preproc_if                    | Preprocessing Directive    | Conditional Compilation
    preproc_elif                  | Preprocessing Directive    | Conditional Compilation
    preproc_else                  | Preprocessing Directive    | Conditional Compilation
    preproc_define                | Preprocessing Directive    | Macro Definition
    preproc_undef                 | Preprocessing Directive    | Macro Definition
    preproc_region                | Preprocessing Directive    | Other
    preproc_endregion             | Preprocessing Directive    | Other
    preproc_pragma                | Preprocessing Directive    | Other
    preproc_nullable              | Preprocessing Directive    | Other
    preproc_warning               | Preprocessing Directive    | Other
    preproc_error                 | Preprocessing Directive    | Other
    preproc_line                  | Preprocessing Directive    | Other
    preproc_arg                   | Preprocessing Directive    | Other
    preproc_arg in preproc_define | Preprocessing Directive    | Macro Definition
    preproc_arg in preproc_undef  | Preprocessing Directive    | Macro Definition

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in class_declaration.name        | Declaration and Definition | Class
    identifier in struct_declaration.name       | Declaration and Definition | Class
    identifier in interface_declaration.name    | Declaration and Definition | Class
    identifier in record_declaration.name       | Declaration and Definition | Class
    identifier in enum_declaration.name         | Declaration and Definition | Class
    identifier in method_declaration.name       | Declaration and Definition | Function
    identifier in constructor_declaration.name  | Declaration and Definition | Function
    identifier in destructor_declaration.name   | Declaration and Definition | Function
    identifier in local_function_statement.name | Declaration and Definition | Function
    identifier in delegate_declaration.name     | Declaration and Definition | Function
    identifier in accessor_declaration.name     | Declaration and Definition | Function
    identifier in variable_declarator.name      | Declaration and Definition | Variable
    identifier in parameter.name                | Declaration and Definition | Variable
    identifier in parameter_list.name           | Declaration and Definition | Variable
    identifier in property_declaration.name     | Declaration and Definition | Variable
    identifier in event_declaration.name        | Declaration and Definition | Variable
    identifier in enum_member_declaration.name  | Declaration and Definition | Variable
    identifier in catch_declaration.name        | Declaration and Definition | Variable
    identifier in foreach_statement.left        | Declaration and Definition | Variable
    identifier in declaration_expression.name   | Declaration and Definition | Variable
    identifier in declaration_pattern.name      | Declaration and Definition | Variable
    identifier in recursive_pattern.name        | Declaration and Definition | Variable
    identifier in var_pattern.name              | Declaration and Definition | Variable
    identifier in tuple_pattern.name            | Declaration and Definition | Variable
    identifier in parenthesized_variable_designation | Declaration and Definition | Variable
    identifier in from_clause.name              | Declaration and Definition | Variable
    identifier in let_clause    | Declaration and Definition   | Variable
    identifier in namespace_declaration.name    | Program Structure          | Namespace
    identifier in file_scoped_namespace_declaration.name | Program Structure | Namespace
    identifier in using_directive.name          | Program Structure          | Import/Include
    identifier in extern_alias_directive.name   | Program Structure          | Import/Include
    identifier in invocation_expression.function | Expression                | Function Call
    identifier in attribute.name                | Modifier and Attribute     | Attribute/Annotation
    identifier in type_parameter.name           | Data Type                  | Generic
    identifier in generic_name  | Data Type                    | Generic
    identifier in type_argument_list            | Data Type                  | Generic
    identifier in type_parameter_constraints_clause | Data Type              | Generic
    identifier in type_parameter_constraint     | Data Type                  | Generic
    identifier in *.type        | Data Type                    | Composite Type
    identifier in *.returns     | Data Type                    | Composite Type
    identifier in as_expression.right           | Data Type                  | Composite Type
    identifier in is_expression.right           | Data Type                  | Composite Type
    identifier in base_list     | Data Type                    | Composite Type
    identifier in preproc_if.condition          | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elif.condition        | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_pragma                | Preprocessing Directive    | Other
    qualified_name                | Identifier and Scope       | Qualified Name
    qualified_name in namespace_declaration.name | Program Structure         | Namespace
    qualified_name in file_scoped_namespace_declaration.name | Program Structure | Namespace
    qualified_name in attribute.name            | Modifier and Attribute     | Attribute/Annotation
    qualified_name in *.type    | Data Type                    | Composite Type
    qualified_name in *.returns | Data Type                    | Composite Type
    qualified_name in base_list | Data Type                    | Composite Type
    alias_qualified_name          | Identifier and Scope       | Qualified Name
    member_access_expression      | Modifier and Attribute     | Attribute/Annotation  # member access: the paper's `position.y` (Fig. 13)
    member_access_expression in invocation_expression.function | Expression | Function Call
    conditional_access_expression | Identifier and Scope       | Qualified Name
    conditional_access_expression in invocation_expression.function | Expression | Function Call
    member_binding_expression     | Identifier and Scope       | Qualified Name
    explicit_interface_specifier  | Identifier and Scope       | Qualified Name

    # Special Language Structure
    lambda_expression             | Special Language Structure | Lambda Expression
    anonymous_method_expression   | Special Language Structure | Lambda Expression
    await_expression              | Special Language Structure | Coroutine
    yield_statement               | Special Language Structure | Coroutine      # iterator `yield return`/`yield break`
    lock_statement                | Special Language Structure | Coroutine      # the concurrency construct
    switch_expression             | Special Language Structure | Pattern Matching
    switch_expression_arm         | Special Language Structure | Pattern Matching
    is_pattern_expression         | Special Language Structure | Pattern Matching
    when_clause                   | Special Language Structure | Pattern Matching
    constant_pattern              | Special Language Structure | Pattern Matching
    constant_pattern in switch_section | Control Flow Structure | Conditional   # a plain `case 1:` label
    declaration_pattern           | Special Language Structure | Pattern Matching
    type_pattern                  | Special Language Structure | Pattern Matching
    var_pattern                   | Special Language Structure | Pattern Matching
    recursive_pattern             | Special Language Structure | Pattern Matching
    relational_pattern            | Special Language Structure | Pattern Matching
    list_pattern                  | Special Language Structure | Pattern Matching
    tuple_pattern                 | Special Language Structure | Pattern Matching
    tuple_pattern in variable_declarator | Declaration and Definition | Variable  # `var (a, b) = …`
    and_pattern                   | Special Language Structure | Pattern Matching
    or_pattern                    | Special Language Structure | Pattern Matching
    negated_pattern               | Special Language Structure | Pattern Matching
    parenthesized_pattern         | Special Language Structure | Pattern Matching
    positional_pattern_clause     | Special Language Structure | Pattern Matching
    property_pattern_clause       | Special Language Structure | Pattern Matching
    subpattern                    | Special Language Structure | Pattern Matching
    discard                       | Special Language Structure | Pattern Matching
    + Special Language Structure | Query Expression | LINQ query syntax (from/where/select …) is C#'s own sub-language; it is neither a lambda, a pattern nor a coroutine
    query_expression              | Special Language Structure | Query Expression
    from_clause                   | Special Language Structure | Query Expression
    where_clause                  | Special Language Structure | Query Expression
    select_clause                 | Special Language Structure | Query Expression
    group_clause                  | Special Language Structure | Query Expression
    order_by_clause               | Special Language Structure | Query Expression
    join_clause                   | Special Language Structure | Query Expression
    join_into_clause              | Special Language Structure | Query Expression
    let_clause                    | Special Language Structure | Query Expression
    """
}
