import { Language } from './language';
import { chineseOfPinyin } from './matcher/pinyin';

/**
 * Words people type in any language in a chat ("ok", "next", "yes"): they carry no language of their
 * own, so the conversation keeps the one it has. "Step 3" is the walkthrough's command in a Chinese chat too: it
 * turned the reply English for a turn; so did "xia yi bu" (下一步 in pinyin, as typed without a Chinese keyboard).
 */
const UNIVERSAL_WORDS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'okey', 'k', 'kk', 'yes', 'yep', 'yeah', 'no', 'nope', 'y', 'n', 'next', 'back', 'prev', 'previous',
  'more', 'menu', 'done', 'hi', 'hey', 'lol', 'thx', 'wow', 'app', 'qq', 'id', 'step', 'steps',
  // "nxt" in a Chinese walkthrough turned it English.
  'nxt',
  // "stop" in a Chinese walkthrough was answered in English. ("repeat" turns a walkthrough English: language.test.ts.)
  'stop', 'skip',
  'xia', 'shang', 'yi', 'bu', 'xiayibu', 'shangyibu',
]);

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;

// A question asked with Chinese words is a Chinese sentence, whatever English terms it borrows: "我妈的 social security
// certification 怎么弄 on Alipay" was answered in English (two Chinese runs against five English words).
const CHINESE_QUESTION_WORD = /怎么|怎样|什么|啥|吗|呢|如何|哪|为什么|能不能|可不可以|是不是|有没有/;

// Counting and ordering are Chinese grammar, not a borrowed term: "social security 第一个功能" in a Chinese chat was
// answered in English (one Chinese run against two English words). Asked with an English question word, the message
// stays English ("what is 第三步").
const CHINESE_COUNTING = /第[一二两三四五六七八九十\d]|[一二两三四五六七八九十几\d]个/;

// The English names of what the steps tap, borrowed into a Chinese sentence as one term: "civic center找不到" in a Chinese
// chat was answered in English (two English words against one Chinese run). Not a sentence in English that names a
// Chinese label ("I can't find 市民中心"): its other words are no label's.
const LABEL_WORDS: ReadonlySet<string> = new Set(['alipay', 'civic', 'citizen', 'center', 'centre', 'social', 'security', 'management', 'family', 'service', 'my']);

// The Chinese labels of what the steps tap, named in an English sentence as they are on the screen: "ok i pressed 市民中心"
// and "tapped 社保" in an English walkthrough turned it Chinese (one Chinese run against one English word).
const CHINESE_LABELS: ReadonlySet<string> = new Set(['支付宝', '市民中心', '城市服务', '社保', '社会保障', '社保管理', '社保待遇资格认证', '我的', '亲情服务', '亲情账户']);

// A question asked with English words is an English sentence, whatever Chinese term it names: "and 亲情服务?" and
// "what's 市民中心" in an English conversation were answered in Chinese (one Chinese run against one English word).
const ENGLISH_QUESTION_WORD = /^(?:and|what|what['’]s|whats|where|where['’]s|how|which|who|why|when|is|are|does|do|about)$/;

/**
 * The language a message is written in, or undefined when it has none of its own (numbers, emoji,
 * punctuation, universal words such as "ok"). Chinese (Simplified or Traditional) is recognised by its
 * ideographs. In a mixed message each run of Chinese characters counts as one term against the
 * English words, so "Where is 市民中心 in Alipay?" is English and "支付宝里的 my 页面" is Chinese;
 * Chinese wins a tie unless an English question word asks, and a message that asks with a Chinese question word, or
 * counts in Chinese with no English question word, is Chinese.
 */
export function detectLanguage(text: string): Language | undefined {
  const normalised = text.normalize('NFKC').toLowerCase();
  const chineseRuns = normalised.match(HAN_RUN) ?? [];
  // Pinyin that spells words of the knowledge ("zhifubao renzheng") is Chinese typed without a Chinese keyboard.
  if (chineseRuns.length === 0 && chineseOfPinyin(normalised) !== undefined) return 'zh';
  const latinWords = normalised.match(LATIN_WORD) ?? [];
  const counted = latinWords.filter((word) => word.length > 1 && !UNIVERSAL_WORDS.has(word));
  const englishWords = counted.length;
  if (chineseRuns.length === 0 && englishWords === 0) return undefined;
  if (chineseRuns.some((run) => CHINESE_QUESTION_WORD.test(run))) return 'zh';
  if (chineseRuns.length > 0 && counted.every((word) => LABEL_WORDS.has(word))) return 'zh';
  if (englishWords > 0 && chineseRuns.every((run) => CHINESE_LABELS.has(run))) return 'en';
  const askedInEnglish = latinWords.some((word) => ENGLISH_QUESTION_WORD.test(word));
  if (chineseRuns.some((run) => CHINESE_COUNTING.test(run)) && !askedInEnglish) return 'zh';
  if (chineseRuns.length === englishWords && askedInEnglish) return 'en';
  return chineseRuns.length >= englishWords ? 'zh' : 'en';
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * The language to read a message in that has none of its own (detectLanguage gave undefined): English for universal
 * words ("hi", "thx", "menu" are English words, typed in a Chinese chat too, and only the English questions have them:
 * "hi" got "I can't answer" there); the conversation's for numbers and emoji. The answer stays in the conversation's.
 */
export function languageOfUniversalWords(text: string, conversation: Language): Language {
  return LATIN_LETTER.test(text) ? 'en' : conversation;
}
