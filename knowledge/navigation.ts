import { languages } from './language';
import { LEAVE_TO_ASK_EN, LEAVE_TO_ASK_ZH } from './leaveToAsk';
import { asksToConfirm } from './matcher/confirmationTag';
import { DOMAIN_CONCEPTS } from './matcher/domainConcepts';
import { canonicalEnglishSpelling, chineseNumeralValue, HAN, normaliseText, toSimplified } from './matcher/normalise';
import { numberedReferences } from './matcher/numberedReferences';
import { chineseOfPinyinReply } from './matcher/pinyin';
import { editDistanceWithin, typosAllowed } from './matcher/spelling';
import { alternatives, tokenise } from './matcher/tokenise';
import { Entry } from './schema';

/**
 * How users move around in a conversation without asking a new question: walkthrough commands ("next", "第5步"),
 * ordinal references to a list just shown ("the second one", "第二个") and "none of these". Pure functions of the
 * text; every phrase works in both languages whatever the conversation language, in Traditional characters too.
 */

export type WalkthroughCommand =
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'repeat' }
  /** Back to the step the walkthrough was at, after something else ("back to the steps"): in it, the same as repeat. */
  | { kind: 'resume' }
  | { kind: 'allSteps' }
  /** One step at a time from where the walkthrough is: step 1 from the overview, else the step it shows. */
  | { kind: 'stepByStep' }
  | { kind: 'stop' }
  /** `step` 0 is the overview before step 1, and the step count + 1 is past the last step ("after step 7"). */
  | { kind: 'goTo'; step: number }
  /** Several steps named at once ("steps 5 and 6", 第3到5步), in order: shown one under the other. */
  | { kind: 'steps'; steps: readonly number[] }
  /** Back or ahead by more than one step ("go back two steps", 退回两步): `by` is negative going back. */
  | { kind: 'moveBy'; by: number }
  /** A step named that there is not ("step 9", 第八步): the overview, saying so. */
  | { kind: 'noSuchStep'; step: number };

type SimpleCommand = Exclude<WalkthroughCommand, { kind: 'goTo' | 'steps' | 'noSuchStep' | 'moveBy' }>['kind'];

/**
 * The last message read: its normal form and, once a parser asked for them, that form without fillers and the
 * walkthrough command it is. Within a turn several parsers read the same message (the feedback check, the doubt and
 * "tell me more" checks, the offer listening for a reply, the walkthrough, the reply checks before matching), and the
 * Traditional → Simplified conversion is the costly part of each reading.
 */
let lastReply: {
  text: string;
  normalised: string;
  withoutFillers?: string;
  /** The walkthrough command it is, for a walkthrough of `stepCount` steps, once parsed. */
  command?: { stepCount: number; parsed: WalkthroughCommand | undefined };
} = { text: '', normalised: '' };

function readingOf(text: string): typeof lastReply {
  if (text !== lastReply.text) lastReply = { text, normalised: normalisedReply(text) };
  return lastReply;
}

/**
 * Canonical form for comparing short replies: full-width folded (NFKC), lower case, Simplified Chinese, no
 * apostrophes or punctuation, no spaces next to Chinese characters. Numbers are left as written; the parsers below
 * read them, so this module does not depend on how the matcher's normalisation spells numbers.
 */
export function normaliseReply(text: string): string {
  return readingOf(text).normalised;
}

/** The message as normaliseReply writes it, without the words around a command that do not change it. */
function replyWithoutFillers(text: string): string {
  const reading = readingOf(text);
  reading.withoutFillers ??= stripFillers(reading.normalised);
  return reading.withoutFillers;
}

// Only the spaces themselves are matched: a pattern matching each Han character would rebuild the whole string.
const SPACE_BESIDE_HAN = / (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu;

// Northern colloquial Chinese and voice-input slips, in the words of the commands: "俺弄好了", "找不着啊", "找着了",
// "完事了" (on step 6 it got the goodbye), "下个", "再说一边" (the summary) and "重负" were each refused or misread.
const COLLOQUIAL_CHINESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/俺/g, '我'],
  [/找不着/g, '找不到'],
  // Voice input's "市民重心" (zhōngxīn) for 市民中心: "市民重心没看见" got the goodbye.
  [/市民重心/g, '市民中心'],
  [/找着了/g, '找到了'],
  [/^完事(?:了|儿)$/, '完成了'],
  [/^下个$/, '下一个'],
  [/再说一边/g, '再说一遍'],
  [/重负/g, '重复'],
  // Voice input's and a thumb's "next": "夏一步", "吓一步" and "下一步骤" got step 7, "下壹步", "下一布" and "下一不" were
  // refused, "下步" got the summary.
  [/(?:夏|吓)一步/g, '下一步'],
  [/下(?:壹|衣|1)步/g, '下一步'],
  [/下一(?:歩|布|不|埠)$/, '下一步'],
  [/下一步骤/g, '下一步'],
  [/^下步$/, '下一步'],
  // "下以步" and "在来一遍" were refused.
  [/下以步/g, '下一步'],
  // A step named by voice input: "第5布" got a "Did you mean" of step 5, "地四步" was refused.
  [/(?<=第(?:[一二三四五六七八九十]|\d)+)(?:布|部|歩|不|埠)/g, '步'],
  [/^地(?=(?:[一二三四五六七八九十]|\d)+步)/, '第'],
  [/^在(来|说|讲)一(遍|次)/, '再$1一$2'],
  // The 的 after 了 of spoken northern and south-western Chinese: "市民中心点了的" got step 2, the matcher's.
  [/了的$/, '了'],
];

// Markup a channel or a paste leaves around the words: "<b>next</b>" got step 5, and Teams' "&nbsp;next" too. Only bare
// tags: one with attributes is no formatting of the words ("<img src=x onerror=…>" is refused, and quoted inert).
const MARKUP = /<\/?[a-z][a-z0-9]{0,10}\s*\/?>|&(?:nbsp|amp|lt|gt|quot|#\d{1,5});/gi;
// A web address says nothing the bot can read: "https://www.zhihu.com/question/12345" got the goodbye, for its "question",
// and "zhihu.com/question/12345" the help. (The matcher still reads them, as it reads any word.)
const LINK_SOURCE = String.raw`\b(?:https?:\/\/|www\.)\S+|\b[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:com|cn|net|org|gov|edu|io|hk|tw)\b(?:\/\S*)?`;
const LINK = new RegExp(LINK_SOURCE, 'gi');
const A_LINK = new RegExp(LINK_SOURCE, 'i');

/** Whether a message has a web address in it. */
export function hasALink(text: string): boolean {
  return A_LINK.test(text);
}

const THRU = /\bthru\b/g;

function normalisedReply(text: string): string {
  const folded = text.replace(MARKUP, ' ').replace(LINK, ' ').normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  const chinese = HAN.test(folded);
  const words = (chinese ? toSimplified(folded) : folded)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(SPACE_BESIDE_HAN, '')
    .trim();
  // "walk me thru it pls" got all the steps at once.
  const spelt = canonicalEnglishSpelling(words).replace(THRU, 'through');
  const plain = chinese ? COLLOQUIAL_CHINESE.reduce((reply, [colloquial, standard]) => reply.replace(colloquial, standard), spelt) : spelt;
  return chineseOfPinyinReply(plain) ?? plain;
}

// A sound that says nothing, as a whole message: "hmm" got "I can't answer “hmm”".
const INTERJECTION = /^(?:h+m+|u+m+|u+h+|huh|e+h+|e+r+m*|呃+|额+|唔+|嗯哼)$/;

/**
 * Whether the text says anything: a letter or a digit in any script ("???" and "😭" have none), and more than a sound
 * ("hmm", "呃").
 */
export function hasWords(text: string): boolean {
  const reply = normaliseReply(text);
  return reply !== '' && !INTERJECTION.test(reply);
}

/** An entry's titles never change (a reload brings new entries), and every offer compares a reply with several. */
const normalisedTitles = new WeakMap<Entry, readonly string[]>();

/** The entry's titles in every language, as normaliseReply writes them. */
function titlesOf(entry: Entry): readonly string[] {
  let titles = normalisedTitles.get(entry);
  if (!titles) {
    titles = languages.map((language) => normalisedReply(entry[language].title));
    normalisedTitles.set(entry, titles);
  }
  return titles;
}

/** Whether a message is one of the entry's titles, as its button sends it. */
export function isTitleOf(text: string, entry: Entry): boolean {
  return titlesOf(entry).includes(normaliseReply(text));
}

// Up to twenty, so that a step past the last said in words is one: "step eleven" got a "Did you mean" of steps 1 and 2.
const CARDINALS = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
];
const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  ...['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'],
];

/** "5", "5th", "fifth"; cardinal words ("five") only when `cardinals` is set, since "the second one" is not 1. */
function englishNumber(word: string, cardinals: boolean): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word)?.[1];
  if (digits) return Number(digits);
  // "step zero" got step 3 (0.41).
  if (cardinals && word === 'zero') return 0;
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal + 1;
  const cardinal = cardinals ? CARDINALS.indexOf(word) : -1;
  if (cardinal >= 0) return cardinal + 1;
  // "step seventy" and "step fifty" got step 3.
  const tens = cardinals ? TENS.indexOf(word) : -1;
  return tens >= 0 ? (tens + 3) * 10 : undefined;
}

// A paragraph named by its number: "paragraph 2", "para. 3", "the second paragraph", 第二款, 第三段, and a section of
// the article ("article 64 section 2", "section 3 of article 64"; a section alone is another law's article).
// The number after the word first: in "art 64 para 3", "64 para" is no paragraph 64.
const ENGLISH_PARAGRAPH = [
  // The word repeated before the second: "article 64 para 1 and para 3" got paragraph 1 alone.
  /\b(?:paragraphs?|paras?|par|clauses?) ([a-z0-9]+)(?: (?:and|or) (?:(?:paragraphs?|paras?|par|clauses?) )?([a-z0-9]+))?\b/g,
  // Not the article's number before a paragraph's: "i meant 64 para 2" read paragraph 64.
  /(?<!\b(?:article|art|section|sec) )\b(?:([a-z0-9]+) (?:and|or) )?([a-z0-9]+) (?:paragraphs?|paras?|clauses?)\b(?! \d)/g,
  /\b(?:article|art) \d+ (?:section|sec|subsection) ([a-z0-9]+)\b/g,
  /\b(?:section|sec|subsection) ([a-z0-9]+) of (?:the )?(?:article|art)\b/g,
];
/** Which of ENGLISH_PARAGRAPH reads the number before the word ("the second paragraph"). */
const NUMBER_BEFORE_THE_WORD = 1;
const CHINESE_PARAGRAPH = /第([0-9一二三四五六七八九十]{1,2})(?:款|段)/g;
// As English citations give it, the paragraph in parentheses after the article: "Art. 64(2)" got the whole article.
// (A Chinese （二） after an article is an item, 项, not a paragraph.)
const PARAGRAPH_IN_PARENTHESES = /\b(?:article|art)\.?\s*\d+\s*\(\s*(\d)\s*\)/i;
const MAY_NAME_A_PARAGRAPH = /paragraph|\bparas?\b|\bpar\b|clause|\bsec(?:tion)?\b|subsection|款|段/;
const LAST_PARAGRAPH = /\b(?:last|final) (?:paragraph|para|clause)\b|最后一(?:款|段)/;
// "中间那款" under the article was refused.
const MIDDLE_PARAGRAPH = /\b(?:middle|center|centre) (?:paragraph|para|clause)\b|中间(?:那|的|这)?一?(?:款|段)/;

/**
 * The paragraphs a message names, in order, each once ("article 64 paragraph 2", "the second paragraph", "第六十四条第二款和
 * 第三款", "paragraphs 2 and 3", "the last paragraph" and "the middle paragraph" of `paragraphCount`).
 */
export function paragraphsNamed(text: string, paragraphCount: number): number[] {
  const parenthesised = PARAGRAPH_IN_PARENTHESES.exec(text);
  if (parenthesised) return [Number(parenthesised[1])];
  const reply = normaliseReply(text);
  // Most messages name no paragraph: five patterns over every message cost more than the rest of the readers.
  if (!MAY_NAME_A_PARAGRAPH.test(reply)) return [];
  // The last one is the last there is: "the last paragraph" under the first got step 7 (0.85).
  if (LAST_PARAGRAPH.test(reply)) return [paragraphCount];
  // Only an odd count has one paragraph in the middle.
  if (MIDDLE_PARAGRAPH.test(reply) && paragraphCount % 2 === 1) return [(paragraphCount + 1) / 2];
  const named: Array<number | undefined> = [];
  // Not the first word after "para" alone: in "the 2nd para of art 64" it is "of", and the message got the article.
  // Before the word, a number that counts is a length: "a one-paragraph summary of Article 64" and "explain article 64 in
  // one paragraph" got paragraph 1 quoted alone.
  ENGLISH_PARAGRAPH.forEach((pattern, at) => {
    const counts = at !== NUMBER_BEFORE_THE_WORD;
    for (const [, ...numbers] of reply.matchAll(pattern)) {
      for (const number of numbers) if (number !== undefined) named.push(englishNumber(number, counts));
    }
  });
  for (const [, numeral] of reply.matchAll(CHINESE_PARAGRAPH)) named.push(chineseNumber(numeral));
  const numbered = named.filter((paragraph): paragraph is number => paragraph !== undefined && paragraph > 0);
  return [...new Set(numbered)].sort((a, b) => a - b);
}

// The paragraph before or after one named: "what's the paragraph before paragraph 2?", "what paragraph comes after
// paragraph 1 of article 64" and "第六十四条第二款的上一款" got the paragraph named.
const ENGLISH_PARAGRAPH_BESIDE = /\b(?:paragraph|para)\b.*\b(before|after|preceding|following) (?:paragraph|para|clause) ([a-z0-9]+)\b/;
const CHINESE_PARAGRAPH_BESIDE = /第([0-9一二三四五六七八九十]{1,2})款的?(上|下|前|后)一款/;

/** The paragraph a message asks for as the one before or after a paragraph it names (0 or past the last included). */
export function paragraphBesideNamed(text: string): number | undefined {
  const reply = normaliseReply(text);
  const english = ENGLISH_PARAGRAPH_BESIDE.exec(reply);
  const chinese = english ? undefined : CHINESE_PARAGRAPH_BESIDE.exec(reply);
  const named = english ? englishNumber(english[2], true) : chinese ? chineseNumber(chinese[1]) : undefined;
  if (named === undefined) return undefined;
  const before = english ? english[1] === 'before' || english[1] === 'preceding' : chinese?.[2] === '上' || chinese?.[2] === '前';
  return before ? named - 1 : named + 1;
}

// Where a message asking for a paragraph may go on to ask something else: "paragraph 3 and what are the functions of
// social security?", "第三款和社保三个功能分别是什么", "第一款说了什么，另外第五步是什么".
const PART_BOUNDARY = /[,，;；?？。!！]|\s(?:and|also|plus)\s|另外|还有|以及|顺便|和/i;

/**
 * The parts of a message that name no paragraph, joined: what else it asks besides a paragraph; '' when nothing. Asking
 * it in simpler words asks nothing else: "第三款说的全国统筹是什么意思，用大白话说一下" got the summary of the steps after it.
 */
export function besideTheParagraphs(text: string): string {
  return text
    .split(PART_BOUNDARY)
    .filter((part) => !MAY_NAME_A_PARAGRAPH.test(normaliseReply(part)) && !asksSimpler(part))
    .join(' ')
    .trim();
}

// The words that name a paragraph of the article, with the article and a preposition before them: what a statement says
// is there is the rest ("the earmarking rule is in paragraph 3 of article 64, correct?": "the earmarking rule is, correct?").
const PARAGRAPH_NAMED =
  /\b(?:(?:in|at|under|by) )?(?:the )?(?:(?:first|second|third|1st|2nd|3rd|last) (?:paragraph|para|clause)|(?:paragraph|para|clause|section)\.? ?(?:\d+|one|two|three))(?: of (?:the )?(?:article|art\.?) ?64)?\b|(?:在|是)?(?:第六十四条|第64条|64条)?的?第[一二三123]款(?:里|中)?/gi;

