import type { Matcher } from '../../dialogs/dialogDependencies';
import { withoutClosingThanks } from '../../knowledge/knowledgeMatcher';

/**
 * Longer messages are not questions the knowledge answers (the longest evaluation question has 147 characters), and
 * ranking a pasted page blocks the process: 2.5 s for 96,000 characters, which one request under MAX_BODY_BYTES
 * carries. Such messages are not ranked at all: they are refused as too long, which the reply says (a long story
 * around a question got "I can't answer" with no word of why).
 */
export const MAX_MATCHED_LENGTH = 1000;

/** How much of a message's end is read for a closing question when the whole is too long. */
const CLOSING_READ = 300;
const SENTENCE_END = /[.?!。？！\n]/g;
const ENDING_PUNCTUATION = /[.?!。？！\s]+$/;

/**
 * The last sentence of a message before the thanks that close it, if it starts within its last CLOSING_READ characters:
 * a long story ending "… how do I do it for her in Alipay? Thanks a lot." got "You're welcome!" for its last sentence.
 */
function closingSentence(text: string): string | undefined {
  const tail = withoutClosingThanks(text.trimEnd()).slice(-CLOSING_READ);
  const before = [...tail.replace(ENDING_PUNCTUATION, '').matchAll(SENTENCE_END)].at(-1)?.index;
  const sentence = before === undefined ? '' : tail.slice(before + 1).trim();
  return sentence === '' ? undefined : sentence;
}

/**
 * The matcher, reading only the last sentence of a message over MAX_MATCHED_LENGTH: the answer to it if it has one
 * ("… anyway what are the three functions of social security" after a pasted page was refused whole), else 'none' as
 * too long.
 */
export function lengthLimitedMatcher(matcher: Matcher): Matcher {
  return {
    match(text, language) {
      if (text.length <= MAX_MATCHED_LENGTH) return matcher.match(text, language);
      const closing = closingSentence(text);
      const read = closing === undefined ? undefined : matcher.match(closing, language);
      if (read?.decision === 'answer') return read;
      return { text, language, intent: null, score: 0, candidates: [], decision: 'none', refusal: { reason: 'tooLong', limit: MAX_MATCHED_LENGTH } };
    },
  };
}
