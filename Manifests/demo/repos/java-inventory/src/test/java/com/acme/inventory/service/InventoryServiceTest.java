package com.acme.inventory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.inventory.model.Sku;
import com.acme.inventory.model.Warehouse;
import com.acme.inventory.report.StockReport;
import com.acme.inventory.repo.InMemoryProductRepository;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InventoryServiceTest {

    private static final Sku CHARGER = Sku.parse("ELC-00001");
    private static final Sku RICE = Sku.parse("GRC-00310");

    private InventoryService service;
    private final List<StockEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service = new InventoryService(InMemoryProductRepository.withSamples());
        service.addWarehouse(new Warehouse("BER", "Berlin", 1_000));
        service.addWarehouse(new Warehouse("LYS", "Lyon", 200));
        service.subscribe(events::add);
    }

    @Test
    @DisplayName("receiving stock increases the total and emits an event")
    void receiveIncreasesTotal() {
        service.receive("BER", CHARGER, 40);
        service.receive("LYS", CHARGER, 2);
        assertEquals(42L, service.totalOf(CHARGER));
        assertTrue(events.stream().allMatch(e -> e instanceof StockEvent.Received));
    }

    @Test
    void shippingTooMuchFails() {
        service.receive("BER", RICE, 10);
        var ex = assertThrows(InsufficientStockException.class, () -> service.ship("BER", RICE, 25));
        assertEquals(15L, ex.shortfall());
    }

    @Test
    void lowStockIsReported() throws Exception {
        service.receive("BER", RICE, 100);
        service.ship("BER", RICE, 30);
        StockEvent last = events.get(events.size() - 1);
        String text = switch (last) {
            case StockEvent.LowStock low -> "low:" + low.remaining();
            case StockEvent.Shipped shipped -> "shipped";
            case StockEvent.Received received -> "received";
        };
        assertEquals("low:70", text);
    }

    @Test
    void reportListsValuedLines() throws Exception {
        service.receive("BER", CHARGER, 3);
        try (var out = new StringWriter()) {
            new StockReport(service).writeTo(out);
            assertTrue(out.toString().contains("TOTAL: 59.97"));
        }
    }
}
