package calc

import calc.eval.{Builtins, Env, Evaluator, Show, Value}
import calc.eval.Show._
import calc.syntax.{Expr, Parser}

import scala.io.StdIn
import scala.util.{Failure, Success, Try}

/**
 * Interactive read-eval-print loop.
 *
 * Lines starting with `:` are commands: `:ast EXPR`, `:env`, `:quit`.
 * `def NAME = EXPR` adds a global definition for later lines.
 */
object Main {

  private val Definition = """def\s+([A-Za-z_]\w*)\s*=\s*(.+)""".r

  final case class Session(env: Env, history: Vector[String] = Vector.empty) {
    def remember(line: String): Session = copy(history = history :+ line)
  }

  def run(source: String, env: Env = Builtins.globals): Either[CalcError, Value] =
    Parser.parse(source).flatMap(new Evaluator(env).eval)

  /** Handles one input line, returning the output text and the new session. */
  def step(session: Session, line: String): (String, Session) = line.trim match {
    case "" => ("", session)
    case ":env" =>
      (session.env.names.filterNot(Builtins.isBuiltin).mkString(", "), session)
    case cmd if cmd.startsWith(":ast ") =>
      val out = Parser.parse(cmd.drop(5)) match {
        case Right(expr) => expr.show + s"   (${Expr.size(expr)} nodes)"
        case Left(err)   => err.render
      }
      (out, session.remember(line))
    case Definition(name, body) =>
      run(body, session.env) match {
        case Right(v) =>
          (s"$name = ${v.show}", session.copy(env = session.env.extend(name, v)).remember(line))
        case Left(err) => (err.render, session)
      }
    case expr =>
      val out = run(expr, session.env).fold(_.render, v => Show[Value].show(v))
      (out, session.remember(line))
  }

  def main(args: Array[String]): Unit = {
    if (args.nonEmpty) {
      println(run(args.mkString(" ")).fold(_.render, _.show))
      sys.exit(0)
    }
    var session = Session(Builtins.globals)
    var running = true
    while (running) {
      print("calc> ")
      Try(StdIn.readLine()) match {
        case Success(null) | Success(":quit") => running = false
        case Success(line) =>
          val (out, next) = step(session, line)
          if (out.nonEmpty) println(out)
          session = next
        case Failure(e) =>
          Console.err.println(s"input error: ${e.getMessage}")
          running = false
      }
    }
    println(s"bye (${session.history.size} lines evaluated)")
  }
}
