import { FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { KnowledgeError } from '../knowledge/knowledgeError';
import { KNOWLEDGE_FILE, loadKnowledge } from '../knowledge/loader';

export interface KnowledgeWatcherOptions {
  directory: string;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Puts newly loaded knowledge into service (retrains the matcher, swaps the dialogs); throwing rejects it. */
  apply(knowledge: KnowledgeBase): void;
  /** Editors save in bursts (temporary file, rename, second write): one reload after the burst is enough. */
  debounceMs?: number;
}

export interface KnowledgeWatcher {
  close(): void;
}

/**
 * KNOWLEDGE_WATCH=true: reloads the knowledge folder when one of its YAML files changes, so content editors see their
 * edit in the running bot. The whole folder is loaded and validated again; an invalid edit is logged with the file,
 * entry and field, and the bot keeps answering from the knowledge it had.
 */
export function watchKnowledge({ directory, logger, apply, debounceMs = 300 }: KnowledgeWatcherOptions): KnowledgeWatcher {
  let timer: NodeJS.Timeout | undefined;

  const reload = () => {
    const started = process.hrtime.bigint();
    try {
      const knowledge = loadKnowledge(directory);
      apply(knowledge);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ directory, knowledgeEntries: knowledge.entries.length, ms: Math.round(ms) }, 'knowledge reloaded');
    } catch (error) {
      if (error instanceof KnowledgeError) {
        logger.error({ file: error.file, problems: error.problems }, `knowledge edit rejected, still answering from the previous knowledge. ${error.message}`);
      } else {
        logger.error({ err: error, directory }, 'knowledge reload failed, still answering from the previous knowledge');
      }
    }
  };

  const watcher: FSWatcher = watch(directory, (_event, file) => {
    if (file !== null && !KNOWLEDGE_FILE.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  });
  watcher.on('error', (error) => logger.error({ err: error, directory }, 'cannot watch the knowledge folder any more'));
  // Watching must never be what keeps the process alive (tests, graceful shutdown).
  watcher.unref();
  logger.info({ directory }, 'watching the knowledge folder: edits are loaded while the bot runs');

  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
