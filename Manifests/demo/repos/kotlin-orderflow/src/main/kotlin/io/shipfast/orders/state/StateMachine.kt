package io.shipfast.orders.state

/** Raised when an event is not allowed in the current state. */
class IllegalTransitionException(
    val from: Any,
    val event: Any,
) : RuntimeException("cannot apply ${event::class.simpleName} in state $from")

/**
 * A tiny generic finite state machine. [transition] returns the next state,
 * or null if the event is not accepted in the given state.
 */
class StateMachine<S : Any, E : Any>(
    initial: S,
    private val transition: (S, E) -> S?,
) {
    var current: S = initial
        private set

    private val observers = mutableListOf<(S, E, S) -> Unit>()

    /** Registers [observer], called after every successful transition. */
    fun onTransition(observer: (from: S, event: E, to: S) -> Unit): StateMachine<S, E> {
        observers += observer
        return this
    }

    fun canFire(event: E): Boolean = transition(current, event) != null

    @Throws(IllegalTransitionException::class)
    fun fire(event: E): S {
        val from = current
        val to = transition(from, event) ?: throw IllegalTransitionException(from, event)
        current = to
        observers.forEach { it(from, event, to) }
        return to
    }

    /** Fires every event in order, stopping at the first rejected one. */
    fun fireAll(vararg events: E): List<S> {
        val visited = ArrayList<S>(events.size)
        for (e in events) {
            if (!canFire(e)) break
            visited.add(fire(e))
        }
        return visited
    }
}
