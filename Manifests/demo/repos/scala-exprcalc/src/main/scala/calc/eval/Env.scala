package calc.eval

/**
 * An immutable, lexically scoped environment. Lookups walk outwards
 * through the chain of parent scopes.
 */
final class Env private (bindings: Map[String, Value], parent: Option[Env]) {

  def lookup(name: String): Option[Value] =
    bindings.get(name).orElse(parent.flatMap(_.lookup(name)))

  def contains(name: String): Boolean = lookup(name).isDefined

  /** A child scope with one extra binding. */
  def extend(name: String, value: Value): Env = new Env(Map(name -> value), Some(this))

  /** A child scope with several bindings; later pairs shadow earlier ones. */
  def extendAll(pairs: Iterable[(String, Value)]): Env = new Env(pairs.toMap, Some(this))

  def depth: Int = parent.fold(0)(_.depth + 1)

  /** All visible names, innermost first, without duplicates. */
  def names: List[String] = (bindings.keys.toList.sorted ++ parent.map(_.names).getOrElse(Nil)).distinct

  override def toString: String = names.mkString("Env(", ", ", ")")
}

object Env {
  val empty: Env = new Env(Map.empty, None)

  def apply(pairs: (String, Value)*): Env = empty.extendAll(pairs)
}
