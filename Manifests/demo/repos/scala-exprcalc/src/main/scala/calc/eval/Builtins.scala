package calc.eval

import calc.CalcError.{fail, Result}
import calc.eval.Value._

import scala.math.BigDecimal.RoundingMode

/** The standard library of native functions available to every program. */
object Builtins {

  private def numeric(name: String)(f: BigDecimal => BigDecimal): (String, Value) =
    name -> Native(name, 1, {
      case List(NumV(n)) => Right(NumV(f(n)))
      case List(other)   => fail(s"$name: expected number, got ${other.typeName}")
      case args          => fail(s"$name: bad arguments $args")
    })

  private val minMax: List[(String, Value)] =
    for {
      (name, pick) <- List[(String, (BigDecimal, BigDecimal) => BigDecimal)](
                        "min" -> ((a, b) => a.min(b)),
                        "max" -> ((a, b) => a.max(b)))
    } yield name -> Native(name, -1, args =>
      args.map(_.asNum) match {
        case Nil => fail(s"$name needs at least one argument")
        case nums =>
          nums.collectFirst { case Left(err) => err } match {
            case Some(err) => Left(err)
            case None      => Right(NumV(nums.collect { case Right(n) => n }.reduce(pick)))
          }
      })

  private val strings: List[(String, Value)] = List(
    "len" -> Native("len", 1, {
      case List(StrV(s)) => Right(NumV(s.length))
      case List(v)       => fail(s"len: expected string, got ${v.typeName}")
      case _             => fail("len: one argument")
    }),
    "str" -> Native("str", 1, args => Right(StrV(Show.show(args.head)))),
    "upper" -> Native("upper", 1, {
      case List(StrV(s)) => Right(StrV(s.toUpperCase))
      case _             => fail("upper: expected a string")
    })
  )

  /** Names and values of every builtin, plus the constants `pi` and `e`. */
  val all: Map[String, Value] = (List(
    numeric("abs")(_.abs),
    numeric("floor")(_.setScale(0, RoundingMode.FLOOR)),
    numeric("ceil")(_.setScale(0, RoundingMode.CEILING)),
    numeric("sqrt")(n => BigDecimal(math.sqrt(n.toDouble))),
    "pi" -> NumV(BigDecimal(math.Pi)),
    "e"  -> NumV(BigDecimal(math.E))
  ) ++ minMax ++ strings).toMap

  def globals: Env = Env(all.toSeq: _*)

  def isBuiltin(name: String): Boolean = all.contains(name)

  def lookupNative(name: String): Result[Native] = all.get(name) match {
    case Some(n: Native) => Right(n)
    case Some(other)     => fail(s"$name is a constant (${other.typeName}), not a function")
    case None            => fail(s"no builtin named $name")
  }
}
