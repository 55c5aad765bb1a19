package io.shipfast.orders.service

import io.shipfast.orders.util.Money
import io.shipfast.orders.util.masked
import kotlinx.coroutines.delay

/** Outcome of a payment attempt. */
sealed class PaymentResult {
    data class Approved(val transactionId: String) : PaymentResult()
    data class Declined(val code: Int, val message: String) : PaymentResult()
    data class Failed(val cause: Throwable) : PaymentResult()
}

/** Abstraction over an external payment provider. */
interface PaymentGateway {
    suspend fun charge(cardNumber: String, amount: Money): PaymentResult
    suspend fun refund(transactionId: String, amount: Money): Boolean
}

/**
 * Fake gateway used in tests and demos: declines cards ending in "0000"
 * and simulates network latency.
 */
class FakePaymentGateway(
    private val latencyMillis: Long = 25L,
    private val limit: Money = Money.of("5000.00"),
) : PaymentGateway {

    private var counter = 0
    val log = mutableListOf<String>()

    override suspend fun charge(cardNumber: String, amount: Money): PaymentResult {
        delay(latencyMillis)
        log += "charge ${cardNumber.masked()} $amount"
        return when {
            cardNumber.endsWith("0000") -> PaymentResult.Declined(51, "insufficient funds")
            amount > limit -> PaymentResult.Declined(61, "exceeds limit of $limit")
            amount.isZero -> PaymentResult.Failed(IllegalArgumentException("zero amount"))
            else -> PaymentResult.Approved("txn_%06d".format(++counter))
        }
    }

    override suspend fun refund(transactionId: String, amount: Money): Boolean {
        delay(latencyMillis / 2)
        log += "refund $transactionId $amount"
        return transactionId.startsWith("txn_")
    }
}
