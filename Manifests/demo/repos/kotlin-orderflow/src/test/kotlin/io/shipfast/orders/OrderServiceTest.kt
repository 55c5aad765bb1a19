package io.shipfast.orders

import io.shipfast.orders.model.Address
import io.shipfast.orders.model.CustomerId
import io.shipfast.orders.model.LineItem
import io.shipfast.orders.model.Sku
import io.shipfast.orders.service.FakePaymentGateway
import io.shipfast.orders.service.InMemoryOrderRepository
import io.shipfast.orders.service.OrderService
import io.shipfast.orders.state.OrderEvent
import io.shipfast.orders.state.OrderState
import io.shipfast.orders.util.Money
import kotlinx.coroutines.runBlocking
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull

class OrderServiceTest {

    private val customer = CustomerId(42L)
    private val berlin = Address(line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117")
    private val messages = mutableListOf<String>()
    private val gateway = FakePaymentGateway(latencyMillis = 0)
    private val service = OrderService(InMemoryOrderRepository(), gateway) { _, msg -> messages += msg }

    private fun book(qty: Int = 1) = LineItem(Sku("BK-1001"), "Kotlin in Depth", qty, Money.of("39.90"))

    @Test
    fun `checkout moves an order to paid`() = runBlocking {
        val order = service.create(customer, berlin, book(2))
        val paid = assertNotNull(service.checkout(order.id, "4111111111111111"))
        val state = paid.state
        assertIs<OrderState.Paid>(state)
        assertEquals(Money.of("79.80"), state.amount)
        assertEquals(2, paid.history.size)
    }

    @Test
    fun `declined card leaves order placed`() = runBlocking {
        val order = service.create(customer, berlin, book())
        assertNull(service.checkout(order.id, "4000000000000000"))
        assert(messages.last().startsWith("Payment declined"))
    }

    @Test
    fun `cancel after payment issues a refund`() = runBlocking {
        val order = service.create(customer, berlin, book(), book())
        service.checkout(order.id, "5500000000000004")
        val cancelled = service.cancel(order.id, "changed my mind")
        when (val s = cancelled.state) {
            is OrderState.Cancelled -> assertEquals(Money.of("79.80"), s.refund)
            else -> error("unexpected state $s")
        }
        assertEquals(1, gateway.log.count { it.startsWith("refund") })
    }

    @Test
    fun `delivered orders cannot be cancelled`() = runBlocking {
        val order = service.create(customer, berlin, book())
        service.checkout(order.id, "4111111111111111")
        service.apply(order.id, OrderEvent.Ship("DHL", "JD0146000012345"))
        service.apply(order.id, OrderEvent.ConfirmDelivery)
        val result = service.cancel(order.id, "too late")
        assertEquals(OrderState.Delivered, result.state)
    }
}
