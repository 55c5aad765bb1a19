package com.acme.inventory.model;

/**
 * Product categories. Each category carries a default reorder threshold
 * and a flag telling whether items of that category are perishable.
 */
public enum Category {
    ELECTRONICS(5, false),
    GROCERY(50, true),
    TOYS(10, false),
    PHARMACY(20, true),
    HARDWARE(15, false);

    private final int defaultThreshold;
    private final boolean perishable;

    Category(int defaultThreshold, boolean perishable) {
        this.defaultThreshold = defaultThreshold;
        this.perishable = perishable;
    }

    public int defaultThreshold() {
        return defaultThreshold;
    }

    public boolean isPerishable() {
        return perishable;
    }

    /** Maps a three-letter SKU prefix to its category. */
    public static Category fromPrefix(String prefix) {
        return switch (prefix) {
            case "ELC", "CMP" -> ELECTRONICS;
            case "GRC", "FRU", "VEG" -> GROCERY;
            case "TOY" -> TOYS;
            case "MED" -> PHARMACY;
            case "HDW", "TLS" -> HARDWARE;
            default -> throw new IllegalArgumentException("unknown prefix " + prefix);
        };
    }

    /** Human readable label, e.g. "Electronics". */
    public String label() {
        String lower = name().toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
