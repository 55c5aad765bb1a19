package com.acme.inventory.report;

import com.acme.inventory.model.Category;
import com.acme.inventory.model.Product;
import com.acme.inventory.service.InventoryService;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds a plain-text valuation report of the current stock. */
public final class StockReport {

    private static final String HEADER = """
            STOCK VALUATION REPORT
            ======================
            """;

    public record Line(Product product, long units, BigDecimal value) {
    }

    private final InventoryService inventory;

    public StockReport(InventoryService inventory) {
        this.inventory = inventory;
    }

    public List<Line> lines() {
        return inventory.products().findAll().stream()
                .map(p -> {
                    long units = inventory.totalOf(p.sku());
                    return new Line(p, units, p.valueOf(units));
                })
                .filter(line -> line.units() > 0)
                .sorted(Comparator.comparing(Line::value).reversed())
                .collect(Collectors.toList());
    }

    /** Total value per category, categories in declaration order. */
    public Map<Category, BigDecimal> valueByCategory() {
        return lines().stream().collect(Collectors.groupingBy(
                line -> line.product().category(),
                () -> new TreeMap<>(),
                Collectors.reducing(BigDecimal.ZERO, Line::value, BigDecimal::add)));
    }

    public BigDecimal grandTotal() {
        return lines().stream().map(Line::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Writes the report; the writer is closed by the caller. */
    public void writeTo(Writer out) throws IOException {
        out.write(HEADER);
        for (Line line : lines()) {
            out.write(String.format("%-10s %-30s %6d %12s%n",
                    line.product().sku(), line.product().name(), line.units(), line.value()));
        }
        out.write('\n');
        valueByCategory().forEach((category, value) -> {
            try {
                out.write(category.label() + ": " + value + System.lineSeparator());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        out.write("TOTAL: " + grandTotal() + "\n");
    }
}
