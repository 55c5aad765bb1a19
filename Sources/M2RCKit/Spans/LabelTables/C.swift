extension LabelTables {
    // C: tree-sitter-c @ 2a265d69a4ca (language pack 0.10.0). Format: see LabelTable.swift.
    static let c = """
    # Additions
    + Control Flow Structure | Exception Handling | MSVC structured exception handling (__try/__except/__finally) has no C entry; named as in C++

    # Program Structure
    translation_unit      | Program Structure          | Program Entry
    preproc_include       | Program Structure          | Import/Include
    system_lib_string     | Program Structure          | Import/Include
    linkage_specification | Program Structure          | Linkage
    declaration_list      | Program Structure          | Linkage  # only the body of `extern "C" { … }` in C

    # Declaration and Definition
    function_definition                                   | Declaration and Definition | Function
    function_declarator                                   | Declaration and Definition | Function
    function_declarator within field_declaration          | Declaration and Definition | Function
    function_declarator within parameter_declaration      | Declaration and Definition | Function
    function_declarator within type_definition            | Declaration and Definition | Type Definition
    parameter_list                                        | Declaration and Definition | Function
    parameter_declaration                                 | Declaration and Definition | Variable
    variadic_parameter                                    | Declaration and Definition | Variable
    declaration                                           | Declaration and Definition | Variable
    declaration in preproc_ifdef                          | Declaration and Definition | Function  # file scope of a header (include guard): prototypes
    declaration in linkage_specification                  | Declaration and Definition | Function
    declaration in declaration_list                       | Declaration and Definition | Function
    init_declarator                                       | Declaration and Definition | Variable
    pointer_declarator                                    | Declaration and Definition | Variable
    pointer_declarator in function_definition.declarator  | Declaration and Definition | Function
    pointer_declarator within field_declaration           | Declaration and Definition | Variable
    pointer_declarator within parameter_declaration       | Declaration and Definition | Variable
    pointer_declarator within type_definition             | Declaration and Definition | Type Definition
    array_declarator                                      | Declaration and Definition | Variable
    array_declarator within field_declaration             | Declaration and Definition | Variable
    array_declarator within parameter_declaration         | Declaration and Definition | Variable
    array_declarator within type_definition               | Declaration and Definition | Type Definition
    parenthesized_declarator                              | Declaration and Definition | Variable
    parenthesized_declarator within field_declaration     | Declaration and Definition | Variable
    parenthesized_declarator within parameter_declaration | Declaration and Definition | Variable
    parenthesized_declarator within type_definition       | Declaration and Definition | Type Definition
    type_definition                                       | Declaration and Definition | Type Definition
    struct_specifier                                      | Declaration and Definition | Structure  # a definition; uses below are types
    union_specifier                                       | Declaration and Definition | Union
    enum_specifier                                        | Declaration and Definition | Enum
    field_declaration_list                                | Declaration and Definition | Structure
    field_declaration_list in union_specifier             | Declaration and Definition | Union
    field_declaration                                     | Declaration and Definition | Variable
    bitfield_clause                                       | Declaration and Definition | Variable
    enumerator_list                                       | Declaration and Definition | Enum
    enumerator                                            | Declaration and Definition | Enum
    assignment_expression                                 | Declaration and Definition | Variable

    # Control Flow Structure
    if_statement                                           | Control Flow Structure     | Conditional
    else_clause                                            | Control Flow Structure     | Conditional
    switch_statement                                       | Control Flow Structure     | Conditional
    case_statement                                         | Control Flow Structure     | Conditional
    conditional_expression                                 | Control Flow Structure     | Conditional
    parenthesized_expression in if_statement.condition     | Control Flow Structure     | Conditional
    parenthesized_expression in switch_statement.condition | Control Flow Structure     | Conditional
    parenthesized_expression in while_statement.condition  | Control Flow Structure     | Loop
    parenthesized_expression in do_statement.condition     | Control Flow Structure     | Loop
    for_statement                                          | Control Flow Structure     | Loop
    while_statement                                        | Control Flow Structure     | Loop
    do_statement                                           | Control Flow Structure     | Loop
    break_statement                                        | Control Flow Structure     | Jump
    continue_statement                                     | Control Flow Structure     | Jump
    return_statement                                       | Control Flow Structure     | Jump
    goto_statement                                         | Control Flow Structure     | Jump
    labeled_statement                                      | Control Flow Structure     | Label
    statement_identifier                                   | Control Flow Structure     | Label
    statement_identifier in goto_statement.label           | Control Flow Structure     | Jump
    seh_try_statement                                      | Control Flow Structure     | Exception Handling
    seh_except_clause                                      | Control Flow Structure     | Exception Handling
    seh_finally_clause                                     | Control Flow Structure     | Exception Handling
    seh_leave_statement                                    | Control Flow Structure     | Jump

    # Expression
    binary_expression                                     | Expression                 | Arithmetic Operation  # the operator is not visible to a rule
    binary_expression in parenthesized_expression         | Expression                 | Logical Operation  # mostly the condition of an if/while/do
    binary_expression in for_statement.condition          | Expression                 | Logical Operation
    binary_expression in conditional_expression.condition | Expression                 | Logical Operation
    binary_expression in preproc_if.condition             | Preprocessing Directive    | Conditional Compilation
    binary_expression in preproc_elif.condition           | Preprocessing Directive    | Conditional Compilation
    unary_expression                                      | Expression                 | Logical Operation  # mostly `!x`; a negative literal is a number_literal
    unary_expression in preproc_if.condition              | Preprocessing Directive    | Conditional Compilation
    unary_expression in preproc_elif.condition            | Preprocessing Directive    | Conditional Compilation
    update_expression                                     | Expression                 | Arithmetic Operation
    call_expression                                       | Expression                 | Function Call
    call_expression within attribute_specifier            | Modifier and Attribute     | Attribute/Annotation
    call_expression in preproc_include.path               | Program Structure          | Import/Include
    call_expression in preproc_if.condition               | Preprocessing Directive    | Conditional Compilation
    call_expression in preproc_elif.condition             | Preprocessing Directive    | Conditional Compilation
    argument_list                                         | Expression                 | Function Call
    argument_list within attribute_specifier              | Modifier and Attribute     | Attribute/Annotation
    argument_list within attribute_declaration            | Modifier and Attribute     | Attribute/Annotation
    argument_list in ms_based_modifier                    | Data Type                  | Modifiers
    cast_expression                                       | Expression                 | Type Casting
    compound_literal_expression                           | Expression                 | Object Creation
    pointer_expression                                    | Expression                 | Other
    subscript_expression                                  | Expression                 | Other
    parenthesized_expression                              | Expression                 | Other
    parenthesized_expression in preproc_if.condition      | Preprocessing Directive    | Conditional Compilation
    parenthesized_expression in preproc_elif.condition    | Preprocessing Directive    | Conditional Compilation
    comma_expression                                      | Expression                 | Other
    sizeof_expression                                     | Expression                 | Other
    alignof_expression                                    | Expression                 | Other
    offsetof_expression                                   | Expression                 | Other
    generic_expression                                    | Expression                 | Other
    extension_expression                                  | Expression                 | Other
    subscript_designator                                  | Expression                 | Other
    subscript_range_designator                            | Expression                 | Other

    # Data Type
    primitive_type                                 | Data Type                  | Primitive Type
    sized_type_specifier                           | Data Type                  | Primitive Type
    type_identifier                                | Data Type                  | Composite Type  # a typedef name in use
    type_descriptor                                | Data Type                  | Composite Type
    macro_type_specifier                           | Data Type                  | Composite Type
    abstract_pointer_declarator                    | Data Type                  | Composite Type
    abstract_array_declarator                      | Data Type                  | Composite Type
    abstract_function_declarator                   | Data Type                  | Composite Type
    abstract_parenthesized_declarator              | Data Type                  | Composite Type
    struct_specifier in declaration.type           | Data Type                  | Composite Type
    struct_specifier in field_declaration.type     | Data Type                  | Composite Type
    struct_specifier in parameter_declaration.type | Data Type                  | Composite Type
    struct_specifier in type_descriptor.type       | Data Type                  | Composite Type
    struct_specifier in function_definition.type   | Data Type                  | Composite Type
    union_specifier in declaration.type            | Data Type                  | Composite Type
    union_specifier in field_declaration.type      | Data Type                  | Composite Type
    union_specifier in parameter_declaration.type  | Data Type                  | Composite Type
    union_specifier in type_descriptor.type        | Data Type                  | Composite Type
    union_specifier in function_definition.type    | Data Type                  | Composite Type
    enum_specifier in declaration.type             | Data Type                  | Composite Type
    enum_specifier in field_declaration.type       | Data Type                  | Composite Type
    enum_specifier in parameter_declaration.type   | Data Type                  | Composite Type
    enum_specifier in type_descriptor.type         | Data Type                  | Composite Type
    enum_specifier in function_definition.type     | Data Type                  | Composite Type
    initializer_list                               | Data Type                  | Composite Type
    initializer_pair                               | Data Type                  | Composite Type
    type_qualifier                                 | Data Type                  | Modifiers
    alignas_qualifier                              | Data Type                  | Modifiers
    ms_based_modifier                              | Data Type                  | Modifiers
    ms_pointer_modifier                            | Data Type                  | Modifiers
    ms_restrict_modifier                           | Data Type                  | Modifiers
    ms_unaligned_ptr_modifier                      | Data Type                  | Modifiers
    ms_signed_ptr_modifier                         | Data Type                  | Modifiers
    ms_unsigned_ptr_modifier                       | Data Type                  | Modifiers
    number_literal                                 | Data Type                  | Numeric
    number_literal in preproc_if.condition         | Preprocessing Directive    | Conditional Compilation
    number_literal in preproc_elif.condition       | Preprocessing Directive    | Conditional Compilation
    string_literal                                 | Data Type                  | String
    string_literal in preproc_include.path         | Program Structure          | Import/Include
    string_literal in linkage_specification.value  | Program Structure          | Linkage
    string_literal within gnu_asm_expression       | Special Language Structure | Inline Assembly
    concatenated_string                            | Data Type                  | String
    concatenated_string within gnu_asm_expression  | Special Language Structure | Inline Assembly
    string_content                                 | Data Type                  | String
    string_content within preproc_include          | Program Structure          | Import/Include
    string_content within gnu_asm_expression       | Special Language Structure | Inline Assembly
    escape_sequence                                | Data Type                  | String
    escape_sequence in char_literal                | Data Type                  | Character
    char_literal                                   | Data Type                  | Character
    character                                      | Data Type                  | Character
    true                                           | Data Type                  | Boolean
    false                                          | Data Type                  | Boolean
    null                                           | Data Type                  | Special Value

    # Statement
    expression_statement | Statement                  | Expression Statement
    compound_statement   | Statement                  | Compound Statement

    # Modifier and Attribute
    storage_class_specifier | Modifier and Attribute     | Other Modifiers
    ms_call_modifier        | Modifier and Attribute     | Other Modifiers
    attribute_specifier     | Modifier and Attribute     | Attribute/Annotation
    attribute_declaration   | Modifier and Attribute     | Attribute/Annotation
    attribute               | Modifier and Attribute     | Attribute/Annotation
    attributed_statement    | Modifier and Attribute     | Attribute/Annotation
    attributed_declarator   | Modifier and Attribute     | Attribute/Annotation
    ms_declspec_modifier    | Modifier and Attribute     | Attribute/Annotation

    # Comments and Documentation
    comment | Comments and Documentation | Comment

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
    preproc_call                | Preprocessing Directive    | Other  # #pragma, #error, #line, #undef …
    preproc_directive           | Preprocessing Directive    | Other

    # Identifier and Scope
    identifier                                                            | Identifier and Scope       | Identifier
    identifier within attribute_specifier                                 | Modifier and Attribute     | Attribute/Annotation
    identifier within attribute_declaration                               | Modifier and Attribute     | Attribute/Annotation
    identifier in ms_declspec_modifier                                    | Modifier and Attribute     | Attribute/Annotation
    identifier in function_declarator.declarator                          | Declaration and Definition | Function
    identifier in call_expression.function                                | Expression                 | Function Call
    identifier in init_declarator.declarator                              | Declaration and Definition | Variable
    identifier in declaration.declarator                                  | Declaration and Definition | Variable
    identifier in pointer_declarator.declarator                           | Declaration and Definition | Variable
    identifier in array_declarator.declarator                             | Declaration and Definition | Variable
    identifier in parenthesized_declarator                                | Declaration and Definition | Variable
    identifier in attributed_declarator                                   | Declaration and Definition | Variable
    identifier in parameter_declaration.declarator                        | Declaration and Definition | Variable
    identifier in parameter_list                                          | Declaration and Definition | Variable  # K&R parameter names
    identifier in enumerator.name                                         | Declaration and Definition | Enum
    identifier in macro_type_specifier.name                               | Data Type                  | Composite Type
    identifier in preproc_def.name                                        | Preprocessing Directive    | Macro Definition
    identifier in preproc_function_def.name                               | Preprocessing Directive    | Macro Definition
    identifier in preproc_params                                          | Preprocessing Directive    | Macro Definition
    identifier in preproc_ifdef.name                                      | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elifdef.name                                    | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_defined                                         | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_if.condition                                    | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elif.condition                                  | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_include.path                                    | Program Structure          | Import/Include
    identifier in gnu_asm_input_operand.symbol                            | Special Language Structure | Inline Assembly
    identifier in gnu_asm_output_operand.symbol                           | Special Language Structure | Inline Assembly
    identifier in gnu_asm_goto_list                                       | Special Language Structure | Inline Assembly
    field_identifier                                                      | Identifier and Scope       | Identifier
    field_identifier in field_declaration.declarator                      | Declaration and Definition | Variable
    field_identifier in function_declarator.declarator                    | Declaration and Definition | Function
    field_identifier in pointer_declarator.declarator                     | Declaration and Definition | Variable
    field_identifier in array_declarator.declarator                       | Declaration and Definition | Variable
    field_identifier in parenthesized_declarator                          | Declaration and Definition | Variable
    field_identifier in attributed_declarator                             | Declaration and Definition | Variable
    field_expression                                                      | Modifier and Attribute     | Attribute/Annotation  # member access: the paper's `position.y` (Fig. 13)
    field_expression in call_expression.function                          | Expression                 | Function Call
    field_designator                                                      | Identifier and Scope       | Identifier
    type_identifier in *.declarator                                       | Declaration and Definition | Type Definition  # the name a typedef declares
    type_identifier in parenthesized_declarator                           | Declaration and Definition | Type Definition
    type_identifier in attributed_declarator                              | Declaration and Definition | Type Definition
    type_identifier in struct_specifier.name within field_declaration     | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within parameter_declaration | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_descriptor       | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_definition       | Declaration and Definition | Structure
    type_identifier in struct_specifier.name within declaration           | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within function_definition   | Data Type                  | Composite Type
    type_identifier in struct_specifier.name                              | Declaration and Definition | Structure
    type_identifier in union_specifier.name within field_declaration      | Data Type                  | Composite Type
    type_identifier in union_specifier.name within parameter_declaration  | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_descriptor        | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_definition        | Declaration and Definition | Union
    type_identifier in union_specifier.name within declaration            | Data Type                  | Composite Type
    type_identifier in union_specifier.name within function_definition    | Data Type                  | Composite Type
    type_identifier in union_specifier.name                               | Declaration and Definition | Union
    type_identifier in enum_specifier.name within field_declaration       | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within parameter_declaration   | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_descriptor         | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_definition         | Declaration and Definition | Enum
    type_identifier in enum_specifier.name within declaration             | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within function_definition     | Data Type                  | Composite Type
    type_identifier in enum_specifier.name                                | Declaration and Definition | Enum

    # Special Language Structure
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
