import Testing
@testable import M2RCKit

@Suite("Kotlin labels")
struct KotlinLabelTests {
    /// 16 layers (`m2rc parse --tree`): the deepest nodes are in `it.raw.uppercase()` inside the first lambda.
    let book = """
        package io.shop.orders

        import kotlinx.coroutines.delay

        /** Tracks the orders of one customer. */
        @JvmInline
        value class OrderId(val raw: String)

        class OrderBook(private val owner: String) {
            private val orders = mutableListOf<OrderId>()

            // adds an order unless it is already known
            fun add(id: OrderId): Boolean {
                if (id in orders || owner.isBlank()) return false
                orders += id
                return true
            }

            suspend fun total(prices: Map<OrderId, Int>): Int {
                var sum = 0
                outer@ for (id in orders) {
                    val price = prices[id] ?: continue@outer
                    sum += price * 2
                }
                delay(10)
                return sum
            }

            fun describe(x: Any?): String = when (x) {
                is Int -> "int $x"
                null -> "none"
                else -> try { x.toString() } catch (e: Exception) { "?" }
            }

            val labels = orders.map { it.raw.uppercase() }.filter { label -> label.isNotEmpty() }
        }
        """

    func marked(_ text: String, _ span: String) -> String {
        book.replacingOccurrences(of: text, with: span.replacingOccurrences(of: "⟨", with: "⏩")
            .replacingOccurrences(of: "⟩", with: "⏪"))
    }

    @Test("package and imports are Program Structure near the root")
    func programStructure() throws {
        // source_file(1) > package_header(2): depth 2 of 16, bucket ⌈20/16⌉ = 2.
        try expectLabel(.kotlin, marked("package io.shop.orders", "⟨package io.shop.orders⟩"),
                        node: "package_header", .programStructure, "Namespace", depth: 2, bucket: 2)
        // source_file > import_list > import_header > identifier > simple_identifier: N = 5, so depth 3 → bucket 6.
        // (Here no comment follows: the grammar stretches an import_header over a comment after it.)
        try expectLabel(.kotlin, "⏩import kotlinx.coroutines.delay⏪\n\nclass A\n",
                        node: "import_header", .programStructure, "Import/Include", depth: 3, bucket: 6)
    }

    @Test("identifiers: declared names, call targets, labels and plain uses")
    func identifiersByContext() throws {
        // source_file > class_declaration > class_body > function_declaration > simple_identifier: 5 of 16 → 4.
        try expectLabel(.kotlin, marked("fun add(", "fun ⟨add⟩("),
                        node: "simple_identifier", .declarationAndDefinition, "Function", depth: 5, bucket: 4)
        // source_file > class_declaration > type_identifier: 3 of 16 → 2.
        try expectLabel(.kotlin, marked("class OrderBook", "class ⟨OrderBook⟩"),
                        node: "type_identifier", .declarationAndDefinition, "Class", depth: 3, bucket: 2)
        try expectLabel(.kotlin, marked("var sum = 0", "var ⟨sum⟩ = 0"),
                        node: "simple_identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.kotlin, marked("delay(10)", "⟨delay⟩(10)"),
                        node: "simple_identifier", .expression, "Function Call")
        try expectLabel(.kotlin, marked("owner.isBlank", "⟨owner.isBlank⟩"),
                        node: "navigation_expression", .expression, "Function Call")
        try expectLabel(.kotlin, marked("return sum", "return ⟨sum⟩"),
                        node: "simple_identifier", .identifierAndScope, "Identifier")
        try expectLabel(.kotlin, marked("continue@outer", "continue@⟨outer⟩"),
                        node: "label", .identifierAndScope, "Label")
        try expectLabel(.kotlin, marked("(id: OrderId)", "(id: ⟨OrderId⟩)"),
                        node: "user_type", .dataType, "Composite Type")
        try expectLabel(.kotlin, marked("Map<OrderId, Int>", "Map⟨<OrderId, Int>⟩"),
                        node: "type_arguments", .dataType, "Generic")
    }

