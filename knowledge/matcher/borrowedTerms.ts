import { DOMAIN_CONCEPTS } from './domainConcepts';
import { alternatives } from './tokenise';

// Concepts whose English terms have no one Chinese word: "article 64" is 第六十四条, not 法律 64, and "development" in
// "economic development" is 发展, not 经济.
const NOT_BORROWED: ReadonlySet<string> = new Set(['law', 'economy']);

// Words of the steps that are no concept of the model's: "这个binding是什么意思" was refused, "绑定是什么意思" answered.
const WORDS_OF_THE_STEPS: ReadonlyArray<readonly [string, string]> = [
  ['binding', '绑定'],
  ['bind', '绑定'],
];

/** Each English term of a concept, with the concept's first Chinese term, which the Chinese questions use most. */
const CHINESE_OF_TERM = new Map([
  ...Object.entries(DOMAIN_CONCEPTS)
    .filter(([concept]) => !NOT_BORROWED.has(concept))
    .flatMap(([, { en, zh }]) => en.map((term) => [term, zh[0]] as const)),
  ...WORDS_OF_THE_STEPS,
]);
// Whole English words, which Chinese characters may touch on either side.
const BORROWED_TERM = new RegExp(`(?<![a-z0-9])(?:${alternatives(CHINESE_OF_TERM.keys())})(?![a-z0-9])`, 'gi');

/**
 * A Chinese message with the English terms it borrows written in Chinese: "社会保障的第三个function是啥" → "社会保障的第三个功能
 * 是啥". The Chinese questions the matcher learnt from have no English words, so a borrowed one reads as noise to it
 * and splits the Chinese around it: that message got a "Did you mean" (0.33), its all-Chinese wording an answer (1.00).
 */
export function withBorrowedTermsInChinese(text: string): string {
  return text.replace(BORROWED_TERM, (term) => CHINESE_OF_TERM.get(term.toLowerCase()) ?? term);
}
