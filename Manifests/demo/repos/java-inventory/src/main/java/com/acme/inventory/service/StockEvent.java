package com.acme.inventory.service;

import com.acme.inventory.model.Sku;

import java.time.Instant;

/**
 * Events emitted by {@link InventoryService}. The hierarchy is sealed so that
 * listeners can use exhaustive pattern matching.
 */
public sealed interface StockEvent permits StockEvent.Received, StockEvent.Shipped, StockEvent.LowStock {

    Sku sku();

    Instant at();

    record Received(Sku sku, String warehouse, long units, Instant at) implements StockEvent {
    }

    record Shipped(Sku sku, String warehouse, long units, Instant at) implements StockEvent {
    }

    record LowStock(Sku sku, long remaining, int threshold, Instant at) implements StockEvent {
    }

    /** One-line description used by the audit log. */
    static String describe(StockEvent event) {
        if (event instanceof Received r) {
            return "+" + r.units() + " " + r.sku() + " into " + r.warehouse();
        } else if (event instanceof Shipped s && s.units() > 0) {
            return "-" + s.units() + " " + s.sku() + " from " + s.warehouse();
        } else if (event instanceof LowStock low) {
            return "LOW " + low.sku() + " (" + low.remaining() + " < " + low.threshold() + ")";
        }
        return event.toString();
    }

    /** Functional listener interface. */
    @FunctionalInterface
    interface Listener {
        void onEvent(StockEvent event);
    }
}
