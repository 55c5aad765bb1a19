import type { Product, Sku } from "./models/product";
import type { Movement, StockLevel } from "./models/stock";

/** Map of event names to payload types emitted by the inventory service. */
export interface InventoryEvents {
  "product:added": Product;
  "product:updated": { before: Product; after: Product };
  "stock:moved": Movement;
  "stock:low": { sku: Sku; level: StockLevel; reorderLevel: number };
}

type Listener<T> = (payload: T) => void | Promise<void>;

export class TypedEmitter<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = (this.listeners[event] ??= new Set());
    set.add(listener);
    return () => this.off(event, listener);
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const off = this.on(event, (payload) => {
      off();
      return listener(payload);
    });
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners[event]?.delete(listener);
  }

  async emit<K extends keyof Events>(event: K, payload: Events[K]): Promise<number> {
    const set = this.listeners[event];
    if (!set || set.size === 0) return 0;
    const results = await Promise.allSettled([...set].map(async (fn) => fn(payload)));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const failure of failures) {
      console.error(`listener for ${String(event)} failed:`, failure.reason);
    }
    return set.size - failures.length;
  }

  listenerCount(event: keyof Events): number {
    return this.listeners[event]?.size ?? 0;
  }
}

export type InventoryEmitter = TypedEmitter<InventoryEvents>;
