import { MatchResult, NONE_INTENT } from '../matcher/types';

/** What the bot does with a message, as an intent to score: anything but a straight answer counts as None. */
export function answeredIntent(result: MatchResult): string {
  return result.decision === 'answer' && result.intent !== null ? result.intent : NONE_INTENT;
}
