extension LabelTables {
    // TypeScript: tree-sitter-typescript @ 75b3874, grammars `typescript` and `tsx` (language pack 0.10.0).
    // Format: see LabelTable.swift.
    static let typescript = """
    + Special Language Structure | JSX | TSX markup is no lambda, pattern matching or coroutine

    # Program Structure
    program                               | Program Structure          | Program Entry
    hash_bang_line                        | Program Structure          | Program Entry
    import_statement                      | Program Structure          | Import/Include
    import_clause                         | Program Structure          | Import/Include
    import_specifier                      | Program Structure          | Import/Include
    named_imports                         | Program Structure          | Import/Include
    namespace_import                      | Program Structure          | Import/Include
    import_attribute                      | Program Structure          | Import/Include
    import_alias                          | Program Structure          | Import/Include  # `import x = A.B`
    import_require_clause                 | Program Structure          | Import/Include  # `import x = require('y')`
    import                                | Program Structure          | Import/Include  # `import(…)` and `import.meta`
    # Exports are the module interface (ExecRepoBench counts export_statement as IMPORT)
    export_statement                      | Program Structure          | Import/Include
    export_clause                         | Program Structure          | Import/Include
    export_specifier                      | Program Structure          | Import/Include
    namespace_export                      | Program Structure          | Import/Include
    internal_module                       | Program Structure          | Namespace  # `namespace A.B { … }`
    # `module A { … }` and `declare module 'x' { … }`
    module                                | Program Structure          | Namespace

    # Declaration and Definition
    class_declaration                     | Declaration and Definition | Class
    abstract_class_declaration            | Declaration and Definition | Class
    class                                 | Declaration and Definition | Class
    class_body                            | Declaration and Definition | Class
    class_heritage                        | Declaration and Definition | Class
    extends_clause                        | Declaration and Definition | Class
    implements_clause                     | Declaration and Definition | Class
    class_static_block                    | Declaration and Definition | Class
    interface_declaration                 | Declaration and Definition | Class
    interface_body                        | Declaration and Definition | Class
    extends_type_clause                   | Declaration and Definition | Class
    enum_declaration                      | Declaration and Definition | Class
    enum_body                             | Declaration and Definition | Class
    enum_assignment                       | Declaration and Definition | Variable
    type_alias_declaration                | Declaration and Definition | Class  # a named type, like interface and enum
    public_field_definition               | Declaration and Definition | Variable
    property_signature                    | Declaration and Definition | Variable
    index_signature                       | Declaration and Definition | Variable
    function_declaration                  | Declaration and Definition | Function
    generator_function_declaration        | Declaration and Definition | Function
    function_signature                    | Declaration and Definition | Function
    method_definition                     | Declaration and Definition | Function
    method_signature                      | Declaration and Definition | Function
    abstract_method_signature             | Declaration and Definition | Function
    call_signature                        | Declaration and Definition | Function
    construct_signature                   | Declaration and Definition | Function
    formal_parameters                     | Declaration and Definition | Function
    required_parameter                    | Declaration and Definition | Variable
    optional_parameter                    | Declaration and Definition | Variable
    lexical_declaration                   | Declaration and Definition | Variable
    variable_declaration                  | Declaration and Definition | Variable
    variable_declarator                   | Declaration and Definition | Variable
    ambient_declaration                   | Declaration and Definition | Variable  # `declare const/function/global …`
    # An assignment defines, as the paper's `parser.entity['Ouml'] = 'O'`
    assignment_expression                 | Declaration and Definition | Variable
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
    augmented_assignment_expression       | Expression                 | Arithmetic Operation
    call_expression                       | Expression                 | Function Call
    call_expression in decorator          | Modifier and Attribute     | Attribute/Annotation
    arguments                             | Expression                 | Function Call
    arguments in new_expression           | Expression                 | Object Creation
    arguments in call_expression within decorator | Modifier and Attribute     | Attribute/Annotation
    new_expression                        | Expression                 | Object Creation
    as_expression                         | Expression                 | Type Casting
    satisfies_expression                  | Expression                 | Type Casting
    type_assertion                        | Expression                 | Type Casting  # `<T>x`
    non_null_expression                   | Expression                 | Type Casting  # `x!`
    parenthesized_expression              | Expression                 | Other
    sequence_expression                   | Expression                 | Other
    spread_element                        | Expression                 | Other
    subscript_expression                  | Expression                 | Other
    computed_property_name                | Expression                 | Other
    optional_chain                        | Expression                 | Other

    # Data Type: values
    number                                | Data Type                  | Numeric
    string                                | Data Type                  | String
    # A string statement is a directive prologue such as 'use strict'
    string in expression_statement        | Modifier and Attribute     | Other Modifiers
    string_fragment                       | Data Type                  | String
    escape_sequence                       | Data Type                  | String
    html_character_reference              | Data Type                  | String
    html_character_reference in jsx_element | Special Language Structure | JSX
    template_string                       | Data Type                  | String
    template_substitution                 | Data Type                  | String
    true                                  | Data Type                  | Boolean
    false                                 | Data Type                  | Boolean
    null                                  | Data Type                  | Special Value
    undefined                             | Data Type                  | Special Value
    array                                 | Data Type                  | Composite Type
    object                                | Data Type                  | Composite Type
    pair                                  | Data Type                  | Composite Type

    # Data Type: types
    type_annotation                       | Data Type                  | Primitive Type  # `: T`, as Python's `type`
    predefined_type                       | Data Type                  | Primitive Type  # string, number, any, void …
    literal_type                          | Data Type                  | Primitive Type
    type_identifier                       | Data Type                  | Composite Type  # a named (user-defined) type
    type_identifier in class_declaration.name | Declaration and Definition | Class
    type_identifier in abstract_class_declaration.name | Declaration and Definition | Class
    type_identifier in class.name         | Declaration and Definition | Class
    type_identifier in interface_declaration.name | Declaration and Definition | Class
    type_identifier in type_alias_declaration.name | Declaration and Definition | Class
    type_identifier in generic_type.name  | Data Type                  | Generic
    type_identifier in type_parameter.name | Data Type                  | Generic
    type_identifier in mapped_type_clause.name | Data Type                  | Generic
    type_identifier in infer_type         | Data Type                  | Generic
    nested_type_identifier                | Data Type                  | Composite Type  # `ns.Type`
    this_type                             | Data Type                  | Composite Type
    object_type                           | Data Type                  | Composite Type
    array_type                            | Data Type                  | Composite Type
    tuple_type                            | Data Type                  | Composite Type
    union_type                            | Data Type                  | Composite Type
    intersection_type                     | Data Type                  | Composite Type
    function_type                         | Data Type                  | Composite Type
    constructor_type                      | Data Type                  | Composite Type
    parenthesized_type                    | Data Type                  | Composite Type
    readonly_type                         | Data Type                  | Composite Type
    optional_type                         | Data Type                  | Composite Type
    rest_type                             | Data Type                  | Composite Type
    flow_maybe_type                       | Data Type                  | Composite Type
    type_query                            | Data Type                  | Composite Type  # `typeof x` in a type
    template_literal_type                 | Data Type                  | String
    template_type                         | Data Type                  | String
    generic_type                          | Data Type                  | Generic
    type_arguments                        | Data Type                  | Generic
    type_arguments in type_assertion      | Expression                 | Type Casting  # `<T>x`
    type_parameters                       | Data Type                  | Generic
    type_parameter                        | Data Type                  | Generic
    constraint                            | Data Type                  | Generic
    default_type                          | Data Type                  | Generic
    infer_type                            | Data Type                  | Generic
    conditional_type                      | Data Type                  | Generic
    mapped_type_clause                    | Data Type                  | Generic
    index_type_query                      | Data Type                  | Generic  # `keyof T`
    lookup_type                           | Data Type                  | Generic  # `T[K]`
    existential_type                      | Data Type                  | Generic  # Flow's `*`
    adding_type_annotation                | Data Type                  | Generic  # `+?:` in a mapped type
    omitting_type_annotation              | Data Type                  | Generic  # `-?:` in a mapped type
    opting_type_annotation                | Data Type                  | Generic  # `?:` in a mapped type
    instantiation_expression              | Data Type                  | Generic  # `f<T>` without a call
    type_predicate                        | Data Type                  | Boolean  # `x is T`: a boolean type guard
    type_predicate_annotation             | Data Type                  | Boolean
    asserts                               | Data Type                  | Boolean
    asserts_annotation                    | Data Type                  | Boolean

    # Statement
    expression_statement                  | Statement                  | Expression Statement
    statement_block                       | Statement                  | Compound Statement
    empty_statement                       | Statement                  | Other
    debugger_statement                    | Statement                  | Other
    with_statement                        | Statement                  | Other

    # Modifier and Attribute
    decorator                             | Modifier and Attribute     | Attribute/Annotation
    accessibility_modifier                | Modifier and Attribute     | Access Modifiers
    override_modifier                     | Modifier and Attribute     | Other Modifiers
    # Property access: the paper labels `position.y` (TypeScript) Modifier and Attribute
    member_expression                     | Modifier and Attribute     | Attribute/Annotation
    member_expression in call_expression.function | Expression                 | Function Call
    member_expression in new_expression.constructor | Expression                 | Object Creation
    member_expression in decorator        | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation (one `comment` type for //, /* */ and /** */: TSDoc sits between declarations)
    comment                               | Comments and Documentation | Single-line Comment
    comment in program                    | Comments and Documentation | Multi-line Comment
    comment in class_body                 | Comments and Documentation | Multi-line Comment
    html_comment                          | Comments and Documentation | Single-line Comment

    # Identifier and Scope
    identifier                            | Identifier and Scope       | Identifier
    identifier in function_declaration.name | Declaration and Definition | Function
    identifier in generator_function_declaration.name | Declaration and Definition | Function
    identifier in function_signature.name | Declaration and Definition | Function
    identifier in function_expression.name | Declaration and Definition | Function
    identifier in generator_function.name | Declaration and Definition | Function
    identifier in enum_declaration.name   | Declaration and Definition | Class
    identifier in internal_module.name    | Program Structure          | Namespace
    identifier in module.name             | Program Structure          | Namespace
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
    identifier in instantiation_expression | Expression                 | Function Call
    identifier in new_expression.constructor | Expression                 | Object Creation
    identifier in decorator               | Modifier and Attribute     | Attribute/Annotation
    identifier in nested_type_identifier.module | Identifier and Scope       | Qualified Name
    # `A.B` in namespace names and import aliases
    nested_identifier                     | Identifier and Scope       | Qualified Name
    nested_identifier in internal_module.name | Program Structure          | Namespace
    nested_identifier in module.name      | Program Structure          | Namespace
    property_identifier                   | Identifier and Scope       | Identifier
    property_identifier in method_definition.name | Declaration and Definition | Function
    property_identifier in method_signature.name | Declaration and Definition | Function
    property_identifier in abstract_method_signature.name | Declaration and Definition | Function
    property_identifier in public_field_definition.name | Declaration and Definition | Variable
    property_identifier in property_signature.name | Declaration and Definition | Variable
    property_identifier in enum_body.name | Declaration and Definition | Variable
    property_identifier in enum_assignment.name | Declaration and Definition | Variable
    property_identifier in jsx_attribute  | Special Language Structure | JSX
    private_property_identifier           | Identifier and Scope       | Identifier
    private_property_identifier in method_definition.name | Declaration and Definition | Function
    private_property_identifier in public_field_definition.name | Declaration and Definition | Variable
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
