import React, { useCallback, useEffect, useState } from "react";

import { Category, type Product, type Sku } from "../models/product";
import type { InventoryService } from "../services/inventoryService";
import { ProductList } from "./ProductList";

interface Alert {
  sku: Sku;
  message: string;
  at: number;
}

interface DashboardProps {
  service: InventoryService;
  maxAlerts?: number;
}

export default function InventoryDashboard({ service, maxAlerts = 5 }: DashboardProps): JSX.Element {
  const [category, setCategory] = useState<Category | undefined>(undefined);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [selected, setSelected] = useState<Product | null>(null);
  const [, forceRender] = useState(0);

  useEffect(() => {
    const offLow = service.events.on("stock:low", ({ sku, level, reorderLevel }) => {
      const message = `${sku}: ${level.onHand} on hand (reorder at ${reorderLevel})`;
      setAlerts((prev) => [{ sku, message, at: Date.now() }, ...prev].slice(0, maxAlerts));
    });
    const offMoved = service.events.on("stock:moved", () => forceRender((n) => n + 1));
    return () => {
      offLow();
      offMoved();
    };
  }, [service, maxAlerts]);

  const handleReorder = useCallback(
    (sku: Sku) => {
      service.receive(sku, 50, "A-01-1", "Auto reorder");
      setAlerts((prev) => prev.filter((a) => a.sku !== sku));
    },
    [service],
  );

  const products = [...Object.values(Category)].flatMap((c) => service.productsIn(c));

  return (
    <main className="dashboard">
      <nav>
        <button className={category === undefined ? "active" : ""} onClick={() => setCategory(undefined)}>All</button>
        {Object.values(Category).map((c) => (
          <button key={c} className={c === category ? "active" : ""} onClick={() => setCategory(c)}>
            {c}
          </button>
        ))}
      </nav>
      {alerts.length > 0 && (
        <aside role="alert">
          <ul>{alerts.map((a) => <li key={`${a.sku}-${a.at}`}>{a.message}</li>)}</ul>
        </aside>
      )}
      <ProductList
        products={products}
        category={category}
        levelOf={(p) => service.level(p.sku)}
        onSelect={setSelected}
        onReorder={handleReorder}
      />
      {selected && (
        <dialog open>
          <h3>{selected.name}</h3>
          <ol>
            {service.history(selected.sku, 10).map((m) => (
              <li key={m.id}>{m.kind.toLowerCase()} &times; {m.quantity} on {m.at.toLocaleDateString()}</li>
            ))}
          </ol>
          <button onClick={() => setSelected(null)}>Close</button>
        </dialog>
      )}
    </main>
  );
}
