import { MemoryStorage, StoreItems } from 'botbuilder';

export interface MemoryStateLimits {
  /** An item not read or written for this long is forgotten. */
  idleMs: number;
  /** Beyond this many items the least recently used are forgotten first. */
  maxItems: number;
}

/**
 * botbuilder's MemoryStorage keeps every conversation it ever saw; a single process serving a public widget for months
 * would grow without end. This one forgets idle conversations and, past a cap, the least recently used ones, so a
 * returning user past the limit simply starts afresh.
 */
export class ExpiringMemoryStorage extends MemoryStorage {
  /** Last use per key; a Map iterates in insertion order, and a used key is re-inserted, so the first entry is the oldest. */
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly limits: MemoryStateLimits,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    this.touch(Object.keys(items));
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    this.touch(Object.keys(changes));
    await this.forgetStale();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.lastUsed.delete(key);
    await super.delete(keys);
  }

  private touch(keys: string[]): void {
    const time = this.now();
    for (const key of keys) {
      this.lastUsed.delete(key);
      this.lastUsed.set(key, time);
    }
  }

  private async forgetStale(): Promise<void> {
    const idleBefore = this.now() - this.limits.idleMs;
    const stale: string[] = [];
    for (const [key, time] of this.lastUsed) {
      const overCap = this.lastUsed.size - stale.length > this.limits.maxItems;
      if (!overCap && time >= idleBefore) break;
      stale.push(key);
    }
    if (stale.length > 0) await this.delete(stale);
  }
}
