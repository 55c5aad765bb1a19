/**
 * Generic in-memory repository with secondary indexes, used for products and movements.
 */

export interface Repository<T, K extends PropertyKey> {
  get(id: K): T | undefined;
  require(id: K): T;
  save(item: T): T;
  delete(id: K): boolean;
  find(predicate: (item: T) => boolean): T[];
  readonly size: number;
}

export class NotFoundError<K extends PropertyKey> extends Error {
  constructor(public readonly entity: string, public readonly id: K) {
    super(`${entity} ${String(id)} not found`);
    this.name = "NotFoundError";
  }
}

export class MemoryRepository<T extends object, K extends PropertyKey> implements Repository<T, K> {
  protected readonly items = new Map<K, T>();
  private readonly indexes = new Map<keyof T, Map<unknown, Set<K>>>();

  constructor(
    private readonly entityName: string,
    private readonly keyOf: (item: T) => K,
    indexed: ReadonlyArray<keyof T> = [],
  ) {
    indexed.forEach((field) => this.indexes.set(field, new Map()));
  }

  get size(): number {
    return this.items.size;
  }

  get(id: K): T | undefined {
    return this.items.get(id);
  }

  require(id: K): T {
    const item = this.items.get(id);
    if (item === undefined) throw new NotFoundError(this.entityName, id);
    return item;
  }

  save(item: T): T {
    const id = this.keyOf(item);
    const previous = this.items.get(id);
    if (previous) this.unindex(id, previous);
    this.items.set(id, item);
    for (const [field, index] of this.indexes) {
      const value = item[field];
      if (!index.has(value)) index.set(value, new Set());
      index.get(value)!.add(id);
    }
    return item;
  }

  delete(id: K): boolean {
    const item = this.items.get(id);
    if (!item) return false;
    this.unindex(id, item);
    return this.items.delete(id);
  }

  find(predicate: (item: T) => boolean): T[] {
    return [...this.items.values()].filter(predicate);
  }

  findBy<F extends keyof T>(field: F, value: T[F]): T[] {
    const ids = this.indexes.get(field)?.get(value);
    if (!ids) return this.find((item) => item[field] === value);
    return [...ids].map((id) => this.items.get(id) as T);
  }

  *[Symbol.iterator](): IterableIterator<T> {
    yield* this.items.values();
  }

  private unindex(id: K, item: T): void {
    for (const [field, index] of this.indexes) {
      index.get(item[field])?.delete(id);
    }
  }
}
