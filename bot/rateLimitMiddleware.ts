import { ActivityTypes, Middleware, TurnContext } from 'botbuilder';
import { conversationLanguage } from '../knowledge/conversationLanguage';
import { detectLanguage } from '../knowledge/languageDetection';
import type { TextTables } from '../knowledge/texts';
import { SlidingWindowRateLimit } from './rateLimit';

const RATE_LIMITED = Symbol('rateLimited');

/** Whether this turn's message was refused by the rate limit (for the turn log). */
export function wasRateLimited(context: TurnContext): boolean {
  return context.turnState.get(RATE_LIMITED) === true;
}

/**
 * Per-conversation message rate limit. A message over the limit does no work (no state read, no matching, no
 * dialog); the first one of a burst gets a polite "slow down" in the message's language, the rest nothing. Other
 * activity types pass: the channel sends them, not the user.
 */
export class RateLimitMiddleware implements Middleware {
  constructor(
    private readonly limit: SlidingWindowRateLimit,
    private readonly texts: TextTables,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message) return next();
    const decision = this.limit.take(`${activity.channelId}/${activity.conversation.id}`);
    if (decision === 'allow') return next();
    context.turnState.set(RATE_LIMITED, true);
    if (decision === 'refuseSilently') return;
    const language = conversationLanguage({ detected: detectLanguage(activity.text ?? ''), locale: activity.locale });
    await context.sendActivity(this.texts[language].slowDown);
  }
}
