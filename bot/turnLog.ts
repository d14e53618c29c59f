import { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { answerTraceOf, matchOf } from '../dialogs/intentTrace';
import { chosenTurnLanguage } from '../dialogs/turnLanguage';
import { flatRecordLogger, hashConversationId } from './logger';
import { wasRateLimited } from './rateLimitMiddleware';

/** What a turn did, as far as the log is concerned. */
export type TurnOutcome = 'answer' | 'clarify' | 'none' | 'rateLimited' | 'failed' | 'other';

function outcomeOf(context: TurnContext, failed: boolean): TurnOutcome {
  if (failed) return 'failed';
  if (wasRateLimited(context)) return 'rateLimited';
  if (answerTraceOf(context)) return 'answer';
  return matchOf(context)?.decision ?? 'other';
}

/**
 * One JSON line per turn: hashed conversation id, channel, activity type, language, intent and score, outcome and
 * latency. What the user typed only with LOG_USER_TEXT=true. Put it first in the middleware, so refused and failed
 * turns are logged too.
 */
export class TurnLogMiddleware implements Middleware {
  private readonly logger: Logger;

  constructor(
    logger: Logger,
    private readonly logUserText: boolean,
  ) {
    this.logger = flatRecordLogger(logger);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error; // the adapter's onTurnError logs it and apologises
    } finally {
      this.logger.info(this.lineFor(context, failed, performance.now() - started), 'turn');
    }
  }

  private lineFor(context: TurnContext, failed: boolean, latencyMs: number): Record<string, unknown> {
    const { activity } = context;
    const match = matchOf(context);
    // The intent trace of the answer given (by a match or a choice such as "next").
    const answer = answerTraceOf(context);
    return {
      conversation: hashConversationId(activity.conversation?.id),
      channel: activity.channelId,
      activityType: activity.type,
      language: chosenTurnLanguage(context),
      intent: answer?.intent ?? match?.intent,
      score: answer?.score ?? match?.score,
      outcome: outcomeOf(context, failed),
      latencyMs: Math.round(latencyMs),
      text: this.logUserText ? activity.text : undefined,
    };
  }
}
