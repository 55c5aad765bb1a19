package io.shipfast.orders.util

import java.math.BigDecimal
import java.math.RoundingMode

/**
 * An amount of money in a single currency, stored in minor units (cents).
 */
data class Money(val cents: Long, val currency: String = "EUR") : Comparable<Money> {

    init {
        require(currency.length == 3) { "currency must be an ISO 4217 code, got '$currency'" }
    }

    operator fun plus(other: Money): Money {
        checkSameCurrency(other)
        return copy(cents = cents + other.cents)
    }

    operator fun minus(other: Money): Money {
        checkSameCurrency(other)
        return copy(cents = cents - other.cents)
    }

    operator fun times(quantity: Int): Money = copy(cents = cents * quantity)

    override fun compareTo(other: Money): Int {
        checkSameCurrency(other)
        return cents.compareTo(other.cents)
    }

    val isZero: Boolean
        get() = cents == 0L

    /** Applies a percentage discount, rounding half-even to the cent. */
    fun discounted(percent: Double): Money {
        val factor = BigDecimal.valueOf(1.0 - percent / 100.0)
        val result = BigDecimal.valueOf(cents).multiply(factor).setScale(0, RoundingMode.HALF_EVEN)
        return copy(cents = result.toLong())
    }

    private fun checkSameCurrency(other: Money) {
        check(currency == other.currency) { "currency mismatch: $currency vs ${other.currency}" }
    }

    override fun toString(): String {
        val sign = if (cents < 0) "-" else ""
        val abs = Math.abs(cents)
        return "$sign${abs / 100}.${(abs % 100).toString().padStart(2, '0')} $currency"
    }

    companion object {
        val ZERO = Money(0)

        fun of(amount: String, currency: String = "EUR"): Money =
            Money(BigDecimal(amount).movePointRight(2).toLong(), currency)
    }
}
