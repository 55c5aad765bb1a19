import { beforeEach, describe, expect, it, vi } from "vitest";

import { Category, Unit, toSku, type Sku } from "../src/models/product";
import { MovementKind } from "../src/models/stock";
import { InventoryService } from "../src/services/inventoryService";
import { all, err, isOk, ok, unwrap } from "../src/utils/result";

describe("InventoryService", () => {
  let service: InventoryService;
  let hammer: Sku;

  beforeEach(() => {
    service = new InventoryService();
    hammer = service.addProduct({
      sku: "ham-0042",
      name: "Claw hammer",
      category: Category.Hardware,
      unit: Unit.Piece,
      price: { amount: 1299, currency: "EUR" },
      reorderLevel: 5,
    }).sku;
  });

  it("normalises SKUs and rejects malformed ones", () => {
    expect(hammer).toBe("HAM-0042");
    expect(() => toSku("hammer")).toThrow(/invalid SKU/);
  });

  it("tracks stock per location across receipts and shipments", async () => {
    service.receive(hammer, 12, "A-01-1", "Acme");
    service.receive(hammer, 3, "B-02-4", "Acme");
    const shipped = await service.ship(hammer, 4, "A-01-1", "ORD-1");

    expect(isOk(shipped)).toBe(true);
    const level = service.level(hammer);
    expect(level.onHand).toBe(11);
    expect(level.byLocation.get("A-01-1")).toBe(8);
    expect(service.history(hammer).map((m) => m.kind)).toEqual([
      MovementKind.Shipment,
      MovementKind.Receipt,
      MovementKind.Receipt,
    ]);
  });

  it("refuses to ship more than is available", async () => {
    service.receive(hammer, 2, "A-01-1", "Acme");
    const result = await service.ship(hammer, 3, "A-01-1", "ORD-2");
    expect(result).toEqual(err({ code: "INSUFFICIENT_STOCK", sku: hammer, requested: 3, available: 2 }));
  });

  it("emits stock:low when crossing the reorder level", async () => {
    const listener = vi.fn();
    service.events.on("stock:low", listener);
    service.receive(hammer, 8, "A-01-1", "Acme");
    await service.ship(hammer, 4, "A-01-1", "ORD-3");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0]).toMatchObject({ sku: hammer, reorderLevel: 5 });
  });

  it("validates quantities with the nonNegative decorator", () => {
    expect(() => service.receive(hammer, -1, "A-01-1", "Acme")).toThrow(RangeError);
  });
});

describe("result helpers", () => {
  it("collects results", () => {
    expect(unwrap(all([ok(1), ok(2)]))).toEqual([1, 2]);
    expect(all<number, string>([ok(1), err("boom"), ok(3)])).toEqual(err("boom"));
  });
});
