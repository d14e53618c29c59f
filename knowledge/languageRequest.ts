import { Language, otherLanguage } from './language';
import { DOMAIN_CONCEPTS } from './matcher/domainConcepts';
import { namesADomainSubject } from './matcher/domainSubject';
import { alternatives } from './matcher/tokenise';
import { normaliseReply } from './navigation';

/**
 * A message that asks the bot to answer in a language ("in Chinese please", "can you speak English", "请用中文回答",
 * "换成英文"), alone or with a question ("show me the steps in Chinese", "第三步用英文怎么说"), not a question about a
 * language ("what is 社保 in English" asks for a translation). Users who read one language better ask this when an
 * answer came in the other: the reply follows the language a message is written in, and someone who cannot type
 * Chinese on a borrowed phone still wants to read it; a son typing in English may want the steps in Chinese to show
 * his mother.
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
  // The answers are in Simplified characters only: asked for Traditional ones ("繁體中文", refused), they come in those.
  繁体中文: 'zh',
  繁体: 'zh',
  普通话: 'zh',
  英文: 'en',
  英语: 'en',
};

const ENGLISH_NAMES = alternatives(Object.keys(LANGUAGE_NAMES).filter((name) => /^[a-z ]+$/.test(name)));
const CHINESE_NAMES = alternatives(Object.keys(LANGUAGE_NAMES).filter((name) => !/^[a-z ]+$/.test(name)));

// English, as normaliseReply writes it (lower case, no punctuation): an optional "can you" or "I want", an optional
// verb, the language, then only courtesy ("please", "instead", "from now on").
const ENGLISH_REQUEST = new RegExp(
  [
    // "Now in Chinese" after step 3 switched, then went on to step 4: its "now" was read as "what now".
    '^(?:(?:please|pls|plz|ok|okay|sorry|hi|hello|now|and|so|but) )*',
    '(?:(?:can|could|would|will|do) (?:you|we|u) (?:please )?|i (?:want|prefer|would like|d like|need)(?: to)? |lets |let s )?',
    // "back to english please" stayed in Chinese.
    // "send me the english version" was refused.
    '(?:(?:answer|reply|respond|talk|speak|write|say|explain|tell me|show me|send me|give me|continue|go on|go back|switch(?: back)?|change(?: back)?|chat|read|back)',
    '(?: (?:it|that|this|them|the answer|the answers|everything|the language|language))?(?: (?:in|to|into))? |in |to |use )?',
    `(?:the )?(${ENGLISH_NAMES})`,
    '(?: (?:please|pls|plz|version|language|instead|now|from now on|only|thanks|thank you|too|again|if possible|if you can))*$',
  ].join(''),
);

// Chinese, as normaliseReply writes it (Simplified, no punctuation or spaces between characters): who asks, a verb,
// the language, then what to do in it and the particles of a polite request.
const CHINESE_REQUEST = new RegExp(
  [
    // "继续用中文吧" (go on in Chinese) also said that no walkthrough was running, its 继续 read as "next".
    // "好了 换回中文吧" got the goodbye, "谢谢 说回中文" and "再用中文说一遍" other answers.
    // "以后都用英文回答我" got the help, in Chinese.
    '^(?:请|麻烦|麻烦你|你|您|能|能不能|可以|可不可以|会|会不会|我要|我想|想|要|还是|继续|接着|好|好了|那|讲|说|再|谢谢|以后|都|全部|一律)*',
    // Back to a language: "换回中文吧" was refused, in English.
    // "给我发英文版" under the steps got Article 64 in Chinese.
    '(?:用|说|讲|换成|换回|换|切换到|切换成|切换回|切换|切回|改成|改用|改回|改|转成|转到|转回|翻译成|翻成|译成|用回|说回|讲回|回到|给我发|发给我|给我|发)?',
    `(${CHINESE_NAMES})`,
    // "用中文再说一遍" under the State Council's part got the summary of the steps.
    '(?:回答|回复|说|讲|说说|讲讲|交流|显示|版|版本|的|吧|吗|嘛|呢|啊|呀|啦|不|可以吗|好吗|行吗|可以|谢谢|一下|一遍|继续|发|发我|发给我|再|重新|重复|我|给我)*',
    // With why: "中文吧 我英文不好" got an English "Did you mean", and "说中文吧我看不懂英文" an English refusal.
    '(?:我(?:的)?(?:英文|英语|中文|汉语)(?:不好|不行|很差|太差|差|不太好|看不懂|不懂|不太懂)|我?(?:看不懂|听不懂|不懂|读不懂|不认识)(?:英文|英语|中文|汉语))?$',
  ].join(''),
);

// A language declined, or not understood: the answers are wanted in the other one. "don't answer in English" and
// "别用英文回答" switched to English, "不要用中文" and "not in Chinese" to Chinese; "我不懂英文" (I don't know English) was
// refused, in English.
const DECLINED_IN_ENGLISH = new RegExp(
  '^(?:(?:please|pls|but|and|so) )?(?:(?:dont|do not|don t|stop|not)(?: (?:answer|reply|respond|talk|speak|write|use|using|answering|replying|speaking|talking|writing))?' +
    `(?: (?:in|with))?|no|i (?:dont|do not|cant|cannot|can not) (?:understand|read|speak|follow)(?: any)?) (?:the )?(${ENGLISH_NAMES})` +
    '(?: (?:please|pls|anymore|any more|thanks|thank you))*$',
);
const DECLINED_IN_CHINESE = new RegExp(
  `^(?:请|你|您)*(?:别|不要|不用|甭|不许|不准)(?:再)?(?:用|说|讲|回|回答|回复)?(${CHINESE_NAMES})(?:回答|回复|说|讲|了|啦|吧)*$` +
    `|^我?(?:不懂|看不懂|听不懂|不会|读不懂|不认识)(${CHINESE_NAMES})(?:啊|呀|呢|的)?$` +
    // "我英文不好" (my English is poor) was refused, in English.
    `|^我(?:的)?(${CHINESE_NAMES})(?:不好|不行|很差|太差|差|不太好|看不懂|不懂|不太懂)(?:啊|呀|呢|的)?$`,
);

/** The language a message declines ("don't answer in English", "别用英文", "我不懂英文"), if it is all it says. */
function declinedLanguage(text: string): Language | undefined {
  const reply = normaliseReply(text);
  const found = DECLINED_IN_ENGLISH.exec(reply) ?? DECLINED_IN_CHINESE.exec(reply);
  const name = found?.slice(1).find((group) => group !== undefined);
  return name === undefined ? undefined : LANGUAGE_NAMES[name];
}

