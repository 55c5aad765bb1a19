extension LabelTables {
    // Objective-C: tree-sitter-objc @ 181a81b8f23a (language pack 0.10.0). Format: see LabelTable.swift.
    static let objectiveC = """
    # Additions
    + Program Structure | Linkage | `extern "C" { … }` is neither a namespace nor an import; named as in C's taxonomy
    + Declaration and Definition | Type Definition | typedef and @compatibility_alias declare neither a class, a function nor a variable; named as in C's taxonomy
    + Preprocessing Directive | Other | pragma (incl. pragma mark), error, warning and line markers are neither conditional compilation nor macro definitions; named as in C's taxonomy
    + Special Language Structure | Inline Assembly | GNU `asm(…)` and `__asm { … }` fit no Objective-C entry; named as in C's taxonomy

    # Program Structure
    translation_unit      | Program Structure          | Program Entry
    preproc_include       | Program Structure          | Import/Include  # #include and #import
    system_lib_string     | Program Structure          | Import/Include
    module_import         | Program Structure          | Import/Include  # @import Foundation;
    linkage_specification | Program Structure          | Linkage
    declaration_list      | Program Structure          | Linkage  # only the body of `extern "C" { … }`

    # Declaration and Definition
    class_interface                                       | Declaration and Definition | Class
    class_implementation                                  | Declaration and Definition | Class
    class_declaration                                     | Declaration and Definition | Class  # @class Foo;
    protocol_declaration                                  | Declaration and Definition | Class
    protocol_forward_declaration                          | Declaration and Definition | Class
    qualified_protocol_interface_declaration              | Declaration and Definition | Class  # an @optional/@required section
    protocol_reference_list                               | Declaration and Definition | Class  # adopted protocols
    protocol_reference_list in typedefed_specifier        | Data Type                  | Composite Type  # `id<NSCopying>`
    protocol_reference_list in type_name                  | Data Type                  | Composite Type
    parameterized_arguments in class_interface            | Declaration and Definition | Class  # `@interface X : NSObject <NSCopying>`
    instance_variables                                    | Declaration and Definition | Variable
    instance_variable                                     | Declaration and Definition | Variable
    atdef_field                                           | Declaration and Definition | Variable
    atomic_declaration                                    | Declaration and Definition | Variable
    struct_declaration                                    | Declaration and Definition | Variable  # the declaration inside an ivar or @property
    struct_declarator                                     | Declaration and Definition | Variable
    implementation_definition                             | Declaration and Definition | Function  # one member of an @implementation, mostly a method
    method_declaration                                    | Declaration and Definition | Function
    method_definition                                     | Declaration and Definition | Function
    method_parameter                                      | Declaration and Definition | Variable
    keyword_declarator                                    | Declaration and Definition | Function
    compatibility_alias_declaration                       | Declaration and Definition | Type Definition
    struct_specifier                                      | Declaration and Definition | Class  # a definition; uses below are types
    union_specifier                                       | Declaration and Definition | Class
    enum_specifier                                        | Declaration and Definition | Class
    field_declaration_list                                | Declaration and Definition | Class
    enumerator_list                                       | Declaration and Definition | Class
    enumerator                                            | Declaration and Definition | Variable
    field_declaration                                     | Declaration and Definition | Variable
    bitfield_clause                                       | Declaration and Definition | Variable
    function_definition                                   | Declaration and Definition | Function
    function_declarator                                   | Declaration and Definition | Function
    function_declarator within field_declaration          | Declaration and Definition | Function
    function_declarator within parameter_declaration      | Declaration and Definition | Function
    function_declarator within type_definition            | Declaration and Definition | Type Definition
    parameter_list                                        | Declaration and Definition | Function
    parameter_list in block_literal                       | Special Language Structure | Lambda Expression
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
    block_pointer_declarator                              | Declaration and Definition | Variable  # `^handler`
    block_pointer_declarator within field_declaration     | Declaration and Definition | Variable
    block_pointer_declarator within parameter_declaration | Declaration and Definition | Variable
    block_pointer_declarator within type_definition       | Declaration and Definition | Type Definition
    array_declarator                                      | Declaration and Definition | Variable
    array_declarator within field_declaration             | Declaration and Definition | Variable
    array_declarator within parameter_declaration         | Declaration and Definition | Variable
    array_declarator within type_definition               | Declaration and Definition | Type Definition
    parenthesized_declarator                              | Declaration and Definition | Variable
    parenthesized_declarator within field_declaration     | Declaration and Definition | Variable
    parenthesized_declarator within parameter_declaration | Declaration and Definition | Variable
    parenthesized_declarator within type_definition       | Declaration and Definition | Type Definition
    type_definition                                       | Declaration and Definition | Type Definition
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
    for_statement                                          | Control Flow Structure     | Loop  # also `for (id x in collection)`
    while_statement                                        | Control Flow Structure     | Loop
    do_statement                                           | Control Flow Structure     | Loop
    break_statement                                        | Control Flow Structure     | Jump
    continue_statement                                     | Control Flow Structure     | Jump
    return_statement                                       | Control Flow Structure     | Jump
    goto_statement                                         | Control Flow Structure     | Jump
    labeled_statement                                      | Control Flow Structure     | Jump  # a goto target
    statement_identifier                                   | Control Flow Structure     | Jump
    try_statement                                          | Control Flow Structure     | Exception Handling
    catch_clause                                           | Control Flow Structure     | Exception Handling
    finally_clause                                         | Control Flow Structure     | Exception Handling
    throw_statement                                        | Control Flow Structure     | Exception Handling
    synchronized_statement                                 | Control Flow Structure     | Exception Handling  # lock + implicit @finally, like Python's `with`

    # Expression
    message_expression                                    | Expression                 | Function Call  # [receiver selector:arg]
    selector_expression                                   | Expression                 | Other
    encode_expression                                     | Expression                 | Other
    available_expression                                  | Expression                 | Other
    va_arg_expression                                     | Expression                 | Function Call
    at_expression                                         | Expression                 | Object Creation  # boxed `@(x)`, `@42`
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
    argument_list in ms_based_modifier                    | Modifier and Attribute     | Other Modifiers
    field_expression                                      | Expression                 | 对象访问  # object access `self.name`, `p->x`
    field_expression in call_expression.function          | Expression                 | Function Call
    subscript_expression                                  | Expression                 | 对象访问  # `items[i]`, `dict[@"key"]`
    cast_expression                                       | Expression                 | Type Casting
    compound_literal_expression                           | Expression                 | Object Creation
    pointer_expression                                    | Expression                 | Other
    parenthesized_expression                              | Expression                 | Other
    parenthesized_expression in preproc_if.condition      | Preprocessing Directive    | Conditional Compilation
    parenthesized_expression in preproc_elif.condition    | Preprocessing Directive    | Conditional Compilation
    comma_expression                                      | Expression                 | Other
    range_expression                                      | Expression                 | Other  # `case 1 ... 5:`
    sizeof_expression                                     | Expression                 | Other
    alignof_expression                                    | Expression                 | Other
    offsetof_expression                                   | Expression                 | Other
    generic_expression                                    | Expression                 | Other
    extension_expression                                  | Expression                 | Other
    subscript_designator                                  | Expression                 | Other
    subscript_range_designator                            | Expression                 | Other

    # Data Type
    primitive_type                                              | Data Type                  | Primitive Type
    sized_type_specifier                                        | Data Type                  | Primitive Type
    typedefed_specifier                                         | Data Type                  | Primitive Type  # id, BOOL, SEL, Class, IMP
    type_identifier                                             | Data Type                  | Composite Type  # a class or typedef name in use
    type_name                                                   | Data Type                  | Composite Type
    type_name in generic_specifier                              | Data Type                  | Generic
    type_name in parameterized_arguments within class_interface | Data Type                  | Composite Type  # an adopted protocol
    type_name in parameterized_arguments                        | Data Type                  | Generic
    method_type                                                 | Data Type                  | Composite Type  # `(NSString *)`
    type_descriptor                                             | Data Type                  | Composite Type
    macro_type_specifier                                        | Data Type                  | Composite Type
    array_type_specifier                                        | Data Type                  | Composite Type
    abstract_pointer_declarator                                 | Data Type                  | Composite Type
    abstract_block_pointer_declarator                           | Data Type                  | Composite Type
    abstract_array_declarator                                   | Data Type                  | Composite Type
    abstract_function_declarator                                | Data Type                  | Composite Type
    abstract_parenthesized_declarator                           | Data Type                  | Composite Type
    generic_specifier                                           | Data Type                  | Generic  # `NSArray<NSString *>`
    parameterized_arguments                                     | Data Type                  | Generic
    generic_arguments                                           | Data Type                  | Generic
    typeof_specifier                                            | Data Type                  | Generic
    struct_specifier in declaration.type                        | Data Type                  | Composite Type
    struct_specifier in field_declaration.type                  | Data Type                  | Composite Type
    struct_specifier in parameter_declaration.type              | Data Type                  | Composite Type
    struct_specifier in type_descriptor.type                    | Data Type                  | Composite Type
    struct_specifier in function_definition.type                | Data Type                  | Composite Type
    union_specifier in declaration.type                         | Data Type                  | Composite Type
    union_specifier in field_declaration.type                   | Data Type                  | Composite Type
    union_specifier in parameter_declaration.type               | Data Type                  | Composite Type
    union_specifier in type_descriptor.type                     | Data Type                  | Composite Type
    union_specifier in function_definition.type                 | Data Type                  | Composite Type
    enum_specifier in declaration.type                          | Data Type                  | Composite Type
    enum_specifier in field_declaration.type                    | Data Type                  | Composite Type
    enum_specifier in parameter_declaration.type                | Data Type                  | Composite Type
    enum_specifier in type_descriptor.type                      | Data Type                  | Composite Type
    enum_specifier in function_definition.type                  | Data Type                  | Composite Type
    initializer_list                                            | Data Type                  | Composite Type
    initializer_pair                                            | Data Type                  | Composite Type
    array_literal                                               | Data Type                  | Composite Type  # @[…]
    dictionary_literal                                          | Data Type                  | Composite Type  # @{…}
    dictionary_pair                                             | Data Type                  | Composite Type
    number_literal                                              | Data Type                  | Numeric
    number_literal in preproc_if.condition                      | Preprocessing Directive    | Conditional Compilation
    number_literal in preproc_elif.condition                    | Preprocessing Directive    | Conditional Compilation
    number_literal in preproc_linemarker                        | Preprocessing Directive    | Other
    string_literal                                              | Data Type                  | String  # also @"…"
    string_literal in preproc_include.path                      | Program Structure          | Import/Include
    string_literal in linkage_specification.value               | Program Structure          | Linkage
    string_literal in preproc_linemarker                        | Preprocessing Directive    | Other
    string_literal within gnu_asm_expression                    | Special Language Structure | Inline Assembly
    concatenated_string                                         | Data Type                  | String
    concatenated_string within gnu_asm_expression               | Special Language Structure | Inline Assembly
    string_content                                              | Data Type                  | String
    string_content within preproc_include                       | Program Structure          | Import/Include
    string_content within gnu_asm_expression                    | Special Language Structure | Inline Assembly
    escape_sequence                                             | Data Type                  | String
    char_literal                                                | Data Type                  | String
    character                                                   | Data Type                  | String
    true                                                        | Data Type                  | Boolean
    false                                                       | Data Type                  | Boolean
    null                                                        | Data Type                  | Special Value  # NULL, nullptr (nil and YES/NO parse as identifiers)

    # Statement
    expression_statement | Statement                  | Expression Statement
    compound_statement   | Statement                  | Compound Statement

    # Modifier and Attribute
    property_declaration             | Modifier and Attribute     | Property  # @property (…) Type *name;
    property_attributes_declaration  | Modifier and Attribute     | Property
    property_attribute               | Modifier and Attribute     | Property
    property_implementation          | Modifier and Attribute     | Property  # @synthesize / @dynamic
    visibility_specification         | Modifier and Attribute     | Access Modifiers  # @private, @public …
    storage_class_specifier          | Modifier and Attribute     | Other Modifiers
    type_qualifier                   | Modifier and Attribute     | Other Modifiers
    protocol_qualifier               | Modifier and Attribute     | Other Modifiers  # in, out, bycopy, oneway …
    alignas_qualifier                | Modifier and Attribute     | Other Modifiers
    ms_call_modifier                 | Modifier and Attribute     | Other Modifiers
    ms_based_modifier                | Modifier and Attribute     | Other Modifiers
    ms_pointer_modifier              | Modifier and Attribute     | Other Modifiers
    ms_restrict_modifier             | Modifier and Attribute     | Other Modifiers
    ms_unaligned_ptr_modifier        | Modifier and Attribute     | Other Modifiers
    ms_signed_ptr_modifier           | Modifier and Attribute     | Other Modifiers
    ms_unsigned_ptr_modifier         | Modifier and Attribute     | Other Modifiers
    attribute_specifier              | Modifier and Attribute     | Attribute/Annotation
    attribute_declaration            | Modifier and Attribute     | Attribute/Annotation
    attribute                        | Modifier and Attribute     | Attribute/Annotation
    attributed_statement             | Modifier and Attribute     | Attribute/Annotation
    attributed_declarator            | Modifier and Attribute     | Attribute/Annotation
    ms_declspec_modifier             | Modifier and Attribute     | Attribute/Annotation
    availability_attribute_specifier | Modifier and Attribute     | Attribute/Annotation  # API_AVAILABLE(…), NS_UNAVAILABLE
    availability                     | Modifier and Attribute     | Attribute/Annotation
    version                          | Modifier and Attribute     | Attribute/Annotation
    version_number                   | Modifier and Attribute     | Attribute/Annotation
    platform                         | Modifier and Attribute     | Attribute/Annotation
    objc_bridge                      | Modifier and Attribute     | Attribute/Annotation  # objc_bridge_related(…)

    # Comments and Documentation
    comment                                             | Comments and Documentation | Single-line Comment  # `//` and `/* */` share one node type
    comment in class_interface                          | Comments and Documentation | Documentation Comment  # API documentation in an @interface
    comment in protocol_declaration                     | Comments and Documentation | Documentation Comment
    comment in qualified_protocol_interface_declaration | Comments and Documentation | Documentation Comment
    comment in instance_variables                       | Comments and Documentation | Documentation Comment
    comment in field_declaration_list                   | Comments and Documentation | Documentation Comment
    comment in enumerator_list                          | Comments and Documentation | Documentation Comment

    # Preprocessing Directive
    preproc_def                 | Preprocessing Directive    | Macro Definition
    preproc_function_def        | Preprocessing Directive    | Macro Definition
    preproc_params              | Preprocessing Directive    | Macro Definition
    preproc_arg                 | Preprocessing Directive    | Macro Definition
    preproc_arg in preproc_call | Preprocessing Directive    | Other
    preproc_undef               | Preprocessing Directive    | Macro Definition
    preproc_if                  | Preprocessing Directive    | Conditional Compilation
    preproc_ifdef               | Preprocessing Directive    | Conditional Compilation
    preproc_elif                | Preprocessing Directive    | Conditional Compilation
    preproc_elifdef             | Preprocessing Directive    | Conditional Compilation
    preproc_else                | Preprocessing Directive    | Conditional Compilation
    preproc_defined             | Preprocessing Directive    | Conditional Compilation
    preproc_call                | Preprocessing Directive    | Other  # #pragma mark, #error, #warning …
    preproc_directive           | Preprocessing Directive    | Other
    preproc_linemarker          | Preprocessing Directive    | Other

    # Identifier and Scope
    identifier                                                            | Identifier and Scope       | Identifier  # also self, super, nil, YES, NO
    identifier within attribute_specifier                                 | Modifier and Attribute     | Attribute/Annotation
    identifier within attribute_declaration                               | Modifier and Attribute     | Attribute/Annotation
    identifier within availability_attribute_specifier                    | Modifier and Attribute     | Attribute/Annotation
    identifier in ms_declspec_modifier                                    | Modifier and Attribute     | Attribute/Annotation
    identifier in class_interface.superclass                              | Data Type                  | Composite Type
    identifier in class_implementation.superclass                         | Data Type                  | Composite Type
    identifier in class_interface                                         | Declaration and Definition | Class  # the class (or category) name
    identifier in class_implementation                                    | Declaration and Definition | Class
    identifier in class_declaration                                       | Declaration and Definition | Class
    identifier in protocol_declaration                                    | Declaration and Definition | Class
    identifier in protocol_forward_declaration                            | Declaration and Definition | Class
    identifier in compatibility_alias_declaration                         | Declaration and Definition | Type Definition
    identifier in protocol_reference_list                                 | Data Type                  | Composite Type
    identifier in method_declaration                                      | Declaration and Definition | Function  # selector keywords
    identifier in method_definition                                       | Declaration and Definition | Function
    identifier in keyword_declarator                                      | Declaration and Definition | Function
    identifier in method_parameter                                        | Declaration and Definition | Variable
    identifier in message_expression.method                               | Expression                 | Function Call
    identifier in property_attribute                                      | Modifier and Attribute     | Property
    identifier in property_implementation                                 | Modifier and Attribute     | Property
    identifier in struct_declarator                                       | Declaration and Definition | Variable
    identifier in atdef_field                                             | Declaration and Definition | Variable
    identifier in module_import.path                                      | Program Structure          | Import/Include
    identifier in function_declarator.declarator                          | Declaration and Definition | Function
    identifier in call_expression.function                                | Expression                 | Function Call
    identifier in init_declarator.declarator                              | Declaration and Definition | Variable
    identifier in declaration.declarator                                  | Declaration and Definition | Variable
    identifier in pointer_declarator.declarator                           | Declaration and Definition | Variable
    identifier in block_pointer_declarator.declarator                     | Declaration and Definition | Variable
    identifier in array_declarator.declarator                             | Declaration and Definition | Variable
    identifier in parenthesized_declarator                                | Declaration and Definition | Variable
    identifier in parameter_declaration.declarator                        | Declaration and Definition | Variable
    identifier in parameter_list                                          | Declaration and Definition | Variable  # K&R parameter names
    identifier in enumerator.name                                         | Declaration and Definition | Variable
    identifier in macro_type_specifier.name                               | Data Type                  | Composite Type
    identifier in preproc_def.name                                        | Preprocessing Directive    | Macro Definition
    identifier in preproc_function_def.name                               | Preprocessing Directive    | Macro Definition
    identifier in preproc_params                                          | Preprocessing Directive    | Macro Definition
    identifier in preproc_undef.name                                      | Preprocessing Directive    | Macro Definition
    identifier in preproc_ifdef.name                                      | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elifdef.name                                    | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_defined                                         | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_if.condition                                    | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_elif.condition                                  | Preprocessing Directive    | Conditional Compilation
    identifier in preproc_include.path                                    | Program Structure          | Import/Include
    identifier in gnu_asm_input_operand.symbol                            | Special Language Structure | Inline Assembly
    identifier in gnu_asm_output_operand.symbol                           | Special Language Structure | Inline Assembly
    identifier in gnu_asm_goto_list                                       | Special Language Structure | Inline Assembly
    method_identifier                                                     | Identifier and Scope       | Identifier  # the selector in @selector(a:b:)
    field_identifier                                                      | Identifier and Scope       | Identifier
    field_identifier in field_declaration.declarator                      | Declaration and Definition | Variable
    field_identifier in function_declarator.declarator                    | Declaration and Definition | Function
    field_identifier in pointer_declarator.declarator                     | Declaration and Definition | Variable
    field_identifier in block_pointer_declarator.declarator               | Declaration and Definition | Variable
    field_identifier in array_declarator.declarator                       | Declaration and Definition | Variable
    field_identifier in parenthesized_declarator                          | Declaration and Definition | Variable
    field_identifier in attributed_declarator                             | Declaration and Definition | Variable
    field_identifier in atomic_declaration                                | Declaration and Definition | Variable
    field_designator                                                      | Identifier and Scope       | Identifier
    type_identifier in *.declarator                                       | Declaration and Definition | Type Definition  # the name a typedef declares
    type_identifier in parenthesized_declarator                           | Declaration and Definition | Type Definition
    type_identifier in generic_specifier                                  | Data Type                  | Generic
    type_identifier in generic_arguments                                  | Data Type                  | Generic
    type_identifier in parameterized_arguments                            | Data Type                  | Generic
    type_identifier in struct_specifier.name within field_declaration     | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within parameter_declaration | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_descriptor       | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within type_definition       | Declaration and Definition | Class
    type_identifier in struct_specifier.name within declaration           | Data Type                  | Composite Type
    type_identifier in struct_specifier.name within function_definition   | Data Type                  | Composite Type
    type_identifier in struct_specifier.name                              | Declaration and Definition | Class
    type_identifier in union_specifier.name within field_declaration      | Data Type                  | Composite Type
    type_identifier in union_specifier.name within parameter_declaration  | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_descriptor        | Data Type                  | Composite Type
    type_identifier in union_specifier.name within type_definition        | Declaration and Definition | Class
    type_identifier in union_specifier.name within declaration            | Data Type                  | Composite Type
    type_identifier in union_specifier.name within function_definition    | Data Type                  | Composite Type
    type_identifier in union_specifier.name                               | Declaration and Definition | Class
    type_identifier in enum_specifier.name within field_declaration       | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within parameter_declaration   | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_descriptor         | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within type_definition         | Declaration and Definition | Class
    type_identifier in enum_specifier.name within declaration             | Data Type                  | Composite Type
    type_identifier in enum_specifier.name within function_definition     | Data Type                  | Composite Type
    type_identifier in enum_specifier.name                                | Declaration and Definition | Class

    # Special Language Structure
    block_literal               | Special Language Structure | Lambda Expression  # ^(int x) { … }
    gnu_asm_expression          | Special Language Structure | Inline Assembly
    gnu_asm_qualifier           | Special Language Structure | Inline Assembly
    gnu_asm_output_operand_list | Special Language Structure | Inline Assembly
    gnu_asm_output_operand      | Special Language Structure | Inline Assembly
    gnu_asm_input_operand_list  | Special Language Structure | Inline Assembly
    gnu_asm_input_operand       | Special Language Structure | Inline Assembly
    gnu_asm_clobber_list        | Special Language Structure | Inline Assembly
    gnu_asm_goto_list           | Special Language Structure | Inline Assembly
    ms_asm_block                | Special Language Structure | Inline Assembly
    """
}
