package com.acme.inventory.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A physical location holding quantities of products, keyed by SKU.
 * Instances are not thread-safe; {@code InventoryService} synchronizes access.
 */
public final class Warehouse {

    private final String code;
    private final String city;
    private final int capacity;
    private final Map<Sku, Long> quantities = new HashMap<>();

    public Warehouse(String code, String city, int capacity) {
        this.code = code;
        this.city = city;
        this.capacity = capacity;
    }

    public String code() {
        return code;
    }

    public String city() {
        return city;
    }

    public int capacity() {
        return capacity;
    }

    public long quantityOf(Sku sku) {
        return quantities.getOrDefault(sku, 0L);
    }

    /** Total units stored, all products included. */
    public long totalUnits() {
        long total = 0;
        for (long q : quantities.values()) {
            total += q;
        }
        return total;
    }

    public long freeSpace() {
        return capacity - totalUnits();
    }

    /** Adds (positive delta) or removes (negative delta) units of a product. */
    void adjust(Sku sku, long delta) {
        long updated = quantityOf(sku) + delta;
        if (updated < 0) {
            throw new IllegalStateException("negative stock for " + sku + " in " + code);
        } else if (updated == 0) {
            quantities.remove(sku);
        } else {
            quantities.put(sku, updated);
        }
    }

    public void receive(Sku sku, long units) {
        adjust(sku, units);
    }

    public void ship(Sku sku, long units) {
        adjust(sku, -units);
    }

    public Map<Sku, Long> snapshot() {
        return Collections.unmodifiableMap(new HashMap<>(quantities));
    }

    @Override
    public String toString() {
        return "Warehouse[" + code + " @ " + city + ", " + totalUnits() + "/" + capacity + "]";
    }
}
