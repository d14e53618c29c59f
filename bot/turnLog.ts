import { Middleware, TurnContext } from 'botbuilder';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { Matcher } from '../dialogs/dialogDependencies';
import { answerTraceOf } from '../dialogs/intentTrace';
import { chosenTurnLanguage } from '../dialogs/turnLanguage';
import type { MatchResult } from '../knowledge/matcher/types';
import { flatRecordLogger, hashConversationId } from './logger';
import { wasRateLimited } from './rateLimitMiddleware';

/** What a turn did, as far as the log is concerned. */
export type TurnOutcome = 'answer' | 'clarify' | 'none' | 'rateLimited' | 'failed' | 'other';

/** What the turn log learns while the turn runs. */
interface TurnObservations {
  /** The last match the matcher made in this turn. */
  match?: MatchResult;
}

// The matcher is called deep inside the dialogs, which know nothing of logging; the turn's observations follow the
// async calls of the turn instead of being passed down through every dialog.
const currentTurn = new AsyncLocalStorage<TurnObservations>();

/** Reports each match to the turn log of the turn it happens in; use it around the matcher the dialogs get. */
export function recordMatches(matcher: Matcher): Matcher {
  return {
    match(text, language) {
      const result = matcher.match(text, language);
      const observations = currentTurn.getStore();
      if (observations) observations.match = result;
      return result;
    },
  };
}

function outcomeOf(context: TurnContext, failed: boolean, { match }: TurnObservations): TurnOutcome {
  if (failed) return 'failed';
  if (wasRateLimited(context)) return 'rateLimited';
  if (answerTraceOf(context)) return 'answer';
  return match?.decision ?? 'other';
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
    const observations: TurnObservations = {};
    let failed = false;
    try {
      await currentTurn.run(observations, next);
    } catch (error) {
      failed = true;
      throw error; // the adapter's onTurnError logs it and apologises
    } finally {
      this.logger.info(this.lineFor(context, observations, failed, performance.now() - started), 'turn');
    }
  }

  private lineFor(context: TurnContext, observations: TurnObservations, failed: boolean, latencyMs: number): Record<string, unknown> {
    const { activity } = context;
    const { match } = observations;
    // The intent trace of the answer given (by a match or a choice such as "next").
    const answer = answerTraceOf(context);
    return {
      conversation: hashConversationId(activity.conversation?.id),
      channel: activity.channelId,
      activityType: activity.type,
      language: chosenTurnLanguage(context),
      intent: answer?.intent ?? match?.intent,
      score: answer?.score ?? match?.score,
      outcome: outcomeOf(context, failed, observations),
      latencyMs: Math.round(latencyMs),
      text: this.logUserText ? activity.text : undefined,
    };
  }
}
