/**
 * What a message says the user has already done, when it asks what comes after it: "after tapping social security,
 * what next" has done "tapping social security", "点完我的以后去哪" has done "点完我的". Bag-of-words features cannot
 * tell that from asking how to do it ("tap social security"): both name the same button, and the answer is a
 * different step. The words of the done part become features of their own (features.ts, group `done`).
 *
 * English: the words after "after" / "once" up to the question, or the clause before "next", "now what" or "what
 * should I tap". Chinese: the text before the last 之后, 以后, 后, 然后, 接下来, 下一步 or 完 of its clause (完 included:
 * 点完我的以后), or a clause ending in 了 that another follows (支付宝打开了，点哪个).
 */

/** The part after this cue, up to a boundary, is done. */
const AFTER_CUE = /\b(?:after|once)\b/;
/** The clause before this cue is done. */
const NEXT_CUE = /\b(?:next|now what|what now|then what|what then|what (?:should|do) i (?:do|press|tap|click|choose|pick))\b/;
const CLAUSE_END = /[,.;!?]/;
/** Where the done part after "after" ends: its clause ends or the question begins. */
const AFTER_PART_END = /[,.;!?]|\b(?:what|whats|where|how|which|who|when|now|next|then|and|but|so|should|can)\b/;
const CHINESE_CUE = /之后|以后|后|然后|接下来|下一步|完/g;
const CHINESE_CLAUSE_END = /[，,。.；;！!？?]/;

/** Words that say nothing about which action was done. */
const FUNCTION_WORDS = new Set([
  'i', 'im', 'ive', 'me', 'the', 'a', 'an', 'is', 'am', 'are', 'was', 'have', 'has', 'do', 'did', 'to', 'it', 'what',
  'whats', 'where', 'how', 'which', 'now', 'then', 'next', 'just', 'already', 'ok', 'okay', 'so', 'and', 'after', 'once',
]);
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

const contentWords = (text: string): string[] =>
  (text.match(LATIN_WORD) ?? []).filter((word) => !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word));

/** The content words of the English done part, in order (normalised text, apostrophes removed). */
export function englishCompletedWords(normalised: string): string[] {
  const after = AFTER_CUE.exec(normalised);
  if (after) {
    const rest = normalised.slice(after.index + after[0].length);
    const end = rest.search(AFTER_PART_END);
    return contentWords(end < 0 ? rest : rest.slice(0, end));
  }
  const next = NEXT_CUE.exec(normalised);
  if (!next) return [];
  // The last clause before the cue that names anything: "binding done, what next" has done "binding done".
  const clauses = normalised.slice(0, next.index).split(CLAUSE_END).map(contentWords);
  return clauses.filter((words) => words.length > 0).at(-1) ?? [];
}

/** The Chinese done part (Simplified, normalised), or '' when the message asks for no next action. */
export function chineseCompletedText(normalised: string): string {
  const clauses = normalised.split(CHINESE_CLAUSE_END);
  for (const [i, clause] of clauses.entries()) {
    const cue = [...clause.matchAll(CHINESE_CUE)].at(-1);
    if (cue?.index) return clause.slice(0, cue.index + (cue[0] === '完' ? 1 : 0));
    if (clause.trimEnd().endsWith('了') && clauses.slice(i + 1).some((next) => next.trim() !== '')) return clause;
  }
  return '';
}
