import type { Matcher } from '../../dialogs/dialogDependencies';

/**
 * Longer messages are not questions the knowledge answers (the longest evaluation question has 147 characters), and
 * ranking a pasted page blocks the process: 2.5 s for 96,000 characters, which one request under MAX_BODY_BYTES
 * carries. Such messages are not ranked at all: they are refused as too long, which the reply says (a long story
 * around a question got "I can't answer" with no word of why).
 */
export const MAX_MATCHED_LENGTH = 1000;

/** The matcher, answering 'none' at once for messages over MAX_MATCHED_LENGTH. */
export function lengthLimitedMatcher(matcher: Matcher): Matcher {
  return {
    match(text, language) {
      if (text.length <= MAX_MATCHED_LENGTH) return matcher.match(text, language);
      return { text, language, intent: null, score: 0, candidates: [], decision: 'none', refusal: { reason: 'tooLong', limit: MAX_MATCHED_LENGTH } };
    },
  };
}
