package calc.syntax

import calc.ParseError
import calc.CalcError.Result
import calc.syntax.Expr._
import calc.syntax.Token._

/**
 * Recursive-descent / precedence-climbing parser.
 *
 * {{{
 * expr    ::= "let" IDENT "=" expr "in" expr
 *           | "if" expr "then" expr "else" expr
 *           | "fn" "(" params ")" "->" expr
 *           | binary
 * binary  ::= unary (OP unary)*
 * unary   ::= ("-" | "!") unary | call
 * call    ::= atom ("(" args ")")*
 * }}}
 */
final class Parser(tokens: Vector[Token]) extends TokenCursor(tokens) {
  def parseAll(): Result[Expr] =
    for {
      e <- expr()
      _ <- if (current.isInstanceOf[EOF]) Right(()) else error("unexpected trailing input")
    } yield e

  def expr(): Result[Expr] = current match {
    case Keyword("let", _) =>
      bump()
      for {
        name  <- ident()
        _     <- expectOp("=")
        bound <- expr()
        _     <- expectKeyword("in")
        body  <- expr()
      } yield Let(name, bound, body)
    case Keyword("if", _) =>
      bump()
      for {
        c <- expr(); _ <- expectKeyword("then")
        t <- expr(); _ <- expectKeyword("else")
        f <- expr()
      } yield If(c, t, f)
    case Keyword("fn", _) =>
      bump()
      for {
        ps   <- commaSeparated(() => ident())
        _    <- expectOp("->")
        body <- expr()
      } yield Lambda(ps, body)
    case _ => binary(0)
  }

  private def binary(minPrec: Int): Result[Expr] = {
    var left = unary()
    var continue = true
    while (continue && left.isRight) {
      current match {
        case Op(op, _) if Token.precedence.getOrElse(op, -1) >= minPrec =>
          val prec = Token.precedence(op)
          bump()
          val next = if (Token.isRightAssoc(op)) prec else prec + 1
          left = for { l <- left; r <- binary(next) } yield Binary(op, l, r)
        case _ => continue = false
      }
    }
    left
  }

  private def unary(): Result[Expr] = current match {
    case Op(op @ ("-" | "!"), _) => bump(); unary().map(Unary(op, _))
    case _                       => call()
  }

  private def call(): Result[Expr] = {
    var result = atom()
    while (result.isRight && current.isInstanceOf[LParen]) {
      result = for { f <- result; args <- commaSeparated(() => expr()) } yield Call(f, args)
    }
    result
  }

  private def atom(): Result[Expr] = bump() match {
    case Num(v, _)           => Right(NumLit(v))
    case Str(s, _)           => Right(StrLit(s))
    case Keyword("true", _)  => Right(BoolLit(true))
    case Keyword("false", _) => Right(BoolLit(false))
    case Ident(n, _)         => Right(Var(n))
    case LParen(_) =>
      for {
        e <- expr()
        _ <- closeParen()
      } yield e
    case other => Left(ParseError(s"unexpected '${Token.show(other)}'", other.pos))
  }
}

object Parser {
  def parse(source: String): Result[Expr] =
    Lexer(source).flatMap(tokens => new Parser(tokens.toVector).parseAll())
}
