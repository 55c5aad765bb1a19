/** Product catalogue types. */

export enum Category {
  Hardware = "hardware",
  Electrical = "electrical",
  Plumbing = "plumbing",
  Garden = "garden",
}

export enum Unit {
  Piece = "pc",
  Box = "box",
  Metre = "m",
  Kilogram = "kg",
}

export type Sku = string & { readonly __brand: "Sku" };

export interface Money {
  readonly amount: number; // minor units (cents)
  readonly currency: "EUR" | "USD" | "GBP";
}

export interface Product {
  readonly sku: Sku;
  name: string;
  category: Category;
  unit: Unit;
  price: Money;
  reorderLevel: number;
  tags?: string[];
  discontinued?: boolean;
}

export type NewProduct = Omit<Product, "sku"> & { sku: string };
export type ProductPatch = Partial<Omit<Product, "sku">>;

const SKU_PATTERN = /^[A-Z]{3}-\d{4,6}$/;

export function toSku(raw: string): Sku {
  const normalized = raw.trim().toUpperCase();
  if (!SKU_PATTERN.test(normalized)) {
    throw new TypeError(`invalid SKU "${raw}" (expected e.g. HAM-0042)`);
  }
  return normalized as Sku;
}

export function formatMoney({ amount, currency }: Money, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new RangeError(`cannot add ${a.currency} and ${b.currency}`);
  }
  return { amount: a.amount + b.amount, currency: a.currency };
}

export const categoryLabel: Record<Category, string> = {
  [Category.Hardware]: "Hardware & Tools",
  [Category.Electrical]: "Electrical",
  [Category.Plumbing]: "Plumbing",
  [Category.Garden]: "Garden",
};