/** The language a message that is nothing but a request asks for ("in Chinese please", "请用中文回答"). */
function bareRequest(text: string): Language | undefined {
  const reply = normaliseReply(text);
  const name = ENGLISH_REQUEST.exec(reply)?.[1] ?? CHINESE_REQUEST.exec(reply)?.[1];
  return name === undefined ? undefined : LANGUAGE_NAMES[name];
}

/** The language a message asks the answers to be in, with the question it asks in it, if any. */
export interface LanguageRequest {
  language: Language;
  /** The message without the request ("show me the steps" of "show me the steps in Chinese"); none for a bare request. */
  question?: string;
  /** Asked how the question is said in the language ("社会保障三个功能用英文怎么说"): that answer only, not every one after. */
  once?: true;
}

// How something is said in the other language: one answer in it. "社会保障三个功能用英文怎么说" switched the whole
// conversation to English, and the next Chinese question was answered in English. So did "用英文说一下这一步", which asks
// for the step on the screen in it, and "用英文说一遍" (say it once in English).
const ONE_TRANSLATION =
  /(?:用|以)(?:英文|英语|中文|汉语|普通话)(?:来)?(?:怎么说|怎么讲|怎么表达|怎么翻译|咋说|咋讲|(?:再)?(?:说|讲|念|读)(?:一下|一遍|下)?(?:这一?步|这个|这段|这条|这句话?|这款)|(?:再)?(?:说|讲|念|读)(?:一遍|一次)[\s。！!]*$)/;

const ENGLISH_LANGUAGE = `(${ENGLISH_NAMES})`;
const CHINESE_LANGUAGE = `(${CHINESE_NAMES})`;
const END = '[\\s.!?。！？]*$';

// Whom staff want an answer in a language for, which makes it that answer only: "can you give me that in Chinese for
// the caller?" got the help, "in Chinese for the caller" "I can't answer “for the caller”", "translate that into Chinese
// for my colleague" was refused as asking about someone not in the family, and "给来电人翻译成英文" was refused.
const WHOM_IN_ENGLISH =
  '(?:(?:the|my|a|an|our|this|that|his|her|their)\\s+)?(?:(?:chinese|english|new|elderly|older)\\s+)?' +
  // Pinyin too: "translate for nainai" was refused. Any family member: "my cousin wants to read it" was not read.
  `(?:callers?|customers?|clients?|users?|colleagues?|co-?workers?|staff|team|employees?|boss|manager|${alternatives(DOMAIN_CONCEPTS.family.en)}|him|her|them|someone|somebody|nainai|yeye|laolao|laoye|waipo|waigong|mama|baba)(?:[\'’]s)?` +
  '(?:\\s+(?!please\\b|pls\\b|thanks\\b|too\\b|so\\b)[a-z]+)?';
