import React from "react";

import { available, type StockLevel } from "../models/stock";

export type BadgeTone = "ok" | "low" | "out";

export interface StockBadgeProps {
  level: StockLevel;
  reorderLevel: number;
  compact?: boolean;
  onReorder?: (sku: StockLevel["sku"]) => void;
}

const TONE_STYLES: Record<BadgeTone, React.CSSProperties> = {
  ok: { background: "#e6f4ea", color: "#1e7b34" },
  low: { background: "#fff4e5", color: "#8a5300" },
  out: { background: "#fdecea", color: "#a1251b" },
};

export function toneFor(free: number, reorderLevel: number): BadgeTone {
  if (free <= 0) return "out";
  return free <= reorderLevel ? "low" : "ok";
}

export const StockBadge: React.FC<StockBadgeProps> = ({ level, reorderLevel, compact = false, onReorder }) => {
  const free = available(level);
  const tone = toneFor(free, reorderLevel);
  const label = tone === "out" ? "Out of stock" : `${free} available`;

  return (
    <span className={`stock-badge stock-badge--${tone}`} style={TONE_STYLES[tone]} title={label}>
      {compact ? free : label}
      {level.reserved > 0 && !compact && <small> ({level.reserved} reserved)</small>}
      {tone !== "ok" && onReorder ? (
        <button type="button" onClick={() => onReorder(level.sku)} aria-label={`Reorder ${level.sku}`}>
          Reorder
        </button>
      ) : null}
    </span>
  );
};

export default StockBadge;
