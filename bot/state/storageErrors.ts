/**
 * The state storage failed (unreachable, refused, or returned something unreadable). The conversation's state is not
 * at fault, so nothing should be reset because of it: the conversation goes on where it was once the storage is back.
 */
export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * Another turn (on this instance or another one) changed the item after this turn read it; writing would lose that
 * change. The turn can be run again on the fresh state.
 */
export class ETagConflictError extends StorageError {
  override name = 'ETagConflictError';

  constructor(readonly key: string) {
    // botbuilder's own storages say the same words, so logs read alike whichever storage is configured.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}
