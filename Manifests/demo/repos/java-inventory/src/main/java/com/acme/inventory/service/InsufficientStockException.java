package com.acme.inventory.service;

import com.acme.inventory.model.Sku;

/** Thrown when a shipment asks for more units than a warehouse holds. */
public class InsufficientStockException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Sku sku;
    private final long requested;
    private final long available;

    public InsufficientStockException(Sku sku, long requested, long available) {
        super("insufficient stock for %s: requested %d, available %d".formatted(sku, requested, available));
        this.sku = sku;
        this.requested = requested;
        this.available = available;
    }

    public Sku sku() {
        return sku;
    }

    public long requested() {
        return requested;
    }

    public long available() {
        return available;
    }

    /** How many units are missing to fulfil the request. */
    public long shortfall() {
        return Math.max(0L, requested - available);
    }
}
