import type { Sku } from "./product";

/** A warehouse location such as "A-03-2" (aisle, rack, shelf). */
export type LocationCode = `${string}-${number}-${number}`;

export const enum MovementKind {
  Receipt = "RECEIPT",
  Shipment = "SHIPMENT",
  Adjustment = "ADJUSTMENT",
  Transfer = "TRANSFER",
}

interface MovementBase {
  readonly id: string;
  readonly sku: Sku;
  readonly quantity: number;
  readonly at: Date;
  readonly note?: string;
}

export interface Receipt extends MovementBase {
  kind: MovementKind.Receipt;
  to: LocationCode;
  supplier: string;
}

export interface Shipment extends MovementBase {
  kind: MovementKind.Shipment;
  from: LocationCode;
  orderId: string;
}

export interface Adjustment extends MovementBase {
  kind: MovementKind.Adjustment;
  location: LocationCode;
  reason: "damaged" | "lost" | "count";
}

export interface Transfer extends MovementBase {
  kind: MovementKind.Transfer;
  from: LocationCode;
  to: LocationCode;
}

export type Movement = Receipt | Shipment | Adjustment | Transfer;

export interface StockLevel {
  sku: Sku;
  onHand: number;
  reserved: number;
  byLocation: Map<LocationCode, number>;
}

export const available = (level: StockLevel): number => Math.max(0, level.onHand - level.reserved);

/** Signed effect of a movement on a given location. */
export function deltaAt(movement: Movement, location: LocationCode): number {
  switch (movement.kind) {
    case MovementKind.Receipt:
      return movement.to === location ? movement.quantity : 0;
    case MovementKind.Shipment:
      return movement.from === location ? -movement.quantity : 0;
    case MovementKind.Adjustment:
      return movement.location === location ? movement.quantity : 0;
    case MovementKind.Transfer:
      if (movement.from === location) return -movement.quantity;
      return movement.to === location ? movement.quantity : 0;
    default: {
      const unreachable: never = movement;
      throw new Error(`unknown movement ${JSON.stringify(unreachable)}`);
    }
  }
}
