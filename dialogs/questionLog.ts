import type { Storage } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import { withNumbersMasked } from '../knowledge/personalNumbers';
import { eventKey, holdsUserText, NewSupportEvent } from '../knowledge/unansweredEvents';

/** Where the dialogs report what the support staff want to know about (see knowledge/unansweredEvents.ts). */
export interface QuestionLog {
  record(event: NewSupportEvent): Promise<void>;
}

/** For tests and tools that run the dialogs without recording anything. */
export const NO_QUESTION_LOG: QuestionLog = { record: async () => undefined };

export interface StorageQuestionLogOptions {
  /** false (UNANSWERED_LOG=false): nothing the user typed is stored; feedback counts still are. */
  recordQuestions: boolean;
  /** A failed write must not cost the user their answer: it is reported here and the turn goes on. */
  onError(error: unknown, event: NewSupportEvent): void;
  now?: () => Date;
}

/**
 * Records each event under a key of its own in the bot's Storage, with long numbers in questions masked. A new key per
 * event needs no eTag and cannot conflict, so any number of bot instances can write to the same storage at once.
 */
export class StorageQuestionLog implements QuestionLog {
  constructor(
    private readonly storage: Storage,
    private readonly options: StorageQuestionLogOptions,
  ) {}

  async record(event: NewSupportEvent): Promise<void> {
    if (!this.options.recordQuestions && holdsUserText(event)) return;
    const at = (this.options.now ?? (() => new Date()))();
    const stored = 'question' in event ? { ...event, question: withNumbersMasked(event.question) } : event;
    try {
      await this.storage.write({ [eventKey(at, randomBytes(6).toString('hex'))]: { ...stored, at: at.toISOString() } });
    } catch (error) {
      this.options.onError(error, event);
    }
  }
}
