import type { Storage } from 'botbuilder';
import type { Config } from './config';
import { FileStorage, ListableStorage } from './fileStorage';

/** Where the bot writes the support events: UNANSWERED_LOG_DIR if set, else the storage its state lives in. */
export function supportEventStorageForBot(config: Pick<Config, 'UNANSWERED_LOG_DIR'>, botStorage: Storage): Storage {
  return config.UNANSWERED_LOG_DIR ? new FileStorage(config.UNANSWERED_LOG_DIR) : botStorage;
}

/** Why the report cannot read what the bot wrote; said with the setting that fixes it. */
export class SupportEventStorageError extends Error {
  override name = 'SupportEventStorageError';
}

/**
 * Where `npm run report:unanswered` reads the events the bot wrote, worked out from the same settings: a folder
 * given on the command line, UNANSWERED_LOG_DIR, or else the bot's state storage, which must outlive the process.
 */
export function supportEventStorageForReport(config: Pick<Config, 'UNANSWERED_LOG_DIR'>, directory?: string): ListableStorage {
  const folder = directory ?? config.UNANSWERED_LOG_DIR;
  if (folder) return new FileStorage(folder);
  throw new SupportEventStorageError(
    'The bot keeps its records in memory, which no other process can read. Set UNANSWERED_LOG_DIR (in .env) to a ' +
      'folder before starting the bot, and run the report with the same .env, or give the folder with --dir.',
  );
}
