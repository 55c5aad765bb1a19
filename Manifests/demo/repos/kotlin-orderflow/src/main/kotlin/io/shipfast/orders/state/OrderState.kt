package io.shipfast.orders.state

import io.shipfast.orders.util.Money
import java.time.Instant

/**
 * States of the order life cycle. Terminal states cannot be left.
 */
sealed class OrderState(val label: String) {

    open val isTerminal: Boolean = false

    object Draft : OrderState("draft")

    data class Placed(val at: Instant) : OrderState("placed")

    data class Paid(val amount: Money, val transactionId: String) : OrderState("paid")

    data class Shipped(val carrier: String, val trackingNumber: String) : OrderState("shipped")

    object Delivered : OrderState("delivered") {
        override val isTerminal = true
    }

    data class Cancelled(val reason: String, val refund: Money? = null) : OrderState("cancelled") {
        override val isTerminal = true
    }

    override fun toString(): String = label
}

/** Events that drive the order state machine. */
sealed interface OrderEvent {
    data class Place(val at: Instant = Instant.now()) : OrderEvent
    data class Pay(val amount: Money, val transactionId: String) : OrderEvent
    data class Ship(val carrier: String, val trackingNumber: String) : OrderEvent
    object ConfirmDelivery : OrderEvent
    data class Cancel(val reason: String) : OrderEvent
}
