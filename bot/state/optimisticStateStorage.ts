import type { Storage, StoreItem, StoreItems } from 'botbuilder';

/** A storage that can write an item only if it is still the version a reader saw, which botbuilder's Storage cannot say for a new item. */
export interface VersionedStorage extends Storage {
  /**
   * Writes `item` under `key` only if the stored item's eTag is still `expectedETag` (null: only if nothing is stored
   * yet) and returns the new eTag; throws ETagConflictError otherwise.
   */
  writeIfVersion(key: string, item: StoreItem, expectedETag: string | null): Promise<string>;
}

/**
 * The storage view for ConversationState and UserState that makes their writes safe against other turns.
 *
 * BotState writes every change with eTag "*" (last writer wins), so two turns of one conversation on two instances
 * would silently overwrite each other. This view remembers the version of each item it hands out and writes the item
 * back only if it is still that version; otherwise the write fails with ETagConflictError and the turn can run again.
 * It relies on BotState writing back the very object it read (its cached state), which is what identifies the
 * version.
 */
export class OptimisticStateStorage implements Storage {
  /** The eTag each handed-out item had when read (null: nothing was stored), keyed by the item object itself. */
  private readonly versions = new WeakMap<StoreItem, string | null>();

  constructor(private readonly storage: VersionedStorage) {}

  /** Every key gets an item, empty if nothing is stored, so that a new item is remembered as new too. */
  async read(keys: string[]): Promise<StoreItems> {
    const stored = await this.storage.read(keys);
    const items: StoreItems = {};
    for (const key of keys) {
      const item: StoreItem = stored[key] ?? {};
      this.versions.set(item, stored[key]?.eTag ?? null);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const expected = this.versions.get(item);
      // An item this view did not hand out (BotState.clear() makes a fresh one) has no version to check: last writer wins.
      if (expected === undefined) await this.storage.write({ [key]: item });
      // Remembered again, so a second save in the same turn expects the version this one wrote.
      else this.versions.set(item, await this.storage.writeIfVersion(key, item, expected));
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.storage.delete(keys);
  }
}
