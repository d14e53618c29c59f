import { ConversationState, Middleware, Storage, UserState } from 'botbuilder';
import type { Logger } from 'pino';
import { ConfigError } from '../config';
import { BlobStorage } from './blobStorage';
import { ConflictRetry } from './conflictRetry';
import { ConversationTurnQueue } from './conversationTurnQueue';
import { ExpiringMemoryStorage } from './expiringMemoryStorage';
import { OptimisticStateStorage } from './optimisticStateStorage';
import type { StateConfig } from './stateConfig';

export interface StateStores {
  /** Where the state lives (STORAGE); other records of the bot may be kept there too. */
  storage: Storage;
  conversationState: ConversationState;
  userState: UserState;
  /** Adapter middleware, in order, that keeps turns of one conversation from overwriting each other's state. */
  turnMiddleware: Middleware[];
}

/** The blob storage STORAGE=blob names. */
export function blobStorageOf(config: Pick<StateConfig, 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER'>): BlobStorage {
  const { BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: container } = config;
  // parseConfig already refuses STORAGE=blob without them; this is for a config put together some other way.
  if (!connectionString || !container) throw new ConfigError(['BLOB_CONNECTION_STRING and BLOB_CONTAINER are both required when STORAGE is blob']);
  return new BlobStorage({ connectionString, container });
}

/**
 * Conversation and user state in the storage STORAGE chooses. In memory there is one process, so queueing the turns
 * of each conversation is enough; in blob storage other instances save too, so a save is checked against the version
 * read and a turn that lost the race runs again.
 */
export function createStateStores(config: StateConfig, logger: Logger): StateStores {
  const queue = new ConversationTurnQueue();
  if (config.STORAGE === 'memory') {
    const storage = new ExpiringMemoryStorage({
      idleMs: config.MEMORY_STATE_IDLE_HOURS * 3_600_000,
      maxItems: config.MEMORY_STATE_MAX_ITEMS,
    });
    return { storage, conversationState: new ConversationState(storage), userState: new UserState(storage), turnMiddleware: [queue] };
  }
  const storage = blobStorageOf(config);
  const checkedStorage = new OptimisticStateStorage(storage);
  const conversationState = new ConversationState(checkedStorage);
  const userState = new UserState(checkedStorage);
  return { storage, conversationState, userState, turnMiddleware: [queue, new ConflictRetry([conversationState, userState], logger)] };
}
