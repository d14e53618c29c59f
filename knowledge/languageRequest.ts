import { Language } from './language';
import { normaliseReply } from './navigation';

/**
 * A message that asks the bot to answer in a language ("in Chinese please", "can you speak English", "请用中文回答",
 * "换成英文"), not a question about one ("what is 社保 in English" asks for a translation). Users who read one
 * language better ask this when an answer came in the other: the reply follows the language a message is written in,
 * and someone who cannot type Chinese on a borrowed phone still wants to read it.
 */

const LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  chinese: 'zh',
  mandarin: 'zh',
  'simplified chinese': 'zh',
  english: 'en',
  中文: 'zh',
  汉语: 'zh',
  华语: 'zh',
  简体中文: 'zh',
  普通话: 'zh',
  英文: 'en',
  英语: 'en',
};

const alternatives = (words: readonly string[]) => words.join('|');

const ENGLISH_NAMES = alternatives(Object.keys(LANGUAGE_NAMES).filter((name) => /^[a-z ]+$/.test(name)));
const CHINESE_NAMES = alternatives(Object.keys(LANGUAGE_NAMES).filter((name) => !/^[a-z ]+$/.test(name)));

// English, as normaliseReply writes it (lower case, no punctuation): an optional "can you" or "I want", an optional
// verb, the language, then only courtesy ("please", "instead", "from now on").
const ENGLISH_REQUEST = new RegExp(
  [
    '^(?:(?:please|pls|plz|ok|okay|sorry|hi|hello) )*',
    '(?:(?:can|could|would|will|do) (?:you|we|u) (?:please )?|i (?:want|prefer|would like|d like|need)(?: to)? |lets |let s )?',
    '(?:(?:answer|reply|respond|talk|speak|write|say|explain|tell me|show me|continue|go on|switch|change|translate|chat|read)',
    '(?: (?:it|that|this|them|the answer|the answers|everything|the language|language))?(?: (?:in|to|into))? |in |to |use )?',
    `(${ENGLISH_NAMES})`,
    '(?: (?:please|pls|plz|version|language|instead|now|from now on|only|thanks|thank you|too|again|if possible|if you can))*$',
  ].join(''),
);

// Chinese, as normaliseReply writes it (Simplified, no punctuation or spaces between characters): who asks, a verb,
// the language, then what to do in it and the particles of a polite request.
const CHINESE_REQUEST = new RegExp(
  [
    '^(?:请|麻烦|麻烦你|你|您|能|能不能|可以|可不可以|会|会不会|我要|我想|想|要|还是)*',
    '(?:用|说|讲|换成|换|切换到|切换成|切换|改成|改用|改|转成|转到|翻译成)?',
    `(${CHINESE_NAMES})`,
    '(?:回答|回复|说|讲|交流|显示|版|版本|的|吧|吗|嘛|呢|啊|呀|可以吗|好吗|行吗|可以|谢谢|一下)*$',
  ].join(''),
);

/** The language a message asks the answers to be in, or undefined when it asks no such thing. */
export function requestedLanguage(text: string): Language | undefined {
  const reply = normaliseReply(text);
  const name = ENGLISH_REQUEST.exec(reply)?.[1] ?? CHINESE_REQUEST.exec(reply)?.[1];
  return name === undefined ? undefined : LANGUAGE_NAMES[name];
}
