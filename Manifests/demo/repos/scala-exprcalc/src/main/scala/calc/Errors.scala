package calc

/** Position of a character in the source text (1-based). */
final case class Pos(line: Int, column: Int) {
  override def toString: String = s"$line:$column"
}

object Pos {
  val Start: Pos = Pos(1, 1)
}

/** Base class of every error reported by the calculator. */
sealed abstract class CalcError(val message: String) extends Product with Serializable {
  def pos: Option[Pos]

  def render: String = pos match {
    case Some(p) => s"[$p] $message"
    case None    => message
  }
}

final case class LexError(msg: String, at: Pos) extends CalcError(msg) {
  def pos: Option[Pos] = Some(at)
}

final case class ParseError(msg: String, at: Pos) extends CalcError(msg) {
  def pos: Option[Pos] = Some(at)
}

final case class EvalError(msg: String) extends CalcError(msg) {
  def pos: Option[Pos] = None
}

object CalcError {

  /** Type alias used throughout the code base for fallible computations. */
  type Result[+A] = Either[CalcError, A]

  def fail[A](msg: String): Result[A] = Left(EvalError(msg))

  /** Turns a list of results into a result of list, stopping at the first error. */
  def sequence[A](results: List[Result[A]]): Result[List[A]] =
    results.foldRight[Result[List[A]]](Right(Nil)) { (r, acc) =>
      for {
        a    <- r
        rest <- acc
      } yield a :: rest
    }
}
