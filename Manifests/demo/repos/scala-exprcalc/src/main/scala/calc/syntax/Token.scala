package calc.syntax

import calc.{ParseError, Pos}
import calc.CalcError.Result

/** Lexical tokens of the expression language. */
sealed trait Token {
  def pos: Pos
}

object Token {
  final case class Num(value: BigDecimal, pos: Pos)   extends Token
  final case class Str(value: String, pos: Pos)       extends Token
  final case class Ident(name: String, pos: Pos)      extends Token
  final case class Keyword(name: String, pos: Pos)    extends Token
  final case class Op(symbol: String, pos: Pos)       extends Token
  final case class LParen(pos: Pos)                   extends Token
  final case class RParen(pos: Pos)                   extends Token
  final case class Comma(pos: Pos)                    extends Token
  final case class EOF(pos: Pos)                      extends Token

  /** Reserved words; they can not be used as identifiers. */
  val Keywords: Set[String] = Set("let", "in", "if", "then", "else", "true", "false", "fn")

  /** Operators, longest first so that the lexer is greedy. */
  val Operators: List[String] =
    List("==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "^", "<", ">", "=", "!")

  /** Binding power of binary operators, higher binds tighter. */
  val precedence: Map[String, Int] = Map(
    "||" -> 1,
    "&&" -> 2,
    "==" -> 3, "!=" -> 3,
    "<"  -> 4, "<=" -> 4, ">" -> 4, ">=" -> 4,
    "+"  -> 5, "-"  -> 5,
    "*"  -> 6, "/"  -> 6, "%" -> 6,
    "^"  -> 7
  )

  def isRightAssoc(op: String): Boolean = op == "^"

  def show(t: Token): String = t match {
    case Num(v, _)      => v.toString
    case Str(s, _)      => "\"" + s + "\""
    case Ident(n, _)    => n
    case Keyword(k, _)  => k
    case Op(o, _)       => o
    case LParen(_)      => "("
    case RParen(_)      => ")"
    case Comma(_)       => ","
    case EOF(_)         => "<eof>"
  }
}

/** Cursor over a token vector with the helpers shared by recursive-descent parsers. */
abstract class TokenCursor(tokens: Vector[Token]) {
  import Token._

  private var index = 0

  protected def current: Token = tokens(index)
  protected def bump(): Token  = { val t = current; if (index < tokens.length - 1) index += 1; t }
  protected def error[A](msg: String): Either[ParseError, A] =
    Left(ParseError(s"$msg, found '${Token.show(current)}'", current.pos))

  protected def expectOp(symbol: String): Result[Unit] = current match {
    case Op(`symbol`, _) => bump(); Right(())
    case _               => error(s"expected '$symbol'")
  }

  protected def expectKeyword(word: String): Result[Unit] = current match {
    case Keyword(`word`, _) => bump(); Right(())
    case _                  => error(s"expected '$word'")
  }

  protected def ident(): Result[String] = current match {
    case Ident(name, _) => bump(); Right(name)
    case _              => error("expected identifier")
  }

  protected def closeParen(): Result[Unit] = current match {
    case RParen(_) => bump(); Right(())
    case _         => error("expected ')'")
  }

  protected def commaSeparated[A](item: () => Result[A]): Result[List[A]] = current match {
    case LParen(_) =>
      bump()
      val items = List.newBuilder[A]
      if (current.isInstanceOf[RParen]) { bump(); return Right(Nil) }
      var done = false
      while (!done) {
        item() match {
          case Left(err) => return Left(err)
          case Right(a)  => items += a
        }
        current match {
          case Comma(_)  => bump()
          case RParen(_) => bump(); done = true
          case _         => return error("expected ',' or ')'")
        }
      }
      Right(items.result())
    case _ => error("expected '('")
  }
}
