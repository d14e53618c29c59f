import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { envFlag } from './envFlag';
import { projectRoot } from './projectRoot';

/** The support staff's settings (see README.md, "For the support staff"), spread into bot/config.ts's schema. */
export const supportConfigShape = {
  /** Record questions the bot could not answer and "did you mean" choices (no user ids). false: record none. */
  UNANSWERED_LOG: envFlag('true'),
  /**
   * A folder for those records, readable by `npm run report:unanswered` on the same machine. Unset: they go to the
   * bot's own storage (blob storage with STORAGE=blob, where the report reads them too; memory otherwise).
   */
  UNANSWERED_LOG_DIR: z
    .string()
    .trim()
    .min(1)
    .optional()
    .transform((dir) => (dir === undefined || isAbsolute(dir) ? dir : resolve(projectRoot, dir))),
  /** Reload the knowledge files when they change (npm run dev turns it on). */
  KNOWLEDGE_WATCH: envFlag('false'),
};
