// What a message declines before it says what it wants, up to the first comma or full stop: "don't show me article 64,
// I want the functions" got the article, "not step by step, all steps at once" step 1, "不要第六十四条，我要社保的功能"
// the article. Only a refusal that can be nothing else: "don't I need her ID card, or not?" asks, "not sure, …" is unsure.
const DECLINED_IN_ENGLISH =
  /^(?:(?:ok|okay|sorry|please)\s+)?(?:(?:no|nope|nah)\s*(?=[,，;；.。])|(?:i\s+)?(?:don['’]?t|do not|dont)\s+(?:show|give|tell|send|list|read|quote|want|need|explain|do)\b|not\s+(?:the|that|this|those|these|step|steps|in|all|article|paragraph|section|a|an|one|what|for)\b)[^,，;；.。!！?？]*[,，;；.。]\s*(?:but\s+|just\s+|only\s+|instead\s+|rather\s+)?/i;
// A space ends what is declined too, where a phone's user puts no comma: "不要第六十四条 我要社保的功能" got the article.
const DECLINED_IN_CHINESE = /^(?:不要|别(?:给我)?(?:发|说|讲)?|不用|不是|不需要)(?:[^,，;；。!！?？]*[,，;；。]|[^,，;；。!！?？\s]{2,}\s+(?=\p{Script=Han}))\s*(?:而是|只要|就要)?/u;
// What says the message corrects the last one: "no, I meant the three functions" got the second function, its "meant"
// read as what a term means, "no wait, I meant what comes after it" step 1 and "不对，我是说上一步" a refusal. In Chinese
// only after a no, or as "我说的是": "我说的对吗" asks whether the user is right.
const CORRECTING =
  /^(?:(?:no|nope|sorry|oh|ah|wait)\s*[,，]?\s*)*(?:i\s+(?:meant|mean|was asking about|asked about|wanted))\s+(?=\S)|^(?:(?:不是|不对|错了)\s*[,，]?\s*我(?:是)?(?:说|问|想问|指)(?:的是)?|我(?:是)?(?:说|问|想问|指)的是|我的意思是)\s*[,，]?\s*(?=[^\s的])/i;

// What a message declines after what it wants: "no, I meant how to find the certification, not add the family" got step
// 6, which adds the family, and "不是，我是问怎么找到认证入口，不是添加家人" too.
const DECLINED_AFTER = /[,，]\s*(?:but\s+)?not\s+[^,，;；.。!！?？]+[.。!！?？]*$|[,，]\s*(?:而)?不是[^,，;；。!！?？]{2,}[。!！?？]*$/iu;

// What is no request once the words before it go: "I mean it".
const POINTS_BACK_ALONE = /^(?:it|that|this|so|yes|no)[\s.!?。！？]*$/i;

/**
 * What a message asks for: without what it declines first ("don't show me article 64, I want the functions" → "I want
 * the functions") or last ("…, not add the family"), or the words that say it corrects the last one ("no, I meant the
 * three functions" → "the three functions"); the message itself when that would leave nothing.
 */
export function withoutCorrection(text: string): string {
  const declined = DECLINED_IN_ENGLISH.exec(text) ?? DECLINED_IN_CHINESE.exec(text);
  const wanted = (declined ? text.slice(declined[0].length) : text).replace(DECLINED_AFTER, '').trim();
  const correcting = CORRECTING.exec(wanted);
  const asked = correcting ? wanted.slice(correcting[0].length).trim() : wanted;
  return asked === '' || POINTS_BACK_ALONE.test(asked) ? text : asked;
}
