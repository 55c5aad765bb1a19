extension LabelTables {
    // C++: tree-sitter-cpp @ e5cea0ec884c (language pack 0.10.0). Format: see LabelTable.swift.
    static let cpp = """
    # Additions
    + Program Structure | Linkage | `extern "C" { … }` is neither a namespace nor an include; named as in C's taxonomy
    + Declaration and Definition | Type Definition | typedef and `using X = …` declare neither a class, a function nor a variable; named as in C's taxonomy
    + Preprocessing Directive | Other | pragma, error and line directives are neither conditional compilation nor macro definitions; named as in C's taxonomy
    + Special Language Structure | Inline Assembly | GNU `asm(…)` fits no C++ entry; named as in C's taxonomy

    # Program Structure
    translation_unit                          | Program Structure          | Program Entry
    preproc_include                           | Program Structure          | Import/Include
    system_lib_string                         | Program Structure          | Import/Include
    using_declaration                         | Program Structure          | Import/Include
    import_declaration                        | Program Structure          | Import/Include
    namespace_definition                      | Program Structure          | Namespace
    namespace_alias_definition                | Program Structure          | Namespace
    nested_namespace_specifier                | Program Structure          | Namespace
    declaration_list                          | Program Structure          | Namespace  # a namespace body
    declaration_list in linkage_specification | Program Structure          | Linkage
    linkage_specification                     | Program Structure          | Linkage
    module_declaration                        | Program Structure          | Namespace
    module_name                               | Program Structure          | Namespace
    module_name in import_declaration         | Program Structure          | Import/Include
    module_partition                          | Program Structure          | Namespace
    module_partition in import_declaration    | Program Structure          | Import/Include
    global_module_fragment_declaration        | Program Structure          | Namespace
    private_module_fragment_declaration       | Program Structure          | Namespace

    # Declaration and Definition
    class_specifier                                           | Declaration and Definition | Class  # a definition; uses below are types
    struct_specifier                                          | Declaration and Definition | Class
    union_specifier                                           | Declaration and Definition | Class
    enum_specifier                                            | Declaration and Definition | Class
    field_declaration_list                                    | Declaration and Definition | Class
    base_class_clause                                         | Declaration and Definition | Class
    enumerator_list                                           | Declaration and Definition | Class
    enumerator                                                | Declaration and Definition | Variable
    field_declaration                                         | Declaration and Definition | Variable
    bitfield_clause                                           | Declaration and Definition | Variable
    field_initializer_list                                    | Declaration and Definition | Variable
    field_initializer                                         | Declaration and Definition | Variable
    function_definition                                       | Declaration and Definition | Function
    function_declarator                                       | Declaration and Definition | Function
    function_declarator within field_declaration              | Declaration and Definition | Function
    function_declarator within parameter_declaration          | Declaration and Definition | Function
    function_declarator within type_definition                | Declaration and Definition | Type Definition
    template_declaration                                      | Declaration and Definition | Function  # a function or a class template: the rule cannot see which
    template_declaration in field_declaration_list            | Declaration and Definition | Function
    operator_name                                             | Declaration and Definition | Function
    operator_cast                                             | Declaration and Definition | Function
    destructor_name                                           | Declaration and Definition | Function
    parameter_list                                            | Declaration and Definition | Function
    parameter_list in catch_clause                            | Control Flow Structure     | Exception Handling
    parameter_list in lambda_declarator                       | Special Language Structure | Lambda Expression
    parameter_list in requires_expression                     | Data Type                  | Generic
    parameter_declaration                                     | Declaration and Definition | Variable
    parameter_declaration in template_parameter_list          | Data Type                  | Generic
    optional_parameter_declaration                            | Declaration and Definition | Variable
    optional_parameter_declaration in template_parameter_list | Data Type                  | Generic
    variadic_parameter_declaration                            | Declaration and Definition | Variable
    variadic_parameter_declaration in template_parameter_list | Data Type                  | Generic
    declaration                                               | Declaration and Definition | Variable
    declaration in preproc_ifdef                              | Declaration and Definition | Function  # file scope of a header (include guard): prototypes
    declaration in linkage_specification                      | Declaration and Definition | Function
    declaration in declaration_list                           | Declaration and Definition | Function  # namespace or extern "C" scope: mostly prototypes
    init_declarator                                           | Declaration and Definition | Variable
    init_statement                                            | Declaration and Definition | Variable
    structured_binding_declarator                             | Declaration and Definition | Variable
    variadic_declarator                                       | Declaration and Definition | Variable
    pointer_declarator                                        | Declaration and Definition | Variable
    pointer_declarator in function_definition.declarator      | Declaration and Definition | Function
    pointer_declarator within field_declaration               | Declaration and Definition | Variable
    pointer_declarator within parameter_declaration           | Declaration and Definition | Variable
    pointer_declarator within type_definition                 | Declaration and Definition | Type Definition
    reference_declarator                                      | Declaration and Definition | Variable
    reference_declarator in function_definition.declarator    | Declaration and Definition | Function
    reference_declarator within field_declaration             | Declaration and Definition | Variable
    reference_declarator within parameter_declaration         | Declaration and Definition | Variable
    reference_declarator within type_definition               | Declaration and Definition | Type Definition
    array_declarator                                          | Declaration and Definition | Variable
    array_declarator within field_declaration                 | Declaration and Definition | Variable
    array_declarator within parameter_declaration             | Declaration and Definition | Variable
    array_declarator within type_definition                   | Declaration and Definition | Type Definition
    parenthesized_declarator                                  | Declaration and Definition | Variable
    parenthesized_declarator within field_declaration         | Declaration and Definition | Variable
    parenthesized_declarator within parameter_declaration     | Declaration and Definition | Variable
    parenthesized_declarator within type_definition           | Declaration and Definition | Type Definition
    type_definition                                           | Declaration and Definition | Type Definition
    alias_declaration                                         | Declaration and Definition | Type Definition
    assignment_expression                                     | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                                       | Control Flow Structure     | Conditional
    else_clause                                        | Control Flow Structure     | Conditional
    switch_statement                                   | Control Flow Structure     | Conditional
    case_statement                                     | Control Flow Structure     | Conditional
    conditional_expression                             | Control Flow Structure     | Conditional
    condition_clause                                   | Control Flow Structure     | Conditional
    condition_clause in while_statement                | Control Flow Structure     | Loop
    parenthesized_expression in do_statement.condition | Control Flow Structure     | Loop
    for_statement                                      | Control Flow Structure     | Loop
    for_range_loop                                     | Control Flow Structure     | Loop
    while_statement                                    | Control Flow Structure     | Loop
    do_statement                                       | Control Flow Structure     | Loop
    break_statement                                    | Control Flow Structure     | Jump
    continue_statement                                 | Control Flow Structure     | Jump
    return_statement                                   | Control Flow Structure     | Jump
    goto_statement                                     | Control Flow Structure     | Jump
    labeled_statement                                  | Control Flow Structure     | Jump  # a goto target
    statement_identifier                               | Control Flow Structure     | Jump
    try_statement                                      | Control Flow Structure     | Exception Handling
    catch_clause                                       | Control Flow Structure     | Exception Handling
    throw_statement                                    | Control Flow Structure     | Exception Handling
    seh_try_statement                                  | Control Flow Structure     | Exception Handling
    seh_except_clause                                  | Control Flow Structure     | Exception Handling
    seh_finally_clause                                 | Control Flow Structure     | Exception Handling
    seh_leave_statement                                | Control Flow Structure     | Jump

    # Expression
    binary_expression                                                 | Expression                 | Arithmetic Operation  # the operator is not visible to a rule
    binary_expression in condition_clause.value                       | Expression                 | Logical Operation
    binary_expression in for_statement.condition                      | Expression                 | Logical Operation
    binary_expression in conditional_expression.condition             | Expression                 | Logical Operation
    binary_expression in parenthesized_expression within do_statement | Expression                 | Logical Operation
    binary_expression in preproc_if.condition                         | Preprocessing Directive    | Conditional Compilation
    binary_expression in preproc_elif.condition                       | Preprocessing Directive    | Conditional Compilation
    unary_expression                                                  | Expression                 | Logical Operation  # mostly `!x`; a negative literal is a number_literal
    unary_expression in preproc_if.condition                          | Preprocessing Directive    | Conditional Compilation
    unary_expression in preproc_elif.condition                        | Preprocessing Directive    | Conditional Compilation
    update_expression                                                 | Expression                 | Arithmetic Operation
    fold_expression                                                   | Expression                 | Other
    call_expression                                                   | Expression                 | Function Call
    call_expression within attribute_specifier                        | Modifier and Attribute     | Attribute/Annotation
    call_expression in preproc_include.path                           | Program Structure          | Import/Include
    call_expression in preproc_if.condition                           | Preprocessing Directive    | Conditional Compilation
    call_expression in preproc_elif.condition                         | Preprocessing Directive    | Conditional Compilation
    argument_list                                                     | Expression                 | Function Call
    argument_list in init_declarator.value                            | Expression                 | Object Creation  # `Point p(1, 2);`
    argument_list in new_expression.arguments                         | Expression                 | Object Creation
    argument_list in field_initializer                                | Declaration and Definition | Variable
    argument_list within attribute_specifier                          | Modifier and Attribute     | Attribute/Annotation
    argument_list within attribute_declaration                        | Modifier and Attribute     | Attribute/Annotation
    argument_list in ms_based_modifier                                | Modifier and Attribute     | Other Modifiers
    template_function                                                 | Expression                 | Function Call  # `make<T>`, nearly always called
    template_function in function_declarator.declarator               | Declaration and Definition | Function
    template_method                                                   | Expression                 | Function Call
    new_expression                                                    | Expression                 | Object Creation
    new_declarator                                                    | Expression                 | Object Creation
    delete_expression                                                 | Expression                 | Other
    compound_literal_expression                                       | Expression                 | Object Creation
    cast_expression                                                   | Expression                 | Type Casting
    pointer_expression                                                | Expression                 | Other
    subscript_expression                                              | Expression                 | Other
    subscript_argument_list                                           | Expression                 | Other
    parenthesized_expression                                          | Expression                 | Other
    parenthesized_expression in preproc_if.condition                  | Preprocessing Directive    | Conditional Compilation
    parenthesized_expression in preproc_elif.condition                | Preprocessing Directive    | Conditional Compilation
    comma_expression                                                  | Expression                 | Other
    sizeof_expression                                                 | Expression                 | Other
    alignof_expression                                                | Expression                 | Other
    offsetof_expression                                               | Expression                 | Other
    generic_expression                                                | Expression                 | Other
    extension_expression                                              | Expression                 | Other
    subscript_designator                                              | Expression                 | Other
    subscript_range_designator                                        | Expression                 | Other

    # Data Type
    primitive_type                                 | Data Type                  | Primitive Type
    sized_type_specifier                           | Data Type                  | Primitive Type
    auto                                           | Data Type                  | Primitive Type
    placeholder_type_specifier                     | Data Type                  | Primitive Type
    type_identifier                                | Data Type                  | Composite Type  # a class or typedef name in use
    type_descriptor                                | Data Type                  | Composite Type
    type_descriptor in template_argument_list      | Data Type                  | Generic
    trailing_return_type                           | Data Type                  | Composite Type
    abstract_pointer_declarator                    | Data Type                  | Composite Type
    abstract_reference_declarator                  | Data Type                  | Composite Type
    abstract_array_declarator                      | Data Type                  | Composite Type
    abstract_function_declarator                   | Data Type                  | Composite Type
    abstract_parenthesized_declarator              | Data Type                  | Composite Type
    pointer_type_declarator                        | Data Type                  | Composite Type
    class_specifier in declaration.type            | Data Type                  | Composite Type
    class_specifier in parameter_declaration.type  | Data Type                  | Composite Type
    class_specifier in type_descriptor.type        | Data Type                  | Composite Type
    class_specifier in function_definition.type    | Data Type                  | Composite Type
    struct_specifier in declaration.type           | Data Type                  | Composite Type
    struct_specifier in parameter_declaration.type | Data Type                  | Composite Type
    struct_specifier in type_descriptor.type       | Data Type                  | Composite Type
    struct_specifier in function_definition.type   | Data Type                  | Composite Type
    union_specifier in declaration.type            | Data Type                  | Composite Type
    union_specifier in parameter_declaration.type  | Data Type                  | Composite Type
    union_specifier in type_descriptor.type        | Data Type                  | Composite Type
    union_specifier in function_definition.type    | Data Type                  | Composite Type
    enum_specifier in declaration.type             | Data Type                  | Composite Type
    enum_specifier in parameter_declaration.type   | Data Type                  | Composite Type
    enum_specifier in type_descriptor.type         | Data Type                  | Composite Type
    enum_specifier in function_definition.type     | Data Type                  | Composite Type
    qualified_identifier in *.type                 | Data Type                  | Composite Type
    template_type                                  | Data Type                  | Generic
    template_type in class_specifier.name          | Declaration and Definition | Class
    template_type in struct_specifier.name         | Declaration and Definition | Class
    template_argument_list                         | Data Type                  | Generic
    template_parameter_list                        | Data Type                  | Generic
    type_parameter_declaration                     | Data Type                  | Generic
    optional_type_parameter_declaration            | Data Type                  | Generic
    variadic_type_parameter_declaration            | Data Type                  | Generic
    template_template_parameter_declaration        | Data Type                  | Generic
    template_instantiation                         | Data Type                  | Generic
    parameter_pack_expansion                       | Data Type                  | Generic
    dependent_type                                 | Data Type                  | Generic
    dependent_name                                 | Data Type                  | Generic
    decltype                                       | Data Type                  | Generic
    concept_definition                             | Data Type                  | Generic
    requires_clause                                | Data Type                  | Generic
    requires_expression                            | Data Type                  | Generic
    requirement_seq                                | Data Type                  | Generic
    simple_requirement                             | Data Type                  | Generic
    type_requirement                               | Data Type                  | Generic
    compound_requirement                           | Data Type                  | Generic
    constraint_conjunction                         | Data Type                  | Generic
    constraint_disjunction                         | Data Type                  | Generic
    initializer_list                               | Data Type                  | Composite Type
    initializer_pair                               | Data Type                  | Composite Type
    number_literal                                 | Data Type                  | Numeric
    number_literal in preproc_if.condition         | Preprocessing Directive    | Conditional Compilation
    number_literal in preproc_elif.condition       | Preprocessing Directive    | Conditional Compilation
    user_defined_literal                           | Data Type                  | Numeric
    literal_suffix                                 | Data Type                  | Numeric
    string_literal                                 | Data Type                  | String
    string_literal in preproc_include.path         | Program Structure          | Import/Include
    string_literal in import_declaration.header    | Program Structure          | Import/Include
    string_literal in linkage_specification.value  | Program Structure          | Linkage
    string_literal within gnu_asm_expression       | Special Language Structure | Inline Assembly
    concatenated_string                            | Data Type                  | String
    concatenated_string within gnu_asm_expression  | Special Language Structure | Inline Assembly
    raw_string_literal                             | Data Type                  | String
    raw_string_content                             | Data Type                  | String
    raw_string_delimiter                           | Data Type                  | String
    string_content                                 | Data Type                  | String
    string_content within preproc_include          | Program Structure          | Import/Include
    string_content within gnu_asm_expression       | Special Language Structure | Inline Assembly
    escape_sequence                                | Data Type                  | String
    char_literal                                   | Data Type                  | String
    character                                      | Data Type                  | String
    true                                           | Data Type                  | Boolean
    false                                          | Data Type                  | Boolean
    null                                           | Data Type                  | Special Value

    # Statement
    expression_statement      | Statement                  | Expression Statement
    compound_statement        | Statement                  | Compound Statement
    static_assert_declaration | Statement                  | Other Statement

    # Modifier and Attribute
    access_specifier            | Modifier and Attribute     | Access Modifiers
    friend_declaration          | Modifier and Attribute     | Access Modifiers
    export_declaration          | Modifier and Attribute     | Access Modifiers
    storage_class_specifier     | Modifier and Attribute     | Other Modifiers
    type_qualifier              | Modifier and Attribute     | Other Modifiers
    alignas_qualifier           | Modifier and Attribute     | Other Modifiers
    virtual_specifier           | Modifier and Attribute     | Other Modifiers
    explicit_function_specifier | Modifier and Attribute     | Other Modifiers
    ref_qualifier               | Modifier and Attribute     | Other Modifiers
    noexcept                    | Modifier and Attribute     | Other Modifiers
    throw_specifier             | Modifier and Attribute     | Other Modifiers
    pure_virtual_clause         | Modifier and Attribute     | Other Modifiers
    default_method_clause       | Modifier and Attribute     | Other Modifiers
    delete_method_clause        | Modifier and Attribute     | Other Modifiers
    ms_call_modifier            | Modifier and Attribute     | Other Modifiers
    ms_based_modifier           | Modifier and Attribute     | Other Modifiers
    ms_pointer_modifier         | Modifier and Attribute     | Other Modifiers
    ms_restrict_modifier        | Modifier and Attribute     | Other Modifiers
    ms_unaligned_ptr_modifier   | Modifier and Attribute     | Other Modifiers
    ms_signed_ptr_modifier      | Modifier and Attribute     | Other Modifiers
    ms_unsigned_ptr_modifier    | Modifier and Attribute     | Other Modifiers
    attribute_specifier         | Modifier and Attribute     | Attribute/Annotation
    attribute_declaration       | Modifier and Attribute     | Attribute/Annotation
    attribute                   | Modifier and Attribute     | Attribute/Annotation
    attributed_statement        | Modifier and Attribute     | Attribute/Annotation
    attributed_declarator       | Modifier and Attribute     | Attribute/Annotation
    ms_declspec_modifier        | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation
    comment                           | Comments and Documentation | Single-line Comment  # `//` and `/* */` share one node type
    comment in field_declaration_list | Comments and Documentation | Documentation Comment  # member documentation in a class body
    comment in enumerator_list        | Comments and Documentation | Documentation Comment

    # Preprocessing Directive
    preproc_def                 | Preprocessing Directive    | Macro Definition
    preproc_function_def        | Preprocessing Directive    | Macro Definition
    preproc_params              | Preprocessing Directive    | Macro Definition
    preproc_arg                 | Preprocessing Directive    | Macro Definition
    preproc_arg in preproc_call | Preprocessing Directive    | Other
    preproc_if                  | Preprocessing Directive    | Conditional Compilation
    preproc_ifdef               | Preprocessing Directive    | Conditional Compilation
    preproc_elif                | Preprocessing Directive    | Conditional Compilation
    preproc_elifdef             | Preprocessing Directive    | Conditional Compilation
    preproc_else                | Preprocessing Directive    | Conditional Compilation
    preproc_defined             | Preprocessing Directive    | Conditional Compilation
    preproc_call                | Preprocessing Directive    | Other  # #pragma once, #error, #line, #undef …
    preproc_directive           | Preprocessing Directive    | Other

    # Identifier and Scope
    identifier                                                                             | Identifier and Scope       | Identifier
    this                                                                                   | Identifier and Scope       | Identifier
    identifier within attribute_specifier                                                  | Modifier and Attribute     | Attribute/Annotation
    identifier within attribute_declaration                                                | Modifier and Attribute     | Attribute/Annotation
    identifier in ms_declspec_modifier                                                     | Modifier and Attribute     | Attribute/Annotation
    identifier in function_declarator.declarator                                           | Declaration and Definition | Function
    identifier in qualified_identifier.name within function_declarator                     | Declaration and Definition | Function  # `Shape::area` defined
    identifier in destructor_name                                                          | Declaration and Definition | Function
    identifier in operator_name                                                            | Declaration and Definition | Function
    identifier in template_function.name within function_declarator                        | Declaration and Definition | Function
    identifier in call_expression.function                                                 | Expression                 | Function Call
    identifier in init_declarator.declarator                                               | Declaration and Definition | Variable
    identifier in declaration.declarator                                                   | Declaration and Definition | Variable
    identifier in pointer_declarator.declarator                                            | Declaration and Definition | Variable
    identifier in reference_declarator                                                     | Declaration and Definition | Variable
    identifier in array_declarator.declarator                                              | Declaration and Definition | Variable
    identifier in parenthesized_declarator                                                 | Declaration and Definition | Variable
    identifier in attributed_declarator                                                    | Declaration and Definition | Variable
    identifier in structured_binding_declarator                                            | Declaration and Definition | Variable
    identifier in variadic_declarator                                                      | Declaration and Definition | Variable
    identifier in for_range_loop.declarator                                                | Declaration and Definition | Variable
    identifier in parameter_declaration.declarator within template_parameter_list          | Data Type                  | Generic
    identifier in optional_parameter_declaration.declarator within template_parameter_list | Data Type                  | Generic
    identifier in parameter_declaration.declarator                                         | Declaration and Definition | Variable
    identifier in optional_parameter_declaration.declarator                                | Declaration and Definition | Variable
    identifier in lambda_capture_initializer.left                                          | Declaration and Definition | Variable
    identifier in enumerator.name                                                          | Declaration and Definition | Variable
    identifier in concept_definition.name                                                  | Data Type                  | Generic
    identifier in using_declaration                                                        | Program Structure          | Import/Include
    identifier in module_name                                                              | Program Structure          | Namespace
    identifier in module_name within import_declaration                                    | Program Structure          | Import/Include
    identifier in preproc_def.name                                                         | Preprocessing Directive    | Macro Definition
    identifier in preproc_function_def.name                                                | Preprocessing Directive    | Macro Definition
    identifier in preproc_params                                                           | Preprocessing Directive    | Macro Definition
    identifier in preproc_ifdef.name                                                       | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elifdef.name                                                     | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_defined                                                          | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_if.condition                                                     | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elif.condition                                                   | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_include.path                                                     | Program Structure          | Import/Include
    identifier in gnu_asm_input_operand.symbol                                             | Special Language Structure | Inline Assembly
    identifier in gnu_asm_output_operand.symbol                                            | Special Language Structure | Inline Assembly
    identifier in gnu_asm_goto_list                                                        | Special Language Structure | Inline Assembly
    qualified_identifier                                                                   | Identifier and Scope       | Qualified Name  # `std::cout`
    qualified_identifier in function_declarator.declarator                                 | Declaration and Definition | Function
    qualified_identifier in call_expression.function                                       | Expression                 | Function Call
    qualified_identifier in init_declarator.declarator                                     | Declaration and Definition | Variable
    qualified_identifier in declaration.declarator                                         | Declaration and Definition | Variable
    qualified_identifier in using_declaration                                              | Program Structure          | Import/Include
    qualified_identifier in base_class_clause                                              | Data Type                  | Composite Type
    qualified_identifier in class_specifier.name                                           | Declaration and Definition | Class
    qualified_identifier in struct_specifier.name                                          | Declaration and Definition | Class
    namespace_identifier                                                                   | Identifier and Scope       | Qualified Name  # the scope in `ns::name`
    namespace_identifier in namespace_definition.name                                      | Program Structure          | Namespace
    namespace_identifier in nested_namespace_specifier                                     | Program Structure          | Namespace
    namespace_identifier in namespace_alias_definition                                     | Program Structure          | Namespace
    field_identifier                                                                       | Identifier and Scope       | Identifier
    field_identifier in field_declaration.declarator                                       | Declaration and Definition | Variable
    field_identifier in function_declarator.declarator                                     | Declaration and Definition | Function
    field_identifier in pointer_declarator.declarator                                      | Declaration and Definition | Variable
    field_identifier in reference_declarator                                               | Declaration and Definition | Variable
    field_identifier in array_declarator.declarator                                        | Declaration and Definition | Variable
    field_identifier in parenthesized_declarator                                           | Declaration and Definition | Variable
    field_identifier in attributed_declarator                                              | Declaration and Definition | Variable
    field_identifier in field_initializer                                                  | Declaration and Definition | Variable
    field_expression                                                                       | Modifier and Attribute     | Attribute/Annotation  # member access: the paper's `position.y` (Fig. 13)
    field_expression in call_expression.function                                           | Expression                 | Function Call
    field_designator                                                                       | Identifier and Scope       | Identifier
    type_identifier in *.declarator                                                        | Declaration and Definition | Type Definition  # the name a typedef declares
    type_identifier in parenthesized_declarator                                            | Declaration and Definition | Type Definition
    type_identifier in attributed_declarator                                               | Declaration and Definition | Type Definition
    type_identifier in alias_declaration.name                                              | Declaration and Definition | Type Definition
    type_identifier in template_type.name                                                  | Data Type                  | Generic
    type_identifier in type_parameter_declaration                                          | Data Type                  | Generic
    type_identifier in optional_type_parameter_declaration.name                            | Data Type                  | Generic
    type_identifier in variadic_type_parameter_declaration                                 | Data Type                  | Generic
    type_identifier in parameter_declaration.type within template_parameter_list           | Data Type                  | Generic  # a constraint: `template <Sortable T>`
    type_identifier in class_specifier.name within parameter_declaration                   | Data Type                  | Composite Type
    type_identifier in class_specifier.name within type_descriptor                         | Data Type                  | Composite Type
    type_identifier in class_specifier.name within type_definition                         | Declaration and Definition | Class
    type_identifier in class_specifier.name within declaration                             | Data Type                  | Composite Type
    type_identifier in class_specifier.name within function_definition                     | Data Type                  | Composite Type
    type_identifier in class_specifier.name                                                | Declaration and Definition | Class
    type_identifier in struct_specifier.name within parameter_declaration                  | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_descriptor                        | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_definition                        | Declaration and Definition | Class
    type_identifier in struct_specifier.name within declaration                            | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within function_definition                    | Data Type                  | Composite Type
    type_identifier in struct_specifier.name                                               | Declaration and Definition | Class
    type_identifier in union_specifier.name within parameter_declaration                   | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_descriptor                         | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_definition                         | Declaration and Definition | Class
    type_identifier in union_specifier.name within declaration                             | Data Type                  | Composite Type
    type_identifier in union_specifier.name within function_definition                     | Data Type                  | Composite Type
    type_identifier in union_specifier.name                                                | Declaration and Definition | Class
    type_identifier in enum_specifier.name within parameter_declaration                    | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_descriptor                          | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_definition                          | Declaration and Definition | Class
    type_identifier in enum_specifier.name within declaration                              | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within function_definition                      | Data Type                  | Composite Type
    type_identifier in enum_specifier.name                                                 | Declaration and Definition | Class

    # Special Language Structure
    lambda_expression           | Special Language Structure | Lambda Expression
    lambda_capture_specifier    | Special Language Structure | Lambda Expression
    lambda_capture_initializer  | Special Language Structure | Lambda Expression
    lambda_default_capture      | Special Language Structure | Lambda Expression
    lambda_declarator           | Special Language Structure | Lambda Expression
    co_await_expression         | Special Language Structure | Coroutine
    co_return_statement         | Special Language Structure | Coroutine
    co_yield_statement          | Special Language Structure | Coroutine
    gnu_asm_expression          | Special Language Structure | Inline Assembly
    gnu_asm_qualifier           | Special Language Structure | Inline Assembly
    gnu_asm_output_operand_list | Special Language Structure | Inline Assembly
    gnu_asm_output_operand      | Special Language Structure | Inline Assembly
    gnu_asm_input_operand_list  | Special Language Structure | Inline Assembly
    gnu_asm_input_operand       | Special Language Structure | Inline Assembly
    gnu_asm_clobber_list        | Special Language Structure | Inline Assembly
    gnu_asm_goto_list           | Special Language Structure | Inline Assembly
    """
}
