extension LabelTables {
    // HTML: tree-sitter-html @ cbb91a0 (language pack 0.10.0). Format: see LabelTable.swift.
    static let html = """
    # Program Structure
    document                | Program Structure          | -

    # Special Language Structure
    doctype                 | Special Language Structure | Document Type
    element                 | Special Language Structure | Element
    script_element          | Special Language Structure | Special Element
    style_element           | Special Language Structure | Special Element
    start_tag               | Special Language Structure | Tag
    end_tag                 | Special Language Structure | Tag
    self_closing_tag        | Special Language Structure | Tag
    erroneous_end_tag       | Special Language Structure | Tag
    attribute               | Special Language Structure | Attribute
    attribute_value         | Special Language Structure | Attribute
    quoted_attribute_value  | Special Language Structure | Attribute
    entity                  | Special Language Structure | Entity
    # the embedded JavaScript or CSS of <script> and <style> (its only parents): one opaque token in this grammar
    raw_text                | Special Language Structure | Raw Text

    # Data Type
    text                    | Data Type                  | HTML Text

    # Comments and Documentation
    comment                 | Comments and Documentation | HTML Comment

    # Identifier and Scope
    tag_name                | Identifier and Scope       | Identifier
    erroneous_end_tag_name  | Identifier and Scope       | Identifier
    attribute_name          | Identifier and Scope       | Identifier
    """
}