const PASS_ON = '(?:forward|send|give|show|pass|read|share|paste|copy|text|email)(?:\\s+(?:it|them|this|that))?(?:\\s+(?:on|along|over))?';
const FOR_WHOM_IN_ENGLISH = new RegExp(
  [
    // Closing the message: "… in Chinese for the caller", "… so I can forward them to staff".
    // Or to whom as the object: "can you give me that in chinese so i can show him" got what the bot can do.
    // Or who wants it: "can you reply in English please, my cousin wants to read it" got a "Did you mean", and who reads
    // only that language: "sorry can you say in English? my brother reads english only" was refused, and so was "can
    // you say this step in chinese so my dad understands".
    // Or what it is for: "translate that into Chinese for my leaflet" was refused, "that into Chinese for my leaflet" quoted.
    `[\\s,]+(?:(?:(?:its|it s|it's|thats|that's|this is)\\s+)?for\\s+${WHOM_IN_ENGLISH}|for\\s+(?:my|our|a|the)\\s+(?:leaflet|flyer|poster|notice|handout|brochure|slides?|website|class|presentation|report)|so\\s+(?:that\\s+)?(?:i|we)\\s+can\\s+${PASS_ON}(?:\\s+(?:to\\s+)?${WHOM_IN_ENGLISH})?|${WHOM_IN_ENGLISH}\\s+(?:wants|needs|would like|has|is going)\\s+to\\s+(?:read|see|understand|check)(?:\\s+(?:it|this|that|them))?|${WHOM_IN_ENGLISH}\\s+(?:only\\s+)?(?:reads|speaks|understands|knows)\\s+(?:${ENGLISH_NAMES})(?:\\s+only)?|so\\s+(?:that\\s+)?${WHOM_IN_ENGLISH}\\s+(?:can\\s+)?(?:understands?|reads?|sees?|gets\\s+it|follows?)(?:\\s+(?:it|this|that|them))?)(?=[\\s,.!?]*(?:please|pls|thanks|too)?[\\s.!?]*$)`,
    // Opening it: "for the caller in English again please", "can I forward this to the caller in Chinese?".
    `^(?:for\\s+${WHOM_IN_ENGLISH}|(?:(?:can|could|may)\\s+(?:i|we)\\s+)?${PASS_ON}\\s+to\\s+${WHOM_IN_ENGLISH})(?=[\\s,]+(?:in\\s+)?(?:${ENGLISH_NAMES})\\b)`,
  ].join('|'),
  'i',
);
// Family members too: "这一步英文咋说 闺女要" (my daughter wants it) was refused, as was "给我女儿看 这个用英文怎么说".
const WHOM_IN_CHINESE =
  '(?:我的?|我们的?)?(?:来电(?:的)?(?:人|客户|大妈|阿姨|大爷|老人|群众)?|客户|用户|同事|领导|老板|员工|大妈|阿姨|大爷|老人|群众|' +
  `${alternatives([...DOMAIN_CONCEPTS.family.zh, '闺女', '孩子', '孙子', '孙女', '女婿', '儿媳', '媳妇'])})`;
const FOR_WHOM_IN_CHINESE = new RegExp(
  // Who cannot read the language first: "我妈说她看不懂英文，用中文说一下这一步" at step 2 got the summary of the steps.
  `^(?:${WHOM_IN_CHINESE})?(?:说)?(?:她|他|他们)?(?:看不懂|不懂|不会|读不懂|不认识|只会|只懂|只认识)(?:英文|英语|中文|汉字)(?:字)?[\\s，,。]+(?=\\S)|` +
    `(?:我|我要|我好)?(?:给|帮|替|为|发给|转给)${WHOM_IN_CHINESE}(?:看|听)?(?=[\\s，,]*(?:这个|这一步|这段|这|那个|那|它)?(?:用|说|讲|翻译|翻|译|发|解释|念)|[\\s。！？!?，,]*$)` +
    // Closing the message with who wants it: "…英文咋说 闺女要", "…我女儿要看"; or whom to answer: "…帮我用英文回复他".
    `|[\\s，,]+${WHOM_IN_CHINESE}(?:要|想|想要)(?:看|听)?(?:的)?[\\s。！？!?，,]*$` +
    `|(?<=(?:用|以)${CHINESE_LANGUAGE}(?:来)?(?:回答|回复|说|讲|解释|告诉))(?:他|她|他们|对方)(?=[\\s。！？!?，,]*$)`,
);

