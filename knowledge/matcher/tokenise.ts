import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { CHINESE_DOMAIN_WORDS } from './chineseDomainWords';

/**
 * Second stage: a normalised message becomes the units the features are built from. Latin-script
 * words and runs of Chinese characters are kept apart, so mixed messages ("支付宝 step 5") work and
 * one pipeline serves both languages.
 */
export interface Tokens {
  /** Latin-script words and numbers as written (after normalisation). */
  words: string[];
  /** The same words, Porter-stemmed. */
  stems: string[];
  /** Maximal runs of Han characters, with the digits written among them (第5步). */
  hanRuns: string[];
  /** Domain words found in the Han runs (支付宝, 市民中心, 社保 ...). */
  hanWords: string[];
}

// A run of Han characters and digits is Chinese if it has a Han character (第5步), a number otherwise.
const TOKEN = /[\p{Script=Han}\d]+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /\p{Script=Han}/u;
const APOSTROPHE = /['’]/g;

/** Dictionary words inside a run of Han characters, longest first at each position. */
export function findDomainWords(run: string): string[] {
  const found: string[] = [];
  for (let start = 0; start < run.length; ) {
    const word = CHINESE_DOMAIN_WORDS.find((candidate) => run.startsWith(candidate, start));
    if (word) {
      found.push(word);
      start += word.length;
    } else {
      start += 1;
    }
  }
  return found;
}

export function tokenise(normalised: string): Tokens {
  const words: string[] = [];
  const hanRuns: string[] = [];
  // "what's" and "whats" are the same word to the user.
  for (const token of normalised.replace(APOSTROPHE, '').match(TOKEN) ?? []) {
    (HAN.test(token) ? hanRuns : words).push(token);
  }
  return {
    words,
    stems: words.map((word) => PorterStemmer.stem(word)),
    hanRuns,
    hanWords: hanRuns.flatMap(findDomainWords),
  };
}
