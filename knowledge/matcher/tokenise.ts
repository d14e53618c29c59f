import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { CHINESE_DOMAIN_WORDS } from './chineseDomainWords';
import { chineseCompletedText, englishCompletedWords } from './completedActions';
import { DOMAIN_CONCEPTS } from './domainConcepts';
import { rememberingTheLast } from './lastCall';
import { HAN } from './normalise';

/**
 * Second stage: a normalised message becomes the units the features are built from. Latin-script
 * words and runs of Chinese characters are kept apart, so mixed messages ("支付宝 step 5") work and
 * one pipeline serves both languages.
 */
export interface Tokens {
  /** Latin-script words and numbers as written (after normalisation). */
  readonly words: readonly string[];
  /** The same words, Porter-stemmed. */
  readonly stems: readonly string[];
  /** Maximal runs of Han characters, with the digits written among them (第5步). */
  readonly hanRuns: readonly string[];
  /** Domain words found in the Han runs (支付宝, 市民中心, 社保 ...). */
  readonly hanWords: readonly string[];
  /** Domain concepts named in either language ("grandma" and 爸妈 both name "family"). */
  readonly concepts: readonly string[];
  /**
   * What the message says was already done when it asks what comes next (completedActions.ts): English words and
   * their stems, and the Chinese done part's Han text.
   */
  readonly completedWords: readonly string[];
  readonly completedStems: readonly string[];
  readonly completedHan: string;
}

// A run of Han characters and digits is Chinese if it has a Han character (第5步), a number otherwise.
const TOKEN = /[\p{Script=Han}\d]+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const APOSTROPHE = /['’]/g;

const conceptOfTerm = new Map(
  Object.entries(DOMAIN_CONCEPTS).flatMap(([concept, terms]) => [...terms.en, ...terms.zh].map((term) => [term, concept] as const)),
);
const byLengthDescending = (terms: Iterable<string>) => [...terms].sort((a, b) => b.length - a.length);
/** A term as a regular expression matching it literally. */
export const escapeForRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Terms as one alternation matching any of them literally, longest first so that no term stops at a shorter one. */
export const alternatives = (terms: Iterable<string>) => byLengthDescending(terms).map(escapeForRegExp).join('|');
const ENGLISH_CONCEPT_TERM = new RegExp(`\\b(?:${alternatives(Object.values(DOMAIN_CONCEPTS).flatMap((t) => t.en))})\\b`, 'g');
const CHINESE_CONCEPT_TERM = new RegExp(alternatives(Object.values(DOMAIN_CONCEPTS).flatMap((t) => t.zh)), 'g');

function conceptsOf(words: readonly string[], hanRuns: readonly string[]): string[] {
  const terms = [...(words.join(' ').match(ENGLISH_CONCEPT_TERM) ?? []), ...(hanRuns.join('|').match(CHINESE_CONCEPT_TERM) ?? [])];
  return terms.map((term) => conceptOfTerm.get(term) as string);
}

/** The domain words by their first character (UTF-16 code unit), longest first: each position tries only its own. */
const domainWordsStartingWith = new Map<number, string[]>();
for (const word of CHINESE_DOMAIN_WORDS) {
  const first = word.charCodeAt(0);
  domainWordsStartingWith.set(first, [...(domainWordsStartingWith.get(first) ?? []), word]);
}

function domainWordAt(run: string, start: number): string | undefined {
  const candidates = domainWordsStartingWith.get(run.charCodeAt(start));
  return candidates?.find((word) => run.startsWith(word, start));
}

/** Dictionary words inside a run of Han characters, longest first at each position, added to `found`. */
export function findDomainWords(run: string, found: string[] = []): string[] {
  for (let start = 0; start < run.length; ) {
    const word = domainWordAt(run, start);
    if (word) {
      found.push(word);
      start += word.length;
    } else {
      start += 1;
    }
  }
  return found;
}

// Stemming is the slowest step of tokenising and words repeat: remember recent stems, in two generations. When the
// newer one is full it becomes the older one; a word met again moves back into the newer one, so the words users
// keep typing stay while one-off words (names, typos) age out after two generations. Small generations keep each
// lookup in a small table: a table of tens of thousands of one-off words made every lookup slower.
const STEM_GENERATION_SIZE = 4096;
let recentStems = new Map<string, string>();
let olderStems = new Map<string, string>();

// Porter drops one of a doubled final consonant from a stem it has taken a suffix off ("adding", "added" → "ad"), but
// not from a word that had none ("add" stays "add"), so "after I add my mother" did not meet "after adding my mother".
// The same letters are dropped from those (l, s and z keep theirs in Porter; so does f, or "off" would become "of").
const DOUBLED_ENDING = /([bdgmnprt])\1$/;

function consistentStem(word: string): string {
  const stemmed = PorterStemmer.stem(word);
  return DOUBLED_ENDING.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
}

function stem(word: string): string {
  const recent = recentStems.get(word);
  if (recent !== undefined) return recent;
  const stemmed = olderStems.get(word) ?? consistentStem(word);
  if (recentStems.size >= STEM_GENERATION_SIZE) {
    olderStems = recentStems;
    recentStems = new Map();
  }
  recentStems.set(word, stemmed);
  return stemmed;
}

// "app" after the app's name says nothing more than the name: "How do I certify my father in the Alipay app" got step 1
// (0.46), whose questions ask which app to open, where "How do I certify my mother in Alipay" got the procedure.
const APP_NAME = /^(?:alipay|zhifubao)$|支付宝$/;
const APP_WORD = /^(?:app|application)$/;
const DEVICE_WORD = /^(?:mobile|phone)$/;

// The message read in both languages, or by the matcher and then the reply parsers, is tokenised once.
export const tokenise = rememberingTheLast((normalised: string): Tokens => {
  const words: string[] = [];
  const hanRuns: string[] = [];
  // "what's" and "whats" are the same word to the user.
  const withoutApostrophes = normalised.replace(APOSTROPHE, '');
  let afterName = false;
  for (const token of withoutApostrophes.match(TOKEN) ?? []) {
    const device: boolean = afterName && DEVICE_WORD.test(token);
    if (!device && !(afterName && APP_WORD.test(token))) (HAN.test(token) ? hanRuns : words).push(token);
    // "the Alipay mobile app" is the Alipay app: the name stays in force over the device word.
    afterName = device || APP_NAME.test(token);
  }
  const hanWords: string[] = [];
  for (const run of hanRuns) findDomainWords(run, hanWords);
  const completedWords = englishCompletedWords(withoutApostrophes);
  return {
    words,
    stems: words.map(stem),
    hanRuns,
    hanWords,
    concepts: conceptsOf(words, hanRuns),
    completedWords,
    completedStems: completedWords.map(stem),
    completedHan: hanRuns.length > 0 ? chineseCompletedText(withoutApostrophes).trim() : '',
  };
});
