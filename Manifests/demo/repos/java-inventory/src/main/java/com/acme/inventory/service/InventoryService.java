package com.acme.inventory.service;

import com.acme.inventory.model.Product;
import com.acme.inventory.model.Sku;
import com.acme.inventory.model.Warehouse;
import com.acme.inventory.repo.Repository;
import com.acme.inventory.util.Audited;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Coordinates stock movements between warehouses and notifies listeners.
 */
public class InventoryService {

    private final Repository<Sku, Product> products;
    private final Map<String, Warehouse> warehouses = new LinkedHashMap<>();
    private final List<StockEvent.Listener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public InventoryService(Repository<Sku, Product> products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    public InventoryService(Repository<Sku, Product> products) {
        this(products, Clock.systemUTC());
    }

    public void addWarehouse(Warehouse warehouse) {
        warehouses.putIfAbsent(warehouse.code(), warehouse);
    }

    public void subscribe(StockEvent.Listener listener) {
        listeners.add(listener);
    }

    private Warehouse warehouse(String code) {
        Warehouse w = warehouses.get(code);
        if (w == null) {
            throw new NoSuchElementException("no warehouse " + code);
        }
        return w;
    }

    private Product product(Sku sku) {
        return products.findById(sku).orElseThrow(() -> new NoSuchElementException("unknown product " + sku));
    }

    @Audited(action = "receive")
    public synchronized void receive(String warehouseCode, Sku sku, long units) {
        product(sku);
        Warehouse w = warehouse(warehouseCode);
        if (units > w.freeSpace()) {
            throw new IllegalStateException("warehouse " + warehouseCode + " is full");
        }
        w.receive(sku, units);
        publish(new StockEvent.Received(sku, warehouseCode, units, clock.instant()));
    }

    @Audited(action = "ship", level = Audited.Level.WARN, tags = {"outbound", "orders"})
    public synchronized void ship(String warehouseCode, Sku sku, long units) throws InsufficientStockException {
        Product p = product(sku);
        Warehouse w = warehouse(warehouseCode);
        long available = w.quantityOf(sku);
        if (available < units) {
            throw new InsufficientStockException(sku, units, available);
        }
        w.ship(sku, units);
        publish(new StockEvent.Shipped(sku, warehouseCode, units, clock.instant()));
        long remaining = totalOf(sku);
        if (remaining < p.threshold()) {
            publish(new StockEvent.LowStock(sku, remaining, p.threshold(), clock.instant()));
        }
    }

    /** Moves units between two warehouses atomically. */
    public synchronized void transfer(String from, String to, Sku sku, long units) throws InsufficientStockException {
        ship(from, sku, units);
        try {
            receive(to, sku, units);
        } catch (IllegalStateException full) {
            warehouse(from).receive(sku, units); // roll back
            throw full;
        }
    }

    public long totalOf(Sku sku) {
        return warehouses.values().stream().mapToLong(w -> w.quantityOf(sku)).sum();
    }

    public List<Warehouse> warehouses() {
        return new ArrayList<>(warehouses.values());
    }

    public Repository<Sku, Product> products() {
        return products;
    }

    private void publish(StockEvent event) {
        for (StockEvent.Listener listener : listeners) {
            listener.onEvent(event);
        }
    }
}
