package calc.eval

import calc.CalcError.{fail, Result}
import calc.syntax.Expr

import scala.language.implicitConversions

/** Runtime values produced by the [[Evaluator]]. */
sealed trait Value {
  def typeName: String = this match {
    case Value.NumV(_)    => "number"
    case Value.StrV(_)    => "string"
    case Value.BoolV(_)   => "boolean"
    case _: Value.Closure => "function"
    case _: Value.Native  => "builtin"
  }
}

object Value {
  final case class NumV(n: BigDecimal)                                 extends Value
  final case class StrV(s: String)                                     extends Value
  final case class BoolV(b: Boolean)                                   extends Value
  final case class Closure(params: List[String], body: Expr, env: Env) extends Value {
    override def toString: String = s"<fn/${params.size}>"
  }
  final case class Native(name: String, arity: Int, run: List[Value] => Result[Value]) extends Value {
    override def toString: String = s"<builtin $name>"
  }

  val True: Value  = BoolV(true)
  val False: Value = BoolV(false)

  /** Lets Scala literals be used where a [[Value]] is expected. */
  implicit def fromInt(i: Int): Value          = NumV(BigDecimal(i))
  implicit def fromDouble(d: Double): Value    = NumV(BigDecimal(d))
  implicit def fromString(s: String): Value    = StrV(s)
  implicit def fromBoolean(b: Boolean): Value  = BoolV(b)

  /** Extractors with friendly error messages. */
  implicit class ValueOps(private val v: Value) extends AnyVal {
    def asNum: Result[BigDecimal] = v match {
      case NumV(n) => Right(n)
      case other   => fail(s"expected number, got ${other.typeName}")
    }

    def asBool: Result[Boolean] = v match {
      case BoolV(b) => Right(b)
      case other    => fail(s"expected boolean, got ${other.typeName}")
    }

    def truthy: Boolean = v match {
      case BoolV(b) => b
      case NumV(n)  => n != 0
      case StrV(s)  => s.nonEmpty
      case _        => true
    }
  }
}
