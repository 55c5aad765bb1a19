package io.shipfast.orders.state

import io.shipfast.orders.model.Order
import io.shipfast.orders.util.subtotal

/**
 * The order life cycle expressed as a pure transition function.
 */
object OrderWorkflow {

    /** Returns the next state or null when [event] is not allowed in [state]. */
    fun next(state: OrderState, event: OrderEvent): OrderState? = when (state) {
        is OrderState.Draft -> when (event) {
            is OrderEvent.Place -> OrderState.Placed(event.at)
            is OrderEvent.Cancel -> OrderState.Cancelled(event.reason)
            else -> null
        }
        is OrderState.Placed -> when (event) {
            is OrderEvent.Pay -> OrderState.Paid(event.amount, event.transactionId)
            is OrderEvent.Cancel -> OrderState.Cancelled(event.reason)
            else -> null
        }
        is OrderState.Paid -> when (event) {
            is OrderEvent.Ship -> OrderState.Shipped(event.carrier, event.trackingNumber)
            is OrderEvent.Cancel -> OrderState.Cancelled(event.reason, refund = state.amount)
            else -> null
        }
        is OrderState.Shipped -> if (event == OrderEvent.ConfirmDelivery) OrderState.Delivered else null
        is OrderState.Delivered, is OrderState.Cancelled -> null
    }

    /** Builds a state machine that also validates order-specific rules. */
    fun machineFor(order: Order): StateMachine<OrderState, OrderEvent> =
        StateMachine<OrderState, OrderEvent>(order.state) { state, event ->
            when {
                event is OrderEvent.Place && order.items.isEmpty() -> null
                event is OrderEvent.Place && order.requiresShipping && order.shipTo == null -> null
                event is OrderEvent.Pay && event.amount != order.subtotal -> null
                else -> next(state, event)
            }
        }

    /** Short human readable status used in notification e-mails. */
    fun describe(state: OrderState): String = when (state) {
        OrderState.Draft -> "Your cart is waiting for you."
        is OrderState.Placed -> "Order received on ${state.at}."
        is OrderState.Paid -> "Payment of ${state.amount} confirmed."
        is OrderState.Shipped -> "Shipped with ${state.carrier}, tracking ${state.trackingNumber}."
        OrderState.Delivered -> "Delivered. Enjoy!"
        is OrderState.Cancelled -> "Cancelled: ${state.reason}" + (state.refund?.let { " (refund $it)" } ?: "")
    }
}
