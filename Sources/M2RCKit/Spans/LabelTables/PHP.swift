extension LabelTables {
    // PHP: tree-sitter-php @ 576a56f, grammar `php`, the HTML-embedded variant (language pack 0.10.0).
    // Format: see LabelTable.swift.
    static let php = """
    + Expression | Other | parenthesized, subscript, sequence, unpacking expressions fit no PHP subcategory
    + Special Language Structure | Inline HTML | text outside the PHP tags is no lambda, pattern matching or coroutine

    # Program Structure
    program                           | Program Structure          | Program Entry
    namespace_definition              | Program Structure          | Namespace
    namespace_name in namespace_definition.name | Program Structure          | Namespace
    # The prefix of a group use: `use A\\{B, C}`
    namespace_name in namespace_use_declaration | Program Structure          | Import/Include
    namespace_use_declaration         | Program Structure          | Import/Include
    namespace_use_clause              | Program Structure          | Import/Include
    namespace_use_group               | Program Structure          | Import/Include
    include_expression                | Program Structure          | Import/Include
    include_once_expression           | Program Structure          | Import/Include
    require_expression                | Program Structure          | Import/Include
    require_once_expression           | Program Structure          | Import/Include

    # Declaration and Definition
    class_declaration                 | Declaration and Definition | Class
    interface_declaration             | Declaration and Definition | Class
    trait_declaration                 | Declaration and Definition | Class
    enum_declaration                  | Declaration and Definition | Class
    anonymous_class                   | Declaration and Definition | Class
    declaration_list                  | Declaration and Definition | Class
    enum_declaration_list             | Declaration and Definition | Class
    base_clause                       | Declaration and Definition | Class
    class_interface_clause            | Declaration and Definition | Class
    use_declaration                   | Declaration and Definition | Class  # `use SomeTrait;` inside a class
    use_list                          | Declaration and Definition | Class
    use_as_clause                     | Declaration and Definition | Class
    use_instead_of_clause             | Declaration and Definition | Class
    enum_case                         | Declaration and Definition | Variable
    function_definition               | Declaration and Definition | Function
    method_declaration                | Declaration and Definition | Function
    formal_parameters                 | Declaration and Definition | Function
    property_hook                     | Declaration and Definition | Function  # `get`/`set` hooks of a property
    property_hook_list                | Declaration and Definition | Function
    simple_parameter                  | Declaration and Definition | Variable
    variadic_parameter                | Declaration and Definition | Variable
    property_promotion_parameter      | Declaration and Definition | Variable
    property_declaration              | Declaration and Definition | Variable
    property_element                  | Declaration and Definition | Variable
    const_declaration                 | Declaration and Definition | Variable
    const_element                     | Declaration and Definition | Variable
    function_static_declaration       | Declaration and Definition | Variable
    static_variable_declaration       | Declaration and Definition | Variable
    global_declaration                | Declaration and Definition | Variable
    # An assignment defines, as the paper's `parser.entity['Ouml'] = 'O'`
    assignment_expression             | Declaration and Definition | Variable
    reference_assignment_expression   | Declaration and Definition | Variable
    list_literal                      | Declaration and Definition | Variable  # destructuring `[$a, $b] = …`, `list(…)`

    # Control Flow Structure
    if_statement                      | Control Flow Structure     | Conditional
    else_if_clause                    | Control Flow Structure     | Conditional
    else_clause                       | Control Flow Structure     | Conditional
    conditional_expression            | Control Flow Structure     | Conditional
    switch_statement                  | Control Flow Structure     | Conditional
    switch_block                      | Control Flow Structure     | Conditional
    case_statement                    | Control Flow Structure     | Conditional
    default_statement                 | Control Flow Structure     | Conditional
    for_statement                     | Control Flow Structure     | Loop
    foreach_statement                 | Control Flow Structure     | Loop
    while_statement                   | Control Flow Structure     | Loop
    do_statement                      | Control Flow Structure     | Loop
    break_statement                   | Control Flow Structure     | Jump
    continue_statement                | Control Flow Structure     | Jump
    return_statement                  | Control Flow Structure     | Jump
    goto_statement                    | Control Flow Structure     | Jump
    named_label_statement             | Control Flow Structure     | Jump
    exit_statement                    | Control Flow Structure     | Jump
    try_statement                     | Control Flow Structure     | Exception Handling
    catch_clause                      | Control Flow Structure     | Exception Handling
    finally_clause                    | Control Flow Structure     | Exception Handling
    throw_expression                  | Control Flow Structure     | Exception Handling
    type_list in catch_clause         | Control Flow Structure     | Exception Handling
    parenthesized_expression in if_statement.condition | Control Flow Structure     | Conditional
    parenthesized_expression in else_if_clause.condition | Control Flow Structure     | Conditional
    parenthesized_expression in switch_statement.condition | Control Flow Structure     | Conditional
    parenthesized_expression in while_statement.condition | Control Flow Structure     | Loop
    parenthesized_expression in do_statement.condition | Control Flow Structure     | Loop
    parenthesized_expression in match_expression.condition | Special Language Structure | Pattern Matching

    # Expression
    # The operator is an anonymous child no rule sees; comparisons and &&, ||, ?? dominate
    binary_expression                 | Expression                 | Logical Operation
    binary_expression in augmented_assignment_expression | Expression                 | Arithmetic Operation
    binary_expression in subscript_expression | Expression                 | Arithmetic Operation
    # In arguments, include paths and echo: mostly `.` concatenation and arithmetic
    binary_expression in argument     | Expression                 | Arithmetic Operation
    binary_expression in require_once_expression | Expression                 | Arithmetic Operation
    binary_expression in require_expression | Expression                 | Arithmetic Operation
    binary_expression in include_once_expression | Expression                 | Arithmetic Operation
    binary_expression in include_expression | Expression                 | Arithmetic Operation
    binary_expression in echo_statement | Expression                 | Arithmetic Operation
    # `!x` dominates; `-x` shares the type
    unary_op_expression               | Expression                 | Logical Operation
    update_expression                 | Expression                 | Arithmetic Operation
    augmented_assignment_expression   | Expression                 | Arithmetic Operation
    function_call_expression          | Expression                 | Function Call
    member_call_expression            | Expression                 | Function Call
    nullsafe_member_call_expression   | Expression                 | Function Call
    scoped_call_expression            | Expression                 | Function Call
    arguments                         | Expression                 | Function Call
    arguments in object_creation_expression | Expression                 | Object Creation
    arguments in attribute            | Modifier and Attribute     | Attribute/Annotation
    argument                          | Expression                 | Function Call
    variadic_placeholder              | Expression                 | Function Call  # first-class callable `f(...)`
    print_intrinsic                   | Expression                 | Function Call
    # Output, as Python's print statement
    echo_statement                    | Expression                 | Function Call
    unset_statement                   | Expression                 | Function Call
    shell_command_expression          | Expression                 | Function Call  # backticks run a command
    object_creation_expression        | Expression                 | Object Creation
    clone_expression                  | Expression                 | Object Creation
    cast_expression                   | Expression                 | Type Casting
    parenthesized_expression          | Expression                 | Other
    sequence_expression               | Expression                 | Other
    subscript_expression              | Expression                 | Other
    variadic_unpacking                | Expression                 | Other
    error_suppression_expression      | Expression                 | Other  # `@f()`

    # Data Type
    integer                           | Data Type                  | Numeric
    float                             | Data Type                  | Numeric
    boolean                           | Data Type                  | Boolean
    null                              | Data Type                  | Special Value
    string                            | Data Type                  | String
    encapsed_string                   | Data Type                  | String
    string_content                    | Data Type                  | String
    escape_sequence                   | Data Type                  | String
    heredoc                           | Data Type                  | String
    heredoc_body                      | Data Type                  | String
    heredoc_start                     | Data Type                  | String
    heredoc_end                       | Data Type                  | String
    nowdoc                            | Data Type                  | String
    nowdoc_body                       | Data Type                  | String
    nowdoc_string                     | Data Type                  | String
    array_creation_expression         | Data Type                  | Composite Type
    array_element_initializer         | Data Type                  | Composite Type
    array_element_initializer in yield_expression | Special Language Structure | Coroutine  # `yield $k => $v`
    pair                              | Data Type                  | Composite Type
    primitive_type                    | Data Type                  | Primitive Type
    cast_type                         | Data Type                  | Primitive Type
    bottom_type                       | Data Type                  | Primitive Type  # `never`
    named_type                        | Data Type                  | Composite Type  # a class or interface type
    optional_type                     | Data Type                  | Composite Type  # `?T`
    union_type                        | Data Type                  | Composite Type
    intersection_type                 | Data Type                  | Composite Type
    disjunctive_normal_form_type      | Data Type                  | Composite Type
    type_list                         | Data Type                  | Composite Type

    # Statement
    expression_statement              | Statement                  | Expression Statement
    empty_statement                   | Statement                  | Expression Statement
    compound_statement                | Statement                  | Compound Statement
    colon_block                       | Statement                  | Compound Statement  # `if (…): … endif;`

    # Modifier and Attribute
    visibility_modifier               | Modifier and Attribute     | Access Modifiers
    operation                         | Modifier and Attribute     | Access Modifiers  # `private(set)`
    abstract_modifier                 | Modifier and Attribute     | Other Modifiers
    final_modifier                    | Modifier and Attribute     | Other Modifiers
    readonly_modifier                 | Modifier and Attribute     | Other Modifiers
    static_modifier                   | Modifier and Attribute     | Other Modifiers
    var_modifier                      | Modifier and Attribute     | Other Modifiers
    reference_modifier                | Modifier and Attribute     | Other Modifiers  # `function &f()`
    by_ref                            | Modifier and Attribute     | Other Modifiers  # `&$x`
    attribute_list                    | Modifier and Attribute     | Attribute/Annotation
    attribute_group                   | Modifier and Attribute     | Attribute/Annotation
    attribute                         | Modifier and Attribute     | Attribute/Annotation
    # Property access: the paper labels `position.y` (TypeScript) Modifier and Attribute
    member_access_expression          | Modifier and Attribute     | Attribute/Annotation
    nullsafe_member_access_expression | Modifier and Attribute     | Attribute/Annotation
    scoped_property_access_expression | Modifier and Attribute     | Attribute/Annotation  # `Foo::$bar`

    # Comments and Documentation (one `comment` type for //, #, /* */ and /** */: PHPDoc sits between declarations)
    comment                           | Comments and Documentation | Single-line Comment
    comment in program                | Comments and Documentation | Documentation Comment
    comment in declaration_list       | Comments and Documentation | Documentation Comment
    comment in enum_declaration_list  | Comments and Documentation | Documentation Comment

    # Preprocessing Directive
    declare_statement                 | Preprocessing Directive    | Other  # `declare(strict_types=1);`
    declare_directive                 | Preprocessing Directive    | Other
    php_tag                           | Preprocessing Directive    | Other  # `<?php`: a processing instruction

    # Identifier and Scope
    name                              | Identifier and Scope       | Identifier
    name in class_declaration.name    | Declaration and Definition | Class
    name in interface_declaration.name | Declaration and Definition | Class
    name in trait_declaration.name    | Declaration and Definition | Class
    name in enum_declaration.name     | Declaration and Definition | Class
    name in function_definition.name  | Declaration and Definition | Function
    name in method_declaration.name   | Declaration and Definition | Function
    name in property_hook             | Declaration and Definition | Function
    name in enum_case.name            | Declaration and Definition | Variable
    name in const_element             | Declaration and Definition | Variable
    name in function_call_expression.function | Expression                 | Function Call
    name in member_call_expression.name | Expression                 | Function Call
    name in nullsafe_member_call_expression.name | Expression                 | Function Call
    name in scoped_call_expression.name | Expression                 | Function Call
    name in object_creation_expression | Expression                 | Object Creation
    name in named_type                | Data Type                  | Composite Type
    name in attribute                 | Modifier and Attribute     | Attribute/Annotation
    qualified_name                    | Identifier and Scope       | Qualified Name
    qualified_name in function_call_expression.function | Expression                 | Function Call
    qualified_name in object_creation_expression | Expression                 | Object Creation
    qualified_name in named_type      | Data Type                  | Composite Type
    qualified_name in attribute       | Modifier and Attribute     | Attribute/Annotation
    relative_name                     | Identifier and Scope       | Qualified Name  # `namespace\\Foo`
    namespace_name                    | Identifier and Scope       | Qualified Name
    class_constant_access_expression  | Identifier and Scope       | Qualified Name  # `Foo::BAR`, `Foo::class`
    variable_name                     | Identifier and Scope       | Identifier
    variable_name in property_element.name | Declaration and Definition | Variable
    variable_name in property_promotion_parameter.name | Declaration and Definition | Variable
    variable_name in static_variable_declaration.name | Declaration and Definition | Variable
    variable_name in global_declaration | Declaration and Definition | Variable
    variable_name in function_call_expression.function | Expression                 | Function Call  # `$fn()`
    dynamic_variable_name             | Identifier and Scope       | Identifier  # `$$x`
    relative_scope                    | Identifier and Scope       | Identifier  # self, parent, static

    # Special Language Structure
    anonymous_function                | Special Language Structure | Lambda Expression
    anonymous_function_use_clause     | Special Language Structure | Lambda Expression
    arrow_function                    | Special Language Structure | Lambda Expression
    match_expression                  | Special Language Structure | Pattern Matching
    match_block                       | Special Language Structure | Pattern Matching
    match_conditional_expression      | Special Language Structure | Pattern Matching
    match_default_expression          | Special Language Structure | Pattern Matching
    match_condition_list              | Special Language Structure | Pattern Matching
    yield_expression                  | Special Language Structure | Coroutine
    text_interpolation                | Special Language Structure | Inline HTML  # `?> … <?php`
    text                              | Special Language Structure | Inline HTML

    # External-scanner token for error recovery; never in a parsed tree
    sentinel_error                    | Expression                 | Other
    """
}
