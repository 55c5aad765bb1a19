import Testing
@testable import M2RCKit

@Suite("R labels")
struct RLabelTests {
    /// 14 layers (anonymous tokens included): the top-level assignment is at depth 2.
    let script = """
        # Summarise sales by region.
        summarise_sales <- function(sales, by = "region") {
          if (nrow(sales) == 0L) {
            return(NULL)
          }
          totals <- tapply(sales$amount, sales[[by]], sum)
          for (i in seq_along(totals)) {
            if (is.na(totals[i])) next
          }
          shares <- vapply(totals, function(x) x / sum(totals), numeric(1))
          dplyr::arrange(data.frame(share = shares), TRUE)
        }
        """

    func marking(_ text: String, as marked: String) -> String {
        precondition(script.components(separatedBy: text).count == 2, "`\(text)` must occur once")
        return script.replacingOccurrences(of: text, with: marked)
    }

    @Test("a statement-level `<-` defines a variable; a function on its right is a function definition")
    func declarations() throws {
        try expectLabel(.r, marking("summarise_sales <- function", as: "⏩summarise_sales <- function")
                            .replacingOccurrences(of: "TRUE)\n}", with: "TRUE)\n}⏪"),
                        node: "binary_operator", .declarationAndDefinition, "Variable", depth: 2, bucket: 2)
        try expectLabel(.r, marking("function(sales, by = \"region\") {", as: "⏩function(sales, by = \"region\") {")
                            .replacingOccurrences(of: "TRUE)\n}", with: "TRUE)\n}⏪"),
                        node: "function_definition", .declarationAndDefinition, "Function", depth: 3, bucket: 3)
        try expectLabel(.r, marking("by = \"region\"", as: "⏩by = \"region\"⏪"),
                        node: "parameter", .declarationAndDefinition, "Variable")
        try expectLabel(.r, marking("totals <- tapply", as: "⏩totals⏪ <- tapply"),
                        node: "identifier", .declarationAndDefinition, "Variable", depth: 6, bucket: 5)
    }

    @Test("identifiers by context: callees, namespaces, loop variables, uses and delimiters")
    func identifiersByContext() throws {
        try expectLabel(.r, marking("tapply(", as: "⏩tapply⏪("),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.r, marking("sales[[by]], sum)", as: "sales[[by]], ⏩sum⏪)"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.r, marking("dplyr::", as: "⏩dplyr⏪::"),
                        node: "identifier", .programStructure, "Namespace")
        try expectLabel(.r, marking("for (i in", as: "for (⏩i⏪ in"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.r, marking("(sales, by", as: "(sales⏩,⏪ by"),
                        node: "comma", .identifierAndScope, "Delimiter")
    }

    @Test("conditionals, loops and jumps")
    func controlFlow() throws {
        try expectLabel(.r, marking("if (is.na(totals[i])) next", as: "⏩if (is.na(totals[i])) next⏪"),
                        node: "if_statement", .controlFlowStructure, "Conditional")
        try expectLabel(.r, marking("totals[i])) next", as: "totals[i])) ⏩next⏪"),
                        node: "next", .controlFlowStructure, "Jump")
        try expectLabel(.r, marking("return(NULL)", as: "⏩return⏪(NULL)"),
                        node: "return", .controlFlowStructure, "Jump")
        try expectLabel(.r, "⏩while (n > 0) n <- n - 1⏪\n",
                        node: "while_statement", .controlFlowStructure, "Loop")
        try expectLabel(.r, "repeat {\n  if (done()) ⏩break⏪\n}\n",
                        node: "break", .controlFlowStructure, "Jump")
    }

    @Test("operators by position: conditions, sequences, extraction and arithmetic")
    func expressions() throws {
        try expectLabel(.r, marking("nrow(sales) == 0L", as: "⏩nrow(sales) == 0L⏪"),
                        node: "binary_operator", .expression, "Logical Operator")
        try expectLabel(.r, marking("x / sum(totals)", as: "⏩x / sum(totals)⏪"),
                        node: "binary_operator", .expression, "Arithmetic Operation")
        try expectLabel(.r, "for (k in ⏩1:10⏪) print(k)\n",
                        node: "binary_operator", .expression, "Sequence Operator")
        try expectLabel(.r, marking("sales$amount", as: "⏩sales$amount⏪"),
                        node: "extract_operator", .expression, "Special Operator")
        try expectLabel(.r, marking("sales[[by]]", as: "⏩sales[[by]]⏪"),
                        node: "subset2", .expression, "Special Operator")
        try expectLabel(.r, marking("numeric(1)", as: "⏩numeric(1)⏪"),
                        node: "call", .expression, "Function Call")
    }

    @Test("literals and comments")
    func dataAndComments() throws {
        try expectLabel(.r, marking("== 0L", as: "== ⏩0L⏪"), node: "integer", .dataType, "Primitive Type")
        try expectLabel(.r, marking("\"region\"", as: "⏩\"region\"⏪"), node: "string", .dataType, "Primitive Type")
        try expectLabel(.r, marking("NULL", as: "⏩NULL⏪"), node: "null", .dataType, "Special Value")
        try expectLabel(.r, marking("TRUE", as: "⏩TRUE⏪"), node: "true", .dataType, "Boolean")
        try expectLabel(.r, "x[is.na(x)] <- ⏩NA⏪\n", node: "na", .dataType, "Special Value")
        try expectLabel(.r, marking("# Summarise sales by region.", as: "⏩# Summarise sales by region.⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
    }

    @Test("anonymous functions, lambdas and braces")
    func specialForms() throws {
        try expectLabel(.r, marking("function(x) x / sum(totals)", as: "⏩function(x) x / sum(totals)⏪"),
                        node: "function_definition", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.r, "sapply(xs, ⏩\\(x) x + 1⏪)\n",
                        node: "function_definition", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.r, marking("{\n    return(NULL)\n  }", as: "⏩{\n    return(NULL)\n  }⏪"),
                        node: "braced_expression", .statement, "Compound Statement")
    }
}
