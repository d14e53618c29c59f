import { Converter } from 'opencc-js/t2cn';
import { mandarinOfCantonese } from './cantonese';
import { rememberingTheLast } from './lastCall';
import { chineseOfPinyin } from './pinyin';

/**
 * First stage of the pipeline: one canonical spelling per message, so that the features only see
 * differences that matter. Pure function of the text.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** A Han character: the text is (in part) Chinese. */
export const HAN = /\p{Script=Han}/u;

// 'tw' covers the Traditional characters users type on Taiwan and Hong Kong keyboards alike
// for this vocabulary (社會保險, 認證, 親情服務, 臺灣); conversion is phrase-aware, unlike a char table.
// One converter for the whole bot (navigation.ts uses it too): each holds its own copy of the phrase dictionaries.
const taiwanToSimplified = Converter({ from: 'tw', to: 'cn' });
// The Taiwan variants read a lone 么 as the variant of 幺 it is in Taiwan, so the question particle of Simplified text
// came out as 幺 ("你确定么" as "你确定幺", which no reply parser knows). Typed as 麼 it comes out as 么, in every phrase.
const LONE_ME = /么/g;
// 笫 (a bed mat) for 第, one stroke apart and next to it in handwriting input: "笫三步係咩" was refused.
const DI_SLIP = /笫(?=[零〇一二两三四五六七八九十\d])/g;
// Southwestern Mandarin (Sichuan, Chongqing, Yunnan) for the words the knowledge and its topics have: "我没得支付宝" and
// "莫得智能手机咋整" got the family's steps where "我没有支付宝" is refused, "我自己咋个认证嘛" too where "我自己怎么认证" is.
const SOUTHWESTERN = /[莫没沒]得|咋[个個]|啥子|不晓得|不曉得/;
const SOUTHWESTERN_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[莫没沒]得/g, '没有'],
  [/咋[个個]/g, '怎么'],
  [/啥子/g, '什么'],
  [/不[晓曉]得/g, '不知道'],
];

function mandarinOfSouthwestern(text: string): string {
  return SOUTHWESTERN.test(text) ? SOUTHWESTERN_WORDS.reduce((mandarin, [dialect, standard]) => mandarin.replace(dialect, standard), text) : text;
}

