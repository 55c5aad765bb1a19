package calc

import calc.eval.{Builtins, Env, Value}
import calc.eval.Value._
import calc.syntax.{Expr, Lexer, Parser, Token}
import org.scalatest.funsuite.AnyFunSuite

class EvaluatorSpec extends AnyFunSuite {

  private def evalOk(src: String): Value =
    Main.run(src) match {
      case Right(v)  => v
      case Left(err) => fail(s"'$src' failed: ${err.render}")
    }

  private def evalErr(src: String): String =
    Main.run(src).swap.map(_.message).getOrElse(fail(s"'$src' should have failed"))

  test("lexer produces positions and skips comments") {
    val tokens = Lexer("1 + # comment\n  x").toOption.get
    assert(tokens.map(Token.show) == List("1", "+", "x", "<eof>"))
    assert(tokens(2).pos == Pos(2, 3))
  }

  test("operator precedence and right associativity") {
    assert(evalOk("1 + 2 * 3") == (7: Value))
    assert(evalOk("2 ^ 3 ^ 2") == (512: Value))
    assert(evalOk("(1 + 2) * 3 == 9") == Value.True)
  }

  test("let, lambdas and closures") {
    val src =
      """let add = fn(a, b) -> a + b in
        |let inc = fn(x) -> add(x, 1) in
        |inc(inc(40))""".stripMargin
    assert(evalOk(src) == NumV(42))
  }

  test("recursion is bounded by the call depth") {
    val loop = "let f = fn(n) -> n in f(f(f(1)))"
    assert(evalOk(loop) == NumV(1))
  }

  test("builtins and string concatenation") {
    assert(evalOk("max(3, 9, 4) - min(2, 5)") == NumV(7))
    assert(evalOk("\"n=\" + len(\"abc\")") == StrV("n=3"))
    assert(evalOk("floor(sqrt(17))") == NumV(4))
  }

  test("errors carry readable messages") {
    assert(evalErr("1 / 0") == "division by zero")
    assert(evalErr("nope + 1").contains("undefined variable"))
    assert(evalErr("let x = in 3").startsWith("unexpected"))
    assert(evalErr("\"abc").contains("unterminated"))
  }

  test("free variables ignore bound names") {
    val expr = Parser.parse("let y = 1 in fn(x) -> x + y + z").toOption.get
    assert(Expr.freeVars(expr) == Set("z"))
  }

  test("definitions persist across REPL steps") {
    val s0         = Main.Session(Builtins.globals)
    val (o1, s1)   = Main.step(s0, "def rate = 0.25")
    val (o2, _)    = Main.step(s1, "rate * 8")
    assert(o1 == "rate = 0.25")
    assert(o2 == "2")
    assert(s1.env.contains("rate") && !Env.empty.contains("rate"))
  }
}
