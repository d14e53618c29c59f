// Words that ask for an answer briefly, before or after what it is about: "in short, what are the functions", "quick
// summary of the funds please", "short version of the three functions", "tl;dr of the functions", "summarize article 64
// in one sentence", "概括一下基金有哪些". They are words of the summary of the steps, which got every one of those.
const BRIEFLY_BEFORE =
  /^(?:(?:ok|okay|so|please|pls|can you|could you)\s+)*(?:in short|in brief|briefly|in a nutshell|tl;?\s?dr|(?:give me |just )?(?:a |the )?(?:quick |short |brief |one[- ]sentence )?(?:summary|overview|recap|rundown|gist)|(?:give me |just )?(?:a |the )?(?:quick|short|shorter|brief|one[- ]sentence) version|summari[sz]e|sum up|recap)(?:\s+(?:of|on))?[\s,:;-]+(?=\S)/i;
// Simply is briefly too: "explain the third function simply" and "第三个功能说简单点" got the summary of the steps.
// And a summary asked for after what it is of: "artcle 64 summary" got the summary of the steps.
// One sentence each: "one sentence per function please" and "三个功能各用一句话" got the summary of the steps.
const BRIEFLY_AFTER =
  /[\s,;-]+(?:in short|in brief|briefly|in a nutshell|(?:in )?(?:one|a) (?:sentence|line)(?: (?:each|per (?:function|step|fund|item|one)|for each(?: one)?))?|in a few words|tl;?\s?dr|(?:more )?simply|simpler|in (?:simple|simpler|plain|easy|easier|everyday) (?:words|terms|english|language)|(?:a |the )?(?:quick |short |brief )?(?:summary|recap|overview|gist))(?:\s+(?:please|pls))?[\s.!?]*$/i;
// In a sentence, or as a short answer for a caller: "一句话总结社保的三个功能", "给来电人一个简短的回答：社保基金有哪些" and
// "社会保障三个功能，给来电人简短说一下" got the summary of the steps.
const BRIEFLY_IN_CHINESE_BEFORE =
  /^(?:请|麻烦)?(?:你)?(?:(?:用)?(?:一句话|两句话|几句话))?(?:简单|简要|大概|大致)?(?:概括|总结|归纳)(?:一下|下)?[\s，,:：]*(?=\S)|^(?:请|麻烦)?(?:你)?(?:给(?:我|来电人|客户|用户)?)?(?:一个|一段|个)?(?:简短|简单|简要)的?(?:回答|回复|答复|说法|版本)[\s，,:：]*(?=\S)/;
const BRIEFLY_IN_CHINESE_AFTER =
  /[\s，,]*(?:(?:各|每个|每项|每一个|每一项)(?:用)?(?:一句话|一两句话|两句话)(?:说|讲|概括|总结|介绍)?(?:一下)?|(?:给(?:我|来电人|客户|用户))?(?:简短|简单|简要)地?(?:说|讲|回答|介绍)(?:一下|下)?|(?:简单|简要|大概|大致)?(?:概括|总结|归纳)(?:一下|下)?|(?:说|讲)得?(?:简单|通俗)(?:一)?点儿?|(?:简单|通俗)(?:一)?点儿?(?:说|讲)?|用?大白话(?:说|讲|讲讲|说说)?(?:一下)?)(?:吧|呢)?[\s。！？!?]*$/;

const COURTESY_AFTER = /[\s,]+(?:please|pls|thanks|thank you)[\s.!?]*$/i;
// Whom it is for: "give me a short summary of the three functions I can read to a caller" got the summary of the steps.
const FOR_SOMEONE_AFTER =
  /(?:^|[\s,]+)(?:(?:that |which )?(?:i|we) can (?:read|send|paste|give|forward|say|tell)(?: (?:it|this|them))?(?: (?:out )?to)?|for) (?:a |the |my |our )?(?:callers?|customers?|clients?|users?|colleagues?)[\s.!?]*$/i;

// What is left of "give me a summary" asks nothing of its own.
const ONLY_ASKING = /^(?:(?:can|could) you )?(?:please )?(?:give|show|tell|send|get)(?: me| us)?$|^(?:i (?:want|need)|just|and|so)$/i;

// The list named only by what each sentence is of: "one sentence per function please".
const ONE_SENTENCE_PER_ITEM =
  /^(?:(?:please|pls|can you|could you|give me|write)\s+)*(?:in\s+)?(?:one|a) (?:sentence|line) (?:per|for each|for every|about each) (function|step|fund)s?(?:\s+(?:please|pls))?[\s.!?]*$/i;

/** What a message asks for briefly, without the words that ask for brevity; undefined when it has none, or only those. */
export function askedBriefly(text: string): string | undefined {
  const perItem = ONE_SENTENCE_PER_ITEM.exec(text.trim())?.[1];
  if (perItem !== undefined) return `the ${perItem.toLowerCase()}s`;
  const before = BRIEFLY_BEFORE.exec(text) ?? BRIEFLY_IN_CHINESE_BEFORE.exec(text);
  const rest = before ? text.slice(before[0].length) : text;
  const after = BRIEFLY_AFTER.exec(rest) ?? BRIEFLY_IN_CHINESE_AFTER.exec(rest);
  const asked = (after ? rest.slice(0, after.index) : rest).replace(COURTESY_AFTER, '').replace(FOR_SOMEONE_AFTER, '').trim();
  return (before || after) && asked !== '' && !ONLY_ASKING.test(asked) ? asked : undefined;
}
