import { logged, nonNegative, serialized } from "../decorators";
import { TypedEmitter, type InventoryEvents } from "../events";
import { Category, type NewProduct, type Product, type ProductPatch, type Sku, toSku } from "../models/product";
import { type LocationCode, type Movement, MovementKind, type StockLevel, deltaAt } from "../models/stock";
import { MemoryRepository } from "../repository";
import { err, ok, type Result } from "../utils/result";

export type StockError =
  | { code: "UNKNOWN_SKU"; sku: string }
  | { code: "INSUFFICIENT_STOCK"; sku: Sku; requested: number; available: number }
  | { code: "DISCONTINUED"; sku: Sku };

let movementSeq = 0;
const nextMovementId = (): string => `MV-${(++movementSeq).toString().padStart(6, "0")}`;

export class InventoryService {
  readonly events = new TypedEmitter<InventoryEvents>();
  private readonly products = new MemoryRepository<Product, Sku>("product", (p) => p.sku, ["category"]);
  private readonly movements: Movement[] = [];
  private readonly reserved = new Map<Sku, number>();

  addProduct(input: NewProduct): Product {
    const product: Product = { ...input, sku: toSku(input.sku), tags: input.tags ?? [] };
    this.products.save(product);
    void this.events.emit("product:added", product);
    return product;
  }

  updateProduct(sku: Sku, patch: ProductPatch): Product {
    const before = this.products.require(sku);
    const after = this.products.save({ ...before, ...patch });
    void this.events.emit("product:updated", { before, after });
    return after;
  }

  productsIn(category: Category): Product[] {
    return this.products.findBy("category", category).sort((a, b) => a.name.localeCompare(b.name));
  }

  level(sku: Sku): StockLevel {
    const byLocation = new Map<LocationCode, number>();
    for (const m of this.movements.filter((mv) => mv.sku === sku)) {
      const locations: LocationCode[] = "to" in m ? [m.to] : [];
      if ("from" in m) locations.push(m.from);
      if (m.kind === MovementKind.Adjustment) locations.push(m.location);
      for (const loc of locations) {
        byLocation.set(loc, (byLocation.get(loc) ?? 0) + deltaAt(m, loc));
      }
    }
    const onHand = [...byLocation.values()].reduce((sum, qty) => sum + qty, 0);
    return { sku, onHand, reserved: this.reserved.get(sku) ?? 0, byLocation };
  }

  @logged
  @nonNegative(1)
  receive(sku: Sku, quantity: number, to: LocationCode, supplier: string): Movement {
    this.products.require(sku);
    const movement: Movement = {
      id: nextMovementId(), kind: MovementKind.Receipt, sku, quantity, to, supplier, at: new Date(),
    };
    return this.record(movement);
  }

  @serialized
  async ship(
    rawSku: string,
    quantity: number,
    from: LocationCode,
    orderId: string,
  ): Promise<Result<Movement, StockError>> {
    const product = this.products.get(rawSku as Sku);
    if (!product) return err({ code: "UNKNOWN_SKU", sku: rawSku });
    if (product.discontinued) return err({ code: "DISCONTINUED", sku: product.sku });

    const atLocation = this.level(product.sku).byLocation.get(from) ?? 0;
    if (atLocation < quantity) {
      return err({ code: "INSUFFICIENT_STOCK", sku: product.sku, requested: quantity, available: atLocation });
    }
    const movement = this.record({
      id: nextMovementId(), kind: MovementKind.Shipment, sku: product.sku, quantity, from, orderId, at: new Date(),
    });
    await this.checkReorder(product);
    return ok(movement);
  }

  private record(movement: Movement): Movement {
    this.movements.push(movement);
    void this.events.emit("stock:moved", movement);
    return movement;
  }

  private async checkReorder(product: Product): Promise<void> {
    const level = this.level(product.sku);
    if (level.onHand - level.reserved <= product.reorderLevel) {
      await this.events.emit("stock:low", { sku: product.sku, level, reorderLevel: product.reorderLevel });
    }
  }

  history(sku: Sku, limit = 20): readonly Movement[] {
    return this.movements.filter((m) => m.sku === sku).slice(-limit).reverse();
  }
}
