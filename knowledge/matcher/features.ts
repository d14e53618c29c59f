import { MatcherOptions } from './options';
import { Tokens } from './tokenise';

/**
 * Third stage: tokens become named features in groups, each group with its own weight (options.weights). A feature
 * may occur several times; the vectoriser turns the counts into TF-IDF values.
 */
export const FEATURE_GROUPS = [
  'number',
  'word',
  'wordBigram',
  'charNgram',
  'hanChar',
  'hanBigram',
  'hanWord',
  'concept',
  'done',
] as const satisfies ReadonlyArray<keyof MatcherOptions['weights']>;

/**
 * Receives the features of one message. Features are handed over rather than returned as a list, so that
 * classifying a message builds no feature objects or group-prefixed names, and leaves little garbage to collect.
 */
export interface FeatureVisitor {
  /** One occurrence of a feature: its group's position in FEATURE_GROUPS and its name within the group. */
  feature(group: number, key: string): void;
  /**
   * All the features of a group that depend on `key` alone (a word's character n-grams): `expand(key)` hands them to
   * `feature` one by one. The same words come back in message after message, so a visitor may remember what a key
   * expands to instead.
   */
  featuresOf(group: number, key: string, expand: (key: string) => void): void;
}

const [NUMBER, WORD, WORD_BIGRAM, CHAR_NGRAM, HAN_CHAR, HAN_BIGRAM, HAN_WORD, CONCEPT, DONE] = FEATURE_GROUPS.keys();

const DIGITS = /^\d+$/;
const DIGIT_RUN = /\d+/g;

const isNumber = (token: string): boolean => DIGITS.test(token);

type FeatureOptions = Pick<MatcherOptions, 'charNgramMin' | 'charNgramMax' | 'weights'>;

/** Character n-grams of a word padded with boundary marks, so prefixes and suffixes are features of their own. */
export function visitCharNgrams(word: string, min: number, max: number, visit: (gram: string) => void): void {
  const padded = `<${word}>`;
  for (let n = min; n <= max; n += 1) {
    for (let start = 0; start + n <= padded.length; start += 1) visit(padded.slice(start, start + n));
  }
}

/**
 * Visits every feature of a message, group by group in the order of FEATURE_GROUPS (the vectoriser numbers
 * features in order of first appearance), leaving out the groups whose weight is 0.
 */
export function visitFeatures(tokens: Tokens, options: FeatureOptions, visitor: FeatureVisitor): void {
  const { weights, charNgramMin, charNgramMax } = options;
  const { words, stems, hanRuns, hanWords, concepts, completedStems, completedHan } = tokens;
  // A number is the same feature in both scripts: "step 5" and 第5步 share number 5, "article 64" and 第64条 number 64
  // (not 6 and 4, the steps: "我妈78岁了" was pulled to step 7).
  if (weights.number > 0) {
    for (const word of words) if (isNumber(word)) visitor.feature(NUMBER, word);
    for (const run of hanRuns) for (const [digits] of run.matchAll(DIGIT_RUN)) visitor.feature(NUMBER, digits);
  }
  if (weights.word > 0) for (const stem of stems) if (!isNumber(stem)) visitor.feature(WORD, stem);
  // Each stem with the next: "certifi parent".
  if (weights.wordBigram > 0) for (let i = 1; i < stems.length; i += 1) visitor.feature(WORD_BIGRAM, `${stems[i - 1]} ${stems[i]}`);
  if (weights.charNgram > 0) {
    const visitGram = (gram: string) => visitor.feature(CHAR_NGRAM, gram);
    const expand = (word: string) => visitCharNgrams(word, charNgramMin, charNgramMax, visitGram);
    for (const word of words) if (!isNumber(word)) visitor.featuresOf(CHAR_NGRAM, word, expand);
  }
  if (weights.hanChar > 0) for (const run of hanRuns) for (const char of run) if (!isNumber(char)) visitor.feature(HAN_CHAR, char);
  // Each character with the next: 社保.
  if (weights.hanBigram > 0) {
    for (const run of hanRuns) {
      let previous: string | undefined;
      for (const char of run) {
        if (previous !== undefined) visitor.feature(HAN_BIGRAM, previous + char);
        previous = char;
      }
    }
  }
  if (weights.hanWord > 0) for (const word of hanWords) visitor.feature(HAN_WORD, word);
  if (weights.concept > 0) for (const concept of concepts) visitor.feature(CONCEPT, concept);
  // What was done, apart from what is asked: "after tapping social security" is the step after the one that taps it.
  if (weights.done > 0) {
    for (const stem of completedStems) visitor.feature(DONE, stem);
    for (let i = 1; i < completedHan.length; i += 1) visitor.feature(DONE, completedHan.slice(i - 1, i + 1));
  }
}
