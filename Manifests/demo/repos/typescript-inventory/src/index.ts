export * from "./models/product";
export * from "./models/stock";
export * from "./utils/result";
export { TypedEmitter } from "./events";
export type { InventoryEvents } from "./events";
export { MemoryRepository, NotFoundError } from "./repository";
export type { Repository } from "./repository";
export { InventoryService, type StockError } from "./services/inventoryService";

import { Category, Unit, toSku } from "./models/product";
import { InventoryService } from "./services/inventoryService";

declare global {
  interface Window {
    __inventory?: InventoryService;
  }
}

export interface SeedOptions {
  currency?: "EUR" | "USD" | "GBP";
  withStock?: boolean;
}

/** Create a service pre-filled with a handful of demo products. */
export function createDemoInventory({ currency = "EUR", withStock = true }: SeedOptions = {}): InventoryService {
  const service = new InventoryService();
  const seed = [
    { sku: "HAM-0042", name: "Claw hammer 450g", category: Category.Hardware, unit: Unit.Piece, cents: 1299 },
    { sku: "SCR-1200", name: "Wood screws 4x40 (200)", category: Category.Hardware, unit: Unit.Box, cents: 649 },
    { sku: "CAB-0015", name: "Cable 3x1.5mm\u00b2", category: Category.Electrical, unit: Unit.Metre, cents: 119 },
    { sku: "PIP-2200", name: "Copper pipe 22mm", category: Category.Plumbing, unit: Unit.Metre, cents: 845 },
    { sku: "SOI-0050", name: "Potting soil", category: Category.Garden, unit: Unit.Kilogram, cents: 35 },
  ] as const;

  for (const { cents, ...rest } of seed) {
    service.addProduct({ ...rest, price: { amount: cents, currency }, reorderLevel: 10 });
    if (withStock) {
      service.receive(toSku(rest.sku), 25 + rest.name.length, "A-01-1", "Demo Supplies Ltd");
    }
  }

  if (typeof window !== "undefined") {
    window.__inventory = service;
  }
  return service;
}