// The matcher and the reply parsers (navigation.ts) convert the same message in one turn, and the conversion is the
// costly part of reading a Chinese message: the last one is kept. Cantonese and Southwestern Mandarin are read as
// standard Mandarin first (cantonese.ts).
export const toSimplified = rememberingTheLast((text: string): string =>
  taiwanToSimplified(mandarinOfSouthwestern(mandarinOfCantonese(text)).replace(DI_SLIP, '第').replace(LONE_ME, '麼')),
);

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a Chinese numeral below 100 (五, 十, 十二, 六十四); undefined if it is not one. */
export function chineseNumeralValue(numeral: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([零〇一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral.length === 0) return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens === undefined ? CHINESE_DIGITS[units ?? ''] : units === undefined ? CHINESE_DIGITS[tens] : undefined;
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (units ? CHINESE_DIGITS[units] : 0);
}

// Ordinals become digits (第五步, 步骤五 and 第六十四条 are step 5, step 5 and article 64), as do numbers above ten
// before a counter (六十四条). Counts up to ten stay numerals (三个功能, 七步, 五项基金: three functions, seven steps,
// five funds), and a count typed in digits becomes one (3个功能), so that a count never reads as the ordinal with the
// same digit: "三个功能" asks for all three functions, "第三个功能" for the third. Words such as 一下 or 统一 keep
// their characters. Runs after the Simplified conversion (步驟 is 步骤 by then).
// Not 一样 or 一起 after 步骤: "步骤一样吗" (are the steps the same?) read as step 1.
const ORDINAL_NUMERAL = /第([零〇一二两三四五六七八九十]{1,3})|(?<=步骤)([零〇一二两三四五六七八九十]{1,3})(?![样起般])|([零〇一二两三四五六七八九十]{1,3})(?=[步条项])/g;
const COUNTED_DIGITS = /(?<![第\d])(10|[2-9])(?=[个项步种大条])/g;
/** Counts up to ten as a Chinese message is normalised to write them, by their value (none for 0). */
export const CHINESE_COUNTS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

// 是 for 十 in a numeral, the same syllable (shi) in pinyin input: "第六是四条" got step 6 (0.90).
// Only between two digits before 条: "第二是条件" stays.
const SHI_FOR_TEN = /(?<=[一二三四五六七八九])是(?=[一二三四五六七八九]条)/g;

function canonicalChineseNumbers(text: string): string {
  return text
    .replace(SHI_FOR_TEN, '十')
    .replace(ORDINAL_NUMERAL, (whole: string, afterDi?: string, afterStep?: string, beforeCounter?: string) => {
      const numeral = afterDi ?? afterStep ?? beforeCounter ?? '';
      const value = chineseNumeralValue(numeral);
      if (value === undefined || (beforeCounter !== undefined && value <= 10)) return whole;
      return whole.replace(numeral, String(value));
    })
    .replace(COUNTED_DIGITS, (digits: string) => CHINESE_COUNTS[Number(digits)]);
}

// "Step by step" asks to be guided through all the steps, one word for it: read as 一步 (one step), "一步一步教我"
// pulled towards 最后一步 and 下一步 (the last step), and "step by step help" towards step 1.
const STEPWISE_CHINESE = /一步一?步|手把手/g;

// What a pinyin keyboard offers for renzheng besides 认证: "社保待遇资格认症怎么弄" got step 4. Not after 确 and the like,
// where 认 ends another word (确认症状, 确认正确).
const CERTIFICATION_HOMOPHONES = /(?<![确承否公辨])认[症正征]|任证/g;
// And for zhifubao: "支付保在哪里下载" (where to download Alipay) got step 3 (0.64).
const ALIPAY_HOMOPHONES = /支付[保包]|[之只]付宝/g;
const STEPWISE_ENGLISH = /\bstep[\s-]+by[\s-]+step\b/g;
// "see you" is a goodbye, "see" is not: read as two words, "I see" and "see the steps" were answered with the goodbye.
const SEE_YOU = /\bsee (?:you|ya|u)\b/g;
// "§64" is how lawyers write an article: it got a "Did you mean".
const SECTION_SIGN = /§\s*(?=\d)/g;
// Other English names of the certification, which no training question uses: "proof of life" was read by its "life"
// and answered with the stabilising of social life (0.68), "survival certification" and "annual review" with step 4.
const CERTIFICATION_NAMES =
  /\b(?:proof of life|life certificat(?:e|ion)|survival (?:certification|check|verification)|liveness (?:check|verification)|(?:annual|yearly) review)\b/g;

// British spellings and what voice input and thumbs make of the domain's words, as the knowledge spells them: "whats
// after the civic centre" got step 2, "how do i do the ally pay thing for my grandpa" a "Did you mean", and "what about
// b4 that" (before) Article 64, for its 4.
const ENGLISH_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcentres?\b/g, 'center'],
  [/\b(?:ally|ali|alley|ollie)[ -]?pay\b/g, 'alipay'],
  [/\bb4\b/g, 'before'],
  // A letter typed over and over for warmth or stress: "hiiii", "helloooo", "pleeease". No English word has one letter
  // three times in a row.
  [/([a-z])\1{2,}/g, '$1'],
];

/** The message with the domain's words spelt as the knowledge spells them (lower case in, lower case out). */
export function canonicalEnglishSpelling(text: string): string {
  return ENGLISH_VARIANTS.reduce((spelt, [variant, canonical]) => spelt.replace(variant, canonical), text);
}

/** Counts up to ten as an English message is normalised to write them, from one. */
export const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_SUFFIX = /\b(\d+)(?:st|nd|rd|th)\b/g;
const LETTERS_THEN_DIGITS = /([a-z])(?=\d)/g;
// Cardinals only after a noun they number ("step five", "function two"): elsewhere "one" is a pronoun
// ("the second one", "one step back"), and navigation.ts reads those phrases from this normalisation.
const NUMBERED_CARDINAL = new RegExp(`\\b(step|function|article|number) (${CARDINALS.join('|')})\\b`, 'g');
// Real words one edit away from an ordinal.
const NOT_ORDINALS: ReadonlySet<string> = new Set(['fifty', 'sixty', 'seconds', 'fist', 'fists', 'firsts', 'thirds', 'fifths', 'tent', 'tents', 'tenths']);

/**
 * Whether one edit (a letter inserted, deleted or replaced, or two neighbours swapped) turns one word into the
 * other: their optimal-string-alignment distance is exactly 1.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let first = 0;
    while (first < a.length && a[first] === b[first]) first += 1;
    if (first === a.length) return false;
    let last = a.length - 1;
    while (a[last] === b[last]) last -= 1;
    return first === last || (last === first + 1 && a[first] === b[last] && a[last] === b[first]);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length !== 1) return false;
  let skipped = 0;
  while (skipped < shorter.length && shorter[skipped] === longer[skipped]) skipped += 1;
  for (let i = skipped; i < shorter.length; i += 1) if (shorter[i] !== longer[i + 1]) return false;
  return true;
}

/**
 * Value of an ordinal, also when misspelt by one edit ("fith", "thrid", "forth"): users type these
 * for step numbers. Cardinals get no such tolerance: one edit turns "three" into "there", "five" into "fine".
 */
