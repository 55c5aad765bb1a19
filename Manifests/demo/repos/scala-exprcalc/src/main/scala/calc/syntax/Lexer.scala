package calc.syntax

import calc.{LexError, Pos}
import calc.CalcError.Result

import scala.annotation.tailrec
import scala.collection.mutable.ListBuffer

/** Converts source text into a list of [[Token]]s. */
final class Lexer(source: String) {
  import Token._

  private var offset = 0
  private var line   = 1
  private var column = 1

  private def peek: Char    = if (offset < source.length) source.charAt(offset) else '\u0000'
  private def atEnd: Boolean = offset >= source.length
  private def here: Pos      = Pos(line, column)

  private def advance(): Char = {
    val c = source.charAt(offset)
    offset += 1
    if (c == '\n') { line += 1; column = 1 }
    else column += 1
    c
  }

  @tailrec
  private def skipBlanks(): Unit = {
    if (!atEnd && peek.isWhitespace) { advance(); skipBlanks() }
    else if (source.startsWith("#", offset)) {
      while (!atEnd && peek != '\n') advance()
      skipBlanks()
    }
  }

  private def takeWhile(p: Char => Boolean): String = {
    val sb = new StringBuilder
    while (!atEnd && p(peek)) sb += advance()
    sb.toString
  }

  def tokenize(): Result[List[Token]] = {
    val out = ListBuffer.empty[Token]
    skipBlanks()
    while (!atEnd) {
      val start = here
      val c     = peek
      val token: Either[LexError, Token] =
        if (c.isDigit) {
          Right(Num(BigDecimal(takeWhile(ch => ch.isDigit || ch == '.' || ch == '_').replace("_", "")), start))
        } else if (c.isLetter || c == '_') {
          val word = takeWhile(ch => ch.isLetterOrDigit || ch == '_')
          Right(if (Keywords.contains(word)) Keyword(word, start) else Ident(word, start))
        } else if (c == '"') {
          advance()
          val text = takeWhile(_ != '"')
          if (atEnd) Left(LexError("unterminated string literal", start))
          else { advance(); Right(Str(text, start)) }
        } else {
          c match {
            case '(' => advance(); Right(LParen(start))
            case ')' => advance(); Right(RParen(start))
            case ',' => advance(); Right(Comma(start))
            case _ =>
              Operators.find(op => source.startsWith(op, offset)) match {
                case Some(op) => op.foreach(_ => advance()); Right(Op(op, start))
                case None     => Left(LexError(s"unexpected character '$c'", start))
              }
          }
        }
      token match {
        case Left(err) => return Left(err)
        case Right(t)  => out += t
      }
      skipBlanks()
    }
    out += EOF(here)
    Right(out.toList)
  }
}

object Lexer {
  def apply(source: String): Result[List[Token]] = new Lexer(source).tokenize()
}
