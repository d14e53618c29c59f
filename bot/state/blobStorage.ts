import { BlobRequestConditions, ContainerClient, RestError, StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { text } from 'node:stream/consumers';
import type { ListableStorage } from '../fileStorage';
import type { VersionedStorage } from './optimisticStateStorage';
import { ETagConflictError, StorageError } from './storageErrors';

export interface BlobStorageSettings {
  connectionString: string;
  container: string;
}

/**
 * A storage outage must turn into an apology while the user is still there, and a channel waits about 15 s for the
 * bot's answer, across a read and a write. The SDK's defaults back off for up to about a minute, and its
 * tryTimeoutInMs only asks the server to give up: a storage that accepts connections and never answers would hold
 * the turn forever. So every call has a deadline of its own, retries included.
 */
const PIPELINE_OPTIONS: StoragePipelineOptions = { retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 } };
const CALL_TIMEOUT_MS = 5_000;

/** The answers that mean "the blob is not the version you expected": If-Match failed, or If-None-Match: * found one. */
const CONFLICT_CODES = new Set(['ConditionNotMet', 'BlobAlreadyExists']);

/**
 * botbuilder Storage in an Azure Blob Storage container, one JSON blob per key, shared by every bot instance.
 *
 * Written on @azure/storage-blob rather than botbuilder-azure-blobs' BlobsStorage, which cannot write "only if the
 * blob does not exist yet" (so two first turns of a conversation on two instances would overwrite each other),
 * remembers a failed container creation forever (so a bot started while the storage was down never recovers), retries
 * for about a minute on an outage, and cannot list keys (which the support report needs). A blob's name is its key,
 * percent-encoded, so any key fits in one flat container.
 */
export class BlobStorage implements ListableStorage, VersionedStorage {
  private readonly client: ContainerClient;
  private containerReady?: Promise<unknown>;

  constructor({ connectionString, container }: BlobStorageSettings) {
    this.client = new ContainerClient(connectionString, container, PIPELINE_OPTIONS);
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ensureContainer();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.readItem(key);
        if (item) items[key] = item;
      }),
    );
    return items;
  }

  /** botbuilder's contract: an item whose eTag is "*" or empty overwrites; any other eTag must match the stored one. */
  async write(changes: StoreItems): Promise<void> {
    await this.ensureContainer();
    await Promise.all(
      Object.entries(changes).map(([key, item]) => {
        const { eTag } = item as StoreItem;
        return this.upload(key, item, eTag && eTag !== '*' ? { ifMatch: eTag } : {});
      }),
    );
  }

  async writeIfVersion(key: string, item: StoreItem, expectedETag: string | null): Promise<string> {
    await this.ensureContainer();
    return this.upload(key, item, expectedETag === null ? { ifNoneMatch: '*' } : { ifMatch: expectedETag });
  }

  async delete(keys: string[]): Promise<void> {
    await this.ensureContainer();
    await Promise.all(
      keys.map((key) => this.call(`delete "${key}"`, (abortSignal) => this.client.getBlobClient(blobName(key)).deleteIfExists({ abortSignal }))),
    );
  }

  async listKeys(prefix: string): Promise<string[]> {
    await this.ensureContainer();
    return this.call(`list the keys starting with "${prefix}"`, async (abortSignal) => {
      const keys: string[] = [];
      for await (const blob of this.client.listBlobsFlat({ prefix: blobName(prefix), abortSignal })) keys.push(decodeURIComponent(blob.name));
      return keys.sort();
    });
  }

  /** Creates the container on first use; a failure is not remembered, so the next call tries again. */
  private ensureContainer(): Promise<unknown> {
    this.containerReady ??= this.call('create the container', (abortSignal) => this.client.createIfNotExists({ abortSignal })).catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    return this.containerReady;
  }

  private async readItem(key: string): Promise<StoreItem | undefined> {
    const stored = await this.call(`read "${key}"`, async (abortSignal) => {
      const response = await this.client.getBlobClient(blobName(key)).download(0, undefined, { abortSignal }).catch(ignoreNotFound);
      if (!response?.readableStreamBody) return undefined;
      return { eTag: response.etag, body: await text(response.readableStreamBody) };
    });
    if (!stored) return undefined;
    try {
      return { ...JSON.parse(stored.body), eTag: stored.eTag };
    } catch (error) {
      throw this.storageError(`read "${key}": its blob is not JSON`, error);
    }
  }

  /** Uploads the item without its eTag (the blob's own ETag is the version) and returns the new ETag. */
  private async upload(key: string, item: StoreItem, conditions: BlobRequestConditions): Promise<string> {
    const { eTag: _previous, ...content } = item;
    const body = JSON.stringify(content);
    return this.call(`write "${key}"`, async (abortSignal) => {
      const { etag } = await this.client
        .getBlockBlobClient(blobName(key))
        .upload(body, Buffer.byteLength(body), { conditions, abortSignal, blobHTTPHeaders: { blobContentType: 'application/json' } })
        .catch((error: unknown) => {
          if (error instanceof RestError && CONFLICT_CODES.has(error.code ?? '')) throw new ETagConflictError(key);
          throw error;
        });
      return etag ?? '';
    });
  }

  /**
   * Runs one storage call within CALL_TIMEOUT_MS; a failure becomes a StorageError that names the container, the
   * operation and the cause (an ETagConflictError stays what it is).
   */
  private async call<T>(operation: string, action: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await action(AbortSignal.timeout(CALL_TIMEOUT_MS));
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw this.storageError(operation, error);
    }
  }

  private storageError(operation: string, cause: unknown): StorageError {
    const reason = cause instanceof RestError ? (cause.code ?? `HTTP ${cause.statusCode}`) : cause instanceof Error ? cause.message : String(cause);
    return new StorageError(`Blob storage container "${this.client.containerName}": could not ${operation} (${reason})`, { cause });
  }
}

function blobName(key: string): string {
  return encodeURIComponent(key);
}

function ignoreNotFound(error: unknown): undefined {
  if (error instanceof RestError && error.statusCode === 404) return undefined;
  throw error;
}
