package io.shipfast.orders.model

import io.shipfast.orders.state.OrderState
import io.shipfast.orders.util.Money
import java.time.Instant

/** One line of an order: an article, its quantity and unit price. */
data class LineItem(
    val sku: Sku,
    val description: String,
    val quantity: Int,
    val unitPrice: Money,
) {
    init {
        require(quantity > 0) { "quantity must be positive" }
    }

    val total: Money get() = unitPrice * quantity
}

/** Shipping destination; [line2] and [region] are optional. */
data class Address(
    val line1: String,
    val line2: String? = null,
    val city: String,
    val postalCode: String,
    val region: String? = null,
    val country: String = "DE",
) {
    fun format(): String = buildString {
        appendLine(line1)
        line2?.let { appendLine(it) }
        append(postalCode).append(' ').append(city)
        region?.let { append(", ").append(it) }
        append(" (").append(country).append(')')
    }
}

/**
 * An immutable snapshot of a customer order. State changes produce new
 * copies through [withState]; the history keeps every previous state.
 */
data class Order(
    val id: OrderId,
    val customer: CustomerId,
    val items: List<LineItem>,
    val shipTo: Address?,
    val state: OrderState = OrderState.Draft,
    val history: List<Pair<Instant, OrderState>> = emptyList(),
    val couponCode: String? = null,
) {
    val requiresShipping: Boolean
        get() = items.any { !it.sku.isDigital }

    fun withState(next: OrderState, at: Instant = Instant.now()): Order =
        copy(state = next, history = history + (at to state))

    fun addItem(item: LineItem): Order {
        val existing = items.find { it.sku == item.sku }
        val updated = if (existing != null) {
            items.map { if (it.sku == item.sku) it.copy(quantity = it.quantity + item.quantity) else it }
        } else {
            items + item
        }
        return copy(items = updated)
    }
}
