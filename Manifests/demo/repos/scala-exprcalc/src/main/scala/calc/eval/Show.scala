package calc.eval

import calc.syntax.Expr
import calc.syntax.Expr._

/** Type class for turning things into user-facing text. */
trait Show[A] {
  def show(a: A): String
}

object Show {

  def apply[A](implicit instance: Show[A]): Show[A] = instance

  def show[A: Show](a: A): String = Show[A].show(a)

  implicit val valueShow: Show[Value] = {
    case Value.NumV(n) if n.isWhole => n.toBigInt.toString
    case Value.NumV(n)              => n.bigDecimal.stripTrailingZeros.toPlainString
    case Value.StrV(s)              => s
    case Value.BoolV(b)             => if (b) "true" else "false"
    case other                      => other.toString
  }

  /** Pretty-prints expressions with minimal parentheses. */
  implicit val exprShow: Show[Expr] = new Show[Expr] {
    def show(e: Expr): String = e match {
      case NumLit(n)        => n.toString
      case StrLit(s)        => "\"" + s.replace("\"", "\\\"") + "\""
      case BoolLit(b)       => b.toString
      case Var(n)           => n
      case Unary(op, x)     => op + wrap(x)
      case Binary(op, l, r) => s"${wrap(l)} $op ${wrap(r)}"
      case If(c, t, f)      => s"if ${show(c)} then ${show(t)} else ${show(f)}"
      case Let(n, b, body)  => s"let $n = ${show(b)} in ${show(body)}"
      case Lambda(ps, body) => ps.mkString("fn(", ", ", s") -> ${show(body)}")
      case Call(f, args)    => wrap(f) + args.map(show).mkString("(", ", ", ")")
    }

    private def wrap(e: Expr): String = e match {
      case _: Binary | _: If | _: Let | _: Lambda => "(" + show(e) + ")"
      case simple                                 => show(simple)
    }
  }

  /** Enables `value.show` syntax. */
  implicit class ShowSyntax[A](private val a: A) extends AnyVal {
    def show(implicit s: Show[A]): String = s.show(a)
  }

  implicit def listShow[A](implicit inner: Show[A]): Show[List[A]] =
    (xs: List[A]) => xs.map(inner.show).mkString("[", ", ", "]")
}
