extension LabelTables {
    // Ruby: tree-sitter-ruby @ 89bd7a8e5450 (language pack 0.10.0). Format: see LabelTable.swift.
    // `require`, `include`, `attr_reader`, `private`… are ordinary method calls or bare identifiers, and a rule
    // cannot see a node's text: a bare identifier or a call standing directly in a class or module body (not in a
    // method or block body) is taken for a visibility keyword or a class macro; `require` stays a Function Call.
    static let ruby = """
    # Program Structure
    program                                 | Program Structure          | Program Entry
    module                                  | Program Structure          | Namespace
    begin_block                             | Program Structure          | Program Entry   # BEGIN { }
    end_block                               | Program Structure          | Program Entry   # END { }
    uninterpreted                           | Program Structure          | Program Entry   # the data after __END__

    # Declaration and Definition
    class                                   | Declaration and Definition | Class
    singleton_class                         | Declaration and Definition | Class
    superclass                              | Declaration and Definition | Class
    method                                  | Declaration and Definition | Function
    singleton_method                        | Declaration and Definition | Function
    setter                                  | Declaration and Definition | Function
    alias                                   | Declaration and Definition | Function
    undef                                   | Declaration and Definition | Function
    assignment                              | Declaration and Definition | Variable
    left_assignment_list                    | Declaration and Definition | Variable
    right_assignment_list                   | Declaration and Definition | Variable
    destructured_left_assignment            | Declaration and Definition | Variable
    rest_assignment                         | Declaration and Definition | Variable

    # Control Flow Structure
    if                                      | Control Flow Structure     | Conditional
    unless                                  | Control Flow Structure     | Conditional
    elsif                                   | Control Flow Structure     | Conditional
    else                                    | Control Flow Structure     | Conditional
    else in begin                           | Control Flow Structure     | Exception Handling
    else in body_statement                  | Control Flow Structure     | Exception Handling
    else in case_match                      | Special Language Structure | Pattern Matching
    if_modifier                             | Control Flow Structure     | Conditional
    unless_modifier                         | Control Flow Structure     | Conditional
    conditional                             | Control Flow Structure     | Conditional
    case                                    | Control Flow Structure     | Conditional
    when                                    | Control Flow Structure     | Conditional
    pattern                                 | Control Flow Structure     | Conditional
    while                                   | Control Flow Structure     | Loop
    until                                   | Control Flow Structure     | Loop
    for                                     | Control Flow Structure     | Loop
    in                                      | Control Flow Structure     | Loop
    while_modifier                          | Control Flow Structure     | Loop
    until_modifier                          | Control Flow Structure     | Loop
    break                                   | Control Flow Structure     | Jump
    next                                    | Control Flow Structure     | Jump
    redo                                    | Control Flow Structure     | Jump
    retry                                   | Control Flow Structure     | Jump
    return                                  | Control Flow Structure     | Jump
    begin                                   | Control Flow Structure     | Exception Handling
    rescue                                  | Control Flow Structure     | Exception Handling
    rescue_modifier                         | Control Flow Structure     | Exception Handling
    exceptions                              | Control Flow Structure     | Exception Handling
    exception_variable                      | Control Flow Structure     | Exception Handling
    ensure                                  | Control Flow Structure     | Exception Handling

    # Expression
    binary                                  | Expression                 | Arithmetic Operation
    binary in *.condition                   | Expression                 | Logical Operation
    unary                                   | Expression                 | Arithmetic Operation
    unary in *.condition                    | Expression                 | Logical Operation
    parenthesized_statements                | Expression                 | Arithmetic Operation
    parenthesized_statements in *.condition | Expression                 | Logical Operation
    operator_assignment                     | Expression                 | Arithmetic Operation
    operator                                | Expression                 | Arithmetic Operator
    operator in method.name                 | Declaration and Definition | Function
    operator in singleton_method.name       | Declaration and Definition | Function
    operator in alias                       | Declaration and Definition | Function
    operator in undef                       | Declaration and Definition | Function
    call                                    | Expression                 | Function Call
    call in assignment.left                 | Expression                 | Access
    call in operator_assignment.left        | Expression                 | Access
    call in body_statement within method    | Expression                 | Function Call
    call in body_statement within singleton_method | Expression          | Function Call
    call in body_statement within do_block  | Expression                 | Function Call
    call in body_statement within class     | Modifier and Attribute     | Attribute/Annotation
    call in body_statement within module    | Modifier and Attribute     | Attribute/Annotation
    call in body_statement within singleton_class | Modifier and Attribute | Attribute/Annotation
    argument_list                           | Expression                 | Function Call
    argument_list in return                 | Control Flow Structure     | Jump
    argument_list in break                  | Control Flow Structure     | Jump
    argument_list in next                   | Control Flow Structure     | Jump
    argument_list in yield                  | Special Language Structure | Coroutine
    super                                   | Expression                 | Function Call
    subshell                                | Expression                 | Function Call
    element_reference                       | Expression                 | Access
    method_parameters                       | Expression                 | Parameter
    lambda_parameters                       | Expression                 | Parameter
    block_parameters                        | Expression                 | Parameter
    optional_parameter                      | Expression                 | Parameter
    keyword_parameter                       | Expression                 | Parameter
    splat_parameter                         | Expression                 | Parameter
    splat_parameter within array_pattern    | Special Language Structure | Pattern Matching
    splat_parameter within find_pattern     | Special Language Structure | Pattern Matching
    hash_splat_parameter                    | Expression                 | Parameter
    hash_splat_parameter in hash_pattern    | Special Language Structure | Pattern Matching
    hash_splat_nil                          | Expression                 | Parameter
    hash_splat_nil in hash_pattern          | Special Language Structure | Pattern Matching
    block_parameter                         | Expression                 | Parameter
    destructured_parameter                  | Expression                 | Parameter
    forward_parameter                       | Expression                 | Parameter
    splat_argument                          | Expression                 | Parameter
    hash_splat_argument                     | Expression                 | Parameter
    block_argument                          | Expression                 | Parameter
    forward_argument                        | Expression                 | Parameter

    # Data Type
    integer                                 | Data Type                  | Numeric
    float                                   | Data Type                  | Numeric
    rational                                | Data Type                  | Numeric
    complex                                 | Data Type                  | Numeric
    string                                  | Data Type                  | String
    string_content                          | Data Type                  | String
    escape_sequence                         | Data Type                  | String
    interpolation                           | Data Type                  | String
    chained_string                          | Data Type                  | String
    character                               | Data Type                  | String
    bare_string                             | Data Type                  | String
    heredoc_beginning                       | Data Type                  | String
    heredoc_body                            | Data Type                  | String
    heredoc_content                         | Data Type                  | String
    heredoc_end                             | Data Type                  | String
    regex                                   | Data Type                  | String
    simple_symbol                           | Data Type                  | Primitive Type
    delimited_symbol                        | Data Type                  | Primitive Type
    hash_key_symbol                         | Data Type                  | Primitive Type
    hash_key_symbol in keyword_pattern      | Special Language Structure | Pattern Matching
    bare_symbol                             | Data Type                  | Primitive Type
    true                                    | Data Type                  | Boolean
    false                                   | Data Type                  | Boolean
    nil                                     | Data Type                  | Special Value
    line                                    | Data Type                  | Special Value   # __LINE__
    file                                    | Data Type                  | Special Value   # __FILE__
    encoding                                | Data Type                  | Special Value   # __ENCODING__
    array                                   | Data Type                  | Composite Type
    hash                                    | Data Type                  | Composite Type
    pair                                    | Data Type                  | Composite Type
    pair in argument_list                   | Expression                 | Parameter   # keyword argument `key: value`
    string_array                            | Data Type                  | Composite Type
    symbol_array                            | Data Type                  | Composite Type
    range                                   | Data Type                  | Composite Type

    # Statement
    body_statement                          | Statement                  | Compound Statement
    block_body                              | Statement                  | Compound Statement
    then                                    | Statement                  | Compound Statement
    do                                      | Statement                  | Compound Statement
    empty_statement                         | Statement                  | Expression Statement

    # Modifier and Attribute
    self in singleton_method.object         | Modifier and Attribute     | Other Modifiers   # def self.name
    self in singleton_class.value           | Modifier and Attribute     | Other Modifiers   # class << self

    # Comments and Documentation
    comment                                 | Comments and Documentation | Single-line Comment
    comment within method                   | Comments and Documentation | Single-line Comment
    comment within singleton_method         | Comments and Documentation | Single-line Comment
    comment within block                    | Comments and Documentation | Single-line Comment
    comment within do_block                 | Comments and Documentation | Single-line Comment
    comment in body_statement within class  | Comments and Documentation | Documentation Comment
    comment in body_statement within module | Comments and Documentation | Documentation Comment
    comment in body_statement within singleton_class | Comments and Documentation | Documentation Comment
    comment in class                        | Comments and Documentation | Documentation Comment
    comment in module                       | Comments and Documentation | Documentation Comment
    comment in singleton_class              | Comments and Documentation | Documentation Comment

    # Identifier and Scope
    identifier                              | Identifier and Scope       | Identifier
    identifier in method.name               | Declaration and Definition | Function
    identifier in singleton_method.name     | Declaration and Definition | Function
    identifier in setter                    | Declaration and Definition | Function
    identifier in alias                     | Declaration and Definition | Function
    identifier in undef                     | Declaration and Definition | Function
    identifier in call.method               | Expression                 | Function Call
    identifier in assignment.left           | Declaration and Definition | Variable
    identifier in left_assignment_list      | Declaration and Definition | Variable
    identifier in destructured_left_assignment | Declaration and Definition | Variable
    identifier in rest_assignment           | Declaration and Definition | Variable
    identifier in for.pattern               | Declaration and Definition | Variable
    identifier in exception_variable        | Declaration and Definition | Variable
    identifier in method_parameters         | Expression                 | Parameter
    identifier in lambda_parameters         | Expression                 | Parameter
    identifier in block_parameters          | Expression                 | Parameter
    identifier in destructured_parameter    | Expression                 | Parameter
    identifier in *.name within method_parameters | Expression           | Parameter
    identifier in *.name within lambda_parameters | Expression           | Parameter
    identifier in *.name within block_parameters  | Expression           | Parameter
    identifier in as_pattern                | Special Language Structure | Pattern Matching
    identifier in variable_reference_pattern | Special Language Structure | Pattern Matching
    identifier in array_pattern             | Special Language Structure | Pattern Matching
    identifier in find_pattern              | Special Language Structure | Pattern Matching
    identifier in keyword_pattern           | Special Language Structure | Pattern Matching
    identifier in in_clause.pattern         | Special Language Structure | Pattern Matching
    identifier in alternative_pattern       | Special Language Structure | Pattern Matching
    identifier in *.name within array_pattern | Special Language Structure | Pattern Matching
    identifier in *.name within find_pattern  | Special Language Structure | Pattern Matching
    identifier in *.name within hash_pattern  | Special Language Structure | Pattern Matching
    identifier in body_statement within method           | Identifier and Scope   | Identifier
    identifier in body_statement within singleton_method | Identifier and Scope   | Identifier
    identifier in body_statement within do_block         | Identifier and Scope   | Identifier
    identifier in body_statement within class            | Modifier and Attribute | Access Modifiers
    identifier in body_statement within module           | Modifier and Attribute | Access Modifiers
    identifier in body_statement within singleton_class  | Modifier and Attribute | Access Modifiers
    constant                                | Identifier and Scope       | Identifier
    constant in class.name                  | Declaration and Definition | Class
    constant in module.name                 | Program Structure          | Namespace
    constant in superclass                  | Declaration and Definition | Class
    constant in assignment.left             | Declaration and Definition | Variable
    constant in call.method                 | Expression                 | Function Call
    constant in scope_resolution.name within superclass | Declaration and Definition | Class
    constant in *.class                     | Special Language Structure | Pattern Matching   # Point(x:, y:) patterns
    constant in as_pattern                  | Special Language Structure | Pattern Matching
    constant in array_pattern               | Special Language Structure | Pattern Matching
    constant in find_pattern                | Special Language Structure | Pattern Matching
    constant in keyword_pattern             | Special Language Structure | Pattern Matching
    constant in alternative_pattern         | Special Language Structure | Pattern Matching
    constant in in_clause.pattern           | Special Language Structure | Pattern Matching
    scope_resolution                        | Identifier and Scope       | Qualified Name
    scope_resolution in class.name          | Declaration and Definition | Class
    scope_resolution in module.name         | Program Structure          | Namespace
    scope_resolution in superclass          | Declaration and Definition | Class
    scope_resolution in assignment.left     | Declaration and Definition | Variable
    instance_variable                       | Identifier and Scope       | Identifier
    instance_variable in assignment.left    | Declaration and Definition | Variable
    class_variable                          | Identifier and Scope       | Identifier
    class_variable in assignment.left       | Declaration and Definition | Variable
    global_variable                         | Identifier and Scope       | Identifier
    global_variable in assignment.left      | Declaration and Definition | Variable
    self                                    | Identifier and Scope       | Identifier

    # Special Language Structure
    lambda                                  | Special Language Structure | Lambda Expression
    block                                   | Special Language Structure | Lambda Expression
    do_block                                | Special Language Structure | Lambda Expression
    yield                                   | Special Language Structure | Coroutine
    case_match                              | Special Language Structure | Pattern Matching
    in_clause                               | Special Language Structure | Pattern Matching
    if_guard                                | Special Language Structure | Pattern Matching
    unless_guard                            | Special Language Structure | Pattern Matching
    match_pattern                           | Special Language Structure | Pattern Matching
    test_pattern                            | Special Language Structure | Pattern Matching
    array_pattern                           | Special Language Structure | Pattern Matching
    find_pattern                            | Special Language Structure | Pattern Matching
    hash_pattern                            | Special Language Structure | Pattern Matching
    keyword_pattern                         | Special Language Structure | Pattern Matching
    alternative_pattern                     | Special Language Structure | Pattern Matching
    as_pattern                              | Special Language Structure | Pattern Matching
    parenthesized_pattern                   | Special Language Structure | Pattern Matching
    variable_reference_pattern              | Special Language Structure | Pattern Matching
    expression_reference_pattern            | Special Language Structure | Pattern Matching
    """
}