function ordinalValue(word: string): number | undefined {
  if (word.length < 4 || NOT_ORDINALS.has(word)) return undefined;
  const exact = ORDINALS.indexOf(word);
  const index = exact >= 0 ? exact : ORDINALS.findIndex(
    // Cheap tests first: the edit check is only worth making for a handful of words.
    (ordinal) =>
      ordinal[0] === word[0] &&
      ordinal.at(-1) === word.at(-1) &&
      Math.abs(ordinal.length - word.length) <= 1 &&
      oneEditApart(word, ordinal),
  );
  return index < 0 ? undefined : index + 1;
}

const lettersOfOrdinals = (pick: (ordinal: string) => string): string => [...new Set(ORDINALS.map(pick))].join('');
const ordinalLengths = ORDINALS.map((ordinal) => ordinal.length);
// The whole Latin words that ordinalValue can turn into a number: an ordinal's first and last letter and its length
// give or take one. Only these are looked at: the others would come back unchanged, and they are most words.
const ORDINAL_CANDIDATE = new RegExp(
  `(?<![a-z])[${lettersOfOrdinals((o) => o[0])}][a-z]{${Math.min(...ordinalLengths) - 3},${Math.max(...ordinalLengths) - 1}}` +
    `[${lettersOfOrdinals((o) => o.at(-1) ?? '')}](?![a-z])`,
  'g',
);

// A number from 2 to 10 typed before a word counts things ("the 3 functions", "all 7 steps") unless it numbers the
// noun before it ("step 3 please"). It is written as a word, the way "the three functions" is, so that only ordinals
// and numbered nouns reach the features as numbers: "the 3 functions" is not "the third function".
const COUNTING_DIGITS = /(?<!\b(?:step|function|article|number|no) )\b(10|[2-9]) (?=[a-z])/g;

/**
 * "fifth", "5th", "fith", "step five" and "step5" all say the number 5, as the digit; "5 funds" says "five funds".
 */
function canonicalEnglishNumbers(text: string): string {
  return text
    .replace(LETTERS_THEN_DIGITS, '$1 ')
    .replace(COUNTING_DIGITS, (_whole: string, digits: string) => `${CARDINALS[Number(digits) - 1]} `)
    .replace(ORDINAL_SUFFIX, '$1')
    .replace(NUMBERED_CARDINAL, (_whole: string, noun: string, cardinal: string) => `${noun} ${CARDINALS.indexOf(cardinal) + 1}`)
    .replace(ORDINAL_CANDIDATE, (word) => String(ordinalValue(word) ?? word));
}

// A Chinese message naming a step or an article in English ("我想问 step 3 怎么做", "article 64 是什么") names it the
// Chinese way: the Chinese model learnt 第3步 and 第64条, and no Chinese training question says "step" or "article".
const ENGLISH_REFERENCE = /\b(?:(step|article) (\d+)|(\d+) step)\b/g;

function chineseReferences(text: string): string {
  return text.replace(ENGLISH_REFERENCE, (_whole: string, noun?: string, number?: string, numberBeforeStep?: string) =>
    noun === 'article' ? `第${number}条` : `第${number ?? numberBeforeStep}步`,
  );
}

/**
 * Canonical form of a message: NFKC (full-width letters, digits and punctuation become half-width),
 * no zero-width characters, lower case, Simplified Chinese (pinyin that spells the knowledge is read as the Chinese it
 * spells: pinyin.ts), single spaces. Ordinals and numbered nouns are digits
 * ("fifth", "step five", 第五步 → 5); counts up to ten are words or numerals ("3 functions" → "three functions",
 * 3个功能 → 三个功能); "step by step" is one word (stepwise, 逐步), and so is "see you" (seeyou); "proof of life" and
 * the certification's other names are "certification". In a Chinese message, "step 3" is 第3步.
 */
export const normaliseText = rememberingTheLast((text: string): string => {
  const typed = text.normalize('NFKC').replace(ZERO_WIDTH, '').toLowerCase();
  // Pinyin is read as the Chinese it spells ("di san bu shi shenme" as 第三步是什么).
  let result = HAN.test(typed) ? typed : (chineseOfPinyin(typed) ?? typed);
  const chinese = HAN.test(result);
  if (chinese) result = canonicalChineseNumbers(toSimplified(result).replace(STEPWISE_CHINESE, '逐步').replace(CERTIFICATION_HOMOPHONES, '认证').replace(ALIPAY_HOMOPHONES, '支付宝'));
  result = canonicalEnglishNumbers(
    canonicalEnglishSpelling(result).replace(SECTION_SIGN, 'article ').replace(STEPWISE_ENGLISH, 'stepwise').replace(SEE_YOU, 'seeyou').replace(CERTIFICATION_NAMES, 'certification'),
  );
  return (chinese ? chineseReferences(result) : result).replace(/\s+/g, ' ').trim();
});
