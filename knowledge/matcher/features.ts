import { MatcherOptions } from './options';
import { Tokens } from './tokenise';

/**
 * Third stage: tokens become named features, each with the weight of its group. A feature may occur
 * several times; the vectoriser turns the counts into TF-IDF values.
 */
export interface Feature {
  key: string;
  weight: number;
}

const DIGITS = /^\d+$/;

type FeatureOptions = Pick<MatcherOptions, 'charNgramMin' | 'charNgramMax' | 'weights'>;

/** Character n-grams of a word padded with boundary marks, so prefixes and suffixes are features of their own. */
export function charNgrams(word: string, min: number, max: number): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = min; n <= max; n += 1) {
    for (let start = 0; start + n <= padded.length; start += 1) grams.push(padded.slice(start, start + n));
  }
  return grams;
}

/** Each item joined with the next: word bigrams ("certifi parent") and character bigrams (社保). */
function adjacentPairs(items: readonly string[], separator: string): string[] {
  return items.slice(1).map((item, index) => items[index] + separator + item);
}

const isNumber = (token: string): boolean => DIGITS.test(token);

export function extractFeatures(tokens: Tokens, options: FeatureOptions): Feature[] {
  const { weights, charNgramMin, charNgramMax } = options;
  const features: Feature[] = [];
  const add = (prefix: string, keys: readonly string[], weight: number): void => {
    if (weight > 0) for (const key of keys) features.push({ key: prefix + key, weight });
  };
  const hanChars = tokens.hanRuns.flatMap((run) => [...run]);
  const spelt = tokens.words.filter((word) => !isNumber(word));
  // A number is the same feature in both scripts: "step 5" and 第5步 share n:5.
  add('n:', [...tokens.words, ...hanChars].filter(isNumber), weights.number);
  add('w:', tokens.stems.filter((stem) => !isNumber(stem)), weights.word);
  add('b:', adjacentPairs(tokens.stems, ' '), weights.wordBigram);
  add('c:', spelt.flatMap((word) => charNgrams(word, charNgramMin, charNgramMax)), weights.charNgram);
  add('h:', hanChars.filter((char) => !isNumber(char)), weights.hanChar);
  add('hb:', tokens.hanRuns.flatMap((run) => adjacentPairs([...run], '')), weights.hanBigram);
  add('hw:', tokens.hanWords, weights.hanWord);
  add('k:', tokens.concepts, weights.concept);
  return features;
}