/** The message without whom it asks an answer for ("for the caller", "给来电人"), and whether it named anyone. */
function withoutWhomItIsFor(text: string): { text: string; forSomeone: boolean } {
  const whom = FOR_WHOM_IN_ENGLISH.exec(text) ?? FOR_WHOM_IN_CHINESE.exec(text);
  return whom ? { text: `${text.slice(0, whom.index)}${text.slice(whom.index + whom[0].length)}`, forSomeone: true } : { text, forSomeone: false };
}

// Where the request sits in the message, and which group holds the language and which the question (flag d: the
// question is cut from the message as typed, by its group's indices).
const QUESTION_WITH_REQUEST: ReadonlyArray<{ pattern: RegExp; language: number; question: number; once?: true; ofTheKnowledge?: true }> = [
  // What something of the knowledge is called in the other language, once: "what is family service called in chinese"
  // switched the conversation to Chinese, and the next English question was refused in Chinese.
  {
    pattern: new RegExp(`^(?:what(?:'s|\\s+is|\\s+are)|whats)\\s+(?:the\\s+)?(.+?)\\s+called\\s+in\\s+${ENGLISH_LANGUAGE}${END}`, 'di'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // "show me the steps in Chinese", "what is step 3, in chinese please", "explain article 64 in english"; asked for after
  // the question: "a caller asks about the functions of social security, can you give me that in Chinese" got the help.
  {
    pattern: new RegExp(
      `^(.+?)[\\s,;:-]+(?:(?:can|could|would)\\s+you\\s+)?(?:(?:please|pls)\\s+)?(?:(?:(?:answer|reply|respond|say|write|put|explain)(?:\\s+(?:it|this|that))?|(?:give|send|show|tell)\\s+(?:me\\s+)?(?:it|this|that|them)(?:\\s+to\\s+me)?)\\s+)?in\\s+${ENGLISH_LANGUAGE}(?:\\s+(?:please|pls|thanks|too))?${END}`,
      'di',
    ),
    language: 2,
    question: 1,
  },
  // The text of something in the other language: "Give me the Chinese original text of Article 64" got the English
  // translation. It asks for that text, not for every answer after it in Chinese.
  {
    pattern: new RegExp(
      `^(?:(?:please|can you|could you)\\s+)?(?:(?:give|show|send|tell)\\s+me\\s+|what\\s+is\\s+|what's\\s+|whats\\s+|i\\s+(?:want|need)\\s+|can\\s+i\\s+(?:see|have|get|read)\\s+)?(?:the\\s+)?(?:(?:original|official)\\s+)?${ENGLISH_LANGUAGE}\\s+(?:(?:original|official)\\s+)?(?:text|version|wording|original)\\s+of\\s+(.+?)(?:\\s+(?:please|pls))?${END}`,
      'di',
    ),
    language: 1,
    question: 2,
    once: true,
  },
  // "Show me Article 64 in the original Chinese" got the English translation too.
  {
    pattern: new RegExp(`^(.+?)\\s+in\\s+(?:the\\s+)?(?:original|official)\\s+${ENGLISH_LANGUAGE}(?:\\s+(?:text|version|wording|original))?${END}`, 'di'),
    language: 2,
    question: 1,
    once: true,
  },
  // "what does it say in the Chinese original?" under Article 64 was refused.
  {
    pattern: new RegExp(`^(.+?)\\s+in\\s+(?:the\\s+)?${ENGLISH_LANGUAGE}\\s+(?:text|version|wording|original)${END}`, 'di'),
    language: 2,
    question: 1,
    once: true,
  },
  // "in English: 第三步是什么", "tell me in Chinese, how do I certify my mum"; "back to English: what's step 3" got step 7.
  // "and in english please, which paragraph says that" was refused, in Chinese.
  {
    pattern: new RegExp(
      `^(?:(?:ok|okay|now|so|and|but)\\s+)?(?:(?:(?:please\\s+)?(?:answer|reply|respond|explain|tell me|say it)\\s+)?in|(?:(?:switch|change|go)\\s+)?back\\s+to|(?:switch|change)\\s+to)\\s+${ENGLISH_LANGUAGE}(?:\\s+(?:please|pls))?[\\s,;:-]+(.+)$`,
      'di',
    ),
    language: 1,
    question: 2,
  },
  // "translate step 6 into English" in a Chinese conversation got a "Did you mean" in Chinese. Of the knowledge only:
  // "translate hello into Chinese" asks for a word.
  {
    pattern: new RegExp(`^(?:(?:please|can you|could you)\\s+)*translate\\s+(.+?)\\s+(?:into|to)\\s+${ENGLISH_LANGUAGE}(?:\\s+(?:please|pls))?${END}`, 'di'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // The language after the question: "社保三大功能 英文的" and "第五步英文的" got their answers in Chinese. (Not "支付宝英文版",
  // which asks about Alipay: with no space, only 的 says the language is the answer's.)
  {
    pattern: new RegExp(`^(.+?)(?:[\\s，,:：]+|(?=(?:${CHINESE_NAMES})的))${CHINESE_LANGUAGE}(?:的|版|版本)+(?:吧|呢)?${END}`, 'd'),
    language: 2,
    question: 1,
  },
  // The language alone after a space, of the knowledge only: "三大功能 英文" got the functions in Chinese. ("支付宝 英文" asks
  // about Alipay.)
  {
    pattern: new RegExp(`^(?!支付宝[\\s，,:：])(.+?)[\\s，,:：]+${CHINESE_LANGUAGE}(?:吧|呢)?${END}`, 'd'),
    language: 2,
    question: 1,
    ofTheKnowledge: true,
  },
  // An article, a step or the functions straight before the language, its version as the translation is, once:
  // "第六十四条英文版" got the Chinese text. (Not "支付宝英文版", which asks about Alipay.)
  {
    pattern: new RegExp(`^((?:社会保险法|社保法)?(?:第\\S{1,4}[步条款]|六十四条|64条)|(?:所有|全部)?步骤|(?:社保|社会保障)?的?(?:三个|三大)?(?:功能|作用))的?${CHINESE_LANGUAGE}(?:版|版本)(?:的)?(?:发我|发给我|给我)?(?:吧|呢)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
  },
  // "第三步用英文怎么说", "社保有哪三个功能？请用英文回答"; "全部步骤用英文发我" got the steps in Chinese, and
  // "来电人问支付宝认证第六步是啥意思 帮我用英文回复他" all the steps in Chinese.
  {
    pattern: new RegExp(
      `^(.+?)[\\s，,。？?！!：:]*(?:请|麻烦)?(?:你)?(?:帮我|给我)?(?:用|以|换成)${CHINESE_LANGUAGE}(?:来)?(?:回答|回复|说|讲|解释|显示|表达|怎么说|怎么讲|怎么表达|咋说|咋讲|写|列|发给我|发我|发|给我)?(?:一下)?(?:吧|吗|呢|啊|好吗|可以吗)?${END}`,
      'd',
    ),
    language: 2,
    question: 1,
  },
  // Without 用: "第七步英文怎么说" got step 7 in Chinese, "支付宝里的市民中心英文叫什么" step 2 in Chinese. Of the knowledge
  // only, once: "谢谢英文怎么说" asks for a word.
  {
    // "第六十四条英文是啥" and "第64条英文是咋写的" got the Chinese.
    pattern: new RegExp(`^(.+?)的?${CHINESE_LANGUAGE}(?:怎么说|怎么讲|怎么写|咋说|咋讲|咋写|叫什么|叫啥|是什么|是啥|是咋写的|是怎么写的|是怎么说的)(?:呢|啊)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // "第六十四条的英文翻译" got the Chinese text: the translation of something into a language is that text in it, once.
  {
    pattern: new RegExp(`^(?:请|麻烦)?(?:给我)?(?:看看|看一下)?(.+?)的?${CHINESE_LANGUAGE}(?:翻译|译文|原文)(?:是什么|呢|吧)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // A part named, and the language alone: "第二款的英文" got paragraph 2 in Chinese.
  {
    pattern: new RegExp(`^(.+?(?:款|条|步|功能|段))的?${CHINESE_LANGUAGE}(?:呢|吧)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // After its reason: "我妈看不懂中文 她只会英文 你把步骤翻译成英文" was refused, its reason read as the question.
  {
    pattern: new RegExp(`^.*[\\s，,。！!？?](?:请|麻烦)?(?:你)?(?:帮我|给我)?把(.+?)(?:翻译|译)成${CHINESE_LANGUAGE}(?:吧|呢)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // Something of the knowledge only: "把第三步翻译成英文" is step 3 in English, "把你好翻译成英语" a question about a word.
  {
    pattern: new RegExp(`^(?:请|麻烦)?(?:你)?(?:把)?(.+?)(?:翻译|译)成${CHINESE_LANGUAGE}(?:是什么|怎么说|吧|呢)?${END}`, 'd'),
    language: 2,
    question: 1,
    once: true,
    ofTheKnowledge: true,
  },
  // Back to a language before a question: "换回中文：第三步是什么".
  {
    pattern: new RegExp(`^(?:请|麻烦)?(?:换回|换成|切回|切换回|切换到|切换成|改回|改成|改用|回到|还是用)${CHINESE_LANGUAGE}(?:吧)?[\\s，,:：]+(.+)$`, 'd'),
    language: 1,
    question: 2,
  },
  // "用英文说一下第三步", "请用中文回答：社保有哪三个功能"; "好的 现在用中文回答：社保基金包括哪些" was answered in English.
  {
    pattern: new RegExp(`^(?:(?:好的|好|行|那|那么|现在|接下来|以后|下面)[\\s，,]*)*(?:请|麻烦)?(?:你)?(?:用|以)${CHINESE_LANGUAGE}(?:来)?(?:回答|回复|说|讲|解释|介绍|告诉我)(?:一下)?[\\s，,:：]*(.+)$`, 'd'),
    language: 1,
    question: 2,
  },
];

// Asking what a word is in the other language is a question about the word, not a request for the answer's language:
// "how do you say alipay in chinese", "what is 社保 in english". So is asking for a translation ("translate hello into
// Chinese", "把你好翻译成英语"), which no pattern above reads.
const ASKS_FOR_A_WORD = /^(?:how (?:do|would|can|should) (?:you|i|we) (?:say|write|spell|pronounce)|how to (?:say|write|spell|pronounce)|what(?:'s| is) the (?:word|term|name)\b)/i;
const ASKS_WHAT_A_TERM_IS = /^(?:what(?:'s| is| does)|whats)\s+\S*\p{Script=Han}/iu;
// Whether something is offered in a language asks about that thing: "is alipay available in english?" got "OK, I'll
// answer in English from now on".
const ASKS_IF_OFFERED = /\b(?:available|offered|supported|provided|possible|usable|there)$/i;

// Saying what is in a language asks for none: "where is the civic center button in alipay, mine is in chinese" switched
// the conversation to Chinese.
const SAYS_WHAT_IS_IN_A_LANGUAGE = new RegExp(`\\b(?:is|are|was|were|its|it's|s)\\s+(?:all\\s+|only\\s+|set\\s+to\\s+|shown\\s+)?in\\s+${ENGLISH_LANGUAGE}${END}`, 'i');

// A question that only points back at the last reply asks for that reply again: "what does it say in Chinese?" under
// Article 64 was read as "what does it say" and got the functions (0.39).
// A paragraph of the article is of the knowledge: "第一款英文怎么说" got paragraph 1 in Chinese.
// So are the steps: "你把步骤翻译成英文" was read as no translation of the knowledge.
const NAMES_A_PART = /第\s*\S{1,3}\s*款|步骤|\bsteps\b/i;

// The text on the screen in a language, once, named alone: "the chinese original?" and "the official chinese text of
// this one" under a paragraph got a "Did you mean".
const ORIGINAL_ALONE = new RegExp(
  `^(?:and |so |ok )?(?:(?:give|show|send) me )?(?:the |in )?(?:(?:original|official) )?${ENGLISH_LANGUAGE} (?:original|version|text|wording)(?: (?:of|for) (?:this|that|it)(?: one| paragraph)?)?$`,
);

// So is what points at the answer on the screen: "what's this step in English?" got the help, and "这一步用英文怎么说"
// step 7 in English.
const POINTS_BACK =
  /^(?:and |so |ok |now )?(?:(?:can|could|would) you (?:please )?)?(?:what (?:does|did) (?:it|that|this)(?: step| answer| paragraph)?(?: say)?|what (?:is|was) (?:it|that|this)(?: step| one| answer| paragraph)?|whats (?:it|that|this)(?: step| one| answer| paragraph)?|(?:show|give|tell|read|say|put) (?:me )?(?:it|that|this)(?: step| answer| paragraph)?(?: again)?|i (?:need|want) (?:it|that|this)(?: step| answer| paragraph)?|(?:it|that|this)(?: one| step| answer| paragraph)?|the same)$|^(?:那|把)?(?:这|那|刚才|上面)(?:那)?(?:一|个)?(?:步|段|条|款|个|些|句|句话|答案|回答)?(?:的|是|说的是|讲的是)?(?:什么|啥)?$/;

// The answer on the screen in a language, once, asked how it is said ("英文怎么说" and "那英文呢" were refused), and as
// English speakers ask it: "how do I say that in Chinese" switched every answer to Chinese and refused "how do I".
const ONCE_HOW_SAID = new RegExp(
  `^(?:那|这个|这|那个)?(?:用)?(${CHINESE_NAMES})(?:版|的)?(?:怎么说|怎么讲|怎么写|咋说|咋讲|咋写|呢|版呢)$` +
    `|^how (?:do|would|can|should) (?:i|you|we) say (?:that|it|this)(?: step| answer| one)? in (${ENGLISH_NAMES})$`,
);
// A translation is of one answer: "translate that into English" switched every answer after it, and so did "翻译成英文",
// while "帮我翻译成英文" was refused.
const ONCE_TRANSLATED = new RegExp(
  `^(?:(?:please|pls|can you|could you) )*translate(?: (?:it|that|this|the answer|the above|them))?(?: (?:in)?to)? (?:the )?(${ENGLISH_NAMES})(?: please| pls)?$` +
    `|^(?:请|麻烦)?(?:你)?(?:帮我|给我)?(?:把)?(?:这个|这段|这些|上面的?|刚才的?|它)?(?:翻译|翻|译)(?:一下)?成(${CHINESE_NAMES})(?:吧|呢|好吗|可以吗)?$`,
);

// A translation asked with no language: of the answer on the screen, into the other one. "translate that", "翻译一下"
// and "把上面的翻译一下" were refused, and the refusal took the place of the answer.
const TRANSLATION_ASKED =
  /^(?:(?:please|pls|can you|could you) )*(?:translate|translation)(?: (?:it|that|this|the answer|the above|that answer|this answer|them|for me))*(?: please| pls)?$|^(?:请|麻烦)?(?:你)?(?:帮我)?(?:把)?(?:这个|这段|这些|上面的?|刚才的?|它)?(?:翻译|翻)(?:一下|下)?(?:吧|呗|呢)?$/;

// A translation of something named, with no language: "translate step 4 for my grandma" got step 4 in English again.
const TRANSLATION_OF =
  /^(?:(?:please|pls|can you|could you)\s+)*translate\s+(.+?)(?:\s+(?:please|pls))?[\s.!?]*$|^(?:请|麻烦)?(?:你)?(?:帮我|给我)?把(.+?)(?:翻译|翻)(?:一下|下)?(?:吧|呗|呢)?[\s。！？!?]*$/i;

// A language the bot does not answer in, asked for: "translate article 64 into french" got the Chinese text (a translation
// with no language it knows named), "answer in japanese please: what are the functions" English with no word why.
const ANOTHER_LANGUAGE =
  /\b(?:in|into|to)\s+(?:french|german|japanese|korean|spanish|russian|arabic|italian|portuguese|vietnamese|thai|hindi)\b|(?:用|翻译成|译成|说成)(?:法语|法文|德语|德文|日语|日文|韩语|韩文|西班牙语|俄语|俄文|阿拉伯语|意大利语|葡萄牙语|越南语|泰语)/i;

const ANOTHER_LANGUAGE_ANYWHERE = new RegExp(ANOTHER_LANGUAGE.source, 'gi');
// The words asking for it, before what is asked: "translate article 64 …", "answer … please: what are the functions".
const ASKING_IN_IT = /^\s*(?:(?:please|pls|can you|could you)\s+)*(?:translate|answer|reply|respond|write|say)\b(?:\s+(?:please|pls))?[\s:,]*|^\s*(?:请|麻烦)?(?:你)?(?:帮我)?把|(?:翻译|回答)(?:一下|下)?[\s。！？!?]*$/gi;

// What is left of "translate that to german": the answer on the screen, or nothing.
const ONLY_A_POINTER = /^(?:that|this|it|them|these|those|这个|这|那个|那|它|上面的?)?[\s.!?。！？]*$/i;

/**
 * What a message asks besides a language other than English and Chinese, the two the bot answers in ("article 64" of
 * "translate article 64 into french"); undefined when it asks for no other language.
 */
export function besideAnotherLanguage(message: string): string | undefined {
  if (!ANOTHER_LANGUAGE.test(message)) return undefined;
  const asked = message.replace(ANOTHER_LANGUAGE_ANYWHERE, ' ').replace(ASKING_IN_IT, '').replace(/\s+/g, ' ').trim();
  // "translate that to german" asks nothing else: "that" got "You're welcome!".
  return ONLY_A_POINTER.test(asked) ? '' : asked;
}

/**
 * A translation asked with no language named ("translate that", "翻译一下"), with what it is of when the message names
 * it ("translate step 4" asks "step 4"); undefined when the message asks for none.
 */
export function translationAsked(message: string): { question?: string } | undefined {
  const { text } = withoutWhomItIsFor(message);
  if (TRANSLATION_ASKED.test(normaliseReply(text))) return {};
  const named = TRANSLATION_OF.exec(text.trim());
  const question = named?.slice(1).find((group) => group !== undefined);
  return question === undefined ? undefined : { question };
}

// What something is in the other language, the language said after it, asks for it in that language once, as "第三步用英文
// 怎么说" does: "what's step 4 in chinese" switched the whole conversation to Chinese, and so did "step 4 in Chinese" and
// "ok fine. what's the first function in Chinese", and "and step 6 in chinese". ("Back to English: what's step 3" switches.)
const ONE_THING_ASKED =
  /(?:^|[\s,.;!?])(?:what(?:'s|\s+is|\s+are|\s+was|\s+does|\s+do)|whats)\s|^(?:(?:and|so|ok|okay|now) )?(?:the )?(?:(?:step|paragraph|para|article|art)\.?\s*\d+|(?:first|second|third|fourth|fifth|sixth|seventh|last) (?:step|function|fund|paragraph|way))$/i;

// Every answer from now on, whoever it is for: "pls answer in chinese from now on, its for my grandma" got a "Did you mean".
const FROM_NOW_ON = /\bfrom now on\b|以后|今后|接下来都/i;

/**
 * The language a message asks the answers to be in, and the question it asks along with the request if it does
 * ("show me the steps in Chinese", "第三步用英文怎么说"); undefined when it asks for no language, or asks what a word is
 * in the other language.
 */
export function languageRequestIn(message: string): LanguageRequest | undefined {
  const { text, forSomeone } = withoutWhomItIsFor(message);
  const request = requestIn(text);
  return request && forSomeone && !FROM_NOW_ON.test(text) ? { ...request, once: true } : request;
}

function requestIn(text: string): LanguageRequest | undefined {
  const declined = declinedLanguage(text);
  if (declined) return { language: otherLanguage(declined) };
  const reply = normaliseReply(text);
  const onceNamed = [ONCE_HOW_SAID, ONCE_TRANSLATED].flatMap((pattern) => pattern.exec(reply)?.slice(1) ?? []).find((name) => name !== undefined);
  if (onceNamed) return { language: LANGUAGE_NAMES[onceNamed], once: true };
  const bare = bareRequest(text);
  if (bare) return ONE_TRANSLATION.test(text.trim()) ? { language: bare, once: true } : { language: bare };
  const original = ORIGINAL_ALONE.exec(reply);
  if (original) return { language: LANGUAGE_NAMES[original[1]], once: true };
  const typed = text.trim();
  if (SAYS_WHAT_IS_IN_A_LANGUAGE.test(typed)) return undefined;
  for (const { pattern, language, question, once, ofTheKnowledge } of QUESTION_WITH_REQUEST) {
    const found = pattern.exec(typed);
    const at = found?.indices?.[question];
    if (!found || !at) continue;
    const asked = typed.slice(...at).replace(/[\s,;:，。：、-]+$/u, '');
    const pointsBack = POINTS_BACK.test(normaliseReply(asked));
    if (ofTheKnowledge && !pointsBack && !namesADomainSubject(asked) && !NAMES_A_PART.test(asked)) return undefined;
    const answerLanguage = LANGUAGE_NAMES[found[language].toLowerCase()];
    if (!normaliseReply(asked) || ASKS_FOR_A_WORD.test(asked) || ASKS_IF_OFFERED.test(asked) || (answerLanguage === 'en' && ASKS_WHAT_A_TERM_IS.test(asked))) {
      return undefined;
    }
    const oneThingIn = ONE_THING_ASKED.test(asked) && at[0] < (found.indices?.[language]?.[0] ?? 0);
    const oneAnswer = (once || ONE_TRANSLATION.test(typed) || oneThingIn) && { once: true as const };
    if (pointsBack) return { language: answerLanguage, ...oneAnswer };
    return { language: answerLanguage, question: asked, ...oneAnswer };
  }
  return undefined;
}