/** The message without the words naming a paragraph, which a statement says something is in. */
export function withoutTheParagraphNamed(text: string): string {
  return text.replace(PARAGRAPH_NAMED, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a message asks something before the paragraph it names ("what are the functions? and paragraph 2?"). */
export function asksBeforeTheParagraphs(text: string): boolean {
  const [first] = text.split(PART_BOUNDARY).filter((part) => part.trim() !== '');
  return first !== undefined && !MAY_NAME_A_PARAGRAPH.test(normaliseReply(first));
}

// A paragraph named by where it stands from the one on the screen: "and the next paragraph?" under the earmarking
// (paragraph 2) was refused, and "next paragraph" under paragraph 1 got step 5.
// Or as the one before or after it: "the paragraph before that" under paragraph 3 got step 1.
// "the paragraph before", "the paragraph after", "what about the paragraph above", "上面那一款" and "那再往前一款" got steps 1
// and 7 or were refused.
const RELATIVE_PARAGRAPH =
  /^(?:(?:and|so|ok|then) )?(?:(?:what about|how about|whats in|what is in|what does|show me|read me|give me) )?(?:the )?(?:(next|following|previous|preceding) (?:paragraph|para|clause)|(?:paragraph|para|clause) (before|after|above|below)(?: (?:that|this|it)(?: one)?)?)(?: (?:say|says|please))?$|^(?:那|那么|再)?(下一|后一|上一|前一|往前一|往后一|上面那一?|前面那一?|下面那一?|后面那一?|上面的|下面的)(?:款|段)(?:呢|是什么|是啥|说了什么|讲了什么|说的什么|怎么说)?$/;

/** Whether a message asks for the paragraph after the one on the screen (+1) or before it (-1), and nothing else. */
export function paragraphOffsetNamed(text: string): 1 | -1 | undefined {
  // Said with a particle or twice, as the steps are: "下一款啦" and "下一款下一款" were refused.
  const reply = replyWithoutFillers(text);
  const named = RELATIVE_PARAGRAPH.exec(saidOnce(reply) ?? reply);
  if (!named) return undefined;
  const direction = named[1] ?? named[2] ?? named[3];
  return /^(?:next|following|after|below|下|后|往后)/.test(direction) ? 1 : -1;
}

// One sentence of the article, or of one of its paragraphs, as a whole message: under the article "最后一句" got step 7 and
// "第一句说了啥" step 1, "第一款第二句" and "quote the second sentence of para 1" the whole paragraph.
const SENTENCE_IN_CHINESE =
  /^(?:(?:社会保险法|社保法)?(第六十四条|第64条|六十四条|64条)的?)?(?:第([一二两三\d])款的?)?(?:第([一二两三四五六七八九\d])句|(最后一句|最后那句|头一句))(?:话)?(?:是什么|是啥|说了什么|说了啥|说的什么|讲了什么|啥意思|是什么意思|怎么说|呢)?$/;
const SENTENCE_IN_ENGLISH =
  /^(?:(?:and|so|ok) )?(?:(?:what (?:is|does|about)|whats|quote|show me|read me|give me) )?(?:the )?(first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)) sentence(?: (?:of|in) (?:the )?(?:paragraph|para|clause) (\d|one|two|three|first|second|third))?( (?:of|in) (?:article 64|art 64|the article))?(?: say| says| mean| please)?$/;
// Or numbered after the word: "sentence 2 of paragraph 1" got the whole paragraph, "give me sentence 3" under it too.
const NUMBERED_SENTENCE_IN_ENGLISH =
  /^(?:(?:and|so|ok) )?(?:(?:what (?:is|does|about)|whats|quote|show me|read me|give me) )?(?:(?:paragraph|para) (\d|one|two|three) )?sentence (\d|one|two|three|four|five)(?: (?:of|in) (?:the )?(?:paragraph|para|clause) (\d|one|two|three))?( (?:of|in) (?:article 64|art 64|the article))?(?: say| says| mean| please)?$/;

/** A sentence asked for: its place in a paragraph (or in the article, with none named), and whether the article is named. */
export interface SentenceNamed {
  paragraph?: number;
  sentence: number | 'last';
  namesTheArticle: boolean;
}

/** The sentence of the article a message asks for, and nothing else ("第一款第二句", "最后一句", "the last sentence"). */
export function sentenceNamed(text: string): SentenceNamed | undefined {
  const reply = replyWithoutFillers(text);
  const chinese = SENTENCE_IN_CHINESE.exec(reply);
  if (chinese) {
    const [, article, paragraph, numbered, worded] = chinese;
    const sentence = worded === undefined ? chineseNumber(numbered) : worded === '头一句' ? 1 : 'last';
    if (sentence === undefined) return undefined;
    return { ...(paragraph !== undefined && { paragraph: chineseNumber(paragraph) }), sentence, namesTheArticle: article !== undefined };
  }
  const english = SENTENCE_IN_ENGLISH.exec(reply);
  if (english) return englishSentence(english[1], english[2], english[3], false);
  const numbered = NUMBERED_SENTENCE_IN_ENGLISH.exec(reply);
  return numbered ? englishSentence(numbered[2], numbered[1] ?? numbered[3], numbered[4], true) : undefined;
}

/** The sentence at `place` ("second", "2", "last"), of the paragraph named if any; `cardinals` when "two" is 2. */
function englishSentence(place: string, paragraph: string | undefined, article: string | undefined, cardinals: boolean): SentenceNamed | undefined {
  const sentence = place === 'last' ? 'last' : englishNumber(place, cardinals);
  if (sentence === undefined) return undefined;
  return { ...(paragraph !== undefined && { paragraph: englishNumber(paragraph, true) }), sentence, namesTheArticle: article !== undefined };
}

// Where a sentence of the article ends: the Chinese full stop, or an English one before a space.
const SENTENCE_BREAK = /(?<=。)|(?<=\.)\s+/;

/** The sentences of a paragraph of the article, in order. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

const SECTION_ALONE = /^(?:(?:and|so|ok) )?(?:(?:what about|how about|what does|what do|whats in|what is in|show me|read me|quote) )?(?:the )?(?:section|sec) ([a-z0-9]+)(?: (?:say|says|mean|please))?$/;

/** The section a message names and nothing else ("section 2", "what does section 1 say"), read as a paragraph. */
export function sectionNamedAlone(text: string): number | undefined {
  const number = SECTION_ALONE.exec(normaliseReply(text))?.[1];
  const section = number === undefined ? undefined : englishNumber(number, true);
  return section !== undefined && section > 0 ? section : undefined;
}

const CHINESE_DIGIT_VALUES: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A numeral of hundreds or thousands ("一百", "两百零五"): only to say there is no such step. */
function largeChineseNumber(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const character of numeral) {
    const unit = CHINESE_UNIT_VALUES[character];
    if (unit === undefined) digit = CHINESE_DIGIT_VALUES[character] ?? 0;
    else {
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** "5", "五", "十二"; "100" or "一百" too, a step there is not ("第一百步" got step 1). */
function chineseNumber(numeral: string): number | undefined {
  if (/^\d{1,3}$/.test(numeral)) return Number(numeral);
  return /[百千]/.test(numeral) ? largeChineseNumber(numeral) : chineseNumeralValue(numeral);
}

// Words around a command that do not change it: "ok, next please", "好的，下一步吧". Thanks and interjections too, and
// haste ("行了行了 快点说下一步" got the summary, "come on hurry up whats next" was refused):
// "谢谢 下一步" got step 7 and "thank you so much, what's next" step 5 (their words are those of the steps' questions
// about what comes after), "哦找到了" step 5 and "yep found it" a "Did you mean" of step 5.
// "算了 下一步" (never mind, next) on step 1 got step 7; 算了 alone stops.
// "Fine, next" at step 3 got step 5, "fine" read as "five".
// What the one at the phone says, passed on: "mom says done", "奶奶说打开了" and "我爸说进去了" at step 2 were refused.
const LEADING_FILLERS =
  /^(?:(?:(?:thanks|thank you) (?:so much|very much|a lot)|ok|okay|alright|fine|and|so|please|pls|plz|yes|yep|yeah|yup|right|great|cool|perfect|ah|oh|(?:my )?(?:mom|mum|dad|mother|father|grandma|grandpa|granny|nana|wife|husband|he|she|they|the caller) (?:just )?(?:says|said)(?: that)?|mm|hmm|huh|um|uh|wait|hold on|hang on|thanks|thank you|come on|hurry up|quick|quickly|nvm|never mind|sorry|excuse me|oops|whoops|my bad|(?:hey|hi|hello)(?: there)?|(?:(?:a )?quick )?question)(?:\s+|(?=[\u4e00-\u9fff])))+|^(?:好的|嗯|那么|那|请|谢谢|谢了|多谢|哦|噢|喔|唔|行了|快点|赶紧|快|不好意思|抱歉|中不中(?:啊|呀)?|得不得行(?:哦|啊)?|行不行(?:啊)?|弄啥嘞|(?:我)?(?:按|点)错了(?=.)|不对(?=.)(?:\s*是(?=上一步|下一步))?|(?:我)?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|妈|爸爸|爸|老妈|老爸|老伴|老人|她|他)说(?=.))+说?|^算了\s*(?=\S)/;
// The particles that end a spoken sentence: "下一步啦", "下一步嘛", "下一步哦" and "上一步啦" got step 7, the matcher's.
// (Not the 嘛 of 干嘛, "what for", nor the 哈 of 嘎哈.)
const TRAILING_FILLERS = /\s+(?:please|pls|plz|thanks|thank you)$|(?:吧|啊|呀|啦|嘞|咧|哦|喔|撒|(?<!干)嘛|噻|(?<![干嘎])哈|呗|咯|哟|呐|亲)+$/;

// Fillers of both languages may follow each other ("wait 我按错了 back": it got step 7), so they are stripped until none
// is left.
function stripFillers(reply: string): string {
  let stripped = reply;
  for (let before = ''; stripped !== before; ) {
    before = stripped;
    stripped = stripped.replace(LEADING_FILLERS, '').replace(TRAILING_FILLERS, '').trim();
  }
  return stripped;
}

// A bare acknowledgement ("ok", "好的") during a walkthrough means the step is done: carry on rather than refuse.
// Only the whole message counts: "got it, thanks" is thanks.
// Saying the step is done, or understood, is one too: "done" stopped the walkthrough, "完成了", "完成" and "complete"
// got step 7 ("complete the certification"), "我找到了" step 5, "开了" a refusal, "I see" the goodbye. ("I'm done" stops.)
// Whoever did it: "ok he clicked it" got step 3, "我爸点开了" and "oh there it is" a refusal.
// Staff say it of the caller: "she's done that, what now?" got step 7, "caller's done with that one" the goodbye.
const WHO_DID_IT =
  // "grandma tapped it" got a "Did you mean".
  '(?:(?:i|he|she|we|they|shes|hes|theyve|(?:the |my |our )?(?:caller|customer|client)s?|(?:my )?(?:dad|mom|mum|father|mother|grandma|grandpa|granny|nana|parents|wife|husband)) )?(?:(?:have|has|just|already) )?';
const WHO_DID_IT_ZH = '(?:我|我爸|我妈|他|她|老人|爸爸|妈妈)?(?:已经)?(?:也)?';
const DID_IT = '(?:opened|tapped|clicked|pressed|found|selected|chose|picked|added|installed)';
// "Ah ok i see it" and "点了" were refused; "ok了" got the goodbye.
const SAYS_DONE =
  `(?:(?:ok |okay |alright |oh |ah )?(?:${WHO_DID_IT}(?:done(?: it| that)?|did (?:it|that)|finished(?: that)?(?: step| one)?|completed?(?: it| that)?)|` +
  // "ok im done with this one" got the goodbye: "I'm done" alone is one, done with a step is not.
  // Or with the part named: "ok done with the family part" at step 6 started the steps again.
  `(?:(?:im|i m|i am) |${WHO_DID_IT})?(?:done|finished) with (?:this|that|it|the step|the [a-z]+(?: [a-z]+)? (?:part|bit|thing))(?: one| step| part)?|` +
  // The step on the screen said done: "finished this one" and "this step is complete" got step 7 (its "complete").
  `${WHO_DID_IT}(?:finished|completed|done) (?:this|that) (?:one|step|part)|(?:this|that) (?:one|step|part) (?:is |s )?(?:done|finished|complete|completed)(?: now)?|` +
  // That it worked, or was confirmed: "all good" at step 1 got the goodbye, "worked" the help, "ok that worked" "You're
  // welcome!", "she confirmed" a refusal.
  '(?:all good|(?:it |that |this )?worked|(?:she|he|they|we|i) confirmed(?: it)?)|' +
  // Where, and what: "i opened alipay on his phone. now what" at step 1 was refused, "ok its open" got a "Did you mean",
  // "ok I'm in alipay" was refused.
  // Or the button: "my mom says she pressed the button" got step 6, for "mom".
  `${WHO_DID_IT}${DID_IT} (?:it|that|this|them|her|him|alipay|the app|(?:the|that|this) (?:button|icon|option))(?: (?:on|in) (?:his|her|my|their|the|our) (?:phone|app|mobile))?|` +
  // "ok its done" at the last step got the goodbye.
  '(?:its|it s|it is|alipay s|alipay is|the app is|app is) (?:open|opened|up)(?: now)?|(?:its|it s|it is|thats|that s|that is) (?:all )?(?:done|finished|complete|completed)(?: now)?|(?:im|i m|i am|were|we re|hes|he s|shes|she s|theyre|they re) (?:in|inside)(?: (?:alipay|the app|it))?(?: now)?|' +
  // Where it was seen: "I see it under social security management" at step 4 showed step 4 again. Open: "I've got Alipay
  // open on my phone" at step 1 too.
  '(?:there|here) it is|i (?:can )?see(?: it)?(?: (?:under|on|in|at) [a-z]+(?: [a-z]+){0,4})?|i understand|understood|' +
  '(?:i ve got|ive got|i have|i got|we ve got|weve got|we have|she has|he has) (?:alipay|the app|it) open(?: (?:on|in) (?:his|her|my|their|the|our) (?:phone|app|mobile))?)|' +
  // "加上了 我爸的信息填完了" at step 6 got step 6 again.
  // "有了有了" (found it) at step 5 got the goodbye.
  `好了|有了|${WHO_DID_IT_ZH}(?:的?(?:信息|资料))?(?:(?:做|弄|整|点|选|找|加|添加|绑定?|认证|填|输)(?:好|完|上)了|(?:点|按|选|加|绑)(?:过)?了|完成了?|搞定了?|(?:点)?(?:打)?开了|点开了|(?:点)?进去了|找到了|看到了|看见了))`;
// "哦" was refused ("I can't answer “哦”").
// "好吧" on the last step got the greeting; "right?" under an answer, and "that's right", step 5 (its lower right
// corner).
// "yep", "k", "y" and "是的" were refused.
// "搞掂" (Cantonese), "妥了", "整明白了" and "页面出来了" were refused, or got the goodbye; "中" (Henan's OK) and "得嘞" were
// refused, and "中 下一步" on step 1 got step 7. "要得 找到了" (Sichuan's OK) at step 2 got a "Did you mean" of step 5.
const ACKNOWLEDGING = `(?:ok|okay|k|kk|y|alright|all right|fine|thats fine|sounds good|right|thats right|youre right|got it|yes|yep|yup|yeah|是的|对的|对|对对|没错|好|好的|好吧|那好吧|好嘞|好勒|好咧|得嘞|得劲|要得|行吧|found|嗯|嗯嗯|哦|哦哦|噢|喔|知道了|明白了|懂了|行|中|中中|中中中|可以|(?:ok|okay|行|可以|妥|中)了|搞掂|整明白了|弄明白了|搞明白了|(?:我妈|我爸|老人)?(?:那个)?页面出来了|${SAYS_DONE})`;
// Two or three said together count as one: "看到了 点进去了" and "好了好了点进去了" were refused. Where it was found may follow or come first: "找到了 在右下角"
// and "哦 在右下角 找到了" at step 5 showed step 5 again.
const WHERE_ON_THE_PAGE = '(?:(?:就)?在)?(?:右下角|左下角|右上角|左上角|下面|上面|底部|顶部|页面下方|最下面)(?:了)?';
const ACKNOWLEDGEMENT = new RegExp(`^(?:${WHERE_ON_THE_PAGE} ?)?${ACKNOWLEDGING}(?: ?${ACKNOWLEDGING}){0,2}(?: ?${WHERE_ON_THE_PAGE})?$`);

// Not understanding the last reply, as a whole message: "I don't understand" and "看不懂" got "I can't answer …".
// The sources have no other wording, so the step or answer is given again.
const NOT_UNDERSTOOD =
  '(?:i (?:dont|do not|cant|cannot|can not|didnt|did not) (?:understand|get|follow)(?: (?:it|that|this|you|the step))?|' +
  'im confused|(?:its|thats|this is) (?:not clear|unclear|confusing)|' +
  // "搞不懂", "我不会", "看不明白", "没看懂啥意思", "看不懂啊闺女" (with whom it is said to) and "不晓得咋弄" were refused.
  '我?(?:根本|完全|真|实在|还是|一点都|一点也)?(?:看不懂|听不懂|搞不懂|弄不懂|不懂|不太懂|没懂|没看懂|没听懂|没听明白|不明白|不太明白|没明白|没看明白|看不明白|听不明白|不理解|没理解|整不来|弄不来|搞不来|不会弄|不会|不知道(?:咋|怎么)(?:弄|做|办|整|搞))(?:啥意思|什么意思)?(?:啊|呢|了)?(?:闺女|儿子|孩子|姑娘|小伙子)?|' +
  // "What?" as a whole message: "啥？" and "蛤？" were refused.
  '啥|蛤|啥子|什么|咩|what|huh)';
const NOT_UNDERSTOOD_PATTERN = new RegExp(`^${NOT_UNDERSTOOD}$`);

/** "I don't understand", "看不懂": the last reply was not understood, whatever it was. */
export function saysNotUnderstood(text: string): boolean {
  return NOT_UNDERSTOOD_PATTERN.test(replyWithoutFillers(text));
}

// A family member asked about, as a whole message: "what about my mother-in-law?", "那我婆婆呢", "我岳父也能这样弄吗", "那孙子要
// 怎么弄" (it was refused under the steps). Longest names first, so that 爸爸 is not read as 爸 and a stray 爸.
const ENGLISH_RELATIVE = `(?:my |our |her |his |the )?(?:${alternatives(DOMAIN_CONCEPTS.family.en)})s?(?: in laws?)?`;
const CHINESE_RELATIVE = `(?:我|我的|咱|咱们)?(?:${alternatives([...DOMAIN_CONCEPTS.family.zh, '丈母娘', '老丈人', '外孙女', '外孙', '孙女', '孙子'])})`;
const ASKS_ABOUT_A_RELATIVE = new RegExp(
  `^(?:what about|how about|and|also|same for|is it the same for|does (?:it|this|that) work for|can i (?:also )?(?:do (?:it|this|that|the same)(?: thing)? for|certify|help|verify))? ?${ENGLISH_RELATIVE}(?: too| as well| also)?$|` +
    `^(?:那|那么|还有)?${CHINESE_RELATIVE}(?:呢|也(?:能|可以|行|一样)(?:吗|么)?|也(?:能|可以)?(?:这样|这么)?(?:弄|做|办|认证)(?:吗|么)|也是这样(?:弄|做|办)?(?:吗|么)|(?:要|该)?怎么(?:弄|做|办)(?:呢)?)$|` +
    `^(?:那|那么)?(?:给|帮|替)${CHINESE_RELATIVE}(?:也)?(?:能|可以)?(?:这样|这么)?(?:弄|做|办|认证)?(?:吗|么|呢)$`,
);

/** "What about my mother-in-law?", "那我婆婆呢": the user asks about another family member, and nothing else. */
export function asksAboutARelative(text: string): boolean {
  return ASKS_ABOUT_A_RELATIVE.test(replyWithoutFillers(text));
}

// A subject named alone, as a whole message, asking of it what the last answer was about: "and the pension fund?" under
// the pooling got a "Did you mean" of the five funds, and "那医疗保险呢" was refused. Read before the fillers go, as "and"
// and 那 are what make it a follow-up; a few words at most, and none that asks something of its own.
// After it, "too": "medical insurance fund too?" and "生育保险基金也是吗" under the pooling got the five funds.
const ELLIPTICAL_FOLLOW_UP = new RegExp(
  '^(?:(?:ok|okay|so|but|then) )?(?:and|and what about|and how about|what about|how about|what of|same for|and for|also for|is it the same for)' +
    ' (?:for )?(?:the )?(?<english>[a-z0-9]+(?: [a-z0-9]+){0,5})$|' +
    '^(?:(?:and|so) )?(?:the )?(?<englishToo>[a-z0-9]+(?: [a-z0-9]+){0,5}) (?:too|as well|also)$|' +
    '^(?:那|那么|还有|而)?(?<chinese>.{2,16}?)(?:呢|怎么样|咋样|又如何|又怎样|又怎么样|也是(?:吗|么|嘛)?|也一样(?:吗|么|嘛)?|也这样(?:吗|么|嘛)?)$',
);
const ASKS_SOMETHING_ITSELF =
  /\b(?:what|whats|how|why|who|where|when|which|is|are|do|does|did|can|could|should|will|would|may|must|if)\b|什么|啥|怎么|怎样|如何|哪|谁|几|多少|吗|么|是否|能不能|可不可以|要不要/;

// "And you?", "你呢": small talk, not a subject.
const PERSON_ASKED = /^(?:you|u|yourself|me|us|你|您|你自己)$/;

/** The subject of "and the pension fund?", "what about medical insurance?", "那医疗保险呢", as written there. */
export function ellipticalSubject(text: string): string | undefined {
  const groups = ELLIPTICAL_FOLLOW_UP.exec(normaliseReply(text))?.groups;
  const subject = groups?.english ?? groups?.englishToo ?? groups?.chinese;
  return subject === undefined || ASKS_SOMETHING_ITSELF.test(subject) || PERSON_ASKED.test(subject) ? undefined : subject;
}

// Asking what the last reply means, as a whole message: the sources explain nothing beyond their answers, and giving
// the step or answer again word for word ("what does that mean", "什么意思") explained nothing either.
// "What does that mean in practice" under an answer was refused; "这一步什么意思 解释一下" and "what does that mean,
// explain" on a step got a "Did you mean" of the summary or of a function.
const ASKS_MEANING =
  /^(?:what (?:does|do) (?:that|this|it|this step) mean(?: in practice| exactly| for me| in real life)?(?: (?:please )?explain(?: it| that| this)?)?|what do you mean(?: by (?:that|this|it))?|(?:这|这个|这是|这一步是?)?(?:实际上|实际中|具体)?(?:是)?(?:什么|啥)意思(?:啊|呢)?(?:解释一下|解释解释|解释下)?)$/;

// Asking for the last reply in simpler words, as a whole message. Under the steps the summary is that ("说简单点" is one
// of its questions); under any other answer it was what "in simple words please" and "说人话" got, the Alipay steps in
// short, under Article 64.
const ASKS_SIMPLER = new RegExp(
  // "what does that mean in plain words" was refused.
  '^(?:(?:can|could) you )?(?:(?:say|explain|put|tell) (?:it|that|this|me) |what (?:does|do) (?:it|that|this) mean )?(?:in (?:simple|simpler|plain|easy|easier|laymans|layman s|layman) (?:words|terms|english|language)|more simply|simply|simpler|simplify(?: (?:it|that|this))?|make it simpler|dumb it down|too complicated simpler)(?: please| pls)?$|' +
    // "explain like im five" under the functions was refused, and the refusal took the answer off the screen.
    '^(?:(?:can|could) you )?(?:(?:explain|say|tell me|put) )?(?:it |that |this )?(?:like|as if) (?:i am|im|i m) (?:five|5|a (?:child|kid|five year old|5 year old))(?: please| pls)?$|^eli5$|' +
    '^(?:能不能|可以|请|麻烦)?(?:说|讲|解释)?得?(?:简单|通俗|直白|易懂|明白)(?:一)?点儿?(?:说|讲|吧|呢)?$|^(?:(?:能)?(?:说|翻译成)人话(?:吗|吧)?|用?大白话(?:说|讲|讲讲|说说|解释)?(?:一下)?|(?:能不能|可以|请|麻烦)?(?:简单|通俗)地?(?:说|讲|解释)(?:一下)?(?:是什么意思|什么意思)?)$',
);

const CALLER = '(?:a |the |my |our )?(?:callers?|customers?|clients?|users?)';
const FEW = '(?:one|a|1|two|2|three|3)';
// Asking for the last reply in fewer words, as a whole message: "summarize in one sentence" under Article 64, "shorter"
// under the functions and "总结一下" or "更短一点" under the article got the Alipay steps in short, the summary.
const ASKS_SHORTER = new RegExp(
  '^(?:(?:can|could) you )?(?:(?:make|say|put|give|tell) (?:it |that |this |me (?:it )?)?)?' +
    // "one sentence please" under the funds got the summary of the steps.
    '(?:shorter|in short|briefly|in brief|in a nutshell|tl ?dr|(?:a |the )?(?:short(?:er)?|brief|quick) version|sum (?:it |that |this )?up|summari[sz]e(?: it| that| this)?|(?:(?:in|into) )?(?:one|a|1) (?:sentence|line)(?: version)?)' +
    // For whom, and how short: "short version please, 2 lines max for a caller" and "can you give me a short version for
    // a caller, one sentence" got the Alipay steps in short.
    `(?: please| pls| (?:for|to give|to read to|i can (?:read|send|give) to) ${CALLER}| (?:in |into )?${FEW} (?:sentences?|lines?)(?: max| maximum| at most| tops)?| max(?:imum)? ${FEW} (?:sentences?|lines?))*$|` +
    '^(?:请|麻烦)?(?:你)?(?:给(?:我|来电人|客户|用户)?)?(?:一个|个)?(?:简短|简单|简要)的?(?:版本|回答|回复|答复|说法)(?:吧|呢)?$|' +
    // "所以总结一下就是什么", "简而言之呢" under the functions and "一句话总结一下这一款" under paragraph 3 got the Alipay steps in short.
    '^(?:所以|那)?(?:能不能|可以|请|麻烦)?(?:再)?(?:总结|概括|归纳|简述|精简)(?:一下)?(?:这一?(?:款|段|条|个)|它)?(?:就是|是)?(?:什么|啥)?(?:吧|呢)?$|^(?:所以|那)?简而言之(?:呢|就是)?(?:什么|啥)?$|^(?:能不能|可以|请|麻烦)?(?:说|讲)?得?(?:再)?(?:更)?(?:短|简短|简洁|简要)(?:一)?点儿?(?:说|讲|吧|呢)?$|' +
    '^(?:用)?一句话(?:说|讲|概括|总结)(?:一下)?(?:这一?(?:款|段|条|个)|它)?$|^长话短说$',
);

/**
 * "In simple words please", "说人话", "summarize in one sentence", "总结一下": the user asks for the last reply in
 * simpler or fewer words.
 */
export function asksSimpler(text: string): boolean {
  const reply = replyWithoutFillers(text);
  return ASKS_SIMPLER.test(reply) || ASKS_SHORTER.test(reply);
}

// Asking where in the law something is: "Which paragraph of Article 64 says the funds are earmarked?" got the
// earmarking and no word of its paragraph. Alone ("which paragraph is that?", "那是第几款") it asks it of the answer on
// the screen.
// Not which law says something: "哪部法律规定的" and "有什么法律规定" are the legal basis's own questions, whose answer
// names the law. Nor a section: "which section do I tap in family service" asks for step 7.
const NAMES_WHICH_PARAGRAPH = /\b(?:which|what) (?:paragraph|clause|part of (?:the )?(?:article|law))\b|第几款|哪一?款|哪一?段/;
// "Is that the first paragraph?" under the earmarking got the entries of the first paragraph.
const ASKS_ONLY_WHICH_PARAGRAPH =
  /^(?:(?:is|was) (?:that|this|it) (?:in |from )?(?:the )?(?:paragraph [a-z0-9]+|[a-z0-9]+ paragraph)|(?:这|那|这个|那个)?(?:是|在)第[0-9一二三四五六七八九十]{1,2}款(?:吗|么|嘛)|(?:which|what) (?:paragraph|clause)(?: (?:is|was) (?:that|this|it)(?: in| from)?| (?:says|said|covers) (?:that|this|it)| of (?:the )?(?:article|law)(?: is (?:that|this|it))?)?|(?:这|那|这个|那个)?(?:是|在|出自)?(?:第几款|哪一?款|哪一?段)(?:呢|啊|规定的|说的|里的)?)$/;

/** Whether a message asks which paragraph of the law says what it asks about. */
export function asksWhichParagraph(text: string): boolean {
  return NAMES_WHICH_PARAGRAPH.test(normaliseReply(text));
}

/** "Which paragraph is that?", "那是第几款": the user asks which paragraph says the last reply, and nothing else. */
export function asksOnlyWhichParagraph(text: string): boolean {
  return ASKS_ONLY_WHICH_PARAGRAPH.test(replyWithoutFillers(text));
}

/** "What does that mean?", "什么意思": the user asks what the last reply means, whatever it was. */
export function asksMeaning(text: string): boolean {
  return ASKS_MEANING.test(replyWithoutFillers(text));
}

// Saying the last reply was wrong, as a whole message: "that's wrong" got the goodbye (0.41), "你说的不对" and "不是这个"
// "I can't answer …". (A lone "wrong" or "不对" to "Did you mean …?" is a no, which that dialog hears first.)
const SAYS_WRONG = new RegExp(
  // A bare no, and "not that one": "no" and "not that one" under an answer got the goodbye, "not that" the thanks, "dont"
  // (read as "done") the goodbye, "not this step" and "不是这一步" were refused.
  '^(?:no|nope|nah|dont|do not|not (?:that|this)(?: one| step| answer)?|不是这一?(?:步|个)|不是这个)$|' +
    '^(?:(?:no )?(?:(?:thats|that is|this is|its|it is|youre|you are) )?(?:wrong|not right|incorrect|not correct|not it|' +
    'not what i (?:asked|meant|wanted|was asking)(?: for| about)?)(?: answer)?|you (?:got it|answered) wrong|' +
    // "you didnt answer my question" and "you misunderstood me" got the help, "你没回答我的问题" too.
    // Or what it did not answer: "it didnt answer when" got the summary of the steps.
    '(?:you|that|this|it) (?:still )?(?:didnt|did not|doesnt|does not|dont|do not|havent|have not) (?:really )?answer(?:ed)? (?:(?:my|the) question|when|how|why|what|who|which|where|that)|' +
    'you (?:still )?(?:havent|have not|didnt|did not) answer(?:ed)? me|you (?:misunderstood|misunderstand|didnt understand|did not understand) (?:me|my question)|' +
    '(?:你)?(?:根本|还是|完全)?(?:没|没有)(?:回答|答)(?:我|我的问题|问题)|' +
    '(?:你|你们)?(?:说|答|回答)?的?不对|(?:你|你们)?(?:说|答|回答|搞|弄)错了|错了|不正确|答非所问|' +
    // A lone "不是" after an answer ("I can't answer “不是”"); to "Did you mean …?" it is a no, which that dialog
    // hears first.
    '(?:这)?不是(?:这个|我问的|我要的|我想问的|我想要的)?|我问的不是这个)(?:啊|呢|吧)?$',
);

// Calling the bot useless, as a whole message, says the same: "笨死了" got the goodbye (0.71), "you are useless stupid
// bot" the help, and "傻逼 什么都不会" was refused with the insult quoted back.
const INSULT_EN = '(?:useless|stupid|dumb|rubbish|garbage|trash|terrible|hopeless|worthless|pathetic|an idiot|idiot)';
const INSULT_ZH = '(?:笨|蠢|傻|傻逼|傻b|垃圾|没用|废物|差劲|烂|弱智|智障)';
// "你们这个机器人太烂了，什么都回答不了" got what the bot can do, with no word of regret.
// "没帮上忙" and "没用 说了等于没说" were refused with the complaint quoted back.
const USELESS_ZH =
  '(?:什么都不会|啥都不会|什么也不会|啥也不会|啥也不懂|什么都不懂|什么也不懂|一点用都没有|一点用也没有|没什么用|(?:什么|啥)(?:都|也)(?:回答不了|答不上来|答不了|不知道)|' +
  '说了(?:半天)?(?:等于|跟|和)没说|(?:根本|完全)?没(?:有)?帮(?:上|到)?(?:忙|我)|没(?:有|什么)?帮助|不管用)';
const CALLS_USELESS = new RegExp(
  [
    // "That's useless" got "You're welcome!" (thanks, 0.41).
    `(?:(?:you|u) (?:are |r )?|youre |ur |(?:thats|that is|that was|its|it is|this is) |(?:this|what a) (?:bot |chatbot |thing |assistant |app |service |website )?(?:is )?)?(?:(?:so|really|totally|completely|such an?) )?` +
      `${INSULT_EN}(?: (?:and )?${INSULT_EN})*(?: (?:bot|robot|assistant|machine|thing|answers?))?`,
    '(?:(?:you are|youre|this is|thats|its|this was|that was|it was) )?(?:no help|not helpful|no use|useless)(?: at all| whatsoever)?',
    // Sworn at: "fuck you" got the help.
    '(?:fuck|screw|damn) (?:you|u|this|off|it)(?: (?:bot|robot|thing))?|shut up|stfu|去你的|滚',
    // "this didn't help at all" got the help, with no word of regret.
    '(?:(?:that|this|it|you) )?(?:didnt|did not|doesnt|does not|dont|do not|wasnt|was not) help(?: (?:me|much|at all|one bit))*',
    // "垃圾机器人" and "你这个回答没用啊" got the help.
    `(?:你们?)?这?个?(?:机器人|客服|助手|回答|答案|回复)?(?:真|太|好|真是|也太|怎么这么)?${INSULT_ZH}(?:死了|透了|了|啊|呀|的|吧)?(?:${INSULT_ZH}|${USELESS_ZH})*(?:的?(?:机器人|客服|助手|东西))?(?:啊|呀|吧)?`,
    // "你这啥也不会啊" and "说了半天等于没说" were refused with the complaint quoted back.
    `(?:你|你们)?(?:这|这个)?${USELESS_ZH}(?:啊|呀|吧)?`,
    // "你说的没用" was refused with the complaint quoted back.
    `(?:那)?(?:你|你们)(?:说|讲|回答)的(?:都)?(?:没用|没有用|不管用|有啥用|有什么用)(?:啊|呀|吧)?`,
    // "什么破机器人" got the help (0.60), "你们这什么破机器人" too.
    '(?:你们?)?(?:这|这个)?(?:什么|啥)?破(?:机器人|助手|客服|玩意儿?|东西)(?:啊|呀)?',
  ]
    .map((alternative) => `^(?:${alternative})$`)
    .join('|'),
);

/**
 * "That's wrong", "不是我问的", "笨死了": the last reply did not answer what was asked, whatever it was, or the user
 * says the bot is no help at all.
 */
export function saysWrongAnswer(text: string): boolean {
  const reply = replyWithoutFillers(text);
  return SAYS_WRONG.test(reply) || CALLS_USELESS.test(reply) || complainsBesideContext(text);
}

// Chinese thanks after praise, which the trailing fillers do not take: "很有帮助 谢谢".
const THANKS_AFTER_ZH = '(?:谢谢|谢了|多谢)?(?:你|您|啦)?';
// Saying the last answer helped, as a whole message: "that helped" and "that was really helpful" got "You're welcome!",
// which put the answer's follow-ups away unrated, and "有用" was refused with itself quoted back.
const PRAISES = new RegExp(
  [
    '(?:(?:that|this|it|you) )?(?:(?:really|totally|definitely) )?helped(?: (?:me|us|a lot|lots|so much|a ton|loads))*',
    '(?:(?:that|this|it|you) )?(?:(?:is|was|were|are) )?(?:(?:very|really|super|so|quite|extremely|most) )?(?:helpful|useful)(?: (?:indeed|thanks|thank you))*',
    '(?:thats|its|thatd be|that would be|(?:that|this|it) is) (?:(?:very|really|super|so|quite|extremely) )?(?:helpful|useful)',
    `(?:(?:这个|这|你说的|您说的|你的回答|回答)(?:很|真|挺|太|非常|蛮|特别)?|很|真|挺|太|非常|蛮|特别)?(?:有用|有帮助|管用)(?:了|的)?${THANKS_AFTER_ZH}`,
    `(?:你|这|这个)?(?:帮到我了|帮了大忙|帮了我大忙|帮上忙了)${THANKS_AFTER_ZH}`,
  ]
    .map((alternative) => `^(?:${alternative})$`)
    .join('|'),
);

/** "That helped", "very useful", "很有帮助": the last answer was what was needed. */
export function praisesTheAnswer(text: string): boolean {
  return PRAISES.test(replyWithoutFillers(text));
}

const CLAUSE_END = /[,，.。!！;；~～]+/;
// A clause that asks, which a complaint beside it does not answer: "you are useless, how do I certify my dad" asks.
const ASKS = /[?？]|^(?:what|whats|how|which|who|where|when|why|can|could|is|are|do|does|should|will|would)\b|什么|怎么|吗|哪|咋|啥|如何|为什么|为啥|能不能|是不是|多少/;

/**
 * A complaint that the bot is no help said with what made it one, and no question: "the caller is getting angry, you are
 * useless" and "笨死了，来电人都骂我了" were refused with the complaint quoted back, where the complaint alone got the apology.
 */
function complainsBesideContext(text: string): boolean {
  const clauses = text.split(CLAUSE_END).map((clause) => clause.trim()).filter((clause) => clause !== '');
  if (clauses.length < 2 || clauses.some((clause) => ASKS.test(clause.toLowerCase()))) return false;
  // Read without the cache of the last message (readingOf), which the other parsers of this one read.
  return clauses.some((clause) => CALLS_USELESS.test(stripFillers(normalisedReply(clause))));
}

// Doubting the last reply, as a whole message: "are you sure?" got the greeting (0.60), "真的吗" "I can't answer …". A
// lone "sure", "确定" or "没错" agrees rather than doubts, so each needs its "are you", "你" or question particle.
const DOUBTS = new RegExp(
  '^(?:(?:are|r) (?:you|u) (?:sure|certain|positive)(?: about (?:that|this|it))?|(?:you|u) sure|really|seriously|for real|' +
    // "is that real?" and "is that legit?" got "You're welcome!", "is this genuine?" the help.
    '(?:is|was) (?:that|this|it) (?:really )?(?:right|correct|true|accurate|reliable|so|real|legit|legitimate|genuine)|how do you know(?: that)?|' +
    'how can i be sure|can i (?:trust|believe) (?:that|this|it|you)|' +
    // Asking who says so is asking for the source: "who says so" got a "Did you mean" of the legal basis. (What the
    // source or basis is, "what's your source" and "依据是什么", the legal basis answers.)
    // Asked to check it again: "please double-check that" and "你再核对一下" were refused.
    // (Not "verify" or "confirm" alone, which may name the certification.)
    '(?:(?:can|could) you )?(?:please )?(?:(?:double[- ]?check|re-?check|check again)(?: (?:that|this|it))?|(?:verify|confirm) (?:that|this|it))(?: again)?(?: please)?|' +
    '(?:你|您|请|麻烦)?(?:再|重新)(?:核对|确认|核实|检查|查)(?:一下|一遍|下)?(?:吧)?|' +
    // "这个是谁说的" and "who said that?" under step 6 were refused.
    '(?:who|what) (?:says|said) (?:so|that|this)|says who|where does it say (?:so|that)|(?:这|那)?(?:个)?(?:话)?(?:是)?谁(?:说|讲|规定)的|' +
    // Where the answer comes from: "Where does this list come from? Which law or document?" under the three functions
    // got the legal basis, Article 64, which they do not come from. ("Where does this information come from" is one of
    // the legal basis's own questions.)
    'where (?:does|did) (?:this|that|it)(?: list| answer)? come from(?: which (?:law|document|source)(?: or (?:law|document|source))?)?|' +
    '(?:这|这个|那|那个)(?:是)?(?:出自|来自)(?:哪里|哪儿|什么|哪个(?:文件|法律|资料))|' +
    // "where is that from" and "where did you get that" got a "Did you mean" of step 5, "你咋知道的" the help.
    'where (?:is|was) (?:this|that|it) from|where did (?:you|u) get (?:this|that|it)(?: from)?|(?:你|您)(?:咋|怎么)知道(?:的)?|' +
    // "你的回答依据是什么" got the legal basis. ("依据是什么" alone asks the certification's legal basis.)
    '(?:你的?|您的?)(?:回答|答案|说法)的?(?:依据|根据|出处|来源)是(?:什么|哪里|啥)|你(?:是)?根据什么(?:说的|回答的)?|' +
    // Where the bot's own information comes from: "where does your info come from", "你的信息来源是哪里" and "你的信息哪来的"
    // got the legal basis, as if the steps came from the law.
    'where (?:does|do) (?:your|ur) (?:info|information|answers?|data|knowledge) come from|where do (?:you|u) get (?:your|ur|this|the) (?:info|information|answers?)(?: from)?|' +
    // "list your sources" named Article 64 alone, "你的资料来源有哪些" got a "Did you mean" of the legal basis.
    'what (?:are|r) (?:your|ur) sources|list (?:your|ur|the|all (?:your|ur|the)) sources|(?:你|您)(?:的)?(?:资料)?来源(?:有|是)(?:哪些|什么)|(?:你|您)有哪些(?:资料)?来源|how do (?:you|u) know (?:all )?(?:this|that|these|all this|all that)|(?:你|您)(?:这些|这个)?(?:是)?从哪(?:里|儿)?(?:看|查|找|知道)(?:来|到)?的|(?:你|您)们?(?:这|这些|的)?(?:信息|资料|知识|数据)(?:来源)?(?:是)?(?:从)?(?:哪里|哪儿|什么|哪)(?:来的)?|(?:你|您)的?(?:信息|资料)来源是(?:哪里|哪儿|什么)|' +
    '(?:你|您)(?:确定|肯定)(?:吗|嘛|么)?|确定吗|是吗|是这样吗|你怎么知道(?:的)?|' +
    // "你的回答来自哪里？" got the legal basis, "你根据什么回答问题？" the help, "这个答案出自哪里？" the answer again.
    '(?:你|您)(?:们)?(?:的)?(?:回答|答案|信息|资料|说法)(?:都)?(?:来自|出自|来源于)(?:哪里|哪儿|什么地方|哪)|' +
    '(?:这|这个|那个)(?:答案|回答|信息|说法)(?:是)?(?:出自|来自|来源于)(?:哪里|哪儿|哪)|(?:你|您)(?:是)?(?:根据|依据|凭)什么(?:来)?(?:回答|说|答)(?:问题|的)?|' +
    // "我说的对吗" (is what I said right?) was refused.
    '我(?:说|理解)的(?:对|正确)(?:吗|么|嘛|不)|我这样理解(?:对|正确)(?:吗|么|嘛)|' +
    // "没骗我吧" got the goodbye (0.66), "确定没错？" "I can't answer …"; "你说的对吗" a "Did you mean" of the legal basis, "are
    // u sure thats right" one of step 5, "你这个准不准啊" a refusal.
    '(?:你|你们)(?:这个|这)?(?:说|讲|回答)?的?(?:对|准|准确|正确)(?:吗|么|嘛|不)|(?:你|你们)?(?:这个|这)?准不准|' +
    '(?:are|r) (?:you|u) sure (?:that|thats|this|its|it is|that is) (?:right|correct|true)|' +
    '(?:你|您)?(?:没|不会)(?:有)?骗我(?:吧|吗|嘛)?|确定没错(?:吗|吧|嘛)?|没错吧|(?:are|r) (?:you|u) lying(?: to me)?|' +
    '(?:这|那)?(?:个)?(?:(?:是)?真的(?:吗|嘛|么|假的)|(?:是)?(?:对的|正确的?|准确的?|可靠|靠谱|可信)(?:吗|嘛|么)|对(?:吗|嘛|么|不对)))(?:啊|呢)?$',
);

// The help page or the law, as a message names it.
const A_SOURCE_NAMED = String.raw`(?:the )?(?:help page|page|law|(?:prc )?social insurance law|article(?: 64)?(?: of the (?:prc )?social insurance law)?)`;

// Asking for the source, as a whole message: under the three functions "what is your source?", "source?", "出处呢" and
// "这是哪里来的" got the legal basis, Article 64, which the functions do not come from. With no answer on the screen
// they ask the legal basis, whose questions they are, and only an answer on the screen makes them ask its source.
const ASKS_FOR_THE_SOURCE = new RegExp(
  String.raw`^(?:(?:what is|whats|what are) (?:your|the) sources?(?: for (?:this|that|it))?|sources?|(?:quote|cite|give|show|tell)(?: me)? (?:the |your )?sources?(?: for (?:this|that|it))?|` +
    // "which source says that?" and "这个是哪里说的" got the legal basis under the functions and the steps too.
    String.raw`(?:which|what) (?:source|document) (?:says|said|is) (?:that|this|it|so)(?: from)?|(?:which|what) source (?:is )?(?:that|this|it) (?:from|in)|` +
    // From a fifth tester: "whats the source of all this", "which website is this from" and "where is this from, article
    // 64?" got the legal basis, and "这些信息是哪来的" too, under the functions and the steps.
    String.raw`(?:whats|what is) the source of (?:this|that|it|all this|all that|this information|this info)|(?:which|what) (?:website|site|page|document) (?:is )?(?:this|that|it|all this) (?:from|in)|` +
    String.raw`where (?:is|was|does|did) (?:this|that|it|all this|this information|this info) (?:come |coming )?from(?: ${A_SOURCE_NAMED})?|` +
    String.raw`(?:这|那)(?:个|些)?(?:信息|内容|资料|说法)?(?:是)?(?:从)?哪(?:里|儿)?来的|` +
    // "你这些是哪来的", "信息来源是啥" and "你说的这些有依据吗" got the legal basis under the steps.
    String.raw`(?:你)?(?:说的)?(?:这|那)些(?:信息|内容|资料|说法)?(?:是)?(?:从)?哪(?:里|儿)?来的|(?:信息|资料)?来源是(?:啥|什么)|(?:你)?(?:说的)?(?:这|那)些有(?:什么)?依据(?:吗|么|没有)|` +
    String.raw`(?:这|那)?(?:个)?(?:是)?(?:哪个|什么)(?:来源|资料|文件)(?:说|讲|写)的|(?:这|那)(?:个)?(?:是)?(?:在)?哪里?(?:说|讲|写)的|(?:这|那)?(?:个|一步|步|段话?|句话?|条)?(?:的)?(?:出处|来源)(?:是)?(?:在)?(?:哪里?|哪儿|什么|呢)?|(?:这|那)(?:个)?(?:是)?(?:从)?哪(?:里|儿)来的|` +
    // Which of the two it is from: "is that from the page or from the law?" under the functions got Article 64, and
    // "出处在哪" under step 5 too. Whether it is in the article: "Is that in Article 64?" under the functions got the
    // article, as if they were in it, and "这是第六十四条里的吗" too.
    String.raw`is (?:that|this|it) (?:from|in|part of) ${A_SOURCE_NAMED}(?: or (?:from |in )?${A_SOURCE_NAMED})?|` +
    String.raw`(?:这|那)(?:个)?(?:也)?(?:是)?(?:第六十四条|第64条|六十四条|64条|法律|法条|社会保险法)(?:里|里面|中|上)?(?:的|规定的|说的|写的|里的)(?:内容)?(?:吗|么)?)$`,
);

// How many paragraphs the article has, as a whole message: "第六十四条一共几款" got the article with no count, "一共几款"
// under it the steps.
const ASKS_HOW_MANY_PARAGRAPHS = new RegExp(
  String.raw`^(?:so |and )?how many (?:paragraphs|clauses|sections|parts) (?:(?:does|has) (?:article 64|art 64|it|the article|this article|that article)(?: have| got)?|(?:are )?(?:there )?in (?:article 64|art 64|it|the article|this article|that article)|are there)$|` +
    String.raw`^(?:(?:社会保险法|社保法)?(?:第六十四条|第64条|六十四条|64条)|这条|这一条|那条|它)?(?:一共|总共|共)?(?:有)?(?:几|多少)(?:款|段)(?:呢|啊)?$`,
);

// Whether the page's two English names are one entry: "is citizen center the same as civic center" got step 2 alone, and
// "civic center vs citizen center?" too. Both named, in a short message; "the summary says "Citizen Center" but step 2
// says "Civic Center". are these different?" (14 words) got step 2 alone.
const NAMES_CITIZEN_CENTER = /\bcitizen(?:s|s')? cent(?:er|re)\b/;
const NAMES_CIVIC_CENTER = /\bcivic cent(?:er|re)\b|市民中心/;
const LONGEST_NAMES_QUESTION = 20;

// Or of the Civic Center on the screen: "is it the same as citizen center" at step 2 got step 2 again, with no "yes".
const ASKS_IF_THE_SAME = /\b(?:same|different)\b|一样|同一个|一回事/;

/**
 * The step that taps the Civic Center, when a message asks whether the page's two names of it are one ("Is Citizen
 * Center the same as Civic Center?", "市民中心和Citizen Center一样吗", or of that step `onScreen`: "is it the same as
 * citizen center"); undefined for any other message.
 */
export function stepOfTheCivicCenterNames(text: string, steps: readonly Entry[], onScreen?: Entry): number | undefined {
  const reply = normaliseReply(text);
  const step = stepTapping('civic center', steps);
  if (step === undefined || !NAMES_CITIZEN_CENTER.test(reply) || reply.split(' ').length > LONGEST_NAMES_QUESTION) return undefined;
  const askedOfTheStep = onScreen === steps[step - 1] && ASKS_IF_THE_SAME.test(reply);
  return NAMES_CIVIC_CENTER.test(reply) || askedOfTheStep ? step : undefined;
}

// How many, of what is on the screen, as a whole message: "一共几个" under the five funds and under the three functions got
// the seven steps.
// "how many is that" under the functions was refused.
const ASKS_HOW_MANY_IN_ALL =
  /^(?:so |and )?how many(?: of them| are there| in total| in all| altogether| total| is that| are they| are those| are these)*$|^(?:那|这些|它们)?(?:一共|总共|共)?(?:有)?(?:几|多少)(?:个|项|种|条)?(?:呢|啊|呀)?$/;

/** "How many are there?", "一共几个": how many there are of the list on the screen. */
export function asksHowManyInAll(text: string): boolean {
  return ASKS_HOW_MANY_IN_ALL.test(replyWithoutFillers(text));
}

/** "How many paragraphs does Article 64 have?", "第六十四条一共几款". */
export function asksHowManyParagraphs(text: string): boolean {
  return ASKS_HOW_MANY_PARAGRAPHS.test(replyWithoutFillers(text));
}

/** "Source?", "出处呢": where the answer on the screen comes from, asked only under one. */
export function asksForTheSource(text: string): boolean {
  return ASKS_FOR_THE_SOURCE.test(replyWithoutFillers(text));
}

// "Right?" alone asks whether the last reply is right, as "is that right?" does: in a walkthrough it moved on a step, read
// as "right" (an acknowledgement), and "对吧" alone was refused. (Typed as it is, for its question mark.)
const ASKS_IF_RIGHT = /^(?:right|correct|really|am i right)\s*[?？]+$|^(?:[对對]吧|[对對][吗嗎]|[对對]不[对對]|是吧)[?？]*$/i;

/** "Are you sure?", "真的吗": the user doubts the last reply, whatever it was. */
export function doubtsLastReply(text: string): boolean {
  if (DOUBTS.test(replyWithoutFillers(text)) || ASKS_IF_RIGHT.test(text.trim())) return true;
  // Doubted twice over: "真的吗 没骗我吧" got the goodbye.
  const parts = text.split(/(?<=[,，。!！?？])\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).filter((part) => part.trim() !== '');
  return parts.length > 1 && parts.every((part) => DOUBTS.test(replyWithoutFillers(part)) || ASKS_IF_RIGHT.test(part.trim()));
}

// Asking for more on the last reply, as a whole message: "tell me more" got the goodbye, "more details please" and
// "how exactly" a "Did you mean", "详细说说" whichever entry shares a character. ("Go on" moves a walkthrough on, and
// "anything more?" asks what else there is.)
const ASKS_FOR_MORE = new RegExp(
  // Of what the last answer said: "tell me more about that one" under the functions got the goodbye.
  '^(?:(?:can|could|would) you )?(?:tell me (?:a bit |a little |some )?more(?: about (?:that|this|it|them|those)(?: one| ones)?)?|(?:say|explain|describe) (?:a bit |a little |some )?more|' +
    'explain (?:it |that |this )?(?:further|in (?:more )?detail)|elaborate(?: on (?:that|this|it))?|go into (?:more )?detail|' +
    '(?:give me )?(?:more|further) (?:details?|info|information)|more|details|(?:in )?more detail|how exactly|' +
    '(?:能|可以|能不能|可不可以)?(?:再)?(?:详细|具体)(?:一点|一些|点)?(?:说说|讲讲|说一下|讲一下|解释一下|介绍一下|说|讲)?|' +
    // "你就不能多说点吗" was refused, and so was "告诉我更多".
    '(?:能|可以|能不能)?(?:再)?(?:告诉我|跟我说|给我讲)更多(?:一点|一些|点)?(?:吗|么|嘛|吧)?|(?:再)?多告诉我(?:一点|一些|点)?|' +
    '(?:说|讲)(?:得)?(?:详细|具体|清楚|明白)(?:一)?点|展开(?:说说|讲讲)|(?:你)?(?:就)?(?:能不能|不能|可以|能)?(?:再)?多(?:说|讲)(?:一)?(?:点|些|讲|说)?|具体(?:是)?怎么(?:回事|样)|' +
    // An example is more of the same: "example?" got what the bot can do, "举个例子" whichever entry shares a character.
    '(?:(?:give me|give|can you give|any|got) )?(?:an |some )?examples?|for (?:example|instance)|such as|like what|' +
    '(?:能|可以)?举(?:个|一个|几个)?例子|比如(?:说)?|例如|有(?:什么)?例子)(?:吗|呢)?$',
);

/** "Tell me more", "详细说说": the user wants more than the last reply said. */
export function asksForMore(text: string): boolean {
  return ASKS_FOR_MORE.test(replyWithoutFillers(text));
}

// Asking what a term means or why, anywhere in a message: "what does binding mean in step 7" got step 7 again, and "why
// are the funds earmarked?" the earmarking, with no word that it is all the sources say.
// A Chinese term in the English frame too (no space beside it once normalised): "what does 亲情服务 mean" at step 2 moved
// the walkthrough to step 6.
const ASKS_FOR_AN_EXPLANATION =
  /\bwhat (?:does|do)(?: (?:the (?:word|term) )?[a-z][a-z -]{1,30} | ?(?:the (?:word|term) ?)?\p{Script=Han}{1,8})(?:mean|stand for)\b|\bwhat is meant by\b|\bmeaning of\b|是什么意思|啥意思|什么意思|是指什么|指的是什么|是啥意思|\bwhy\b|为什么|为啥|为何/u;

// Asking for an answer in other words than the sources', anywhere in a message: "explain art. 64 in simple words for a
// layman" and "what is the article 64 about in one sentence" got the article's text, with no word that it is all there
// is.
const ASKS_IN_OTHER_WORDS =
  /\bin (?:simple|simpler|plain|easy|everyday|laymans?|layman s) (?:words|terms|english|language)\b|\bfor a layman\b|\b(?:in|into) (?:one|a|1) (?:sentence|line|paragraph)\b|\b(?:one|1|single) paragraph (?:summary|version|explanation|overview)\b|\bin a nutshell\b|\blike im (?:five|5)\b|大白话|通俗(?:地|点|一点|易懂)|简单(?:地|点|一点)?(?:说|讲|解释)|一句话/;

// Asking when, anywhere in a message: "when will national pooling be done?" and "省级统筹什么时候完成？" got the State
// Council's setting of the time, with no word that the sources give no date. (Not who sets a timetable: the answer says.)
// Or whether it has happened yet: "is national pooling of pensions already done now?" and "现在全国统筹已经实现了吗" got the
// pooling with no word that the sources give no date, which reads as a yes.
const ASKS_WHEN =
  /\b(?:already|yet)\b(?=.*\b(?:done|achieved|implemented|complete|completed|in place|happened|pooled|planned|coordinated|national|nationwide|provincial)\b)|\b(?:done|achieved|implemented|in place|pooled)\b.*\b(?:already|yet)\b|已经(?:实现|完成|落实|全国统筹|省级统筹)|(?:实现|完成|落实)了(?:吗|么|没有?)|^(?:(?:so|and|but|ok) )?(?:when|by when|until when|how soon|how long until|what year|which year|what date)\b|\b(?:deadline|time limit|target date|by (?:20\d\d|when|what date|which year))\b|什么时候|啥时候|啥时|何时|几时|哪一年|哪年|几月|几号|哪天|截止|期限|时间表|具体(?:的)?(?:时间|日期|年份)|多久(?:能|会|才)/;

// Who sets the time is answered: "统筹的具体时间和步骤由谁规定".
const ASKS_WHO = /\bwho\b|谁|哪个(?:部门|机关|机构)/;

/** "When will national pooling be done?", "什么时候全国统筹": the user asks when something is, or by when, not who sets it. */
export function asksWhen(text: string): boolean {
  const reply = normaliseReply(text);
  return ASKS_WHEN.test(reply) && !ASKS_WHO.test(reply);
}

/** "Explain art. 64 in simple words", "第六十四条用大白话说": the user asks for an answer in other words than the sources'. */
export function asksInOtherWords(text: string): boolean {
  return ASKS_IN_OTHER_WORDS.test(normaliseReply(text));
}

// Asking what a term is, as a whole message: "亲情服务是什么" got step 6, and "what is overall planning" the pooling, with no
// word that the sources say no more. A term is a few words that place, count or order nothing, asked of one thing ("what
// are the five funds" asks for the list the answer gives): "what is step 3",
// "what's in the lower right corner of the page", "页面右下角是什么", "五项基金是什么" and "最开始的操作是什么" ask for what
// the answer gives, and "what is that" for what is on the screen.
const TERM_IN_ENGLISH = String.raw`(?:a |an |the )?(?![a-z ]*\b(?:in|on|under|at|for|after|before|of|to|with|from|by|about|included|responsible|thing|things|first|next|last|one|two|three|four|five|six|seven|\d+(?:st|nd|rd|th)?|steps?|articles?|paragraphs?|paras?|clauses?|sections?|functions?|procedure|process|it|this|that|these|those|timeline|time|deadline|difference)\b)[a-z]+(?: [a-z]+){0,3}`;
// A 款 only after a number is a paragraph: "什么是专款专用" got no word that the sources explain no further.
const TERM_IN_CHINESE = String.raw`(?![一二两三四五六七八九十\d])(?![^是]*(?:[步条第这那角最先的]|[一二两三四五六七八九十\d]款|下面|里面|上面|页面|开始|操作))\p{Script=Han}{2,8}`;
const ASKS_WHAT_A_TERM_IS = new RegExp(
  // A Chinese term after "what is" comes with no space left beside it: "what is 亲情服务" got no word either.
  String.raw`^(?:so |and |but )?(?:whats|what is) ${TERM_IN_ENGLISH}$|^(?:so |and |but )?(?:whats|what is) ?${TERM_IN_CHINESE}$|^(?:请问)?(?:什么是|啥是|何为|什么叫|啥叫)${TERM_IN_CHINESE}$|^${TERM_IN_CHINESE}(?:是什么|是啥|是干什么的|是干嘛的|是啥玩意儿?|是个啥|是什么东西|是啥东西)(?:呀|啊|呢)?$`,
  'u',
);

// Saying what the steps name is not there, anywhere in a message: "I can't find the certification option under social
// security management, what should I do?" and "找不到社保待遇资格认证怎么办" got the step unannounced, as if it answered.
const SAYS_NOT_FOUND =
  /\b(?:cant|cannot|can not|couldnt|could not|dont|do not|doesnt|does not) (?:find|see|locate|get to)\b|\b(?:isnt|is not|arent|are not|wasnt|was not) (?:there|showing|shown|listed|on the list|in the list)\b|\bthere (?:is|s) no (?:such )?(?:option|button|entry|tab|page|family service|civic center)\b|找不到|没找到|看不到|没看到|没看见|看不见|不显示|没显示|(?:列表|页面)里?(?:没有|找不到)|(?:右下角|左下角|下面|底部|页面上)(?:也)?(?:没有|没)(?:啊|呀|呢)?$/;

/** "I can't find family service", "找不到社保": the user says what a step names is not there. */
export function saysNotFound(text: string): boolean {
  return SAYS_NOT_FOUND.test(normaliseReply(text));
}

// Which one of a step's things to choose, or whose: "should i choose my city or my moms city" and "do i select my dads
// city or where i live" got step 2 with no word that it does not say.
const ASKS_WHICH_TO_CHOOSE =
  /\b(?:which|whose|what) (?:city|cities|one|button|icon|account|phone|page|option)\b|\b(?:mine|my (?:\w+ ){0,2}\w+) or (?:hers|his|theirs|(?:her|his|their|my) (?:\w+ ){0,2}\w+|where)\b|哪个城市|哪个城|选哪个|选谁的|谁的(?:城市|手机|账号|支付宝)|我的还是(?:她|他|我妈|我爸|老人)/;

/** "My city or my mom's?", "选哪个城市": which of a step's things to choose, or whose, which the steps do not say. */
export function asksWhichToChoose(text: string): boolean {
  return ASKS_WHICH_TO_CHOOSE.test(normaliseReply(text));
}

/** "What does binding mean", "统筹是什么意思", "亲情服务是什么", "why are the funds earmarked": the user asks for an explanation. */
export function asksForAnExplanation(text: string): boolean {
  const reply = normaliseReply(text);
  return ASKS_FOR_AN_EXPLANATION.test(reply) || ASKS_WHAT_A_TERM_IS.test(reply);
}

// Asking why, as a whole message: "why?" after the funds' accounting got the functions of social security (0.4), "为什么"
// whichever entry shares a character. The sources give no reasons beyond what their answers say.
// So is asking why a step does what it does: "为什么要点我的" under step 5 got step 5 again (0.39).
const ASKS_WHY =
  /^(?:(?:but )?why(?: (?:is|was) (?:that|it|this)(?: so)?| so| not)?|how come|for what reason|whats the reason(?: for (?:that|this|it))?|(?:但是?|可是)?(?:为什么|为啥|怎么会这样|什么原因|原因是什么)(?:呢|啊)?)$|^(?:but )?why (?:(?:do|must|should|would) (?:i|we|you) (?:have to |need to )?)?(?:tap|click|press|choose|select|pick|open|go to|go into|enter|find)\b|^(?:但是?|可是)?(?:为什么|为啥)(?:要|得|非要)?(?:先|再)?(?:点|选|进|找|打开)/;

// Asking who does what the last reply is about, naming it by a pronoun only: "who sets it?" under the unified
// accounting system got the State Council, which the article names for the time and steps of pooling alone.
const ASKS_WHO_OF_IT =
  /^(?:and |so |but |ok )?who (?:sets|set|makes|made|decides(?: on)?|decided(?: on)?|determines|stipulates|lays|writes|wrote|manages|runs|controls|oversees|supervises|enforces|is in charge of|is responsible for(?: setting| making| deciding)?) (?:it|that|this|them|those)(?: up| down| then)?$|^(?:那|这个|那个|这)?(?:是)?(?:由)?谁(?:来)?(?:负责)?(?:制定|定|规定|决定|管|管理|负责|监督|执行)(?:的)?(?:这个|那个|这|它)?(?:呢|啊|呀)?$/;

/** "Who sets it?", "由谁制定": the user asks who is behind what the last reply is about, naming it by a pronoun only. */
export function asksWhoOfIt(text: string): boolean {
  return ASKS_WHO_OF_IT.test(replyWithoutFillers(text));
}

// A reason or a distinction asked in a question of its own: "why are they combined?" under the funds' accounting got the
// accounting again, as did "医疗和生育为什么合并" (the sources give no reasons, nor tell 侵占 from 挪用).
const ASKS_REASON_OR_DIFFERENCE =
  /^(?:and |but |so )?(?:why|how come)\b|\bdifference between\b|\bwhat(?:s| is) the difference\b|为什么|为啥|凭什么|(?:有|是)?(?:什么|啥)(?:区别|不同)|有何(?:区别|不同)|区别在哪/;

/** "Why are they combined?", "侵占和挪用有啥区别": the user asks a reason or a difference. */
export function asksReasonOrDifference(text: string): boolean {
  return ASKS_REASON_OR_DIFFERENCE.test(normaliseReply(text));
}

/** "Why?", "为什么": the user asks the reason for the last reply, whatever it was. */
export function asksWhy(text: string): boolean {
  return ASKS_WHY.test(replyWithoutFillers(text));
}

// Asking whether a person answers, or to speak to one, as a whole message: "are you a real person" and "转人工" got "I
// can't answer …", "你是真人吗" the help, which does not say what answers; so did "are u a real person or a bot" and
// "can i talk to someone real". ("有人吗" stays a greeting: it asks whether
// anyone is there, not who.)
const A_PERSON =
  '(?:(?:a |an |some )?(?:real |live |actual )?(?:person|human(?: being| agent)?|agent|operator|representative|someone|somebody|' +
  'member of staff|staff|manager|supervisor|customer (?:service|support)(?: agent| representative)?))';
const A_MACHINE = '(?:(?:a |an )?(?:bot|robot|chatbot|machine|computer|program|ai))';
const PERSON_OR_MACHINE = `(?:${A_PERSON}|${A_MACHINE})(?: or ${A_PERSON}| or ${A_MACHINE})?`;
const ASKS_FOR_A_PERSON = new RegExp(
  `^(?:(?:are you|are u|r u|r you) (?:even |really |actually )?(?:${PERSON_OR_MACHINE}|real)|(?:is (?:this|that|it)|am i (?:talking|speaking|chatting|writing) (?:to|with)) ${PERSON_OR_MACHINE}|` +
    // Now, or demanded: "I want to speak to a real agent now!!!" was refused, "get me your manager" got a "Did you mean".
    `(?:(?:can|could|may) i |i (?:want|need|would like|wanna) to |id like to |let me )?(?:talk|speak|chat) (?:to|with) ${A_PERSON}(?: real)?(?: from [a-z]+(?: [a-z]+)?)?(?: now| right now| immediately| please)?|` +
    `(?:get|give|find) me (?:your |a |an |the )?${A_PERSON}(?: now| please)?|` +
    // What the person asked for is said again: "can i talk to someone from HR? i mean a person".
    `i mean ${A_PERSON}|` +
    `(?:(?:can|could) you )?(?:connect|transfer|put) me (?:to|through to|with) ${A_PERSON}|` +
    // Staff passing a caller on: "can I transfer this caller to a human?" was refused.
    `(?:(?:can|could|may|should|do) (?:i|we|you) |how (?:do|can) (?:i|we) |i (?:want|need) to |please )?(?:transfer|put|pass|hand|escalate|forward|connect|send)(?: over| on| through)? ` +
    `(?:(?:this|the|my|our|a) )?(?:caller|customer|user|call|chat|conversation|case|person|lady|man|client)(?: over| on| through)? (?:to|with) ${A_PERSON}|` +
    '(?:i (?:want|need) )?(?:a |an )?(?:real |live )?(?:human(?: agent)?|person|agent|operator|representative|customer (?:service|support))|' +
    // "Is there a human I can talk to?" was refused.
    `(?:is there|are there|do you have) (?:a |an |any )?(?:real |live )?(?:human(?: agent)?|humans|person|people|agent|operator|representative|staff)(?: (?:i|we) (?:can|could) (?:talk|speak|chat) (?:to|with))?(?: here)?|` +
    '(?:你|您)?(?:是不是|是)(?:真人|真的人|人|机器人|人工|人工智能|ai|机器|程序|自动回复)(?:吗|嘛|么|啊|呀)?|' +
    '(?:你|您)?是(?:真人|人|人工|机器人|机器)还是(?:真人|人|人工|机器人|机器)(?:啊|呀)?|' +
    '(?:我)?(?:要|想|想要|需要|请)?(?:转|找|接|转接|联系)?(?:人工|真人)(?:客服|服务|坐席)?|(?:我)?(?:要|想|需要|请)?(?:转|找|接|转接|联系)客服|' +
    '(?:我|我们)?(?:能|可以|怎么|要|想)?(?:把|帮)?(?:这个|这位)?(?:来电|电话|客户|用户|老人|阿姨|大爷)(?:转(?:给|到|接给|接到)?)(?:人工|真人|客服|人工客服|同事)(?:吗|嘛|呢)?|' +
    '有(?:没有)?(?:人工|真人)(?:客服|服务)?(?:吗|嘛)?|' +
    // A complaint to make is for a person to hear: "我要投诉" was refused.
    '(?:我)?(?:要|想|想要)?投诉(?:你们)?|(?:我)?(?:要|想|需要)?(?:跟|和|与)(?:真人|人工|客服|人工客服)(?:说话|聊|聊聊|沟通|对话|交流))$',
);

// A request to be put through, or the question who answers, that closes a message, whatever came before it: "垃圾客服
// 转人工", "who are you? are you a human?" (refused).
const CLOSING_PERSON_REQUEST = new RegExp(`(?:转|转接|找|要)人工(?:客服|服务)?$|人工客服$|(?:^| )(?:are you|are u|r u|r you) ${PERSON_OR_MACHINE}$`);

const SENTENCE_END = /[.?!。？！]+/;

/**
 * "Are you a bot?", "转人工": the user asks whether a person answers, or to be put through to one, in every sentence of
 * the message ("are you a real person? i want to talk to a human" was refused) or in its last.
 */
export function asksForAPerson(text: string): boolean {
  const reply = replyWithoutFillers(text);
  if (ASKS_FOR_A_PERSON.test(reply) || CLOSING_PERSON_REQUEST.test(reply)) return true;
  const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
  return sentences.length > 1 && sentences.every((sentence) => ASKS_FOR_A_PERSON.test(replyWithoutFillers(sentence)));
}

// Guiding verbs that need "through" or "step by step" after them to be a command: "walk me", "show me" alone are not.
const GUIDE_ME = '(?:(?:walk|take|guide|talk|show|teach|help|tell|lead) me|go|do it|lets go|explain(?: it)?|give me|i (?:want|need|would like))';
// "can you take me through the steps one at a time" got a "Did you mean" of the procedure.
const STEPWISE = '(?:step by step|one step at a time|each step in turn|steps one (?:at a time|by one))';

// "开始教我认证的步骤吧，一次一步" got a "Did you mean".
const ASKS_STEPWISE = new RegExp(`\\b${STEPWISE}\\b|\\b(?:walk|take|guide) me through\\b|一步一步|一步步|手把手|逐步|一次一步|一次(?:说|讲|教)?一个步骤`);

/**
 * Whether a message asks to be taken through one step at a time, whatever else it says: "一步一步教我怎么帮我妈认证" and
 * "step by step how do I certify my dad" got all seven steps at once.
 */
export function asksStepByStep(text: string): boolean {
  return ASKS_STEPWISE.test(normaliseReply(text));
}

/** Asking the bot to go slower, which it does by saying the same again: it gives one step at a time already. */
const TOO_FAST =
  '(?:(?:can|could) (?:you|u) )?(?:(?:say|read|explain|go through) (?:it |that |this )?)?(?:slow (?:it )?down|(?:a (?:bit|little) )?slower|not so fast|(?:(?:you(?:re| are) )?going |(?:thats|its|this is) )?(?:way |much )?too fast)' +
  '|(?:能不能|能|可以|麻烦)?(?:你)?(?:再)?(?:说|讲)?(?:慢点|慢一点|慢一些|慢些|慢慢)(?:儿)?(?:说|讲|来)?(?:吧|呗|好吗|行吗|可以吗)?|太快了|(?:说|讲)得?太快了?|别(?:说得?|讲得?)?(?:那么|这么)快';

// Too much at once, as a whole message: not understood, too fast, or too many ("太多了", "too much").
// Two said together, or with how to go on: "太多了 看不懂" was refused, "too much, one at a time please" got a "Did you mean".
const TOO_MUCH = `(?:${NOT_UNDERSTOOD}|${TOO_FAST}|(?:(?:步骤)?太(?:多|长)(?:了|啦)?|记不住|看不过来|(?:thats |its |this is )?(?:too much|too many steps|too long))(?:啊|呀|了)?)`;
const TOO_MUCH_AT_ONCE = new RegExp(`^${TOO_MUCH}(?: ?${TOO_MUCH})?(?: ?(?:one at a time|one by one|step by step|一步一步来|一步步来|一个一个来))?$`);

/**
 * "看不懂", "慢点", "太多了" under all the steps at once: the overview was too much, which the steps one at a time are
 * not. It was shown again, the same.
 */
export function saysTooMuchAtOnce(text: string): boolean {
  return TOO_MUCH_AT_ONCE.test(replyWithoutFillers(text));
}

const NEXT =
  // Skipping a step is going on to the next: "跳过这步" got "I can't answer". "Then" alone is what "and then?" leaves
  // once its filler "and" is gone: it got "I can't answer".
  // "the next step" on step 1 got step 5 (0.43), "what's the step after that" a "Did you mean", "下一个步骤" step 7.
  // "what about the one after" at step 3 got step 3 again.
  // "and the next?" under step 6 got step 6 again.
  '(?:next(?: step| one)?|(?:and )?(?:what about |whats |what is )?the next(?: step| one)?|(?:whats|what is) the step after (?:that|this)|' +
  '(?:(?:and |so )?(?:what about |how about |whats |what is )?the (?:one|step) after(?: (?:that|this|it))?)|' +
  // "what comes right after that?" and "and after that one?" under step 5 got step 5 again.
  '(?:(?:and |so )?(?:what comes |whats |what is |what happens )?(?:right |just |directly |immediately )?after (?:that|this|it)(?: one| step)?)|' +
  // "and?" alone, at a step, was refused.
  'and|go on|go ahead|continue|keep going|move on|skip(?: (?:it|this|that)(?: step| one)?| the step| ahead)?|(?:and )?then(?: what)?|after that|wh?ats? next|wh?at next|' +
  // "then where do I tap?" at the last step got step 5 (0.49).
  '(?:what )?now(?: what)?|whats after that|what comes (?:next|after that)|what do i (?:do|click|tap|press|select|choose) (?:next|now|after that|then)|' +
  // From a fourth tester: "whats the next thing" at step 4 got step 6, "and then what do i do" at step 2 step 6, "wat now"
  // the goodbye, "what should i do after this" the help.
  '(?:whats |what is )?the next thing|(?:then )?what (?:do|should|shall) i do (?:then|now|next|after (?:this|that|it))|then what (?:do|should) i do|wh?at now|' +
  '(?:and |so )?(?:then )?where do i (?:tap|click|press|go)(?: next| now| then| after that)?|' +
  // "再然后呢" (and after that?) got "I can't answer"; "xia yi bu", its pinyin, too.
  // "然后点哪" at the last step got a "Did you mean" of step 3.
  // "下一步咋弄", "下一步咋整" and "下一步怎么整" got step 7, "接着咋弄" and "完了呢" a refusal. "现在点哪里" and "接下来点哪"
  // in a walkthrough were refused or got the step shown again, and "我该点什么" the help, where "what do I tap now" goes on.
  '(?:现在|接下来|下面|那)?(?:我|我们|她|他|老人)?(?:该|要|应该|得)?(?:点|按|选)(?:哪里|哪儿|哪个|哪|什么|啥)(?:呢|啊|呀)?|' +
  'xia ?yi ?bu|再?(?:下一步|下一部|下一个(?:步骤)?|下个步骤)(?:呢|是什么|是啥|怎么做|做什么|点哪里|点什么|咋弄|咋整|怎么整|怎么弄|咋办|干啥|干嘛|做啥)?|(?:接着|然后)(?:咋弄|咋整|怎么弄|怎么整)|完了呢|中了然后(?:呢|嘞|勒)?|再?然后(?:呢|嘞|勒|咧)?|然后再呢|再往后呢|再后面呢|然后怎么(?:做|办)|然后(?:做|点|按|选)(?:什么|啥|哪个|哪里|哪儿|哪)|' +
  // "还有下一步吗" at the last step was refused, as were "往下" and "后面还有吗" at step 4; "后一步" at step 2 got step 7 (its
  // 后), "再往后" the goodbye, "往后呢" a "Did you mean" and "接着说" a refusal.
  '后一步(?:呢|是什么|是啥)?|再?往后(?:呢|走)?|接下来(?:呢|怎么做|怎么办|做什么|干嘛|干啥|做啥|要干嘛|要干啥|要做什么)?|接着(?:呢|说|讲|来)?|继续(?:往下)?|(?:这|那|再)?之后(?:呢|是什么|是啥)|下面呢|还有下一步(?:吗|么|嘛)?|跳过(?:这一?步|这个|它)?|' +
  '(?:继续|再)?往下(?:走|说|讲)?|后面(?:的)?(?:呢|还有(?:吗|么|嘛|呢)?|是什么|是啥))';

// Whoever does the steps, not finding what one names: "she can't find it" at step 2 got step 4, whose questions say so,
// and "my employee can't find it" and "她找不到" were refused.
const SOMEONE_STUCK =
  '(?:i|we|she|he|they|(?:the |my |our |your )?(?:caller|customer|client|user|employee|colleague|mum|mom|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather))';
const SOMEONE_STUCK_IN_CHINESE = '(?:我|她|他|老人|我妈|我爸|我奶奶|我爷爷|老妈|老爸|来电人|客户|他们|她们)';

const COMMAND_PATTERNS: ReadonlyArray<readonly [SimpleCommand, RegExp]> = [
  [
    'next',
    // Saying the step is done (or understood) and asking for the next in one message is one command: "I did it, what
    // now" got a "Did you mean", "好了然后呢" and "下一步呢" step 7 (whose questions ask what comes after the binding).
    // Thanked on the way: "好了 谢谢 下一步" got step 7.
    new RegExp(`^(?:${ACKNOWLEDGING} ?)?(?:(?:谢谢|谢了|多谢|thanks|thank you|thx) ?)?${NEXT}$`),
  ],
  [
    'back',
    // "go back one" and "往回退一步" got step 7 (0.41, 0.45), which says "go back to the family service page".
    // "上一步是什么" on step 2 got step 7. Once more: "go back one more" got the goodbye, "back again" step 7, "再往前一步"
    // was refused. The step before the one shown: "and before that?" at step 4 got step 1, "前一步呢" at step 3 a "Did you
    // mean" of step 1 and "那之前呢" step 1; "what was the step before" and "之前那步是啥" at step 4 step 1, "上一步是啥来着" a
    // refusal.
    /^(?:(?:whats |what is |what was |what comes |the step |(?:and )?(?:what|how) about )?before (?:that|this|it)(?: one| step)?|(?:whats |what is |what was )?the (?:step|one) before(?: (?:that|this|it))?(?: again)?|(?:在|再)?(?:这|那)?之前(?:一步)?(?:呢|是什么|是啥|是哪一?步)|前一步(?:呢|是什么|是啥))$|^(?:(?:go )?back(?: again| once more| one more(?: step| time)?| another(?: step| one)?)|(?:再|再往前|再往回)(?:退|回退|后退)?(?:一步|一个)|再退一步|再往前|再上一步|又上一步)$|^(?:back|shang ?yi ?bu|go back(?: a step| one step| one)?|back one|previous(?: step| one)?|prev|step back|one step back|the step before|what (?:was|is|s) the previous (?:step|one)(?: again)?|whats the previous (?:step|one)(?: again)?|(?:前面|之前)(?:那|的)?一?步(?:呢|是什么|是啥)?(?:来着)?|上一步(?:是什么|是啥|呢|咋弄|怎么弄|说的啥|说的是啥|说的什么|讲的啥)?(?:来着)?|上一部|上一个|返回|后退|回退|前一步|(?:回到|返回)上一步|(?:往回|往后)?(?:退回|回退|退)(?:一步|一下)|往回一步|往回|往回退|退回去|倒回去)$/,
  ],
  [
    'repeat',
    // Not finding what the step names: the sources say nothing more than the step, so it is shown again. "I don't see
    // it" got the goodbye ("see you"), "在哪里" step 3, "找不到" a "Did you mean".
    // Too fast: "slow down" during the steps got the summary (read as "show down"), and so did "慢点说".
    // Not understood and too fast, and said again after it: "你说慢点 再说一遍" got the summary, "听不懂 能不能再讲慢一点" and
    // "再讲一次" were refused.
    // What was just said: "刚才说的啥" and "刚说啥了" were refused or got a "Did you mean".
    // Too fast, said twice over: "太快了慢点说" at step 6 got the summary; "sorry can u say it slower" was refused.
    new RegExp(`^(?:(?:${NOT_UNDERSTOOD})?(?:${TOO_FAST})(?:${TOO_FAST})?(?:再说一遍|再说一次|再讲一遍|再讲一次)?|(?:${NOT_UNDERSTOOD})(?:再说一遍|再说一次|再讲一遍|再讲一次)?|again|repeat(?: that| this| it| the step)?|say (?:that |it )?again|once more|one more time|come again|what did (?:you|u) (?:just )?say|(?:你)?刚才?(?:说|讲)(?:的|了)?(?:是)?(?:啥|什么|哪)(?:了|来着)?|can you repeat(?: that)?|(?:what if |but |and if )?${SOMEONE_STUCK} (?:still )?(?:cant|cannot|can not|couldnt|could not|dont|do not|doesnt|does not|didnt|did not) (?:find|see) (?:it|that|this|them)(?: anywhere)?|wheres it|where is (?:it|that|this)(?: step)?|(?:its|it is) not there|(?:我?(?:刚才)?(?:没看清|没听清)(?:楚)?)?再说一遍|再说一次|再讲一遍|再讲一次|再来一遍|再教(?:我)?一(?:遍|次|下)|(?:我|她|他)?(?:拿来了|拿到了|回来了)|(?:help )?(?:im|i m|i am|were|we are|shes|she is|hes|he is) (?:lost|stuck)(?: here| now)?|重复(?:一下|一遍|一次)?|没听清|我?(?:刚才)?没看清(?:楚)?|我?卡住了|${SOMEONE_STUCK_IN_CHINESE}?(?:还是|一直)?(?:找不到|没找到|没看到|看不到|没看见)(?:啊|呢)?|(?:这一?步|这个)?(?:在)?哪里?呢?|(?:这一?步|这个)?在哪儿?呢?|没有(?:这个)?(?:选项|按钮)?)$`),
  ],
  [
    'resume',
    // Back to where the walkthrough was, after a question in between: "back to the steps" was matched to step 7,
    // "继续刚才的" got a "Did you mean" and "第几步来着 我忘了" was refused. "好了回到步骤" got step 7: an acknowledgement
    // may come first. Asking which step it is: "我现在在第几步" was refused, "which step am I on" got a "Did you mean",
    // "which step was that" the thanks (0.44). "carry on with the steps" started again at step 1, "接着刚才的说" and "继续教我"
    // were refused, and so were "第几步了现在" and "剛才第幾步了". After Stop, "actually lets continue" was refused. After a
    // term shown in between, "back to where I was" got step 7 (its "go back"). Back at the phone: "ok I'm back" got the
    // goodbye, "I'm back, where were we" was refused.
    // From a fifth tester: "where did we stop", "continue from there", "我们到第几步了", "刚才教到哪了" and "刚刚第几步" were
    // refused or got a "Did you mean".
    new RegExp(
      `^(?:${ACKNOWLEDGING} ?)?(?:resume(?: the (?:walkthrough|steps|guide))?|(?:lets |let s )?(?:go |get )?(?:back|return) to (?:the |my )?(?:alipay )?(?:steps|walkthrough|guide|instructions)|(?:lets |let s )?(?:continue|carry on|go on|keep going)(?: with)? the (?:alipay )?(?:steps|walkthrough|guide)|(?:actually |so |ok |okay |alright )?(?:lets |let s )(?:continue|carry on|go on|keep going)(?: then| please| where we left off| from where we (?:left off|stopped))?|where (?:was i|were we|am i|is she|is he|are they|is the caller|s she|s he)(?: now)?|where (?:did|do) (?:we|i) (?:stop|leave off)|(?:continue|carry on|go on|pick up) from (?:there|here)|(?:im|i m|i am|were|we re|we are|shes|she s|hes|he s) back(?: now| again)?(?: (?:so )?where (?:was i|were we))?|(?:(?:lets |let s )?(?:go |get |take me |take us |bring me )?back to |(?:continue|carry on|go on|pick up) from )where (?:i|we|she|he|they|you) (?:was|were|left off|stopped)(?: before)?|(?:which|what) step (?:am i|are we|is this|is that|was that|was i|were we|is she|is he|are they|is (?:the |my )?(?:caller|customer|mum|mom|dad|mother|father))(?: (?:on|at|up to|in))?(?: now| again)?|(?:回到|返回|继续)(?:刚才|之前|原来)?的?(?:步骤|那一步|那步)|(?:回到|返回|接着|继续)(?:我|我们)?(?:刚才|之前|原来)(?:的地方|那里|那儿|停下的地方|看到的地方)|我?(?:刚才|刚刚)(?:到|做到|弄到|看到|说到|讲到|教到|进行到)(?:哪一步|哪步|第几步|哪里|哪儿|哪)了?|(?:继续|接着)(?:刚才|之前)的?(?:说|讲|教)?|(?:继续|接着)教我|(?:刚才|之前)的?(?:步骤|那一步|那步)(?:再说一遍|再说一次|再讲一遍|呢)|(?:我|我们)?(?:现在|目前|刚才|刚刚)?(?:在|到|做到|是)?(?:第几步|哪一步|哪步)(?:了|来着|呢)?(?:现在|目前)?(?:我?忘了)?|(?:这|这个|那|那个|刚才|刚才那|刚才那个)(?:一步)?(?:是|算)(?:第几步|哪一步|哪步)(?:来着|呢|啊)?)$`,
    ),
  ],
  [
    'allSteps',
    // The overview also answers how many steps there are. Steps asked for with no number are all of them: "what are
    // the steps" got "I can't answer" (every step's questions say "step"), "具体步骤" the State Council's "specific
    // time and steps" of pooling. Asked politely too: "could you please tell me the steps?" got the help (0.50). And
    // "just list the steps" the summary (0.47), and "别磨叽了 全说了吧" (stop dawdling, say it all) the goodbye.
    /^(?:(?:just|only|simply) )?(?:(?:can|could|would) you (?:please )?(?:just )?)?(?:(?:show |list |see |give )?(?:me )?(?:all|every)(?: of)?(?: the)? steps(?: at once| together| in one go| in one message)?|(?:the )?(?:whole|full|complete) (?:list|procedure|process)|overview|how many steps(?: (?:are|r) there| is it| is that| are they| does it take| do i need)?(?: in total| total| altogether| in all)?|(?:the )?total number of steps|(?:(?:what|which) are |tell me |show me |list |give me )?(?:the )?steps(?: to follow)?(?: only)?|what steps (?:are there|do i (?:follow|take|need))|(?:我)?(?:想|要)?(?:看|显示)(?:一下|下)?(?:全部|所有|完整)?(?:的)?步骤|(?:看|显示)?(?:全部|所有|完整)(?:的)?步骤(?:给我)?(?:看看|看一下|看下)?|(?:认证|具体|详细|操作|正确|完整)?的?步骤(?:是什么|有哪些|是怎样的|是啥|呢)?|完整流程|(?:一共|总共|共)?(?:有)?几(?:步|个步骤)(?:呢|啊)?|(?:so )?(?:there are|its|it is|it has|it takes) (?:only |just )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) steps(?: in total| in all| altogether)?|(?:别磨叽了?|别啰嗦了?|快点|赶紧)?(?:全|都|全部|一次)(?:都)?(?:说|讲|告诉我|发给我|发)(?:了|完|出来)?(?:吧|呗)?)$/,
  ],
  [
    'stepByStep',
    // "step by step please", "walk me through it", "一步一步教我", "手把手教我": asking to be guided, which the overview of
    // all steps is not ("step by step" was matched to "help", "一步一步教我" to the last step).
    new RegExp(
      `^(?:(?:can|could|would) you )?(?:(?:${GUIDE_ME})(?: through (?:it|this|them|(?:all )?the steps)(?: ${STEPWISE}| one at a time)?| ${STEPWISE})` +
        `|(?:${GUIDE_ME} )?(?:a |the )?${STEPWISE}(?: instructions| guide| guidance| walkthrough| directions)?` +
        `|(?:start|begin|open) (?:the )?(?:walkthrough|step by step guide)` +
        // "can you go one by one" under the steps got the goodbye.
        '|(?:(?:go|do (?:it|them|the steps)|give (?:me )?(?:the steps|them)|show (?:me )?(?:the steps|them)|tell me) )?(?:one by one|one at a time))$' +
        // 叫 is 教 (both jiao) as pinyin input slips: "一步一步叫我" was refused, and so was "能一步步带我操作吗"; 部 is 步
        // (both bu): "一部一部教我" was refused.
        // Agreed to, and what it is instead of: "那就一步一步来" got the goodbye, "好 一步一步来" and "要得 一步一步来嘛" were
        // refused, and "你一步一步说 别一下全说" got the summary.
        '|^(?:好|好吧|那就|就|要得|行|嗯|ok)?(?:能不能|能|可以|可不可以|麻烦)?(?:你)?(?:(?:教|叫|带|帮|领)我)?(?:一步一步|一部一部|一步步|逐步|分步骤?|手把手)地?(?:教|叫|带|指导|引导|讲|讲解|说|说明|告诉)?(?:我|一下)?(?:来|做|操作|弄|走)?(?:一下)?(?:吗|吧|呢|好吗|可以吗)?' +
        '(?:(?:别|不要)(?:一下子?|一次)?(?:全|都)(?:说|发|讲)(?:出来)?(?:了)?)?$' +
        // Begun in Chinese and said in English, as the button "Start with step 1" reads: "怎么start" under the steps was
        // refused, the Chinese matcher knowing no "start".
        '|^(?:怎么|如何|咋|那|那就|好|好吧|好的|现在) ?(?:start|begin)(?: now)? ?(?:吧|呢|啊)?$',
    ),
  ],
  [
    'stop',
    /^(?:stop(?: it| this| the (?:walkthrough|guide|steps))?|quit|cancel|exit|end|enough|im done|thats all|no more|结束|退出|不用了|停止|停|取消|算了|不看了|够了)$/,
  ],
];

// Asked politely too: "can you show me step 6" got the help (0.73), whose questions ask what the bot can do.
const ENGLISH_STEP_FRAME =
  '(?:(?:can|could|would|will) you (?:please )?)?' +
  '(?:(?:go|jump|skip|take me|(?:go |get )?back|return|how (?:do i|to|can i) get) to |show(?: me)? |give me |send me |read me |what is |whats |what are |resume |continue(?: with| from)? |start(?: with| from| at)? |tell me |what about |how about )?(?:the )?';
const NUMBER = '([a-z0-9]+)';
// A step named by its number: "step 5", "step no 5", "the 5th step" (after normaliseReply), or 第五步, 步骤三. Each
// holds two capturing groups, of which one matches.
// "step3" as a thumb types it: "whats after step3" got step 3.
const ENGLISH_STEP = `(?:step(?: |(?=\\d))(?:number |no )?${NUMBER}|${NUMBER} step)`;
const CHINESE_STEP_NUMBER = '([0-9]{1,3}|[零〇一二两三四五六七八九十百千]{1,5})';
const CHINESE_STEP = `(?:第${CHINESE_STEP_NUMBER}步|步骤${CHINESE_STEP_NUMBER})`;

// "step 5", "step five", "the 5th step", "the fifth step", "resume step 3", "what's step 2".
const ENGLISH_GO_TO = new RegExp(`^${ENGLISH_STEP_FRAME}${ENGLISH_STEP}(?: again)?$`);
// "第5步", "第五步", "步骤三", "继续第3步", "从第1步开始".
// "第十一步是啥" was refused as a step the knowledge does not have, rather than told so.
const CHINESE_GO_TO = new RegExp(`^(?:去|跳到|回到|看|说说|讲讲|继续|从|返回)?${CHINESE_STEP}(?:开始|是什么|是啥|呢|怎么做|说的啥|讲的啥)?$`);

// Where to tap first is step 1: "where do I click first" got step 3 (0.44), whose answer is a tap, and "先点哪里" a
// "Did you mean".
const FIRST_TAP = /^(?:so )?(?:what|where|which) (?:do|should|shall|must|can) (?:i|we) (?:click|tap|press|touch|open|select) first$|^(?:首先|先|最先|一开始)(?:要|应该|该)?(?:点|按|打开)(?:哪里|哪儿|哪个|什么)$/;

// A step counted from the end: "倒数第二步是啥" got step 2 (0.87), "what's the second to last step" step 7 (0.84).
// "the third step from the end" got step 3.
const ENGLISH_FROM_END = new RegExp(
  `^${ENGLISH_STEP_FRAME}(?:${NUMBER} to last|penultimate|next to last|last but one) step$|^${ENGLISH_STEP_FRAME}(?:step|one) before (?:the )?last(?: one| step)?$|^${ENGLISH_STEP_FRAME}${NUMBER} (?:step|one) from the (?:end|last|bottom)$`,
);
const MAY_COUNT_FROM_END = /last|penultimate|from the end|倒数/;
const CHINESE_FROM_END = new RegExp(
  `^(?:去|跳到|回到|看|说说|讲讲|继续|那)?倒数第${CHINESE_STEP_NUMBER}步(?:是什么|是啥|是哪一步|呢|怎么做|怎么弄|做什么|干什么|干啥)?$`,
);

/** The place from the end of the steps a message names ("the second to last step", "倒数第二步": 2), if it names one. */
function stepCountedFromEnd(reply: string): number | undefined {
  if (!MAY_COUNT_FROM_END.test(reply)) return undefined;
  const english = ENGLISH_FROM_END.exec(reply);
  if (english) return english[1] === undefined && english[2] === undefined ? 2 : englishNumber(english[1] ?? english[2], true);
  const chinese = CHINESE_FROM_END.exec(reply);
  return chinese ? chineseNumber(chinese[1]) : undefined;
}

// Starting over is step 1: "重来" at step 4 got the summary (0.44). Taught from the start: "好 那从头教我" under the list of
// steps got the list again.
const START_OVER = /^(?:start (?:over|again)|restart|start from (?:the )?(?:beginning|start|top)|(?:(?:teach|show|take) me |go |start )?from the (?:beginning|start|top)|(?:go )?back to the (?:beginning|start)|重来|重新来|重新开始|(?:好|行)?(?:那)?(?:从头|从第一步)(?:开始|来|再来)?(?:教我|教|说|讲|一步一步(?:教我|来)?)?|重新教(?:我|一遍)?|再来一遍全部|从头再来(?:一遍|一次)?)$/;

function stepNamed(reply: string): number | undefined {
  if (FIRST_TAP.test(reply) || START_OVER.test(reply)) return 1;
  const english = ENGLISH_GO_TO.exec(reply);
  if (english) return englishNumber(english[1] ?? english[2], true);
  const chinese = CHINESE_GO_TO.exec(reply);
  return chinese ? chineseNumber(chinese[1] ?? chinese[2]) : undefined;
}

// "what do I do after step 3", "the step before step 4", "after the 5th step": the words before "after" or "before"
// may only ask which step, so "why do I need step 2 before step 3" stays a question.
// A bare digit is a step there too: "the step after 5?" and "whats after 5" at step 5 got step 5.
// The question may come after the step: "after step 3 what do I do" got step 3.
const ENGLISH_RELATIVE_STEP = new RegExp(
  `^((?:[a-z]+ )*)(after|before) (?:the )?(?:${ENGLISH_STEP}|(\\d{1,2}))(?: is (?:done|finished|complete))?` +
    '(?: (?:what (?:do|should|must|can) (?:i|we|she|he|they) do|what now|what next|whats next|then what))?$',
);
const ENGLISH_RELATIVE_LEAD = new Set('what whats which do i should tap comes come is happens the step and so then one'.split(' '));
// "第三步之后呢", "第3步做完了怎么办", "第五步之前是哪一步", "步骤四的上一步", and who did it: "第一步我打开了" got step 1 again.
// So did "第五步前面那步是啥", "第五步的前一步", "第3步下一步是啥子" and "第3步后一步", and in northern words "第二步前头那步是啥",
// "第六步后边是啥", "第6步弄完了干啥" and "第四步下一步咋弄".
// A step said to be done, then what next: "第一步好了" and "第4步做完了，然后呢" got the step they name.
// What comes next, asked after a step: "第七步做完以后还要干啥" got step 7.
// What is asked after it: "我已经到第三步了 下一步干嘛" got step 3.
const CHINESE_ASKS_WHAT = '(?:(?:呢|是什么|是啥子?|是哪一?步|做什么|干什么|干啥|干嘛|做啥|怎么做|怎么办|咋弄|咋整|咋办|点什么|点哪里)(?:来着)?)';
const CHINESE_WHAT_NEXT = `(?:然后|接下来|下一步|下面|后面|还要|还)?(?:要|该)?${CHINESE_ASKS_WHAT}?`;
const CHINESE_RELATIVE_STEP = new RegExp(
  `^${CHINESE_STEP}(?:(之后|以后|(?:后面|后边|后头)(?:那|的)?一?步?|(?:做|弄|搞|整)(?:完|好)了?|完了|完成了?|好了|搞定了?|的?(?:下|后)一步|${WHO_DID_IT_ZH}(?:打开|点开|点|找到|选|选好|做|弄|添加|加|绑定?)了)|((?:之前|以前|前面|前边|前头)(?:那|的)?一?步?|的?(?:上|前)一步))${CHINESE_WHAT_NEXT}$`,
);
// What was done on a step, then what next: "帮老人认证，第五步点完“我的”之后呢" got step 5. Before the step only words
// without a step of their own.
const CHINESE_STEP_THEN = new RegExp(
  `^[^第步]{0,10}?${CHINESE_STEP}.{0,8}?(?:之后|以后|后)${CHINESE_WHAT_NEXT}$`,
);
// "我做完第五步了", "做完了第三步，接下来呢": the step after.
// "整完第一步了" and "第一步搞好了 下一步是啥子" got step 1 again.
const CHINESE_STEP_DONE = new RegExp(`^我?(?:已经)?(?:(?:做|弄|搞|整)(?:完|好)|完成|搞定)了?${CHINESE_STEP}了?(?:然后|接下来|下一步)?(?:呢|怎么办|做什么)?$`);

// A step said to be done, with or without asking what comes next: "finished step 4, what now" got step 7 (0.62), "I did
// step 5 now what" and "step 1 done" the step they name.
// So did "im done with step 5. whats after".
// Whoever is doing the steps, as staff on the phone say it too: "caller finished step 2, what now?" and "my mum
// completed step 1. next?" got step 7, "she has done step 5, what next?" step 5.
const ENGLISH_DOER =
  '(?:she|he|they|(?:the |my |our )?(?:caller|customer|client|user|mum|mom|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather))';
const ENGLISH_STEP_DONE = new RegExp(
  `^(?:(?:i |ive |im |we |were |${ENGLISH_DOER} )?(?:(?:have|has|ve|just|already) )?(?:done|did|finished|completed|(?:am |m |are |is )?(?:done|finished) with) (?:the )?${ENGLISH_STEP}|` +
    // "step 3 next one" got step 3.
    // "step 2 done too" and "ok that's step 4 done" got the step they name.
    `(?:(?:thats|that s|that is) )?(?:the )?${ENGLISH_STEP} (?:is |s )?(?:done|finished|completed?)(?: too| as well| now)?|(?:the )?${ENGLISH_STEP} (?:the )?next(?: one| step)?)` +
    '(?: (?:so |and )?(?:now what|what now|whats next|what next|next|then what|what do i do now|(?:whats|what comes) after(?: that| this| it)?))?$',
);

// Where the user is, then what next: "I'm on step 4, what's next?" and "我在第三步 下一步是什么" got the step they name.
const ENGLISH_AT_STEP_NEXT = new RegExp(
  `^(?:(?:i am|im|i m|we are|were|shes|hes|${ENGLISH_DOER} is) )?(?:(?:now|currently|already) )?(?:(?:on|at|in)|(?:i ve |ive |i )?(?:reached|got to)) (?:the )?${ENGLISH_STEP}(?: now)?` +
    ` (?:so |and )?(?:now what|what now|what next|(?:whats|what is|what comes) (?:next|after (?:that|this|it))|next|then|then what|` +
    `what (?:do|should) i (?:do|tap|click|press) (?:now|next)|(?:whats|what is) the next (?:step|one))$`,
);
const CHINESE_AT_STEP_NEXT = new RegExp(
  `^我?(?:们)?(?:已经|现在|正在)?(?:到了?|在|正在|做到了?|进行到了?|正在做|在做)${CHINESE_STEP}了?(?:然后|接下来|下一步)(?:要|该)?${CHINESE_ASKS_WHAT}?$`,
);

// "go back two steps" got step 7 (0.38), whose answer says "go back to the family service page". Forward only in
// English: 往前 and 向前 are as often the steps before.
// "two steps back" got step 7 (0.41), whose answer says to go back to the family service page.
const ENGLISH_MOVE_BY = /^(?:(?:go|move|step|jump|skip) )?(back|ahead|forward) ([a-z0-9]+) steps?$|^(?:(?:go|move|jump|skip) )?([a-z0-9]+) steps? (back|backwards|ahead|forward)$/;
const CHINESE_MOVE_BACK_BY = /^(?:往回|往后|向后)?(?:退|后退|回退|退回|返回|回到)(?:上|前)?([0-9]|[一二两三四五六])步$/;
// Two steps on or back, said by doubling 下 or 上: "下下步" got a "Did you mean" of the summary.
const CHINESE_TWO_STEPS = /^(?:再)?(下下|上上)一?(?:步|个步骤)(?:呢|是什么|是啥)?$/;

/** How many steps a message asks to move back (negative) or ahead, when it asks that of more than one. */
function stepsMovedBy(reply: string): number | undefined {
  const english = ENGLISH_MOVE_BY.exec(reply);
  if (english) {
    const [, directionFirst, countAfter, countFirst, directionAfter] = english;
    const count = englishNumber(countAfter ?? countFirst, true);
    const back = (directionFirst ?? directionAfter).startsWith('back');
    return count === undefined || count < 2 ? undefined : back ? -count : count;
  }
  const twoSteps = CHINESE_TWO_STEPS.exec(reply);
  if (twoSteps) return twoSteps[1] === '下下' ? 2 : -2;
  const chinese = CHINESE_MOVE_BACK_BY.exec(reply);
  const count = chinese ? chineseNumber(chinese[1]) : undefined;
  return count === undefined || count < 2 ? undefined : -count;
}

/** A step a message names, and whether it asks for the one after it (+1) or before it (-1). */
function stepNamedRelatively(reply: string): { named: number | undefined; offset: 1 | -1 } | undefined {
  const done = ENGLISH_STEP_DONE.exec(reply) ?? ENGLISH_AT_STEP_NEXT.exec(reply);
  if (done) return { named: englishNumber(done.slice(1).find((group) => group !== undefined) ?? '', true), offset: 1 };
  const english = ENGLISH_RELATIVE_STEP.exec(reply);
  if (english) {
    const [, lead, direction, stepThenNumber, numberThenStep, digits] = english;
    if (!lead.split(' ').every((word) => word === '' || ENGLISH_RELATIVE_LEAD.has(word))) return undefined;
    return { named: englishNumber(stepThenNumber ?? numberThenStep ?? digits, true), offset: direction === 'after' ? 1 : -1 };
  }
  const doneInChinese = CHINESE_STEP_DONE.exec(reply) ?? CHINESE_AT_STEP_NEXT.exec(reply);
  if (doneInChinese) return { named: chineseNumber(doneInChinese[1] ?? doneInChinese[2]), offset: 1 };
  const chinese = CHINESE_RELATIVE_STEP.exec(reply);
  if (!chinese) {
    const then = CHINESE_STEP_THEN.exec(reply);
    return then ? { named: chineseNumber(then[1] ?? then[2]), offset: 1 } : undefined;
  }
  const [, afterDi, afterStepWord, after] = chinese;
  return { named: chineseNumber(afterDi ?? afterStepWord), offset: after === undefined ? -1 : 1 };
}

const isStep = (step: number | undefined, stepCount: number): step is number => step !== undefined && step >= 1 && step <= stepCount;

const ENGLISH_FRAME = new RegExp(`^${ENGLISH_STEP_FRAME}`);
// Words that may sit between or after the numbers without changing the steps named ("steps 3 to 5 again").
const ENGLISH_LIST_WORDS = new Set(['and', 'or', 'again']);
const ENGLISH_RANGE_WORDS = new Set(['to', 'through', 'thru']);
const CHINESE_LIST_PART = new RegExp(`^(?:第|步骤)?${CHINESE_STEP_NUMBER}步?`);
const CHINESE_LIST_JOIN = /^(?:(和|跟|与|以及|及|或者|或| )|(到|至))/;
// "第5、6两步", "这三步": a count after the numbers, which 第五步 must not be read as. Asked again before or after the numbers:
// "第3到第5步再说一遍" got step 5 alone.
const CHINESE_AGAIN = '(?:再说一遍|再说一次|再讲一遍|再讲一下|再说一下|重复一下|重复一遍|再来一遍|再看一下)';
const CHINESE_LIST_FRAME = new RegExp(
  `^(?:看|看看|说说|讲讲|告诉我|请问|${CHINESE_AGAIN})?(.+?)(?:这[两三四五六七]步|(?<=[0-9])[两三四五六七]步)?(?:分别)?(?:是什么|是啥|呢|怎么做|怎么操作|${CHINESE_AGAIN})?$`,
);
// A dash between two numbers is a range ("steps 3-5", 第3-5步); normaliseReply would make it a space, as it does a comma.
const DASH_BETWEEN_NUMBERS = /(?<=[0-9一二两三四五六七八九十])\s*[-–—~～]\s*(?=[0-9一二两三四五六七八九十第])/g;

/** The steps a list of numbers names, a range word between two of them naming the steps between too. */
class StepList {
  readonly steps: number[] = [];
  private rangeOpen = false;

  add(step: number | undefined): boolean {
    if (step === undefined) return false;
    const from = this.steps.at(-1);
    if (this.rangeOpen && from !== undefined) {
      if (step <= from) return false;
      for (let between = from + 1; between <= step; between++) this.steps.push(between);
    } else {
      this.steps.push(step);
    }
    this.rangeOpen = false;
    return true;
  }

  openRange(): boolean {
    if (this.steps.length === 0 || this.rangeOpen) return false;
    this.rangeOpen = true;
    return true;
  }

  /** The steps in order, each once, if the list names more than one and ends on a number. */
  complete(): number[] | undefined {
    const steps = [...new Set(this.steps)].sort((a, b) => a - b);
    return steps.length > 1 && !this.rangeOpen ? steps : undefined;
  }
}

/** "steps 5 and 6", "step 3 to step 5", "the 5th and 6th steps": read word by word, which no regular expression can slow down. */
function englishStepsListed(reply: string): number[] | undefined {
  const words = reply.slice(ENGLISH_FRAME.exec(reply)?.[0].length ?? 0).split(' ');
  const list = new StepList();
  let namesSteps = false;
  for (const word of words) {
    if (word === 'step' || word === 'steps') namesSteps = true;
    else if (ENGLISH_RANGE_WORDS.has(word) ? !list.openRange() : !ENGLISH_LIST_WORDS.has(word) && !list.add(englishNumber(word, true))) return undefined;
  }
  return namesSteps ? list.complete() : undefined;
}

/** "第5步和第6步", "第三到五步", "步骤2、3". */
function chineseStepsListed(reply: string): number[] | undefined {
  if (!/第|步/.test(reply)) return undefined;
  let rest = CHINESE_LIST_FRAME.exec(reply)?.[1] ?? '';
  const list = new StepList();
  for (;;) {
    const part = CHINESE_LIST_PART.exec(rest);
    if (!part || !list.add(chineseNumber(part[1]))) return undefined;
    rest = rest.slice(part[0].length);
    if (rest === '') return list.complete();
    const join = CHINESE_LIST_JOIN.exec(rest);
    if (!join || (join[2] !== undefined && !list.openRange())) return undefined;
    rest = rest.slice(join[0].length);
  }
}

/** Several steps a message names at once, in order; undefined for one step or none. */
function stepsListed(text: string): number[] | undefined {
  const dashed = text.replace(DASH_BETWEEN_NUMBERS, HAN.test(text) ? '到' : ' to ');
  const reply = replyWithoutFillers(dashed);
  return HAN.test(reply) ? chineseStepsListed(reply) : englishStepsListed(reply);
}

/** The walkthrough command a message is, or undefined if it is anything else (a question, say). */
// A step no count of steps reaches, which reading the words would make another: "step one hundred" and "step -1" got
// step 1.
const FAR_STEP = /^(?:(?:what is|whats|what's|show me|go to) )?(?:the )?step (?:(?:-|−|minus )\s*(\d+|one)|((?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:hundred|thousand)))\??$/i;
// The last steps, counted: "last two steps" and "最后两步" got step 7 alone.
const LAST_STEPS = /^(?:(?:show me|give me|what are|whats) )?(?:the )?(?:last|final) (two|three|four|2|3|4) steps$|^(?:最后|最后面)(两|三|四|2|3|4)步(?:是什么|是啥|呢)?$/;
// A step with a fraction: "step 7.5" got steps 7 and 5.
const STEP_WITH_A_FRACTION = /^(?:(?:what is|whats|what's|show me|go to) )?(?:the )?(?:step\s*(\d+\.\d+)|第\s*(\d+\.\d+|[-−]\s*\d+)\s*步)\s*(?:是什么|是啥)?\s*[?？]?$/i;

/** "two hundred": 200. */
function farStep(words: string): number {
  const [count, power] = words.toLowerCase().split(' ');
  return (count === 'a' ? 1 : (englishNumber(count, true) ?? 1)) * (power === 'thousand' ? 1000 : 100);
}

export function parseWalkthroughCommand(text: string, stepCount: number): WalkthroughCommand | undefined {
  const reading = readingOf(text);
  if (reading.command?.stepCount !== stepCount) reading.command = { stepCount, parsed: walkthroughCommandIn(text, stepCount) };
  return reading.command.parsed;
}

// One command said twice or more, as a double tap or an impatient thumb says it: "next next" got step 5 and "下一步下一步"
// and "back back" step 7 (the matcher's), skipping the steps between unseen; "stop stop stop" was refused. It is the
// command once. (Not digits: "44" is no step 4 said twice.)
const SAID_AGAIN = /^(?!\d+$)(.{2,}?)(?: ?\1)+$/u;
/** A command said over and over is short; the pattern's time grows with the square of a message's length. */
const LONGEST_SAID_AGAIN = 60;

/** The phrase a message says twice or more, once ("next next" → "next"), if that is all it says. */
function saidOnce(reply: string): string | undefined {
  return reply.length <= LONGEST_SAID_AGAIN ? SAID_AGAIN.exec(reply)?.[1] : undefined;
}

// A greeting again is a greeting: "hello again" was read as "again" (repeat the last reply), its "hello" a filler.
const GREETED_AGAIN = /^(?:hi|hello|hey)(?: there)? again$/;

function walkthroughCommandIn(text: string, stepCount: number): WalkthroughCommand | undefined {
  if (GREETED_AGAIN.test(normaliseReply(text))) return undefined;
  const once = saidOnce(replyWithoutFillers(text));
  if (once !== undefined) return walkthroughCommandIn(once, stepCount);
  const far = FAR_STEP.exec(text.trim());
  if (far) return { kind: 'noSuchStep', step: far[1] === undefined ? farStep(far[2]) : -(englishNumber(far[1], true) ?? 1) };
  const fraction = STEP_WITH_A_FRACTION.exec(text.trim());
  if (fraction) return { kind: 'noSuchStep', step: Number((fraction[1] ?? fraction[2]).replace('−', '-').replace(/\s/g, '')) };
  const last = LAST_STEPS.exec(replyWithoutFillers(text));
  if (last) {
    const count = Math.min(englishNumber(last[1] ?? '', true) ?? chineseNumber(last[2] ?? '') ?? 1, stepCount);
    return { kind: 'steps', steps: Array.from({ length: count }, (_, i) => stepCount - count + 1 + i) };
  }
  if (isAcknowledgement(text)) return { kind: 'next' };
  const reply = replyWithoutFillers(text);
  for (const [kind, pattern] of COMMAND_PATTERNS) {
    if (pattern.test(reply)) return { kind };
  }
  const fromEnd = stepCountedFromEnd(reply);
  const named = fromEnd === undefined ? stepNamed(reply) : stepCount + 1 - fromEnd;
  // Counted from the end past the first, it is the number said that there is not: "倒数第十步" got "没有第-2步".
  if (named !== undefined) return isStep(named, stepCount) ? { kind: 'goTo', step: named } : { kind: 'noSuchStep', step: fromEnd ?? named };
  const listed = stepsListed(text);
  if (listed) {
    // The last step named that there is not, which ends a range as it was said: "第3到50步" got "没有第8步".
    const missing = listed.filter((step) => !isStep(step, stepCount)).pop();
    return missing === undefined ? { kind: 'steps', steps: listed } : { kind: 'noSuchStep', step: missing };
  }
  const by = stepsMovedBy(reply);
  if (by !== undefined) return { kind: 'moveBy', by };
  const relative = stepNamedRelatively(reply);
  if (relative && isStep(relative.named, stepCount)) return { kind: 'goTo', step: relative.named + relative.offset };
  const mistyped = mistypedCommand(reply);
  return mistyped && { kind: mistyped };
}

// Carrying on, and nothing more: with a walkthrough paused or stopped it takes the walkthrough up where it was, as the
// Resume button does. Read as "next", "继续" after a question in between skipped the step shown before it, and "算了还是继续吧"
// after Stop was refused.
// So does "back" alone after a question in between: it went back a step from the one paused, and two questions in
// between, each followed by "back", lost two steps.
const CARRIES_ON =
  /^(?:(?:actually|ok|okay|alright|so|then) )?(?:continue|carry on|go on|keep going|lets (?:continue|carry on|go on|keep going)|(?:go )?back)$|^(?:算了|好|好吧|那|那就)?(?:还是)?(?:继续|接着)(?:来|弄|做|吧)?$|^(?:返回|回去)$/;

// Asking for time, and nothing more, or why: "hang on, my mum is calling" was refused. ("Stop" after it still stops:
// "hold on, stop" is a stop said gently.) So were "等一下 奶奶去接电话了", "grandma is tired we will continue tomorrow"
// and "she wants a break": the walkthrough waits at its step for the next day as for a minute.
// Not "等一下 下一步", whose command follows: who goes away is named.
const WAIT =
  /^(?:(?:ok|okay|oh|um|uh) )?(?:wait|hang on|hold on|one sec|just a sec) (?:my|her|his|the|someone|somebody|i need to|i have to|i gotta|brb)\b(?!.*\b(?:what|how|where|which|do i|should i|can i|is it|are they)\b).*$|^(?:(?:ok|okay|oh|um|uh) )?(?:wait|wait a (?:sec|second|minute|moment|bit)|hold on|hang on|one (?:sec|second|moment|minute)|just a (?:sec|second|moment|minute)|give me a (?:sec|second|moment|minute)|(?:hold|hang) on a (?:sec|second|moment|minute|bit)|slow down let me do it)(?: (?:please|pls))?$|^(?:等一下|等一等|等等|等会|等会儿|稍等|稍等一下|等下|你等一下|先等一下|我先弄一下|我弄一下|等我一下|等我一会儿?|等我下)$|^(?:等一下|等一等|等等|等会儿?|稍等(?:一下)?|等下|等我一下|等我一会儿?)(?:我|她|他|奶奶|爷爷|外婆|外公|姥姥|姥爷|妈|爸|我妈|我爸|老人)[^吗么呢?？]{0,6}(?:去|在|要|得)[^吗么呢?？]{0,10}$|^(?:(?:ok|okay|oh|well) )?(?:she|he|they|we|grandma|grandpa|granny|nana|(?:my )?(?:mom|mum|dad|mother|father|grandma|grandpa)) (?:is |s |are |re )?(?:(?:too |very |so |a bit |getting )?tired|(?:needs|need|wants|want) a (?:break|rest|nap))(?: now| today)?(?: (?:so )?(?:we ll|well|we will|ill|i ll|i will|lets) (?:continue|carry on|finish|do the rest) (?:later|tomorrow|another time))?$|^(?:we ll|well|we will|ill|i ll|i will|lets) (?:continue|carry on|finish|do the rest) (?:later|tomorrow|another time)$|^(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|我妈|我爸|老人|她|他|我们)?(?:累了|困了|要休息|想休息|要歇会儿?|歇会儿?)(?:明天|晚点|等会儿?|回头|下次)?(?:再(?:弄|做|继续|来|说))?$|^(?:明天|晚点|等会儿?|回头|下次)再(?:弄|做|继续|来)$/;

/** "Wait", "hold on", "等一下": the user needs time at the step. */
export function asksToWait(text: string): boolean {
  // As typed too: "hold on" and "hang on" are fillers before what follows them.
  return WAIT.test(normaliseReply(text)) || WAIT.test(replyWithoutFillers(text));
}

// Looking back, or asking what comes first: "what was step 2 again? I forgot" at step 5 moved the walkthrough to step 2,
// and so did "do I tap Civic Center first?" at step 6, whose answer is step 2.
const LOOKS_BACK = /\b(?:was|again|forgot|forget|remind me|first|before)\b|来着|忘了|刚才|之前|先/;

/** Whether a message asking about a step looks back at it, or asks whether it comes first, rather than moving there. */
export function looksBack(text: string): boolean {
  return LOOKS_BACK.test(normaliseReply(text));
}

// Asked as a question, by its first word or its last mark: "what city do i pick" at step 5 asks about step 2 and moved the
// walkthrough there. (Typed as it is, for its question mark.)
const ASKED_AS_A_QUESTION = /[?？]\s*$|^\s*(?:what|whats|which|where|how|why|who|when|do|does|should|can|could|is|are)\b|什么|哪|怎么|咋|啥|[吗呢][?？\s]*$/i;

/** Whether a message is asked as a question rather than said: an earlier step asked about is no move back to it. */
export function askedAsAQuestion(text: string): boolean {
  return ASKED_AS_A_QUESTION.test(text);
}

/** The lists whose length a message may claim, as the knowledge has them. */
export type CountedList = 'functions' | 'steps' | 'funds' | 'paragraphs';

// A number of a list, asked to be confirmed: "social security has four functions right?", "is it 6 steps?", "does article 64
// list six funds?", "是不是六步" got the list with no word that the number was wrong ("是不是六步" was refused).
// The count closes what is claimed: "the three functions are welfare, security and redistribution right?" claims
// items, and "the five funds are listed in paragraph 2?" a place. And it is what there is: "can I skip 2 steps?" claims
// no number.
// What the count is of may follow ("are there 4 functions of social security?", "there are 6 funds in article 64 right"),
// and it may be said alone ("only 5 steps right?"): they got no word on the number.
const COUNT_IN_ENGLISH =
  /(?:^(?:(?:so|ok|and|but) )?(?=only |just )|\b(?:is it|its|it s|are there|there are|there re|theres|has|have|had|list|lists|listed|include|includes|gives?|names?|got|consists? of|total of) )(?:only |just |exactly )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:(?:social insurance|insurance|main|basic|different) )?(functions?|steps?|funds?|paragraphs?)(?: (?:in total|in all|altogether|only|total))?(?: (?:of|in|for|to) [a-z\d ]{1,40}?)?(?: (?:in total|in all|altogether|only|total))?(?: (?:right|correct|yes|true|isnt it|arent there|is that right))?$/;
// "是不是5步就行" ends in what the count would be enough for.
const CHINESE_CLOSE = '(?:就行|就好|就够了?|就可以了?|就完了)?(?:吗|么|嘛|吧|对吧|对吗|对不对|是吧|是不|是不是|呢|啊|呀)*$';
const COUNT_IN_CHINESE = new RegExp(`(?:有|是|就|共|包括|只有)(?:一共|总共|共)?(\\d{1,2}|[一二两三四五六七八九十])(?:个|项|大|种)?(?:(功能|作用)|(步)(?:骤)?|(?:社会保险|社保|保险)?(基金)|(款))${CHINESE_CLOSE}`);
// The list first: "社保基金有五项对吗".
const COUNT_AFTER_IN_CHINESE = new RegExp(
  `(?:(功能|作用)|(步骤)|(基金)|(款))(?:(?:是不是|有没有)(?:只有|有|是)?|(?:一共|总共|共)(?:有|是)?|有|是|包括|只有)(?:一共|总共|共)?(\\d{1,2}|[一二两三四五六七八九十])(?:个|项|步|款|大|种)?${CHINESE_CLOSE}`,
);
const ASKED_AS_YES_OR_NO = /^(?:(?:so|and|but|ok) )?(?:is|are|was|were|does|do|did|has|have|is it|are there)\b|^true or false\b|[?？]\s*$|吗|么|嘛|是不是|对不对|有没有|是吧|对吧/;
const NAMES_THE_ARTICLE = /\b(?:article|art|law)\b|条|法/;
const LIST_OF_WORD: Readonly<Record<string, CountedList>> = { function: 'functions', step: 'steps', fund: 'funds', paragraph: 'paragraphs' };

/**
 * The number of a list a message claims and asks about ("is it 6 steps?", "社会保障有四个功能对吧"), if it names one; not a
 * list asked for ("what are the three functions", "第三步").
 */
export function countClaimed(text: string): { count: number; list: CountedList } | undefined {
  const reply = normaliseReply(text);
  if (!(ASKED_AS_YES_OR_NO.test(text.trim()) || asksToConfirm(text)) || /^(?:what|which|how|list|show|tell|give|name)\b|什么|哪|啥|怎么/.test(reply)) return undefined;
  // Steps or functions said to be the article's are no count of the Alipay steps or the functions: "Article 64 has 7
  // steps, right?" got "Yes: 7 steps".
  if (NAMES_THE_ARTICLE.test(reply) && /\b(?:steps?|functions?)\b|步|功能/.test(reply)) return undefined;
  if (!HAN.test(reply)) {
    const english = COUNT_IN_ENGLISH.exec(reply);
    return english ? { count: englishNumber(english[1], true) ?? 0, list: LIST_OF_WORD[english[2].replace(/s$/, '')] } : undefined;
  }
  const before = COUNT_IN_CHINESE.exec(reply);
  if (before && !reply.includes(`第${before[1]}`)) return { count: chineseNumber(before[1]) ?? 0, list: chineseList(before.slice(2)) };
  const after = COUNT_AFTER_IN_CHINESE.exec(reply);
  return after ? { count: chineseNumber(after[5]) ?? 0, list: chineseList(after.slice(1)) } : undefined;
}

/** The list of the one group that matched: functions, steps, funds or paragraphs, in that order. */
function chineseList([functions, steps, funds]: ReadonlyArray<string | undefined>): CountedList {
  return functions ? 'functions' : steps ? 'steps' : funds ? 'funds' : 'paragraphs';
}

/** "Continue", "继续": carry on where the walkthrough was. */
export function saysCarryOn(text: string): boolean {
  return CARRIES_ON.test(replyWithoutFillers(text));
}

// One-word commands as a thumb mistypes them: "nxt" got "I can't answer" and ended the walkthrough, "bakc" got step 7,
// "nexr" step 5. A letter left out, two neighbours swapped or a letter hit beside its key, never at the first letter,
// which people seldom get wrong ("ack" is no "back"); any other letter changed would make other words ("step" is no
// "stop").
const COMMAND_WORDS: ReadonlyArray<readonly [string, SimpleCommand]> = [
  ['next', 'next'],
  ['continue', 'next'],
  ['back', 'back'],
  ['previous', 'back'],
  ['repeat', 'repeat'],
  ['again', 'repeat'],
  ['resume', 'resume'],
  ['stop', 'stop'],
];

// With the step it moves by: "previus step" at step 3 got step 3 again.
const MISTYPED_COMMAND = /^([a-z]{3,9})(?: (?:step|one))?$/;

function mistypedCommand(reply: string): SimpleCommand | undefined {
  const typed = MISTYPED_COMMAND.exec(reply)?.[1];
  if (typed === undefined) return undefined;
  return COMMAND_WORDS.find(([word]) => typed[0] === word[0] && isSlipOf(typed, word))?.[1];
}

/**
 * Whether `typed` is `word` with one letter after the first left out or doubled, two neighbours after the first swapped,
 * or one after the first replaced by a key beside it.
 */
function isSlipOf(typed: string, word: string): boolean {
  for (let i = 1; i < word.length; i += 1) {
    if (typed === word.slice(0, i) + word.slice(i + 1)) return true;
    // A key held a moment too long: "nexxt" and "neext" got step 5.
    if (typed === word.slice(0, i + 1) + word.slice(i)) return true;
    if (i < word.length - 1 && word[i] !== word[i + 1] && typed === word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)) return true;
  }
  if (typed.length !== word.length) return false;
  const changed = [...typed].flatMap((letter, i) => (letter === word[i] ? [] : [i]));
  return changed.length === 1 && changed[0] >= 1 && besideOnTheKeyboard(typed[changed[0]], word[changed[0]]);
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether a letter typed is on a key beside the one meant (QWERTY). */
function besideOnTheKeyboard(typed: string, meant: string): boolean {
  const [row, column] = keyOf(typed);
  const [meantRow, meantColumn] = keyOf(meant);
  // Each row sits half a key right of the one above: a key touches the one above it and the one above-right.
  if (row === meantRow) return Math.abs(column - meantColumn) === 1;
  const [upper, lower] = row < meantRow ? [column, meantColumn] : [meantColumn, column];
  return Math.abs(row - meantRow) === 1 && (upper === lower || upper === lower + 1);
}

/** Row and column of a letter's key; NaN for a character on no letter key, which is beside nothing. */
function keyOf(letter: string): readonly [number, number] {
  const row = KEY_ROWS.findIndex((keys) => keys.includes(letter));
  return row < 0 ? [NaN, NaN] : [row, KEY_ROWS[row].indexOf(letter)];
}

// A thumbs-up or an OK sign alone says the same; normaliseReply drops it with the other symbols.
const ACKNOWLEDGEMENT_EMOJI = /^(?:(?:👍|👌|🆗|✅)\p{Emoji_Modifier}?\s*)+$/u;

/** A bare "ok", "好的" or 👍: during a walkthrough it means "next"; elsewhere it only acknowledges the last reply. */
export function isAcknowledgement(text: string): boolean {
  if (ACKNOWLEDGEMENT_EMOJI.test(text.trim())) return true;
  // Thanks or an interjection before it change nothing ("哦找到了"), but thanks after it are thanks ("got it, thanks").
  const reply = normaliseReply(text);
  return ACKNOWLEDGEMENT.test(reply) || ACKNOWLEDGEMENT.test(reply.replace(LEADING_FILLERS, '').trim());
}

// Asking what else there is, as a whole message: "anything else?", "is that all?", "还有吗", "就这些吗". Such a message
// names no topic, so the matcher would pick whichever entry shares a word with it ("else" → the funds' other uses) or
// the goodbye ("that's all"). The statements stay out: "that's all" and "就这些" are goodbyes, "nothing else" too.
const ASKS_WHAT_ELSE: readonly RegExp[] = [
  /^(?:(?:is there|are there|do you have|have you got|got) )?(?:anything|something|any) (?:else|more)(?: (?:to know|i should know|i can ask|you can tell me|you know about))?$/,
  /^(?:any ?more|what else(?: is there| do you know| can you help with)?|is (?:that|this) (?:all|it|everything)|is there (?:any )?more)$/,
  /^(?:还有(?:吗|呢|没有|别的(?:吗|呢)|其他的?(?:吗|呢)|什么(?:别的)?(?:吗|呢)?|别的什么吗)|就这些了?吗|就这样吗|就这么多吗|只有这些吗|没有?了吗)$/,
];

// What was done, in a word or two: "found social security" at step 3 got the functions of social security. Only a
// walkthrough reads it so: with none, "I clicked social security, what now" asks which step comes after it.
const REPORTS_PROGRESS = new RegExp(
  `^(?:ok |okay |oh |ah |so )?${WHO_DID_IT}${DID_IT} [a-z]+(?: [a-z]+)?(?: (?:now what|what now|whats next|what next|next|then what))?$`,
);

// Saying that something was done names nothing done ("found it, next", "做完了，下一步", "已经打开了"), nor do thanks
// and asking what comes ("thank you so much, what's next", "谢谢 下一步", "what comes next", "再下一步").
const SOMETHING_DONE_STEMS = new Set(
  tokenise(
    'found done did finished tapped clicked pressed opened selected chose picked got see saw this that them he she we they yes oh ah ' +
      // "wats next" and "thx" as typed: "wats next" with no walkthrough got step 5.
      'thanks thank you so much please comes come one right just wat wats thx',
  ).stems,
);
// Understood or settled says nothing of what: "整明白了 下一步咋整" with no walkthrough got step 7.
const SOMETHING_DONE_HAN = /我|他|她|们|也|已经|都|就|做|弄|点|选|找|搞|完|成|打开|开|好|到|了|嗯|哦|的|再|往|这|那|谢|整|明白|中|妥/g;

/**
 * Whether a message asking what comes after something names what was done: "绑定好了然后呢" (the binding done, then
 * what?) and "I added my mom, next" do; "好了然后呢" and "found it. Next" say only that something was.
 */
export function namesWhatWasDone(text: string): boolean {
  // Without the words around a command: "come on hurry up whats next" was read as saying what came up. Said twice, a
  // command is said once: "下一步下一步" read as naming what was done.
  const reply = replyWithoutFillers(text);
  const { completedStems, completedHan } = tokenise(normaliseText(saidOnce(reply) ?? reply));
  return completedStems.some((stem) => !SOMETHING_DONE_STEMS.has(stem)) || completedHan.replace(SOMETHING_DONE_HAN, '').trim() !== '';
}

const SAYS_DONE_PATTERN = new RegExp(`^${SAYS_DONE}$`);

/** "Done", "弄好了", "搞定了": the user says it is done, more than that it was read ("ok", "好的"). */
export function saysDone(text: string): boolean {
  return SAYS_DONE_PATTERN.test(replyWithoutFillers(text));
}

/** "found social security", "ok he opened alipay": the user says what they did, in a walkthrough a step done. */
export function reportsProgress(text: string): boolean {
  return REPORTS_PROGRESS.test(replyWithoutFillers(text));
}

/** What a step has the user tap or find, as its answer names it in bold (**Civic Center**, **市民中心**). */
interface StepLabel {
  step: number;
  /** As normaliseReply writes it. */
  label: string;
  /**
   * Whether the answer goes on after it with more to do, in another sentence or clause: step 6 opens **family service**,
   * then adds the family member (在“我的”页面进入**亲情服务**，添加需要认证的家人信息).
   */
  goesOn: boolean;
}

const BOLD = /\*\*(.+?)\*\*/g;
const ANOTHER_CLAUSE = /[.。,，;；]\s*[\p{L}\p{N}]/u;

/** The steps never change (a reload brings new ones), and every message in a walkthrough is compared with their labels. */
const labelsOfSteps = new WeakMap<readonly Entry[], readonly StepLabel[]>();

/** The labels of the steps' answers in every language. */
function stepLabelsOf(steps: readonly Entry[]): readonly StepLabel[] {
  let labels = labelsOfSteps.get(steps);
  if (!labels) {
    labels = steps.flatMap((entry, index) =>
      languages.flatMap((language) =>
        [...entry[language].answer.matchAll(BOLD)].map((bold) => ({
          step: index + 1,
          label: normalisedReply(bold[1]),
          goesOn: ANOTHER_CLAUSE.test(entry[language].answer.slice(bold.index + bold[0].length)),
        })),
      ),
    );
    labelsOfSteps.set(steps, labels);
  }
  return labels;
}

// Saying what was tapped, the thing tapped as the step names it: "I opened Civic Center" at step 1 got step 2, whose
// answer taps Civic Center, and "I clicked social security" step 3. Naming no label ("I picked my city") it is only
// progress, which reportsProgress reads. What was done before it may come first: "picked the city and hit civic center"
// at step 3 went back to step 2.
// Going somewhere is tapping it only here, where what follows is a step's label: "my mom went to the hospital" is no
// progress.
// A city changed is one chosen: "ok changed to Harbin, tapped civic center" at step 2 showed step 2 again.
const WENT_TO = '(?:hit|entered|went (?:in)?to|got (?:in)?to|changed (?:it )?to|switched (?:it )?to)';
const EARLIER_DONE = `(?:${WHO_DID_IT}(?:${DID_IT}|${WENT_TO}) (?:the |my |our |her |his )?[a-z]+(?: [a-z]+)? (?:and (?:then )?|then )?){0,2}`;
const ENGLISH_TAPPED = new RegExp(
  // "now we tapped my" at step 5 showed step 5 again.
  `^(?:ok |okay |oh |ah |so |now |then )?${EARLIER_DONE}${WHO_DID_IT}(?:${DID_IT}|${WENT_TO})(?: on| into)? (?:the )?(?<label>[a-z]+(?: [a-z]+){0,5}?)(?: (?:button|page|tab|icon|section|option))?` +
    // Where it is on the page: "tapped my at the bottom right" at step 5 got step 5 again.
    '(?: (?:at|in|on) the (?:bottom|lower) right(?: corner)?(?: of the (?:page|screen))?)?(?: (?:now what|what now|whats next|what next|next|then what))?$',
);
// On the page a label opens, which is that label tapped: "we're on the my page now" at step 5 showed step 5 again.
const ENGLISH_ON_PAGE =
  /^(?:ok |okay |now |so )?(?:im|i m|i am|were|we re|we are|shes|she s|she is|hes|he s|he is|theyre|they re|they are) (?:now )?(?:on|in) the (?<label>[a-z]+(?: [a-z]+){0,3}?) (?:page|screen|tab)(?: now)?$/;
// In Chinese the thing tapped comes after the verb ("我已经点了市民中心", "我点进社保了", "到市民中心了") or before it
// ("社保点进去了"); 了 or 过 says it was done, which "点社保" (tap social security) does not.
const TAPPED_ZH = '(?:点击|点开|点进|点|按|打开|进入|进到|进|找到|选择|选好|选|到)';
// Where on the page may come between: "然后我点右下角我的了" at step 5 got step 5 again.
const BEFORE_LABEL_TAPPED = new RegExp(`^(?:然后|接着|又)?${WHO_DID_IT_ZH}${TAPPED_ZH}(?:了|过)?(?:右下角|右下方|页面下方|下面|底部|那个)?(?:的)?$`);
const AFTER_LABEL_TAPPED = new RegExp(`^(?:页面|里面?)?了?${CHINESE_WHAT_NEXT}$`);
// What was done there may follow: "亲情服务进去了 添加了我妈 她手机上也同意了" at step 6 got step 6 again.
const LABEL_TAPPED = new RegExp(`^${WHO_DID_IT_ZH}${TAPPED_ZH}(?:进去|进来|去|开|到|好)?了(?:[^？?]{0,20}?了)?${CHINESE_WHAT_NEXT}$`);
const MORE_DONE_THERE_ZH = /(?:添加|加好|加上|加了|绑定|绑好|填好|填完|同意)/;
// Or only what was done there, which says it was opened: "亲情服务里加了 然后呢" and "在亲情服务里添加了我妈" got step 6 again.
const DONE_IN_LABEL = new RegExp(`^(?:里|里面|中|上)(?:把)?${WHO_DID_IT_ZH}(?:添加|加好|加上|加|绑定|绑好|填好|填完)(?:好|完|上)?了[^？?]{0,10}?${CHINESE_WHAT_NEXT}$`);
const DONE_ZH = /了|过/;
// What was done before the tap may come first, each thing done ending in 了: "城市选好了 市民中心也点了" at step 2 got step 2.
// So may what was done, said verb first: "选了城市 市民中心也点了" at step 2 got step 2.
const EARLIER_DONE_ZH = /^[^了]{0,4}?(?:选|点|打开|找到|弄|做|进)了[^了]{1,6}?(?:然后|再|又|就|也)?$|^[^了]{0,8}?(?:选|点|打开|找到|弄|做|进)[^了]{0,6}?了/;
// Or said done without 了, just before the tap: "选好城市点了市民中心" at step 2 got step 2.
const EARLIER_DONE_THEN_TAPPED = new RegExp(`^[^了]{0,4}?(?:选好|选完|弄好|做好|打开)[^了]{1,6}?(?:然后|再|又|就|也)?${TAPPED_ZH}(?:了|过)?$`);
// A label of four characters or more may be said by its end: "找到了资格认证 下面呢" for 社保待遇资格认证.
const SHORTEST_LABEL_END = 4;

/** Where a Chinese message names the label, whole or by its end, and how long the name is. */
function labelNamed(reply: string, label: string): { at: number; length: number } | undefined {
  for (let start = 0; label.length - start >= SHORTEST_LABEL_END || start === 0; start += 1) {
    const at = reply.indexOf(label.slice(start));
    if (at >= 0) return { at, length: label.length - start };
  }
  return undefined;
}

// Or in English, the label as the screen shows it: "ok i pressed 市民中心" and "tapped 社保" in an English walkthrough showed
// the step again, and so did "ok he press 市民中心". (The normal form has no space beside a Chinese character.)
const ENGLISH_BEFORE_LABEL = new RegExp(
  `^(?:ok |okay |oh |ah |so |now |then )?${WHO_DID_IT}(?:${DID_IT}|${WENT_TO}|(?:press|tap|click|open|hit)(?:es|s)?)(?: on| into)?(?: the)? ?$`,
);
const ENGLISH_AFTER_LABEL = /^ ?(?:(?:button|page|tab|icon|section|option) ?)?(?:now what|what now|whats next|what next|next|then what|finally|already|now)?$/;

/** Whether a message says the Chinese label in it was tapped. */
function saysTapped(reply: string, label: string): boolean {
  const named = labelNamed(reply, label);
  if (!named) return false;
  const after = reply.slice(named.at + named.length);
  if (ENGLISH_BEFORE_LABEL.test(reply.slice(0, named.at)) && ENGLISH_AFTER_LABEL.test(after)) return true;
  for (let before = reply.slice(0, named.at); ; ) {
    if (before === '' || before === '在') return LABEL_TAPPED.test(after) || DONE_IN_LABEL.test(after);
    const tappedBefore = BEFORE_LABEL_TAPPED.test(before) || EARLIER_DONE_THEN_TAPPED.test(before);
    if (tappedBefore && AFTER_LABEL_TAPPED.test(after) && DONE_ZH.test(before + after)) return true;
    const earlier = EARLIER_DONE_ZH.exec(before);
    if (!earlier) return false;
    before = before.slice(earlier[0].length);
  }
}

/** The step a message says the user is at, by what they tapped; `done` when nothing of it is left to do. */
export interface StepTapped {
  step: number;
  done: boolean;
}

/**
 * The step whose label a message says was tapped ("I opened Civic Center", "我点进社保了", "社保点进去了"), in a
 * walkthrough at `position`: done, unless its answer goes on after the label in some language ("进了亲情服务" leaves
 * step 6's family member to add). Of two steps naming the same thing (the certification is found at step 4 and tapped
 * at step 7) the one nearer the position, the earlier when both are as near.
 */
export function stepTapped(text: string, steps: readonly Entry[], position: number): StepTapped | undefined {
  const reply = replyWithoutFillers(text);
  const labels = stepLabelsOf(steps);
  const english = HAN.test(reply) ? undefined : (ENGLISH_TAPPED.exec(reply) ?? ENGLISH_ON_PAGE.exec(reply))?.groups?.label;
  const tapped = HAN.test(reply) ? labels.filter(({ label }) => saysTapped(reply, label)) : labels.filter(({ label }) => label === english);
  const nearest = nearestTo(position, tapped, ({ step }) => step);
  if (nearest === undefined) return undefined;
  const { step } = nearest;
  // Said by its end or whole, the label is where labelNamed finds it.
  const named = HAN.test(reply) ? labelNamed(reply, nearest.label) : undefined;
  const moreDoneThere = named !== undefined && MORE_DONE_THERE_ZH.test(reply.slice(named.at + named.length));
  return { step, done: moreDoneThere || !labels.some((label) => label.step === step && label.goesOn) };
}

// Asking which step a thing is, naming it by a word of what the step taps: "which step was the family thing" under the
// steps got step 7, whose questions say "family" most, rather than step 6, which opens **family service**.
// Or named first: "the family thing, which step is that" and "the family thing which step" got step 7 too. And by what
// the step says to do: "which step says to click My" got a "Did you mean" of step 3. Or asked where it is: "where is
// social security" at step 4 got step 4 again, which names social security management; "社保在哪里" too.
const ENGLISH_WHICH_STEP_IS =
  /^(?:(?:so|and|but) )?(?:(?:in|on|at) )?(?:which|what) step (?:is|was|has|had|(?:says|said|tells (?:me|you|us)|told (?:me|you|us)|has (?:me|you|us)) (?:to |i should |you should |we should )?(?:tap|click|press|open|select|choose|find|go to)|do (?:i|you|we) (?:tap|click|press|open|select|choose|find|go to)) (?:the |that |on )?(?<thing>[a-z]+(?: [a-z]+){0,4}?)(?: (?:thing|one|part|bit|button|page|tab|section|option|again))?$|^(?:(?:so|and|but) )?(?:the |that )?(?<thingBefore>[a-z]+(?: [a-z]+){0,4}?)(?: (?:thing|one|part|bit|button|page|tab|section|option))? (?:which|what) step(?: (?:is|was) (?:that|it|this))?(?: again)?$|^(?:(?:so|and|but|ok) )?(?:where (?:is|are|s)|wheres|where (?:can|do|should) (?:i|we|she|he|they|you) (?:find|see|tap|click)) (?:the |that |this )?(?<thingWhere>[a-z]+(?: [a-z]+){0,4}?)(?: (?:thing|one|part|bit|button|page|tab|section|option))?(?: (?:again|now))?$/;
const CHINESE_WHICH_STEP_IS =
  /^(?:那|那个)?(?<thing>\p{Script=Han}{2,8}?)(?:那个|的那一?步|那一?步)?(?:是|在)(?:第几步|哪一步|哪步)(?:来着|呢)?$|^(?:第几步|哪一步|哪步)(?:是|有)(?<thingAfter>\p{Script=Han}{2,8}?)(?:那个|的那一?步)?(?:来着|呢)?$|^(?:那|那个)?(?<thingWhere>\p{Script=Han}{2,8}?)(?:的)?(?:按钮|入口|选项|栏目|图标|页面)?(?:在哪里?|在哪儿)(?:啊|呀|呢)?$/u;

/**
 * The one step a message asks for by what it taps ("which step was the family thing": step 6, "亲情服务是第几步", "where
 * is family service"), a label it names whole before any it is part of ("which step is social security": step 3, not 4
 * or 7); undefined when it names no label or labels of several steps ("which step is the certification": steps 4 and 7).
 */
export function stepAskedByWhatItTaps(text: string, steps: readonly Entry[]): number | undefined {
  const reply = replyWithoutFillers(text);
  const groups = (HAN.test(reply) ? CHINESE_WHICH_STEP_IS : ENGLISH_WHICH_STEP_IS).exec(reply)?.groups;
  const thing = groups?.thing ?? groups?.thingBefore ?? groups?.thingAfter ?? groups?.thingWhere;
  return thing === undefined ? undefined : stepTapping(thing, steps);
}

// The step before or after the one that taps a thing: "what do I do before tapping My?" and "and before tapping My?"
// got step 1, "what's the step before family service" step 6, "点我的之前要干啥" a refusal; "which step comes right
// before tapping My" step 1, "what's the step before the one where I tap My" step 5.
const ENGLISH_BESIDE_WHAT_IT_TAPS =
  /^(?:(?:so|and|but|ok) )?(?:(?:what (?:do i do|should i do|do i tap|(?:does|should|do) (?:she|he|they|the caller) do|comes|is|was|happens)|whats|(?:which|what) step (?:is|comes)|the step|what about|how about)(?: the step)? )?(?:right |just |directly |immediately )?(?<side>before|after) (?:the (?:one|step) (?:where|in which|when) (?:i |you |we )?)?(?:(?:i |she |he |they |you )?(?:tap|taps|tapping|open|opens|opening|click|clicks|clicking|select|selects|selecting|press|presses|pressing|choose|chooses|choosing|enter|enters|entering) )?(?:the )?(?<thing>[a-z]+(?: [a-z]+){0,4}?)(?: (?:page|button|tab|section|option|one|step))?$/;
const CHINESE_BESIDE_WHAT_IT_TAPS =
  /^(?:在)?(?:点|点击|打开|进|进入|选)?(?<thing>\p{Script=Han}{2,8}?)(?<side>之前|以前|前面|之后|以后|后面)(?:那一?步|一步)?(?:要|该)?(?:做什么|干啥|干嘛|是什么|是啥|是哪一?步|呢|点什么|点哪里|怎么做)$/u;

/** The step a message asks for as the one before or after the step that taps what it names ("before tapping My": 4). */
export function stepBesideWhatItTaps(text: string, steps: readonly Entry[]): number | undefined {
  const reply = replyWithoutFillers(text);
  const groups = (HAN.test(reply) ? CHINESE_BESIDE_WHAT_IT_TAPS : ENGLISH_BESIDE_WHAT_IT_TAPS).exec(reply)?.groups;
  const step = groups === undefined ? undefined : stepTapping(groups.thing, steps);
  if (step === undefined) return undefined;
  const beside = /before|之前|以前|前面/.test(groups?.side ?? '') ? step - 1 : step + 1;
  return beside >= 1 && beside <= steps.length ? beside : undefined;
}

/** The one step that taps a thing, named whole before any label it is part of; undefined for none or several. */
function stepTapping(thing: string, steps: readonly Entry[]): number | undefined {
  const named = stepsNaming(thing, steps);
  return named.length === 1 ? named[0] : undefined;
}

/** Whether an English word of a message is a word of a label, or a typo of one: "socail" is "social". */
const isLabelWord = (word: string, labelWord: string): boolean =>
  word === labelWord || editDistanceWithin(word, labelWord, typosAllowed(labelWord)) <= typosAllowed(labelWord);

/**
 * The steps whose labels name a thing: the label it is whole, or else those it is part of ("certification": 4 and 7).
 * An English label's words may be mistyped: "i dont see socail security" at step 3 got the third function of social
 * security (0.35).
 */
function stepsNaming(thing: string, steps: readonly Entry[]): number[] {
  const labels = stepLabelsOf(steps);
  const words = thing.split(' ');
  const partOf = (label: string): boolean => {
    if (HAN.test(thing)) return label.includes(thing);
    const labelWords = label.split(' ');
    return words.every((word) => labelWords.some((labelWord) => isLabelWord(word, labelWord)));
  };
  const whole = labels.filter(({ label }) => label === thing);
  return [...new Set((whole.length > 0 ? whole : labels.filter(({ label }) => partOf(label))).map(({ step }) => step))];
}

// Saying what a step names is not there, and nothing else: "I can't find the certification button" at step 3 got step 5,
// whose "My" is the button its questions name, and "找不到认证的按钮" step 5 too.
const THING_KIND = '(?: (?:button|page|tab|icon|section|option|entry|item|link|one))?';
const ENGLISH_NOT_FOUND = new RegExp(
  `^(?:(?:i|she|he|we|they|my (?:mom|mum|dad|mother|father|parents)|the caller) )?(?:(?:still|just) )?(?:cant|cannot|can not|couldnt|could not|dont|do not|doesnt|does not) (?:find|see|locate) (?:the |a |any |that |this )?(?<thing>[a-z]+(?: [a-z]+){0,5}?)${THING_KIND}(?: (?:anywhere|there|here))?$|` +
    `^(?:the |a |that |this )?(?<thingBefore>[a-z]+(?: [a-z]+){0,5}?)${THING_KIND} (?:(?:still )?(?:isnt|is not|wasnt|was not|aint) (?:there|here|showing(?: up)?|shown|listed|anywhere|appearing|visible)|` +
    // "… doesn't show up" was read as a question, the whole procedure given again.
    '(?:still )?(?:doesnt|does not|didnt|did not|wont|will not) (?:show(?: up)?|appear|come up|pop up)|(?:is|was) (?:missing|gone|nowhere to be (?:found|seen)))(?: anywhere)?$',
);
// Every step said done before it: "I did all the steps but the certification section doesn't show up" got the steps
// again. What is missing then is where the last steps show it.
const ENGLISH_ALL_STEPS_DONE =
  /^(?:(?:i|we|she|he|they|my (?:mom|mum|dad|mother|father|parents)|the caller) )?(?:(?:already|have|ve|has) )?(?:did|done|followed|went through|gone through|completed|finished) (?:all|every)(?: of)?(?: the| your)? steps?(?: you (?:gave|said|listed|sent))? (?:but|and) /;
const CHINESE_THING_KIND = '(?:的)?(?:按钮|入口|选项|栏目|图标|页面)?';
// Any of it, and only other things there: "没有看到什么资格认证啊 只有一堆别的" at step 4 got the seven steps.
const CHINESE_NOT_FOUND_VERB = '(?:怎么|咋)?(?:都|也|还是|就是)?(?:找不到|没找到|没有找到|看不到|没看到|没有看到|没看见|没有看见|看不见)(?:什么|任何)?';
const CHINESE_NOT_FOUND_CLOSE = '(?:在哪里?|在哪儿|怎么办|咋办|咋整|啊|呀|呢|了)*(?: ?(?:只有|就有|都是)(?:一堆|一些|很多)?别的(?:东西)?(?:啊|呀|呢)?)?$';
const CHINESE_NOT_SHOWN_VERB = '(?:还是|也|就是)?(?:不显示|没显示|没有显示|没出来|没有出来|出不来|不出来)';
const CHINESE_NOT_FOUND = new RegExp(
  `^(?:我|我妈|我爸|她|他|老人)?${CHINESE_NOT_FOUND_VERB}(?:那个|这个)?(?<thing>\\p{Script=Han}{2,10}?)?${CHINESE_THING_KIND}${CHINESE_NOT_FOUND_CLOSE}|` +
    `^(?:那个|这个)?(?<thingBefore>\\p{Script=Han}{2,10}?)${CHINESE_THING_KIND}(?:${CHINESE_NOT_FOUND_VERB}|${CHINESE_NOT_SHOWN_VERB})${CHINESE_NOT_FOUND_CLOSE}`,
  'u',
);
const CHINESE_ALL_STEPS_DONE =
  /^(?:我|我们|我妈|我爸|她|他|老人)?(?:已经)?(?:都)?(?:按|照着?|按照)?(?:全部|所有|每一?个?)?的?步骤(?:都|全)?(?:做|弄|走|操作|照做)(?:完|好)?了 ?(?:但是?|可是|就是)? ?/u;

// What a step shows, named as any: "I don't see that button" and "找不到那个按钮" at step 3 got step 5, "My" being a button.
const NAMES_NOTHING = /^(?:it|that|this|them|one|button|buttons|page|tab|icon|section|option|options|entry|item|link|按钮|入口|选项|栏目|图标|页面)$/;

/**
 * The step naming what a message says is not there ("I can't find the certification button", "找不到亲情服务"), in a
 * walkthrough at `position` (0 for none): of two steps naming it (the certification is found at step 4 and tapped at
 * step 7) the one nearer the position, the earlier when both are as near. Named as any ("I can't find it", "找不到那个
 * 按钮"), it is what the step at the position shows, and with no walkthrough, 0: the steps as a whole ("没看见" alone got
 * the goodbye). After every step said done, the position is the last step.
 */
export function stepNamedNotFound(text: string, steps: readonly Entry[], position: number): number | undefined {
  const reply = replyWithoutFillers(text);
  const afterAllDone = reply.replace(HAN.test(reply) ? CHINESE_ALL_STEPS_DONE : ENGLISH_ALL_STEPS_DONE, '');
  if (afterAllDone === reply) return stepOfThingSaid(text, ENGLISH_NOT_FOUND, CHINESE_NOT_FOUND, steps, position);
  return stepOfThingSaid(afterAllDone, ENGLISH_NOT_FOUND, CHINESE_NOT_FOUND, steps, steps.length);
}

/**
 * The step of the thing a message's pattern finds in it (its one named group that matched), nearest `position`; the
 * step at the position when it names none, and 0 with no walkthrough.
 */
function stepOfThingSaid(text: string, english: RegExp, chinese: RegExp, steps: readonly Entry[], position: number): number | undefined {
  const reply = replyWithoutFillers(text);
  const found = (HAN.test(reply) ? chinese : english).exec(reply);
  if (!found) return undefined;
  const thing = Object.values(found.groups ?? {}).find((group) => group !== undefined);
  if (thing === undefined || NAMES_NOTHING.test(thing)) return position >= 1 && position <= steps.length ? position : 0;
  return nearestTo(position, stepsNaming(thing, steps), (step) => step);
}

// Asking how what a step names looks: "what does the button look like" at step 1 got step 5, "what colour is the social
// security button" at step 2 moved the walkthrough on to step 3. The sources say nothing of looks.
const ENGLISH_LOOKS = new RegExp(
  `^(?:what (?:does|do) (?:the |a |that |this )?(?<thing>[a-z]+(?: [a-z]+){0,5}?)${THING_KIND} look like|what colou?r is (?:the |that |this |it)?(?<thingBefore>[a-z]+(?: [a-z]+){0,5}?)?${THING_KIND}|how (?:does|do) (?:the |that |this )?(?<thingAfter>[a-z]+(?: [a-z]+){0,5}?)${THING_KIND} look)(?: like)?$`,
);
const CHINESE_LOOKS = new RegExp(
  // (The 那 of 那个 is a filler, stripped before.)
  `^(?:那个|这个|个)?(?<thing>\\p{Script=Han}{2,10}?)?${CHINESE_THING_KIND}(?:是)?(?:长什么样|长啥样|什么样子?|啥样子?|什么颜色|啥颜色)(?:的)?(?:啊|呀|呢)?$`,
  'u',
);

/** The step naming what a message asks the looks of ("what does the civic center icon look like", "社保按钮长啥样"). */
export function stepAskedHowItLooks(text: string, steps: readonly Entry[], position: number): number | undefined {
  return stepOfThingSaid(text, ENGLISH_LOOKS, CHINESE_LOOKS, steps, position);
}

/** Of things at steps, the one nearest the position, the earlier when two are as near. */
function nearestTo<T>(position: number, things: readonly T[], stepOf: (thing: T) => number): T | undefined {
  const distance = (thing: T): number => Math.abs(stepOf(thing) - position);
  return [...things].sort((a, b) => distance(a) - distance(b) || stepOf(a) - stepOf(b))[0];
}

// Asking whether what is shown is all of it: in a walkthrough, whether there are more steps. ("That's all" says the
// user is done: a goodbye.)
// Asking whether the step is the last is asking the same: at step 7 "这是最后一步吗" showed step 7 again, "就这样就完了吗"
// got the goodbye.
// Doubted too: "are you sure that is all?" and "你确定就这些吗" under the functions got the goodbye.
// Said done first: "点了 然后就完了吗" at step 7 got a "Did you mean"; "完成了吗" step 7 again; "是不是就完事了" the goodbye.
const ASKS_IF_THAT_IS_ALL = new RegExp(
  `^(?:${ACKNOWLEDGING} ?)?(?:are you sure |你确定)?(?:然后|那)?(?:(?:that|this) is all|is (?:that|this) (?:all|it|everything)|is (?:that|this|it) the (?:last|final) (?:step|one)|` +
    '就这些了?吗|就这样了?吗|就这么多吗|只有这些吗|是不是(?:就|只有)(?:这些|这样|这么多)了?|是不是(?:就|这就|都)?(?:完了|结束了|完事了?|完成了|弄完了|做完了|好了)|(?:这|那)?(?:就这样)?就?(?:完了|结束了|完事了?|完成了)(?:吗|么|嘛)|(?:这|那)?(?:就)?是?最后一步了?(?:吗|么|嘛)|没有?了吗)$',
);

// What says the user is done asks whether that is all with a question mark: "that's it?", "就这些？" and "这就完了？" got the
// goodbye.
const THAT_IS_ALL = /^(?:thats|that s) (?:it|all)$|^(?:就这些|就这样|就这么多|没了|(?:这|那)?就?完了|完事了)$/;
const ASKED = /[?？]\s*$/;

// How many steps are left, asked during a walkthrough: "还有几步" and "还剩几步啊" got a "Did you mean", "快完了没" and "完了
// 没有" the goodbye, "how many steps left" a "Did you mean" of step 7 and "are we almost done" a refusal.
const ASKS_HOW_MANY_LEFT = new RegExp(
  '^(?:(?:so|and|ok|okay) )?(?:how many (?:more )?(?:steps? )?(?:are |is )?(?:left|to go|remaining|more)(?: now)?|how many more(?: steps?)?|' +
    '(?:are we|is it|am i) (?:almost|nearly) (?:done|there|finished|over)(?: yet)?|(?:are we|am i) (?:done|there|finished) yet)$|' +
    '^(?:那)?(?:还有|还剩|还差|一共还有)(?:几|多少)(?:步|个步骤)(?:啊|呀|呢|了)?$|^(?:是不是)?快(?:完了|好了|结束了)(?:没|没有|吗|么|嘛|吧)?$|^(?:完了|好了|结束了)(?:没|没有)$',
);

/** "How many steps are left?", "还有几步": asked during a walkthrough, of the steps after the one on the screen. */
export function asksHowManyLeft(text: string): boolean {
  return ASKS_HOW_MANY_LEFT.test(replyWithoutFillers(text));
}

/** "Is that all?", "就这些吗", "that's it?": whether what is shown is all there is. */
export function asksIfThatIsAll(text: string): boolean {
  const reply = replyWithoutFillers(text);
  return ASKS_IF_THAT_IS_ALL.test(reply) || (THAT_IS_ALL.test(reply) && ASKED.test(text));
}

// Saying there is a question without asking it: "Hello, I have a question" got the goodbye (0.67; its questions wish
// a nice day), "I have a question" too (0.78), "i have 2 questions lol" the goodbye, "quick question" the summary of the
// steps, and "请问一下" was refused.
const ANNOUNCES_A_QUESTION = new RegExp(
  // ("Quick" is a filler, stripped before: "quick question" is read as "question", and "quick q", which got the summary
  // of the steps, as "q".)
  `^(?:(?:hi|hello|hey)(?: there)? )?(?:${LEAVE_TO_ASK_EN}|(?:a )?(?:question|q))(?: (?:lol|haha|tho|though|pls|please))*$|^${LEAVE_TO_ASK_ZH}$`,
);

/** "I have a question": the user will ask, and has not yet. */
export function announcesAQuestion(text: string): boolean {
  return ANNOUNCES_A_QUESTION.test(replyWithoutFillers(text));
}

// What the bot itself is for: "what's your role" got a "Did you mean" of the legal basis, "what is your purpose" the
// functions of social security, "what is your job" a refusal and "你的作用是什么" a "Did you mean" of the functions.
const ASKS_WHAT_THE_BOT_IS_FOR = new RegExp(
  '^(?:(?:so|and|but) )?(?:(?:what|whats|what is|what are) )?(?:your|ur) (?:role|purpose|job|function|functions|task|tasks|aim|goal|use|point)' +
    '(?: here| exactly)?$|^(?:so )?what (?:is|s) the (?:point|purpose) of (?:you|this bot|this chatbot|this assistant)$|' +
    // Its name: "what's your name" got a "Did you mean" of the legal basis.
    '^(?:(?:so|and|hi|hello) )?(?:what (?:is|s) your name|whats your name|who am i (?:talking|speaking) to|do you have a name)$|^(?:你|您)(?:叫什么|叫啥)(?:名字)?(?:呀|啊)?$|' +
    '^(?:那)?你(?:的)?(?:作用|用途|用处|功能|职责|任务|目的)(?:是(?:什么|啥))?(?:呢|啊)?$|^(?:那)?你(?:能)?(?:起|有)(?:什么|啥)(?:作用|用)(?:呢|啊)?$',
);

/** "What's your role", "你的作用是什么": what the bot is for, which is what it can do. */
export function asksWhatTheBotIsFor(text: string): boolean {
  return ASKS_WHAT_THE_BOT_IS_FOR.test(replyWithoutFillers(text));
}

/** Whether a message asks what else the bot can say, naming no topic ("anything else?", "还有吗"). */
export function asksWhatElse(text: string): boolean {
  const reply = replyWithoutFillers(text);
  return ASKS_WHAT_ELSE.some((pattern) => pattern.test(reply));
}

// Words that may surround an ordinal without making the message a new question: "tell me more about the second one".
// Asked again: "wait what was the first one" at step 3 got a "Did you mean"; so did "expand on the third one" under the
// functions, and "the second part" under them, or step 2 under Article 64; "can you explain number 1 in more detail" was
// refused.
const ENGLISH_FRAME_WORDS = new Set(
  (
    'tell me more about on the one what whats which is does it mean means and how explain open show details detail in ' +
    'please number no item function way option point choice pick choose i id like want to know go with of info ' +
    'information say something then ok okay was wait again sorry so remind pls plz expand elaborate describe part can could you u'
  ).split(' '),
);

function englishOrdinal(reply: string): number | undefined {
  const words = reply.split(' ');
  const values = words.map((word) => englishNumber(word, false));
  const found = values.filter((value) => value !== undefined);
  const framing = words.every((word, i) => values[i] !== undefined || ENGLISH_FRAME_WORDS.has(word));
  return found.length === 1 && framing ? found[0] : undefined;
}

// Asking to hear more of it counts too: "第二个展开讲讲" under the functions got the second way of promoting development,
// and "第三个有哪三点" the third.
const CHINESE_ORDINAL =
  /^(?:那|请问|说说|讲讲|详细说说|详细讲讲|展开讲讲|展开说说|介绍一下|我想了解|我想知道|告诉我|再说说|选)*(?:第)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|条|点|项|种)?(?:功能|方式|方面)?(?:是什么意思|是什么|什么意思|是啥|呢|具体是什么|具体是什么意思|具体什么意思|具体指什么|具体说说|具体讲讲|详细说说|详细讲讲|展开讲讲|展开说说|展开讲|展开说|多讲讲|多说说|再讲讲|讲讲|说说|讲一下|说一下|解释一下|介绍一下|怎么理解|的意思|有哪几点|有哪三点|有哪些方面|有哪几个方面|包括哪些|包括什么)?$/;

function chineseOrdinal(reply: string): number | undefined {
  const numeral = CHINESE_ORDINAL.exec(reply)?.[1];
  return numeral === undefined ? undefined : chineseNumber(numeral);
}

// The last item, of a list of any length: "the last one" after the three functions got step 7 (0.86), whose questions
// ask for the last step, and "最后一个" too; so did "the last one then".
const LAST_ITEM =
  /^(?:ok |okay )?(?:and |so |what about |how about |tell me (?:more )?about )?(?:the )?(?:very )?last(?: one| item| option)?(?: then| please)*$|^(?:那|还有)?最后(?:一个|那个|一项|一条|一点|一种)(?:呢|吧|是什么|是啥|是什么意思)?$/;

/** Whether a message points at the last item of a list just shown ("the last one", "最后一个"). */
export function pointsAtLastItem(text: string): boolean {
  return LAST_ITEM.test(normaliseReply(text));
}

// An item counted from the end: "and the second to last" after the last step got the last step again (0.59).
const ITEM_FROM_THE_END =
  /^(?:ok |okay )?(?:and |so |what about |how about |tell me (?:more )?about )?(?:the )?(?:(?<english>second|third|2nd|3rd)(?: to| from)? (?:the )?last|(?<nextToLast>next to (?:the )?last|penultimate))(?: one| item| option)?(?: then| please)*$|^(?:那|还有)?倒数第(?<chinese>二|三|2|3)(?:个|项|条|点|种)(?:呢|吧|是什么|是啥|是什么意思)?$/;
const PLACE_FROM_THE_END: Readonly<Record<string, number>> = { second: 2, '2nd': 2, third: 3, '3rd': 3, 二: 2, 2: 2, 三: 3, 3: 3 };

/** The place from the end (1 = the last) a message points at in a list just shown ("the second to last", "倒数第二个"). */
function placeFromTheEnd(text: string): number | undefined {
  const groups = ITEM_FROM_THE_END.exec(normaliseReply(text))?.groups;
  if (groups === undefined) return pointsAtLastItem(text) ? 1 : undefined;
  return groups.nextToLast === undefined ? PLACE_FROM_THE_END[groups.english ?? groups.chinese] : 2;
}

/**
 * The position (1-based) a message points at in a list just shown: "2", "the second one", "tell me more about the
 * 2nd", "第二个", "第二个是什么意思", and, given the list's length, "the last one" or "the second to last". Undefined if
 * the message is not such a reference.
 */
export function parseOrdinalReference(text: string, listLength?: number): number | undefined {
  const fromTheEnd = placeFromTheEnd(text);
  if (fromTheEnd !== undefined && listLength !== undefined && listLength > 0) return fromTheEnd <= listLength ? listLength + 1 - fromTheEnd : undefined;
  const reply = normaliseReply(text);
  const position = HAN.test(reply) ? chineseOrdinal(reply) : englishOrdinal(reply);
  return position !== undefined && position >= 1 ? position : undefined;
}

const singular = (word: string): string => word.replace(/s$/, '');

/** The words that name what a title is about, singular or plural alike ("fund", "insurance"; not "the" or "five"). */
const titleWordsOf = (title: string): Set<string> =>
  new Set(title.split(' ').filter((word) => !ENGLISH_FRAME_WORDS.has(word) && englishNumber(word, true) === undefined).map(singular));

/** The reply without the runs of two Han characters or more that the title has: "第二个基金" under 五项社会保险基金. */
function withoutTitleRuns(reply: string, title: string): string {
  let rest = '';
  for (let at = 0; at < reply.length; ) {
    let end = at + 1;
    while (end < reply.length && title.includes(reply.slice(at, end + 1))) end += 1;
    if (end - at >= 2) at = end;
    else rest += reply[at++];
  }
  return rest;
}

/** Most messages name no position: these are the only words and characters that can. */
const MAY_NAME_A_POSITION = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[一二两三四五六七八九十]/;

/**
 * The position an ordinal points at in the list an entry's answer makes, the list named by a word of the entry's title:
 * "what is the second fund" or "第二个基金是什么" for "The five social insurance funds" / 五项社会保险基金. Undefined for any
 * other message.
 */
export function ordinalNamingTitle(text: string, entry: Entry): number | undefined {
  const reply = normaliseReply(text);
  if (!MAY_NAME_A_POSITION.test(reply)) return undefined;
  const titles = titlesOf(entry);
  if (HAN.test(reply)) {
    const rests = titles.map((title) => withoutTitleRuns(reply, title)).filter((rest) => rest !== reply);
    return rests.map(chineseOrdinal).find((position) => position !== undefined && position <= LONGEST_LIST);
  }
  const words = reply.split(' ');
  for (const title of titles) {
    const titleWords = titleWordsOf(title);
    const rest = words.filter((word) => !titleWords.has(singular(word)));
    if (rest.length < words.length) {
      // No list is that long: "article 64" under the article's paragraph 1 is the article, and got "that's all my sources
      // say" as its 64th item. (So is 第64条 in Chinese.)
      const position = englishOrdinal(rest.join(' '));
      if (position !== undefined && position <= LONGEST_LIST) return position;
    }
  }
  return undefined;
}

// An ordinal that names its list ("the second function", "第二个功能") says which list it points into, and 第64条 is an
// article; one that does not ("the second one", "第三个") can only mean the list last on the screen, which is short.
const LIST_NOUN = /\b(?:functions?|ways?|steps?|aspects?)\b|功能|方式|方面|步|条/;
const LONGEST_LIST = 10;

/**
 * The position "the second one" or "第三个" points at: a reference to a list item that does not say which list;
 * undefined for any other message.
 */
export function bareOrdinalReference(text: string, listLength?: number): number | undefined {
  const position = parseOrdinalReference(text, listLength);
  return position !== undefined && position <= LONGEST_LIST && !LIST_NOUN.test(normaliseReply(text)) ? position : undefined;
}

/**
 * Whether an ordinal names the functions of social security ("第二个功能", "the second function") under a list whose
 * title does not name them: under the ways social security promotes development, "那第二个功能呢" got the second way.
 */
export function namesFunctionsElsewhere(text: string, list: Entry): boolean {
  const namesAFunction = numberedReferences(normaliseText(text)).some(({ kind }) => kind === 'function');
  return namesAFunction && ordinalNamingTitle(text, list) === undefined;
}

// The item after the one on the screen: "下一个功能" under the first function got a "Did you mean" of it, "and the next
// one" under the first was refused.
const NEXT_ITEM = /^(?:(?:and|ok|so) )?(?:(?:what about|how about|whats) )?(?:the )?next (?:one|function|item|point|way|role)$|^(?:那|好的?)?下一个(?:功能|作用|方面|方式)?(?:呢|是什么|是啥)?$/;

/** Whether a message asks for the item after the one on the screen, in words "next" alone does not say. */
export function asksNextItem(text: string): boolean {
  return NEXT_ITEM.test(replyWithoutFillers(text));
}

// And the one before it: "上一个" under redistribution, and "previous one", said no walkthrough ran.
const PREVIOUS_ITEM = /^(?:(?:and|ok|so) )?(?:(?:what about|how about|whats) )?(?:the )?(?:previous|preceding) (?:one|function|item|point|way|role)$|^(?:那|好的?)?(?:上一个|前一个)(?:功能|作用|方面|方式)?(?:呢|是什么|是啥)?$/;

/** Whether a message asks for the item before the one on the screen, in words "back" alone does not say. */
export function asksPreviousItem(text: string): boolean {
  return PREVIOUS_ITEM.test(replyWithoutFillers(text));
}

/**
 * The position an ordinal points at past the end of a list of entries ("the fourth function" of three, "第四个功能呢");
 * undefined for any other message.
 */
export function positionPastList(text: string, list: Entry): number | undefined {
  const position = bareOrdinalReference(text) ?? ordinalNamingTitle(text, list);
  return position !== undefined && position > list.items.length && position <= LONGEST_LIST ? position : undefined;
}

const NONE_OF_THESE =
  /^(?:none(?: of (?:these|them|those|the above))?|neither(?: of them)?|not these|no none of these|nope|something else|都不是(?:我要的|我想要的)?|都不对|以上都不是|都没有|不是这些|都不要|其他)$/;

/** Whether a message turns down every offer of a "did you mean" list. */
export function isNoneOfThese(text: string): boolean {
  return NONE_OF_THESE.test(replyWithoutFillers(text));
}

const YES = /^(?:(?:yes|yeah|yep|yup|sure|right|correct|exactly|ok|okay|thats it|thats right)(?: please)?|是|是的|对|对的|没错|就是|就是这个|嗯|好|好的)$/;
const NO = /^(?:no|not really|wrong|不是|不对|不)$/;

/** A yes or a no to a question that offered one thing ("Did you mean …?"); undefined when the message is neither. */
export function yesOrNo(text: string): boolean | undefined {
  // As typed and without fillers: "ok yes" needs them gone, while "好的" and "yes please" are themselves fillers.
  const readings = [normaliseReply(text), replyWithoutFillers(text)];
  if (readings.some((reading) => YES.test(reading))) return true;
  return readings.some((reading) => NO.test(reading)) ? false : undefined;
}

// A list of the knowledge named with the ordinal: "what is the second function" under a "Did you mean" whose second
// offer was the first function got that one.
const NAMES_A_LIST = /\b(?:functions?|roles?|steps?|articles?|paragraphs?)\b|功能|作用|职能|步|条|款/;

/** Whether a message names a list of the knowledge ("the second function", "第三步"), not the offers on the screen. */
export function namesAListOfTheKnowledge(text: string): boolean {
  return NAMES_A_LIST.test(normaliseReply(text));
}

/**
 * The offered entry a message chooses: by its position in the numbered list ("2", "the second one", "第二个") or by
 * its title in either language (a clicked button, or the title typed in any case, width or script).
 */
export function chooseOffered(text: string, numbered: readonly Entry[], titled: readonly Entry[]): Entry | undefined {
  const position = parseOrdinalReference(text, numbered.length);
  const reply = normaliseReply(text);
  const byPosition = position === undefined ? undefined : numbered[position - 1];
  return byPosition ?? titled.find((entry) => titlesOf(entry).includes(reply));
}

/**
 * Where the walkthrough shows next. Position 0 means "not started": the overview of all steps, where "next" leads
 * to step 1; position stepCount + 1 means "finished": past the last step, with no step to resume.
 */
export type WalkthroughView =
  | { kind: 'step'; step: number }
  /** Several steps, one under the other; the walkthrough goes on from the last. */
  | { kind: 'steps'; steps: readonly number[] }
  /** `missingStep`: the step asked for, which there is not. */
  | { kind: 'allSteps'; position: number; missingStep?: number }
  | { kind: 'pastLastStep'; position: number }
  | { kind: 'stopped' };

/** Applies a command at a position; no command just shows the position. */
export function applyWalkthroughCommand(
  position: number,
  command: WalkthroughCommand | undefined,
  stepCount: number,
): WalkthroughView {
  const pastLastStep: WalkthroughView = { kind: 'pastLastStep', position: stepCount + 1 };
  const show = (step: number): WalkthroughView => {
    if (step === 0) return { kind: 'allSteps', position: 0 };
    return step > stepCount ? pastLastStep : { kind: 'step', step };
  };
  switch (command?.kind) {
    case undefined:
    case 'repeat':
    case 'resume':
      return show(position);
    case 'next':
      return position >= stepCount ? pastLastStep : show(position + 1);
    case 'back':
      // Before step 1 there is only the overview.
      return show(Math.max(position - 1, 0));
    case 'moveBy':
      // Never before the first step: "go back three steps" at step 2 shows step 1. Ahead from the last step there is
      // nothing, as for "next": "下下步" at step 7 showed step 7 again.
      if (command.by > 0 && position >= stepCount) return pastLastStep;
      return show(Math.min(Math.max(position + command.by, 1), stepCount));
    case 'allSteps':
      return { kind: 'allSteps', position };
    case 'stepByStep':
      return show(position >= 1 && position <= stepCount ? position : 1);
    case 'goTo':
      return show(command.step);
    case 'steps':
      return { kind: 'steps', steps: command.steps };
    case 'noSuchStep':
      return { kind: 'allSteps', position, missingStep: command.step };
    case 'stop':
      return { kind: 'stopped' };
  }
}
