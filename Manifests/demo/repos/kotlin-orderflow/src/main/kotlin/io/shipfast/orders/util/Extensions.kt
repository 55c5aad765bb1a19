package io.shipfast.orders.util

import io.shipfast.orders.model.LineItem
import io.shipfast.orders.model.Order

/** Sums a collection of [Money] values; the empty sum is [Money.ZERO]. */
fun Iterable<Money>.sum(): Money = fold(Money.ZERO) { acc, m -> acc + m }

/** Total of all line items, before discounts. */
val Order.subtotal: Money
    get() = items.map { it.total }.sum()

/** Total number of units over all line items. */
fun Order.unitCount(): Int = items.sumOf { it.quantity }

fun List<LineItem>.mostExpensive(): LineItem? = maxByOrNull { it.unitPrice.cents }

/** Masks all but the last [visible] characters, e.g. for card numbers. */
fun String.masked(visible: Int = 4, mask: Char = '*'): String =
    if (length <= visible) this else mask.toString().repeat(length - visible) + takeLast(visible)

/** Runs [block] only when the receiver is not null and not blank. */
inline fun String?.ifPresent(block: (String) -> Unit) {
    if (!this.isNullOrBlank()) {
        block(this)
    }
}

/** Retries [action] up to [times] times, returning the first success. */
inline fun <T> retrying(times: Int, action: (attempt: Int) -> T): T {
    var lastError: Throwable? = null
    for (attempt in 1..times) {
        try {
            return action(attempt)
        } catch (e: IllegalStateException) {
            lastError = e
        }
    }
    throw IllegalStateException("gave up after $times attempts", lastError)
}
