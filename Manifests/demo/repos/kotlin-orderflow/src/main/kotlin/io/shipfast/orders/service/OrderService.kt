package io.shipfast.orders.service

import io.shipfast.orders.model.Address
import io.shipfast.orders.model.CustomerId
import io.shipfast.orders.model.LineItem
import io.shipfast.orders.model.Order
import io.shipfast.orders.model.OrderId
import io.shipfast.orders.state.IllegalTransitionException
import io.shipfast.orders.state.OrderEvent
import io.shipfast.orders.state.OrderState
import io.shipfast.orders.state.OrderWorkflow
import io.shipfast.orders.util.subtotal
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope

class OrderNotFoundException(id: OrderId) : NoSuchElementException("order $id not found")

/**
 * Application service: creates orders, takes payments and moves orders
 * through the [OrderWorkflow].
 */
class OrderService(
    private val repository: OrderRepository,
    private val payments: PaymentGateway,
    private val notify: (CustomerId, String) -> Unit = { _, _ -> },
) {

    suspend fun create(customer: CustomerId, shipTo: Address?, vararg items: LineItem): Order {
        var order = Order(OrderId.random(), customer, emptyList(), shipTo)
        items.forEach { order = order.addItem(it) }
        return repository.save(order)
    }

    private suspend fun load(id: OrderId): Order = repository.find(id) ?: throw OrderNotFoundException(id)

    /** Applies [event] and persists the new state; returns the updated order. */
    suspend fun apply(id: OrderId, event: OrderEvent): Order {
        val order = load(id)
        val machine = OrderWorkflow.machineFor(order)
        val next = machine.fire(event)
        val saved = repository.save(order.withState(next))
        notify(order.customer, OrderWorkflow.describe(next))
        return saved
    }

    /** Places and pays an order in one go. Returns null if the card is declined. */
    suspend fun checkout(id: OrderId, cardNumber: String): Order? {
        val placed = apply(id, OrderEvent.Place())
        return when (val result = payments.charge(cardNumber, placed.subtotal)) {
            is PaymentResult.Approved -> apply(id, OrderEvent.Pay(placed.subtotal, result.transactionId))
            is PaymentResult.Declined -> {
                notify(placed.customer, "Payment declined (${result.code}): ${result.message}")
                null
            }
            is PaymentResult.Failed -> throw IllegalStateException("payment failed", result.cause)
        }
    }

    /** Cancels an order, refunding it if it was already paid. */
    suspend fun cancel(id: OrderId, reason: String): Order {
        val order = load(id)
        val state = order.state
        if (state is OrderState.Paid && !payments.refund(state.transactionId, state.amount)) {
            throw IllegalStateException("refund failed for $id")
        }
        return try {
            apply(id, OrderEvent.Cancel(reason))
        } catch (e: IllegalTransitionException) {
            order
        }
    }

    /** Checks out several orders concurrently and returns those that succeeded. */
    suspend fun checkoutAll(ids: List<OrderId>, cardNumber: String): List<Order> = coroutineScope {
        ids.map { id -> async { runCatching { checkout(id, cardNumber) }.getOrNull() } }
            .awaitAll()
            .filterNotNull()
    }
}
