package io.shipfast.orders.service

import io.shipfast.orders.model.CustomerId
import io.shipfast.orders.model.Order
import io.shipfast.orders.model.OrderId
import io.shipfast.orders.state.OrderState
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/** Persistence port for orders. */
interface OrderRepository {
    suspend fun find(id: OrderId): Order?
    suspend fun save(order: Order): Order
    suspend fun byCustomer(customer: CustomerId): List<Order>
    suspend fun inState(predicate: (OrderState) -> Boolean): List<Order>
}

/** In-memory implementation guarded by a coroutine [Mutex]. */
class InMemoryOrderRepository : OrderRepository {

    private val mutex = Mutex()
    private val orders = LinkedHashMap<OrderId, Order>()

    override suspend fun find(id: OrderId): Order? = mutex.withLock { orders[id] }

    override suspend fun save(order: Order): Order = mutex.withLock {
        orders[order.id] = order
        order
    }

    override suspend fun byCustomer(customer: CustomerId): List<Order> = mutex.withLock {
        orders.values.filter { it.customer == customer }
    }

    override suspend fun inState(predicate: (OrderState) -> Boolean): List<Order> = mutex.withLock {
        orders.values.filter { predicate(it.state) }.sortedBy { it.id.value }
    }

    suspend fun size(): Int = mutex.withLock { orders.size }
}
