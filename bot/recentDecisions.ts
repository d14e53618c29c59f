import type { Matcher } from '../dialogs/dialogDependencies';
import type { Language } from '../knowledge/language';
import type { MatchResult } from '../knowledge/matcher/types';

/**
 * Decisions kept. A starter question or a popular wording is asked again long after a burst of unique questions has
 * gone by; at about 1 KB a decision this costs about 2 MB at most.
 */
export const RECENT_DECISIONS = 2048;

/** A message longer than the longest training question (147 characters) is typed, not clicked, and seldom twice. */
export const MAX_REMEMBERED_LENGTH = 200;

/** A decision handed to several turns: a turn that changed it would change what the next asker gets. */
function frozen(result: MatchResult): MatchResult {
  for (const candidate of result.candidates) Object.freeze(candidate);
  Object.freeze(result.candidates);
  return Object.freeze(result);
}

/**
 * The matcher, remembering its latest decisions. Much of what reaches the matcher repeats: the starter questions
 * and follow-ups the bot offers as buttons, and the few wordings many users type alike. Ranking a message costs
 * more than anything else the bot does in a turn (the matcher's arrays and strings also crowd out the server's own
 * in the CPU caches), and the matcher is a pure function of text and language, so a repeated message gets the same
 * decision from here. The least recently used decision goes first. Refusals are not kept: no button sends a message
 * the bot refuses, so they are typed, seldom alike, and kept they would push out the repeated questions. A knowledge
 * reload builds a new matcher and with it an empty memory, so no decision outlives the knowledge it came from.
 */
export function rememberingMatcher(matcher: Matcher, capacity = RECENT_DECISIONS): Matcher {
  const decisions = new Map<string, MatchResult>();
  return {
    match(text: string, language: Language): MatchResult {
      if (text.length > MAX_REMEMBERED_LENGTH) return matcher.match(text, language);
      const key = `${language}:${text}`;
      const known = decisions.get(key);
      if (known) {
        // A Map iterates in insertion order: inserted again, the decision becomes the most recently used.
        decisions.delete(key);
        decisions.set(key, known);
        return known;
      }
      const decided = matcher.match(text, language);
      if (decided.decision === 'none') return decided;
      decisions.set(key, frozen(decided));
      if (decisions.size > capacity) decisions.delete(decisions.keys().next().value as string);
      return decided;
    },
  };
}
