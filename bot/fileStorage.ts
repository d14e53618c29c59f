import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Storage that can also say which keys it holds, which botbuilder's Storage cannot; the support report needs it. */
export interface ListableStorage extends Storage {
  /** Every key starting with `prefix`, in order. */
  listKeys(prefix: string): Promise<string[]>;
}

const FILE_SUFFIX = '.json';

/**
 * botbuilder Storage in a local folder, one JSON file per key, so a second process on the same machine (the support
 * report) can read what the bot wrote. Writes go to a temporary file renamed into place, so a reader never sees half
 * an item. eTags are honoured like MemoryStorage does, within one process; it is not meant for several bot instances
 * (use blob storage for that).
 */
export class FileStorage implements ListableStorage {
  private ready?: Promise<unknown>;

  constructor(readonly directory: string) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const item = await this.readItem(key);
      if (item !== undefined) items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.ensureDirectory();
    for (const [key, item] of Object.entries(changes)) {
      if (item.eTag && item.eTag !== '*') {
        const stored = await this.readItem(key);
        if (stored && stored.eTag !== item.eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      const temporary = join(this.directory, `.${randomUUID()}.tmp`);
      await writeFile(temporary, JSON.stringify({ ...item, eTag: randomUUID() }));
      await rename(temporary, this.pathOf(key));
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await unlink(this.pathOf(key)).catch(ignoreMissing);
  }

  async listKeys(prefix: string): Promise<string[]> {
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
    return names
      .filter((name) => name.endsWith(FILE_SUFFIX))
      .map((name) => decodeURIComponent(name.slice(0, -FILE_SUFFIX.length)))
      .filter((key) => key.startsWith(prefix))
      .sort();
  }

  private ensureDirectory(): Promise<unknown> {
    this.ready ??= mkdir(this.directory, { recursive: true });
    return this.ready;
  }

  /** One flat folder: "/" and every other special character of a key are percent-encoded in the file name. */
  private pathOf(key: string): string {
    return join(this.directory, `${encodeURIComponent(key)}${FILE_SUFFIX}`);
  }

  private async readItem(key: string): Promise<StoreItems[string] | undefined> {
    const text = await readFile(this.pathOf(key), 'utf8').catch(ignoreMissing);
    return text === undefined ? undefined : JSON.parse(text);
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
