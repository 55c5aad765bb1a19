import React, { useMemo, useState } from "react";

import { categoryLabel, formatMoney, type Category, type Product } from "../models/product";
import type { StockLevel } from "../models/stock";
import { StockBadge } from "./StockBadge";

type SortKey = "name" | "price" | "stock";

interface ProductListProps {
  products: readonly Product[];
  levelOf: (product: Product) => StockLevel;
  category?: Category;
  onSelect?: (product: Product) => void;
  onReorder?: (sku: Product["sku"]) => void;
}

function compareBy(key: SortKey, levelOf: ProductListProps["levelOf"]) {
  return (a: Product, b: Product): number => {
    switch (key) {
      case "price":
        return a.price.amount - b.price.amount;
      case "stock":
        return levelOf(a).onHand - levelOf(b).onHand;
      default:
        return a.name.localeCompare(b.name);
    }
  };
}

export function ProductList({ products, levelOf, category, onSelect, onReorder }: ProductListProps) {
  const [sortKey, setSortKey] = useState<SortKey>("name");
  const [query, setQuery] = useState("");

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return products
      .filter((p) => !p.discontinued && (category === undefined || p.category === category))
      .filter((p) => needle === "" || p.name.toLowerCase().includes(needle) || p.sku.includes(needle.toUpperCase()))
      .sort(compareBy(sortKey, levelOf));
  }, [products, category, query, sortKey, levelOf]);

  return (
    <section className="product-list">
      <header>
        <h2>{category ? categoryLabel[category] : "All products"}</h2>
        <input value={query} placeholder="Search name or SKU" onChange={(e) => setQuery(e.target.value)} />
        <select value={sortKey} onChange={(e) => setSortKey(e.target.value as SortKey)}>
          <option value="name">Name</option>
          <option value="price">Price</option>
          <option value="stock">Stock</option>
        </select>
      </header>
      {visible.length === 0 ? (
        <p className="empty">No products match &ldquo;{query}&rdquo;.</p>
      ) : (
        <table>
          <tbody>
            {visible.map((product) => (
              <tr key={product.sku} onClick={() => onSelect?.(product)}>
                <td><code>{product.sku}</code></td>
                <td>{product.name}</td>
                <td className="num">{formatMoney(product.price)}</td>
                <td>
                  <StockBadge level={levelOf(product)} reorderLevel={product.reorderLevel} onReorder={onReorder} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
