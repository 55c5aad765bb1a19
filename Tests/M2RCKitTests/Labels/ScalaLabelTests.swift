import Testing
@testable import M2RCKit

@Suite("Scala labels")
struct ScalaLabelTests {
    // 14 layers: the deepest nodes are the operands of `c.r` inside the `${c.r}` interpolation (depth 14).
    let shapes = """
        package geometry

        import scala.math.{Pi, sqrt}

        /** Shapes with an area. */
        sealed trait Shape {
          def area: Double
        }

        final case class Circle(r: Double) extends Shape {
          override def area: Double = Pi * r * r
        }

        object Shapes {
          // Largest shape first.
          def describe(shapes: List[Shape]): String = {
            val sorted = shapes.sortBy(s => -s.area)
            sorted.headOption match {
              case Some(c: Circle) if c.r > 0 => s"circle ${c.r}"
              case Some(_) => "other"
              case None => throw new IllegalArgumentException("empty")
            }
          }

          @deprecated("use describe", "1.0")
          def total(shapes: Seq[Shape]): Double =
            try shapes.map(_.area).sum
            catch { case e: ArithmeticException => 0.0 }
        }
        """

    @Test("package clauses and imports are Program Structure near the root")
    func programStructure() throws {
        // compilation_unit (1) > import_declaration (2); N = 14, bucket = ⌈2·10/14⌉ = 2.
        try expectLabel(.scala, shapes.replacingOccurrences(of: "import scala.math.{Pi, sqrt}",
                                                            with: "⏩import scala.math.{Pi, sqrt}⏪"),
                        node: "import_declaration", .programStructure, "Import/Include", depth: 2, bucket: 2)
        try expectLabel(.scala, shapes.replacingOccurrences(of: "{Pi, sqrt}", with: "{Pi, ⏩sqrt⏪}"),
                        node: "identifier", .programStructure, "Import/Include")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "package geometry", with: "⏩package geometry⏪"),
                        node: "package_clause", .programStructure, "Namespace")
    }

    @Test("identifiers: declared names, callees, bindings and plain uses")
    func identifiersByContext() throws {
        try expectLabel(.scala, shapes.replacingOccurrences(of: "def describe(", with: "def ⏩describe⏪("),
                        node: "identifier", .declarationAndDefinition, "Function")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "object Shapes {", with: "object ⏩Shapes⏪ {"),
                        node: "identifier", .declarationAndDefinition, "Class")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "val sorted =", with: "val ⏩sorted⏪ ="),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "shapes.sortBy(", with: "⏩shapes.sortBy⏪("),
                        node: "field_expression", .expression, "Function Call")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "sortBy(s =>", with: "sortBy(⏩s⏪ =>"),
                        node: "identifier", .identifierAndScope, "Binding")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "sorted.headOption match", with: "⏩sorted.headOption⏪ match"),
                        node: "field_expression", .modifierAndAttribute, "Annotation")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "Pi * r * r", with: "Pi * r * ⏩r⏪"),
                        node: "identifier", .identifierAndScope, "Identifier")
    }

    @Test("pattern matching, lambdas and placeholders")
    func patternsAndLambdas() throws {
        // compilation_unit > object_definition > template_body > function_definition > block > match_expression:
        // depth 6, bucket ⌈60/14⌉ = 5.
        let match = """
            sorted.headOption match {
                  case Some(c: Circle) if c.r > 0 => s"circle ${c.r}"
                  case Some(_) => "other"
                  case None => throw new IllegalArgumentException("empty")
                }
            """
        try expectLabel(.scala, shapes.replacingOccurrences(of: match, with: "⏩" + match + "⏪"),
                        node: "match_expression", .specialLanguageStructure, "Pattern Matching", depth: 6, bucket: 5)
        // … > match_expression (6) > case_block (7) > case_clause (8) > case_class_pattern (9): bucket ⌈90/14⌉ = 7.
        try expectLabel(.scala, shapes.replacingOccurrences(of: "case Some(_) =>", with: "case ⏩Some(_)⏪ =>"),
                        node: "case_class_pattern", .specialLanguageStructure, "Pattern Matching", depth: 9, bucket: 7)
        try expectLabel(.scala, shapes.replacingOccurrences(of: "if c.r > 0 =>", with: "⏩if c.r > 0⏪ =>"),
                        node: "guard", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "sortBy(s => -s.area)", with: "sortBy(⏩s => -s.area⏪)"),
                        node: "lambda_expression", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "map(_.area)", with: "map(⏩_⏪.area)"),
                        node: "wildcard", .specialLanguageStructure, "Lambda Expression")
    }

    @Test("control flow: conditionals, loops, exceptions and returns")
    func controlFlow() throws {
        try expectLabel(.scala, shapes.replacingOccurrences(of: "catch { case e: ArithmeticException => 0.0 }",
                                                            with: "⏩catch { case e: ArithmeticException => 0.0 }⏪"),
                        node: "catch_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "{ case e: ArithmeticException => 0.0 }",
                                                            with: "{ ⏩case e: ArithmeticException => 0.0⏪ }"),
                        node: "case_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "throw new IllegalArgumentException(\"empty\")",
                                                            with: "⏩throw new IllegalArgumentException(\"empty\")⏪"),
                        node: "throw_expression", .controlFlowStructure, "Exception Handling")
        try expectLabel(.scala, "object M {\n  def f(n: Int): Int = ⏩if (n > 0) n else -n⏪\n}\n",
                        node: "if_expression", .controlFlowStructure, "Conditional")
        try expectLabel(.scala, "object M {\n  def f(n: Int): Int = if (⏩n > 0⏪) n else -n\n}\n",
                        node: "infix_expression", .expression, "Logical Operator")
        try expectLabel(.scala, "object M {\n  for (⏩i <- 1 to 3⏪) println(i)\n}\n",
                        node: "enumerator", .controlFlowStructure, "Loop")
        try expectLabel(.scala, "object M {\n  def f(n: Int): Int = { ⏩return n⏪ }\n}\n",
                        node: "return_expression", .controlFlowStructure, "Jump")
    }

    @Test("expressions and literals: arithmetic, object creation, tuples, strings")
    func expressions() throws {
        try expectLabel(.scala, shapes.replacingOccurrences(of: "= Pi * r * r", with: "= ⏩Pi * r * r⏪"),
                        node: "infix_expression", .expression, "Arithmetic Operation")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "Pi * r", with: "Pi ⏩*⏪ r"),
                        node: "operator_identifier", .expression, "Special Operator")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "new IllegalArgumentException(\"empty\")",
                                                            with: "⏩new IllegalArgumentException(\"empty\")⏪"),
                        node: "instance_expression", .expression, "Object Creation")
        try expectLabel(.scala, "object M {\n  val p = ⏩(1, \"one\")⏪\n}\n",
                        node: "tuple_expression", .expression, "Tuple Expression")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "s\"circle ${c.r}\"", with: "⏩s\"circle ${c.r}\"⏪"),
                        node: "interpolated_string_expression", .dataType, "String")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "=> 0.0 }", with: "=> ⏩0.0⏪ }"),
                        node: "floating_point_literal", .dataType, "Numeric")
    }

    @Test("declarations, types, modifiers, annotations, comments and Scala 3 forms")
    func declarationsAndModifiers() throws {
        try expectLabel(.scala, shapes.replacingOccurrences(of: "def area: Double\n", with: "⏩def area: Double⏪\n"),
                        node: "function_declaration", .declarationAndDefinition, "Function")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "extends Shape {", with: "⏩extends Shape⏪ {"),
                        node: "extends_clause", .declarationAndDefinition, "Class")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "shapes: List[Shape]", with: "shapes: ⏩List[Shape]⏪"),
                        node: "generic_type", .dataType, "Generic")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "def total(shapes: Seq[Shape]): Double",
                                                            with: "def total(shapes: Seq[Shape]): ⏩Double⏪"),
                        node: "type_identifier", .dataType, "Primitive Type")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "@deprecated(\"use describe\", \"1.0\")",
                                                            with: "⏩@deprecated(\"use describe\", \"1.0\")⏪"),
                        node: "annotation", .modifierAndAttribute, "Annotation")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "sealed trait", with: "⏩sealed⏪ trait"),
                        node: "modifiers", .modifierAndAttribute, "Other Modifiers")
        try expectLabel(.scala, "class A {\n  ⏩private⏪ val x = 1\n}\n",
                        node: "access_modifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.scala, shapes.replacingOccurrences(of: "/** Shapes with an area. */",
                                                            with: "⏩/** Shapes with an area. */⏪"),
                        node: "block_comment", .commentsAndDocumentation, "Multi-line Comment", depth: 2, bucket: 2)
        try expectLabel(.scala, shapes.replacingOccurrences(of: "// Largest shape first.",
                                                            with: "⏩// Largest shape first.⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.scala, "⏩enum Color {\n  case Red, Green\n}⏪\n", node: "enum_definition",
                        .declarationAndDefinition, "Class")
        try expectLabel(.scala, "object M:\n  ⏩extension (s: String) def shout: String = s.toUpperCase⏪\n",
                        node: "extension_definition", .declarationAndDefinition, "Function")
        try expectLabel(.scala, "object M:\n  ⏩given ord: Ordering[Int] = Ordering.Int⏪\n",
                        node: "given_definition", .declarationAndDefinition, "Variable")
        try expectLabel(.scala, "object M {\n  inline def sq(x: Int): Int = ${ sqImpl('x) }\n  val q = ⏩'{ 1 + 2 }⏪\n}\n",
                        node: "quote_expression", .preprocessingDirective, "Macro Definition")
    }
}
