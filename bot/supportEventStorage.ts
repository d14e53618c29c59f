import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import { NO_QUESTION_LOG, QuestionLog, StorageQuestionLog } from '../dialogs/questionLog';
import { Config, ConfigError } from './config';
import { FileStorage, ListableStorage } from './fileStorage';
import { blobStorageOf } from './state/stateStores';

type BotStorageConfig = Pick<Config, 'UNANSWERED_LOG_DIR' | 'STORAGE'>;

/**
 * Where the bot writes the support events: UNANSWERED_LOG_DIR if set, else the blob storage its state lives in.
 * Nowhere when the state is in memory: records no other process can read would only fill the memory.
 */
export function supportEventStorageForBot(config: BotStorageConfig, botStorage: Storage): Storage | undefined {
  if (config.UNANSWERED_LOG_DIR) return new FileStorage(config.UNANSWERED_LOG_DIR);
  return config.STORAGE === 'blob' ? botStorage : undefined;
}

/** The question log the dialogs record into, as the settings ask; says at start-up where the records go. */
export function createQuestionLog(config: BotStorageConfig & Pick<Config, 'UNANSWERED_LOG'>, botStorage: Storage, logger: Logger): QuestionLog {
  const storage = supportEventStorageForBot(config, botStorage);
  if (!storage) {
    logger.info('support records are off: set UNANSWERED_LOG_DIR, or use STORAGE=blob, for npm run report:unanswered');
    return NO_QUESTION_LOG;
  }
  logger.info({ where: config.UNANSWERED_LOG_DIR ?? 'blob storage', unansweredQuestions: config.UNANSWERED_LOG }, 'recording support records');
  return new StorageQuestionLog(storage, {
    recordQuestions: config.UNANSWERED_LOG,
    onError: (error, event) => logger.warn({ err: error, eventType: event.type }, 'could not record a support record'),
  });
}

type ReportStorageConfig = Pick<Config, 'UNANSWERED_LOG_DIR' | 'STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER'>;

/**
 * Where `npm run report:unanswered` reads the events the bot wrote, worked out from the same settings: a folder
 * given on the command line, UNANSWERED_LOG_DIR, or else the bot's state storage, which must outlive the process.
 */
export function supportEventStorageForReport(config: ReportStorageConfig, directory?: string): ListableStorage {
  const folder = directory ?? config.UNANSWERED_LOG_DIR;
  if (folder) return new FileStorage(folder);
  if (config.STORAGE === 'blob') return blobStorageOf(config);
  throw new ConfigError([
    'UNANSWERED_LOG_DIR (not set) with STORAGE=memory: the bot keeps no records another process can read. Set ' +
      'UNANSWERED_LOG_DIR to a folder before starting the bot and run the report with the same .env, give the folder ' +
      'with --dir, or use STORAGE=blob.',
  ]);
}
