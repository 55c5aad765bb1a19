package calc.syntax

/** Abstract syntax tree of the expression language. */
sealed trait Expr extends Product with Serializable

object Expr {
  final case class NumLit(value: BigDecimal)                         extends Expr
  final case class StrLit(value: String)                             extends Expr
  final case class BoolLit(value: Boolean)                           extends Expr
  final case class Var(name: String)                                 extends Expr
  final case class Unary(op: String, operand: Expr)                  extends Expr
  final case class Binary(op: String, left: Expr, right: Expr)       extends Expr
  final case class If(cond: Expr, thenBranch: Expr, elseBranch: Expr) extends Expr
  final case class Let(name: String, bound: Expr, body: Expr)        extends Expr
  final case class Lambda(params: List[String], body: Expr)          extends Expr
  final case class Call(callee: Expr, args: List[Expr])              extends Expr

  /** Free variables of an expression, i.e. names not bound by let or fn. */
  def freeVars(e: Expr): Set[String] = e match {
    case NumLit(_) | StrLit(_) | BoolLit(_) => Set.empty
    case Var(name)                          => Set(name)
    case Unary(_, x)                        => freeVars(x)
    case Binary(_, l, r)                    => freeVars(l) ++ freeVars(r)
    case If(c, t, f)                        => freeVars(c) ++ freeVars(t) ++ freeVars(f)
    case Let(n, b, body)                    => freeVars(b) ++ (freeVars(body) - n)
    case Lambda(ps, body)                   => freeVars(body) -- ps
    case Call(f, args)                      => args.foldLeft(freeVars(f))(_ ++ freeVars(_))
  }

  /** Number of nodes in the tree; used to limit evaluation of huge inputs. */
  def size(e: Expr): Int = e match {
    case Unary(_, x)      => 1 + size(x)
    case Binary(_, l, r)  => 1 + size(l) + size(r)
    case If(c, t, f)      => 1 + size(c) + size(t) + size(f)
    case Let(_, b, body)  => 1 + size(b) + size(body)
    case Lambda(_, body)  => 1 + size(body)
    case Call(f, args)    => 1 + size(f) + args.map(size).sum
    case _                => 1
  }
}