    @Test("control flow: if, for, jumps, elvis and try")
    func controlFlow() throws {
        try expectLabel(.kotlin, marked("if (id in orders || owner.isBlank()) return false",
                                        "⟨if (id in orders || owner.isBlank()) return false⟩"),
                        node: "if_expression", .controlFlowStructure, "Conditional")
        try expectLabel(.kotlin, marked("id in orders ||", "⟨id in orders⟩ ||"),
                        node: "check_expression", .expression, "Logical Operation")
        try expectLabel(.kotlin, marked("prices[id] ?: continue@outer", "⟨prices[id] ?: continue@outer⟩"),
                        node: "elvis_expression", .controlFlowStructure, "Conditional")
        try expectLabel(.kotlin, marked("return true", "⟨return true⟩"),
                        node: "jump_expression", .controlFlowStructure, "Jump")
        try expectLabel(.kotlin, marked("catch (e: Exception) { \"?\" }", "⟨catch (e: Exception) { \"?\" }⟩"),
                        node: "catch_block", .controlFlowStructure, "Exception Handling")
        try expectLabel(.kotlin, marked("price * 2", "⟨price * 2⟩"),
                        node: "multiplicative_expression", .expression, "Arithmetic Operation")
    }

    @Test("comments, KDoc, annotations and modifiers")
    func commentsAndModifiers() throws {
        try expectLabel(.kotlin, marked("// adds an order unless it is already known",
                                        "⟨// adds an order unless it is already known⟩"),
                        node: "line_comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.kotlin, marked("/** Tracks the orders of one customer. */",
                                        "⟨/** Tracks the orders of one customer. */⟩"),
                        node: "multiline_comment", .commentsAndDocumentation, "Multi-line Comment")
        try expectLabel(.kotlin, marked("@JvmInline", "⟨@JvmInline⟩"),
                        node: "annotation", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.kotlin, marked("@JvmInline", "@⟨JvmInline⟩"),
                        node: "type_identifier", .modifierAndAttribute, "Attribute/Annotation")
        try expectLabel(.kotlin, marked("private val orders", "⟨private⟩ val orders"),
                        node: "visibility_modifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.kotlin, marked("suspend fun", "⟨suspend⟩ fun"),
                        node: "function_modifier", .modifierAndAttribute, "Other Modifiers")
    }

    @Test("lambdas, when entries and type tests")
    func specialForms() throws {
        try expectLabel(.kotlin, marked("{ label -> label.isNotEmpty() }", "⟨{ label -> label.isNotEmpty() }⟩"),
                        node: "lambda_literal", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.kotlin, marked("{ label ->", "{ ⟨label⟩ ->"),
                        node: "simple_identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.kotlin, marked("is Int -> \"int $x\"", "⟨is Int⟩ -> \"int $x\""),
                        node: "type_test", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.kotlin, marked("null -> \"none\"", "⟨null -> \"none\"⟩"),
                        node: "when_entry", .controlFlowStructure, "Conditional")
    }

    @Test("declarations, literals and statements")
    func declarationsAndData() throws {
        try expectLabel(.kotlin, marked("private val orders = mutableListOf<OrderId>()",
                                        "⟨private val orders = mutableListOf<OrderId>()⟩"),
                        node: "property_declaration", .declarationAndDefinition, "Variable")
        try expectLabel(.kotlin, marked("(private val owner: String)", "⟨(private val owner: String)⟩"),
                        node: "primary_constructor", .declarationAndDefinition, "Function")
        try expectLabel(.kotlin, marked("orders += id", "⟨orders += id⟩"),
                        node: "assignment", .declarationAndDefinition, "Variable")
        try expectLabel(.kotlin, marked("\"int $x\"", "⟨\"int $x\"⟩"),
                        node: "string_literal", .dataType, "Primitive Type")
        try expectLabel(.kotlin, marked("null -> \"none\"", "⟨null⟩ -> \"none\""),
                        node: "null_literal", .dataType, "Other")
        try expectLabel(.kotlin, marked("var sum = 0\n", "⟨var sum = 0\n")
                            .replacingOccurrences(of: "        return sum\n", with: "        return sum⏪\n"),
                        node: "statements", .statement, "Compound Statement")
    }
}
