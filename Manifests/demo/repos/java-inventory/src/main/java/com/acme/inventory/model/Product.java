package com.acme.inventory.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An item that can be stocked in a {@link Warehouse}.
 *
 * @param sku       unique code
 * @param name      display name
 * @param category  product category
 * @param unitPrice price of one unit, two decimals
 * @param reorderAt custom reorder threshold, or {@code null} for the category default
 */
public record Product(Sku sku, String name, Category category, BigDecimal unitPrice, Integer reorderAt) {

    public Product {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        unitPrice = unitPrice.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Convenience factory deriving the category from the SKU prefix. */
    public static Product of(String sku, String name, String price) {
        Sku parsed = Sku.parse(sku);
        return new Product(parsed, name, Category.fromPrefix(parsed.prefix()), new BigDecimal(price), null);
    }

    /** The threshold below which the product must be reordered. */
    public int threshold() {
        return Optional.ofNullable(reorderAt).orElse(category.defaultThreshold());
    }

    public Product withReorderAt(int threshold) {
        return new Product(sku, name, category, unitPrice, threshold);
    }

    public Product withPrice(BigDecimal price) {
        return new Product(sku, name, category, price, reorderAt);
    }

    /** Value of {@code quantity} units of this product. */
    public BigDecimal valueOf(long quantity) {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
