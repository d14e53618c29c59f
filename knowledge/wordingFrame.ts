import { asksForTheSource } from './navigation';

// Words that ask for the sources' exact wording of something, or for it as a list, before or after what it is: "what's the exact wording of
// the second one" under the functions, "give me the exact text of step 6" and "quote the three functions word for word"
// got Article 64 in full, whose questions ask for its exact wording. Every answer is in the sources' words already, so
// what is left is the question.
const EXACTLY_BEFORE =
  /^(?:(?:ok|okay|so|and|please|pls|can you|could you|now)\s+)*(?:(?:give me|show me|tell me|send me|read me|what(?:['’]s| is| are| was))\s+)?(?:the\s+)?(?:exact|precise|original|verbatim|literal|word[- ]for[- ]word)\s+(?:wording|words|text|quote|phrasing|sentence)\s+(?:of|for|in)\s+(?=\S)|^(?:(?:please|pls|can you|could you)\s+)*(?:quote|cite|recite)\s+(?:me\s+)?(?=\S)/i;
// "quote step 6 exactly as written in the source" got the legal basis, for "source".
// A list asked for as one: "give me the three functions as bullet points" got a "Did you mean"; lists are lists already.
const EXACTLY_AFTER =
  /[\s,;-]+(?:(?:word[- ]for[- ]word|verbatim|(?:exactly )?as (?:written|it is written|it says|it reads)(?: in (?:the |your |my )?(?:sources?|page|law|original))?|exactly|in (?:its|the) (?:exact|original) (?:words|wording)|(?:as|in) (?:a )?(?:bullet(?:ed)? (?:points?|list)|bullets|list form|(?:numbered )?list))(?:\s+(?:please|pls))?[\s.!?]*)+$/i;
// "第二个功能的原文是什么", "第六步原话怎么说", "一字不差地念一下第三款".
const EXACTLY_IN_CHINESE_BEFORE = /^(?:请|麻烦)?(?:你)?(?:一字不差地?|逐字|原封不动地?)(?:念|读|说|引用|发)(?:一下|下)?(?:给我)?[\s，,:：]*(?=\S)/;
const EXACTLY_IN_CHINESE_AFTER =
  /(?:的)?(?:原文|原话|原句|原本的说法|原来的说法)(?:是什么|是啥|怎么说|怎么讲|怎么写的|怎么写|呢|吗)?[\s。？?！!]*$|[\s，,]*(?:一字不差|逐字)(?:地)?(?:念|读|说|引用|发)?(?:一下)?(?:给我)?[\s。！!]*$/;

// What is asked the wording of, when it is only the answer on the screen: "quote it exactly" got the Alipay summary, read
// by "it", and "原话是什么" was refused.
const THE_ANSWER_ON_THE_SCREEN = /^(?:it|that|this|them|those|that one|this one|that part|this part|这|这个|这句|这段|这一段|这条|那|那个|那句|那段|它|上面的?|刚才的?)?[\s.!?。？！]*$/i;
// The wording asked for with nothing named, as a whole message: "verbatim please", "word for word", "the exact words?",
// "原文呢", "请引用原文".
const ONLY_THE_WORDING =
  /^(?:(?:ok|okay|so|and|please|pls|can you|could you|now)\s+)*(?:(?:give me|show me|send me|i want|i need)\s+)?(?:the\s+)?(?:(?:exact|precise|original|verbatim|literal)\s+(?:wording|words|text|quote|phrasing)|verbatim|word[- ]for[- ]word|(?:a\s+)?(?:direct\s+)?quote|quote it|quote that)(?:\s+(?:please|pls|again))?[\s.!?]*$|^(?:请|麻烦)?(?:你)?(?:给我)?(?:引用|看看|看一下|发一下|发)?(?:一下)?(?:原文|原话|原句)(?:是什么|是啥|怎么说|怎么写的?|呢|吗)?[\s。？?！!]*$/i;

/** The message without the words that ask for the exact wording, and whether it had any. */
function withoutTheFrame(text: string): { framed: boolean; asked: string } {
  const before = EXACTLY_BEFORE.exec(text) ?? EXACTLY_IN_CHINESE_BEFORE.exec(text);
  const rest = before ? text.slice(before[0].length) : text;
  const after = EXACTLY_AFTER.exec(rest) ?? EXACTLY_IN_CHINESE_AFTER.exec(rest);
  return { framed: before !== null || after !== null, asked: (after ? rest.slice(0, after.index) : rest).trim() };
}

/**
 * What a message asks the exact wording of, without the words that ask for it; undefined when it has none, or only
 * those, or names only the answer on the screen.
 */
export function askedExactly(text: string): string | undefined {
  if (ONLY_THE_WORDING.test(text.trim())) return undefined;
  const { framed, asked } = withoutTheFrame(text);
  // Nor the source of the answer on the screen: "quote the source for that" got the legal basis.
  return framed && !THE_ANSWER_ON_THE_SCREEN.test(asked) && !asksForTheSource(text) ? asked : undefined;
}

// The words of the frames that ask for the wording, not for a list ("as bullet points") nor a meaning ("what does it mean
// exactly").
const WORD_FOR_WORD = /word[- ]for[- ]word|verbatim|exact(?!ly)|precise|original|literal|quote|cite|recite|as (?:written|it is written|it says|it reads)|原文|原话|原句|原本|原来的说法|一字不差|逐字|原封不动/i;

/**
 * Whether a message that askedExactly reads asks for the wording of what it names ("quote the third function word for
 * word"), not for it as a list ("as bullet points").
 */
export function asksWordForWord(text: string): boolean {
  return WORD_FOR_WORD.test(text);
}

/** Whether a message asks only for the exact wording of the answer on the screen ("quote it exactly", "原话是什么"). */
export function asksForTheWordingOfTheAnswer(text: string): boolean {
  const trimmed = text.trim();
  if (ONLY_THE_WORDING.test(trimmed)) return true;
  const { framed, asked } = withoutTheFrame(trimmed);
  return framed && THE_ANSWER_ON_THE_SCREEN.test(asked);
}
