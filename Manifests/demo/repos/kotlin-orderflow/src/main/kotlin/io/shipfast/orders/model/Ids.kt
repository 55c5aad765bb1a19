package io.shipfast.orders.model

import java.util.UUID

/** Strongly typed order identifier. */
@JvmInline
value class OrderId(val value: String) {
    init {
        require(value.startsWith(PREFIX)) { "order ids start with $PREFIX" }
    }

    override fun toString(): String = value

    companion object {
        private const val PREFIX = "ord_"

        fun random(): OrderId = OrderId(PREFIX + UUID.randomUUID().toString().replace("-", "").take(12))
    }
}

/** Strongly typed customer identifier. */
@JvmInline
value class CustomerId(val value: Long)

/** Stock keeping unit of an ordered article. */
@JvmInline
value class Sku(val code: String) {
    val isDigital: Boolean
        get() = code.startsWith("DL-")
}
