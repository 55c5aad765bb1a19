extension LabelTables {
    // Haskell: tree-sitter-haskell @ 0975ef7 (language pack 0.10.0). Format: see LabelTable.swift.
    static let haskell = """
    + Expression | Other Expression | no Haskell Expression subcategory fits a parenthesized expression (name from Python)
    + Preprocessing Directive | Compiler Pragma | file-header LANGUAGE / OPTIONS_GHC pragmas set compiler flags, not conditional compilation

    # Program Structure
    haskell                                 | Program Structure          | Program Entry
    declarations                            | Program Structure          | Program Entry
    header                                  | Program Structure          | Namespace
    module                                  | Identifier and Scope       | Scope
    module in header                        | Program Structure          | Namespace
    module in import                        | Program Structure          | Import/Export
    module in module_export                 | Program Structure          | Import/Export
    module_id                               | Identifier and Scope       | Scope
    module_id within header                 | Program Structure          | Namespace
    module_id within import                 | Program Structure          | Import/Export
    module_id within module_export          | Program Structure          | Import/Export
    exports                                 | Program Structure          | Import/Export
    export                                  | Program Structure          | Import/Export
    module_export                           | Program Structure          | Import/Export
    imports                                 | Program Structure          | Import/Export
    import                                  | Program Structure          | Import/Export
    import_list                             | Program Structure          | Import/Export
    import_name                             | Program Structure          | Import/Export
    import_package                          | Program Structure          | Import/Export
    children                                | Program Structure          | Import/Export
    all_names                               | Program Structure          | Import/Export
    associated_type                         | Program Structure          | Import/Export
    namespace                               | Program Structure          | Import/Export
    foreign_import                          | Program Structure          | Import/Export
    foreign_export                          | Program Structure          | Import/Export
    entity                                  | Program Structure          | Import/Export

    # Declaration and Definition
    # `function` declares `f x = …` under these parents (all the grammar allows); elsewhere it is the type `a -> b`
    function in declarations                | Declaration and Definition | Function
    function in local_binds                 | Declaration and Definition | Function
    function in class_declarations          | Declaration and Definition | Function
    function in instance_declarations       | Declaration and Definition | Function
    function in quoted_decls                | Declaration and Definition | Function
    function_head_parens                    | Declaration and Definition | Function
    patterns                                | Declaration and Definition | Function
    default_signature                       | Declaration and Definition | Function
    bind                                    | Declaration and Definition | Variable
    let                                     | Declaration and Definition | Variable
    let_in                                  | Declaration and Definition | Variable
    field                                   | Declaration and Definition | Variable
    signature                               | Declaration and Definition | Declaration Statement
    # a signature on an expression or pattern, `(read s :: Int)`, is an annotation of its type
    signature in parens.type                | Data Type                  | Generic
    signature in *.expression               | Expression                 | Type Casting
    signature in *.pattern                  | Expression                 | Type Casting
    signature in parens                     | Expression                 | Type Casting
    signature in exp                        | Expression                 | Type Casting
    signature in tuple                      | Expression                 | Type Casting
    signature in list                       | Expression                 | Type Casting
    signature in boolean                    | Expression                 | Type Casting
    signature in case                       | Expression                 | Type Casting
    signature in conditional                | Expression                 | Type Casting
    signature in arithmetic_sequence        | Expression                 | Type Casting
    signature in quoted_expression          | Expression                 | Type Casting
    signature in quoted_pattern             | Expression                 | Type Casting
    signature in unboxed_tuple              | Expression                 | Type Casting
    signature in unboxed_sum                | Expression                 | Type Casting
    local_binds                             | Declaration and Definition | Declaration Statement
    binding_list                            | Declaration and Definition | Declaration Statement
    fixity                                  | Declaration and Definition | Declaration Statement
    default_types                           | Declaration and Definition | Declaration Statement
    class                                   | Declaration and Definition | Class
    class_declarations                      | Declaration and Definition | Class
    instance                                | Declaration and Definition | Class
    instance_declarations                   | Declaration and Definition | Class
    deriving_instance                       | Declaration and Definition | Class
    data_type                               | Declaration and Definition | Type
    newtype                                 | Declaration and Definition | Type
    type_synomym                            | Declaration and Definition | Type
    type_family                             | Declaration and Definition | Type
    data_family                             | Declaration and Definition | Type
    type_instance                           | Declaration and Definition | Type
    data_instance                           | Declaration and Definition | Type
    kind_signature                          | Declaration and Definition | Type
    abstract_family                         | Declaration and Definition | Type
    equations                               | Declaration and Definition | Type
    equation                                | Declaration and Definition | Type
    equation in pattern_synonym             | Special Language Structure | Pattern Matching
    data_constructors                       | Declaration and Definition | Type
    data_constructor                        | Declaration and Definition | Type
    gadt_constructors                       | Declaration and Definition | Type
    gadt_constructor                        | Declaration and Definition | Type
    newtype_constructor                     | Declaration and Definition | Type
    prefix                                  | Declaration and Definition | Type
    special                                 | Declaration and Definition | Type
    fields                                  | Declaration and Definition | Type

    # Control Flow Structure
    conditional                             | Control Flow Structure     | Conditional
    multi_way_if                            | Control Flow Structure     | Conditional
    guards                                  | Control Flow Structure     | Conditional
    boolean                                 | Control Flow Structure     | Conditional
    qualifiers                              | Control Flow Structure     | Loop
    generator                               | Control Flow Structure     | Loop
    group                                   | Control Flow Structure     | Other
    transform                               | Control Flow Structure     | Other

    # Expression
    apply                                   | Expression                 | Function Call
    apply in context.context                | Data Type                  | Type Dependency
    apply in patterns                       | Special Language Structure | Pattern Matching
    apply in *.pattern                      | Special Language Structure | Pattern Matching
    apply within patterns                   | Special Language Structure | Pattern Matching
    # in a type the head of an application is `apply.constructor`; these shapes only occur in expressions
    apply in signature.expression           | Expression                 | Function Call
    apply in apply.function                 | Expression                 | Function Call
    apply in parens.expression              | Expression                 | Function Call
    apply in infix                          | Expression                 | Function Call
    apply within signature                  | Data Type                  | Generic
    apply within data_type                  | Data Type                  | Generic
    apply within newtype                    | Data Type                  | Generic
    apply within type_synomym               | Data Type                  | Generic
    apply within context                    | Data Type                  | Generic
    apply within type_patterns              | Data Type                  | Generic
    infix                                   | Expression                 | Arithmetic Operation
    infix in patterns                       | Special Language Structure | Pattern Matching
    infix in *.pattern                      | Special Language Structure | Pattern Matching
    infix within patterns                   | Special Language Structure | Pattern Matching
    negation                                | Expression                 | Arithmetic Operation
    left_section                            | Expression                 | Arithmetic Operation
    right_section                           | Expression                 | Arithmetic Operation
    operator                                | Expression                 | Arithmetic Operator
    constructor_operator                    | Expression                 | Special Operator
    infix_id                                | Expression                 | Special Operator
    record                                  | Expression                 | Object Creation
    record in data_constructor              | Declaration and Definition | Type
    record in newtype_constructor           | Declaration and Definition | Type
    record in gadt_constructor              | Declaration and Definition | Type
    record in patterns                      | Special Language Structure | Pattern Matching
    record in *.pattern                     | Special Language Structure | Pattern Matching
    record within patterns                  | Special Language Structure | Pattern Matching
    field_update                            | Expression                 | Object Creation
    list_comprehension                      | Expression                 | Object Creation
    arithmetic_sequence                     | Expression                 | Object Creation
    parens                                  | Expression                 | Other Expression
    parens in patterns                      | Special Language Structure | Pattern Matching
    parens in *.pattern                     | Special Language Structure | Pattern Matching
    parens within patterns                  | Special Language Structure | Pattern Matching
    parens in context.context               | Data Type                  | Type Dependency
    parens in deriving                      | Modifier and Attribute     | Annotation
    parens in signature.expression          | Expression                 | Other Expression
    parens in parens.expression             | Expression                 | Other Expression
    parens in apply.function                | Expression                 | Other Expression
    parens in infix                         | Expression                 | Other Expression
    parens within signature                 | Data Type                  | Composite Type
    parens within data_type                 | Data Type                  | Composite Type
    parens within newtype                   | Data Type                  | Composite Type
    parens within type_synomym              | Data Type                  | Composite Type
    parens within context                   | Data Type                  | Composite Type
    parens within type_patterns             | Data Type                  | Composite Type

    # Data Type
    integer                                 | Data Type                  | Numeric
    float                                   | Data Type                  | Numeric
    string                                  | Data Type                  | String
    char                                    | Data Type                  | String
    literal                                 | Data Type                  | Primitive Type
    literal in patterns                     | Special Language Structure | Pattern Matching
    literal in *.pattern                    | Special Language Structure | Pattern Matching
    literal within patterns                 | Special Language Structure | Pattern Matching
    name                                    | Data Type                  | Primitive Type
    name in data_type.name                  | Declaration and Definition | Type
    name in newtype.name                    | Declaration and Definition | Type
    name in type_synomym.name               | Declaration and Definition | Type
    name in type_family.name                | Declaration and Definition | Type
    name in data_family.name                | Declaration and Definition | Type
    name in kind_signature.name             | Declaration and Definition | Type
    name in type_instance.name              | Declaration and Definition | Type
    name in equation.name                   | Declaration and Definition | Type
    name in class.name                      | Declaration and Definition | Class
    name in instance.name                   | Declaration and Definition | Class
    name in deriving_instance.name          | Declaration and Definition | Class
    name in export                          | Program Structure          | Import/Export
    name in import_name                     | Program Structure          | Import/Export
    name in associated_type                 | Program Structure          | Import/Export
    name in role_annotation                 | Modifier and Attribute     | Annotation
    name within deriving                    | Modifier and Attribute     | Annotation
    unit                                    | Data Type                  | Primitive Type
    unboxed_unit                            | Data Type                  | Primitive Type
    star                                    | Data Type                  | Primitive Type
    # `function` outside a declaration list is the arrow type `a -> b`
    function                                | Data Type                  | Composite Type
    linear_function                         | Data Type                  | Composite Type
    list                                    | Data Type                  | Composite Type
    list in patterns                        | Special Language Structure | Pattern Matching
    list in *.pattern                       | Special Language Structure | Pattern Matching
    list within patterns                    | Special Language Structure | Pattern Matching
    tuple                                   | Data Type                  | Composite Type
    tuple in patterns                       | Special Language Structure | Pattern Matching
    tuple in *.pattern                      | Special Language Structure | Pattern Matching
    tuple within patterns                   | Special Language Structure | Pattern Matching
    tuple in context.context                | Data Type                  | Type Dependency
    tuple in deriving                       | Modifier and Attribute     | Annotation
    empty_list                              | Data Type                  | Composite Type
    prefix_list                             | Data Type                  | Composite Type
    prefix_tuple                            | Data Type                  | Composite Type
    prefix_unboxed_tuple                    | Data Type                  | Composite Type
    prefix_unboxed_sum                      | Data Type                  | Composite Type
    unboxed_tuple                           | Data Type                  | Composite Type
    unboxed_sum                             | Data Type                  | Composite Type
    type_params                             | Data Type                  | Generic
    type_patterns                           | Data Type                  | Generic
    forall                                  | Data Type                  | Generic
    forall_required                         | Data Type                  | Generic
    quantified_variables                    | Data Type                  | Generic
    annotated                               | Data Type                  | Generic
    inferred                                | Data Type                  | Generic
    invisible                               | Data Type                  | Generic
    type_binder                             | Data Type                  | Generic
    kind_application                        | Data Type                  | Generic
    type_application                        | Data Type                  | Generic
    explicit_type                           | Data Type                  | Generic
    type_family_result                      | Data Type                  | Generic
    promoted                                | Data Type                  | Generic
    context                                 | Data Type                  | Type Dependency
    fundeps                                 | Data Type                  | Type Dependency
    fundep                                  | Data Type                  | Type Dependency
    implicit_parameter                      | Data Type                  | Type Dependency
    type_family_injectivity                 | Data Type                  | Type Dependency

    # Statement
    exp                                     | Statement                  | Expression Statement
    do                                      | Statement                  | Compound Statement
    rec                                     | Statement                  | Compound Statement
    match                                   | Statement                  | Other
    match in multi_way_if                   | Control Flow Structure     | Conditional

    # Modifier and Attribute
    pragma                                  | Modifier and Attribute     | Annotation
    deriving                                | Modifier and Attribute     | Annotation
    deriving_strategy                       | Modifier and Attribute     | Annotation
    via                                     | Modifier and Attribute     | Annotation
    strict_field                            | Modifier and Attribute     | Annotation
    lazy_field                              | Modifier and Attribute     | Annotation
    modifier                                | Modifier and Attribute     | Annotation
    role_annotation                         | Modifier and Attribute     | Annotation
    type_role                               | Modifier and Attribute     | Annotation
    calling_convention                      | Modifier and Attribute     | Annotation
    safety                                  | Modifier and Attribute     | Annotation

    # Comments and Documentation
    # the taxonomy's only Haskell entry; plain -- and {- -} comments are labelled with it too
    comment                                 | Comments and Documentation | Documentation Comment
    haddock                                 | Comments and Documentation | Documentation Comment

    # Preprocessing Directive
    cpp                                     | Preprocessing Directive    | Conditional Compilation
    pragma in haskell                       | Preprocessing Directive    | Compiler Pragma

    # Identifier and Scope
    variable                                | Identifier and Scope       | Identifier
    variable in function.name               | Declaration and Definition | Function
    variable in function_head_parens.name   | Declaration and Definition | Function
    variable in signature.name              | Declaration and Definition | Function
    variable in binding_list                | Declaration and Definition | Function
    variable in bind.name                   | Declaration and Definition | Variable
    variable in bind.pattern                | Declaration and Definition | Variable
    variable in field_name within field     | Declaration and Definition | Variable
    variable in apply.function              | Expression                 | Function Call
    variable in infix_id                    | Expression                 | Function Call
    variable in export                      | Program Structure          | Import/Export
    variable in import_name                 | Program Structure          | Import/Export
    variable in quoter                      | Special Language Structure | Other
    variable in fundep                      | Data Type                  | Type Dependency
    variable in type_family_injectivity     | Data Type                  | Type Dependency
    variable in type_params                 | Data Type                  | Generic
    variable in signature.expression        | Identifier and Scope       | Identifier
    variable in parens.expression           | Identifier and Scope       | Identifier
    variable in infix                       | Identifier and Scope       | Identifier
    variable within signature               | Data Type                  | Generic
    variable within data_type               | Data Type                  | Generic
    variable within newtype                 | Data Type                  | Generic
    variable within type_synomym            | Data Type                  | Generic
    variable within context                 | Data Type                  | Generic
    variable within type_patterns           | Data Type                  | Generic
    variable within forall                  | Data Type                  | Generic
    constructor                             | Identifier and Scope       | Identifier
    constructor in prefix.name              | Declaration and Definition | Type
    constructor in record.name              | Declaration and Definition | Type
    constructor in gadt_constructor.name    | Declaration and Definition | Type
    constructor in newtype_constructor.name | Declaration and Definition | Type
    constructor in binding_list             | Declaration and Definition | Type
    constructor in children                 | Program Structure          | Import/Export
    constructor in patterns                 | Special Language Structure | Pattern Matching
    constructor in *.pattern                | Special Language Structure | Pattern Matching
    constructor in record.constructor       | Special Language Structure | Pattern Matching
    constructor within patterns             | Special Language Structure | Pattern Matching
    constructor in apply.function           | Expression                 | Object Creation
    constructor in record.expression        | Expression                 | Object Creation
    qualified                               | Identifier and Scope       | Qualified Name
    qualified in apply.function             | Expression                 | Function Call
    qualified in signature.expression       | Identifier and Scope       | Qualified Name
    qualified within signature              | Data Type                  | Primitive Type
    qualified within data_type              | Data Type                  | Primitive Type
    qualified within newtype                | Data Type                  | Primitive Type
    qualified within type_synomym           | Data Type                  | Primitive Type
    qualified within context                | Data Type                  | Primitive Type
    qualified within type_patterns          | Data Type                  | Primitive Type
    prefix_id                               | Identifier and Scope       | Identifier
    prefix_id in function.name              | Declaration and Definition | Function
    prefix_id in signature.name             | Declaration and Definition | Function
    prefix_id in apply.function             | Expression                 | Function Call
    field_name                              | Identifier and Scope       | Identifier
    field_name in field                     | Declaration and Definition | Variable
    field_path                              | Identifier and Scope       | Qualified Name
    projection                              | Identifier and Scope       | Qualified Name
    projection_selector                     | Identifier and Scope       | Qualified Name
    do_module                               | Identifier and Scope       | Qualified Name
    implicit_variable                       | Identifier and Scope       | Identifier
    label                                   | Identifier and Scope       | Identifier

    # Special Language Structure
    lambda                                  | Special Language Structure | Lambda Expression
    lambda_case                             | Special Language Structure | Lambda Expression
    lambda_cases                            | Special Language Structure | Lambda Expression
    case                                    | Special Language Structure | Pattern Matching
    alternatives                            | Special Language Structure | Pattern Matching
    alternative                             | Special Language Structure | Pattern Matching
    as                                      | Special Language Structure | Pattern Matching
    irrefutable                             | Special Language Structure | Pattern Matching
    strict                                  | Special Language Structure | Pattern Matching
    view_pattern                            | Special Language Structure | Pattern Matching
    wildcard                                | Special Language Structure | Pattern Matching
    field_pattern                           | Special Language Structure | Pattern Matching
    pattern_guard                           | Special Language Structure | Pattern Matching
    pattern_synonym                         | Special Language Structure | Pattern Matching
    constructor_synonyms                    | Special Language Structure | Pattern Matching
    constructor_synonym                     | Special Language Structure | Pattern Matching
    # Template Haskell and quasi-quotation
    quasiquote                              | Special Language Structure | Other
    quasiquote_body                         | Special Language Structure | Other
    quoter                                  | Special Language Structure | Other
    splice                                  | Special Language Structure | Other
    top_splice                              | Special Language Structure | Other
    quote                                   | Special Language Structure | Other
    typed_quote                             | Special Language Structure | Other
    quoted_decls                            | Special Language Structure | Other
    quoted_expression                       | Special Language Structure | Other
    quoted_pattern                          | Special Language Structure | Other
    quoted_type                             | Special Language Structure | Other
    th_quoted_name                          | Special Language Structure | Other
    # the scanner's error-recovery token; never part of a well-formed tree
    error_sentinel                          | Special Language Structure | Other
    """
}
