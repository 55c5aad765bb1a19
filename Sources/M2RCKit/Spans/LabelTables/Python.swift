extension LabelTables {
    // Python: tree-sitter-python @ 710796b (language pack 0.10.0). Format: see LabelTable.swift.
    static let python = """
    # Program Structure
    module                        | Program Structure          | Program Entry
    import_statement              | Program Structure          | Import/Include
    import_from_statement         | Program Structure          | Import/Include
    future_import_statement       | Program Structure          | Import/Include
    aliased_import                | Program Structure          | Import/Include
    wildcard_import               | Program Structure          | Import/Include
    relative_import               | Program Structure          | Import/Include
    import_prefix                 | Program Structure          | Import/Include

    # Declaration and Definition
    class_definition              | Declaration and Definition | Class
    function_definition           | Declaration and Definition | Function
    decorated_definition          | Declaration and Definition | Function
    decorated_definition within class_definition | Declaration and Definition | Class
    parameters                    | Declaration and Definition | Function
    lambda_parameters             | Declaration and Definition | Function
    default_parameter             | Declaration and Definition | Variable
    typed_parameter               | Declaration and Definition | Variable
    typed_default_parameter       | Declaration and Definition | Variable
    list_splat_pattern            | Declaration and Definition | Variable
    dictionary_splat_pattern      | Declaration and Definition | Variable
    keyword_separator             | Declaration and Definition | Function
    positional_separator          | Declaration and Definition | Function
    assignment                    | Declaration and Definition | Variable
    augmented_assignment          | Expression                 | Arithmetic Operation
    type_alias_statement          | Declaration and Definition | Variable
    type_parameter                | Data Type                  | Generic
    global_statement              | Declaration and Definition | Variable
    nonlocal_statement            | Declaration and Definition | Variable
    pattern_list                  | Declaration and Definition | Variable
    tuple_pattern                 | Declaration and Definition | Variable
    list_pattern                  | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                  | Control Flow Structure     | Conditional
    elif_clause                   | Control Flow Structure     | Conditional
    else_clause                   | Control Flow Structure     | Conditional
    else_clause in for_statement  | Control Flow Structure     | Loop
    else_clause in while_statement | Control Flow Structure    | Loop
    else_clause in try_statement  | Control Flow Structure     | Exception Handling
    conditional_expression        | Control Flow Structure     | Conditional
    for_statement                 | Control Flow Structure     | Loop
    while_statement               | Control Flow Structure     | Loop
    break_statement               | Control Flow Structure     | Jump
    continue_statement            | Control Flow Structure     | Jump
    return_statement              | Control Flow Structure     | Jump
    try_statement                 | Control Flow Structure     | Exception Handling
    except_clause                 | Control Flow Structure     | Exception Handling
    except_group_clause           | Control Flow Structure     | Exception Handling
    finally_clause                | Control Flow Structure     | Exception Handling
    raise_statement               | Control Flow Structure     | Exception Handling
    with_statement                | Control Flow Structure     | Exception Handling
    with_clause                   | Control Flow Structure     | Exception Handling
    with_item                     | Control Flow Structure     | Exception Handling
    assert_statement              | Control Flow Structure     | Exception Handling

    # Expression
    binary_operator               | Expression                 | Arithmetic Operation
    unary_operator                | Expression                 | Arithmetic Operation
    boolean_operator              | Expression                 | Logical Operation
    not_operator                  | Expression                 | Logical Operation
    comparison_operator           | Expression                 | Logical Operation
    call                          | Expression                 | Function Call
    call in decorator             | Modifier and Attribute     | Attribute/Annotation
    argument_list                 | Expression                 | Function Call
    argument_list in class_definition.superclasses | Declaration and Definition | Class
    keyword_argument              | Expression                 | Function Call
    list_splat                    | Expression                 | Other Expression
    dictionary_splat              | Expression                 | Other Expression
    parenthesized_list_splat      | Expression                 | Other Expression
    parenthesized_expression      | Expression                 | Other Expression
    expression_list               | Expression                 | Other Expression
    named_expression              | Expression                 | Other Expression
    subscript                     | Expression                 | Other Expression
    slice                         | Expression                 | Other Expression
    ellipsis                      | Expression                 | Other Expression
    await                         | Special Language Structure | Coroutine
    yield                         | Special Language Structure | Coroutine
    list_comprehension            | Expression                 | Object Creation
    dictionary_comprehension      | Expression                 | Object Creation
    set_comprehension             | Expression                 | Object Creation
    generator_expression          | Expression                 | Object Creation
    for_in_clause                 | Control Flow Structure     | Loop
    if_clause                     | Control Flow Structure     | Conditional
    type_conversion               | Expression                 | Type Casting
    format_expression             | Expression                 | Other Expression
    format_specifier              | Data Type                  | String
    interpolation                 | Data Type                  | String
    escape_interpolation          | Data Type                  | String
    print_statement               | Expression                 | Function Call
    exec_statement                | Expression                 | Function Call
    chevron                       | Expression                 | Function Call

    # Data Type
    integer                       | Data Type                  | Numeric
    float                         | Data Type                  | Numeric
    string                        | Data Type                  | String
    string in expression_statement | Comments and Documentation | Documentation Comment
    concatenated_string           | Data Type                  | String
    string_start                  | Data Type                  | String
    string_content                | Data Type                  | String
    string_end                    | Data Type                  | String
    escape_sequence               | Data Type                  | String
    true                          | Data Type                  | Boolean
    false                         | Data Type                  | Boolean
    none                          | Data Type                  | Special Value
    list                          | Data Type                  | Composite Type
    tuple                         | Data Type                  | Composite Type
    dictionary                    | Data Type                  | Composite Type
    pair                          | Data Type                  | Composite Type
    set                           | Data Type                  | Composite Type
    type                          | Data Type                  | Primitive Type
    generic_type                  | Data Type                  | Generic
    union_type                    | Data Type                  | Composite Type
    constrained_type              | Data Type                  | Generic
    member_type                   | Data Type                  | Composite Type
    splat_type                    | Data Type                  | Composite Type

    # Statement
    expression_statement          | Statement                  | Expression Statement
    block                         | Statement                  | Compound Statement
    pass_statement                | Statement                  | Other Statement
    delete_statement              | Statement                  | Other Statement
    line_continuation             | Statement                  | Other Statement

    # Modifier and Attribute
    decorator                     | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation
    comment                       | Comments and Documentation | Single-line Comment

    # Identifier and Scope
    identifier                    | Identifier and Scope       | Identifier
    identifier in class_definition.name | Declaration and Definition | Class
    identifier in function_definition.name | Declaration and Definition | Function
    identifier in decorator       | Modifier and Attribute     | Attribute/Annotation
    identifier in call.function   | Expression                 | Function Call
    identifier in type            | Data Type                  | Primitive Type
    identifier in generic_type    | Data Type                  | Generic
    dotted_name                   | Identifier and Scope       | Qualified Name
    # Member access follows the paper's `position.y` example (Fig. 13): Modifier and Attribute.
    attribute                     | Modifier and Attribute     | Attribute/Annotation
    attribute in call.function    | Expression                 | Function Call
    attribute in decorator        | Modifier and Attribute     | Attribute/Annotation

    # Special Language Structure
    lambda                        | Special Language Structure | Lambda Expression
    match_statement               | Special Language Structure | Pattern Matching
    case_clause                   | Special Language Structure | Pattern Matching
    case_pattern                  | Special Language Structure | Pattern Matching
    class_pattern                 | Special Language Structure | Pattern Matching
    complex_pattern               | Special Language Structure | Pattern Matching
    dict_pattern                  | Special Language Structure | Pattern Matching
    keyword_pattern               | Special Language Structure | Pattern Matching
    splat_pattern                 | Special Language Structure | Pattern Matching
    union_pattern                 | Special Language Structure | Pattern Matching
    as_pattern                    | Special Language Structure | Pattern Matching
    as_pattern_target             | Special Language Structure | Pattern Matching
    list_pattern within case_pattern  | Special Language Structure | Pattern Matching
    tuple_pattern within case_pattern | Special Language Structure | Pattern Matching
    """
}
