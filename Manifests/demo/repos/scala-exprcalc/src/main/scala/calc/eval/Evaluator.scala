package calc.eval

import calc.{CalcError, EvalError}
import calc.CalcError.{fail, Result}
import calc.eval.Value._
import calc.syntax.Expr
import calc.syntax.Expr._

import java.math.MathContext

/**
 * Tree-walking evaluator. Evaluation is strict, left to right, and
 * bounded by [[maxDepth]] nested calls to avoid stack overflows.
 */
class Evaluator(globals: Env, maxDepth: Int = 512) {

  private val mc = MathContext.DECIMAL64

  def eval(expr: Expr): Result[Value] = eval(expr, globals, 0)

  private def eval(expr: Expr, env: Env, depth: Int): Result[Value] = {
    if (depth > maxDepth) return fail(s"maximum call depth $maxDepth exceeded")
    expr match {
      case NumLit(n)  => Right(NumV(n))
      case StrLit(s)  => Right(StrV(s))
      case BoolLit(b) => Right(BoolV(b))
      case Var(name)  => env.lookup(name).toRight(EvalError(s"undefined variable '$name'"))
      case Unary("-", x) => eval(x, env, depth).flatMap(_.asNum).map(n => NumV(-n))
      case Unary("!", x) => eval(x, env, depth).map(v => BoolV(!v.truthy))
      case Unary(op, _)  => fail(s"unknown unary operator $op")
      case Binary("&&", l, r) =>
        eval(l, env, depth).flatMap(lv => if (lv.truthy) eval(r, env, depth) else Right(lv))
      case Binary("||", l, r) =>
        eval(l, env, depth).flatMap(lv => if (lv.truthy) Right(lv) else eval(r, env, depth))
      case Binary(op, l, r) =>
        for {
          lv <- eval(l, env, depth)
          rv <- eval(r, env, depth)
          v  <- binary(op, lv, rv)
        } yield v
      case If(c, t, f) =>
        eval(c, env, depth).flatMap(cv => eval(if (cv.truthy) t else f, env, depth))
      case Let(name, bound, body) =>
        eval(bound, env, depth).flatMap(v => eval(body, env.extend(name, v), depth))
      case Lambda(params, body) => Right(Closure(params, body, env))
      case Call(callee, args) =>
        for {
          f  <- eval(callee, env, depth)
          as <- CalcError.sequence(args.map(eval(_, env, depth)))
          r  <- apply(f, as, depth + 1)
        } yield r
    }
  }

  def apply(f: Value, args: List[Value], depth: Int): Result[Value] = f match {
    case Closure(ps, body, closureEnv) if ps.length == args.length =>
      eval(body, closureEnv.extendAll(ps.zip(args)), depth)
    case Native(_, arity, run) if arity < 0 || arity == args.length => run(args)
    case Closure(ps, _, _) => fail(s"expected ${ps.length} arguments, got ${args.length}")
    case Native(name, arity, _) => fail(s"$name expects $arity arguments, got ${args.length}")
    case other => fail(s"cannot call a ${other.typeName}")
  }

  private def binary(op: String, l: Value, r: Value): Result[Value] = (op, l, r) match {
    case ("+", StrV(a), b)        => Right(StrV(a + Show.show(b)))
    case ("==", a, b)             => Right(BoolV(a == b))
    case ("!=", a, b)             => Right(BoolV(a != b))
    case (_, NumV(a), NumV(b))    => arithmetic(op, a, b)
    case _ => fail(s"operator '$op' not defined for ${l.typeName} and ${r.typeName}")
  }

  private def arithmetic(op: String, a: BigDecimal, b: BigDecimal): Result[Value] = op match {
    case "+"  => Right(NumV(a + b))
    case "-"  => Right(NumV(a - b))
    case "*"  => Right(NumV(a * b))
    case "/" | "%" if b == 0 => fail("division by zero")
    case "/"  => Right(NumV(a.bigDecimal.divide(b.bigDecimal, mc)))
    case "%"  => Right(NumV(a % b))
    case "^" if b.isValidInt && b >= 0 => Right(NumV(a.pow(b.toInt)))
    case "^"  => fail("exponent must be a non-negative integer")
    case "<"  => Right(BoolV(a < b))
    case "<=" => Right(BoolV(a <= b))
    case ">"  => Right(BoolV(a > b))
    case ">=" => Right(BoolV(a >= b))
    case _    => fail(s"unknown operator $op")
  }
}
