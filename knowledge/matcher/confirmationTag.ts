// A statement asked to be confirmed: "Article 64 says the State Council manages all funds, yes?", "第三步是交钱对不对".
// English after a comma, or without one ("the pension fund is pooled nationally right" got no word to check it), or as a
// tag question: "which button in the bottom right?" asks which. Written as typed (full width or not, Traditional or
// Simplified), as it is cut off the raw message.
const ENGLISH_TAG =
  /(?:[,，]\s*(?:right|correct|yes|yeah|true|no)|\b(?:isn['’]?t it|aren['’]?t they|don['’]?t they|doesn['’]?t it|didn['’]?t (?:it|they)|can['’]?t they|is that (?:right|correct|true|so)|am i right))[\s?？!！.。]*$/i;
// 是吗 only after a statement: alone it is "really?", and "生育保险基金也是吗" asks whether the fund is too. (Not 吧 alone:
// "开始吧" asks for nothing to be confirmed; after "X是Y" it does: "社保第一个功能是再分配吧" got no word to check it.)
// The look ahead at the characters a tag may start with lets V8 skip the rest of the text: the lookbehinds made each place
// cost a scan back (2.7 µs a message, 0.9 with it).
const CHINESE_TAG = /(?=[，,\s对對是没沒吧就])[，,]?\s*(?:[对對]吧|是吧|(?<=是[^，,。？?！!\s]{1,12})吧|[对對]不[对對]|是不是|[没沒][错錯]吧|[对對][吗嗎么麼]|是[这這][样樣][吧吗嗎]|(?<![也还還都])是[吗嗎]|(?<=\p{Script=Han})是不|(?<=\p{Script=Han})就(?:行|好|可以|对)了?吧)[\s?？!！.。]*$/u;

// Without a comma, "right" is as often a direction ("the bottom right"), a judgement ("you are right") or how a thing is
// done ("how do I do it right", "is step 3 right"): a tag only after a statement, and after none of those words. (The
// tag is looked for first: the words behind it, looked for at every place, cost six times as much.)
const ENGLISH_TAG_WITHOUT_COMMA =
  /(?=\s+(?:right|correct)[\s?？!！.。]*$)(?<!\b(?:the|bottom|lower|upper|top|far|to|on|at|in|turn|swipe|scroll|left|and|is|are|was|were|be|am|that['’]?s|you['’]?re|all|exactly|just|not|quite|it|this|that|them|everything|something|anything|thing|do|does|did|done|get|got|go|goes|went|work|works|worked))\s+(?:right|correct)[\s?？!！.。]*$/i;
const ASKS_AS_IT_BEGINS = /^\s*(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|may|must|has|have|how|what|whats|which|where|when|why|who)\b/i;

const TRAILING_COMMA = /[\s,，]+$/;

/** Where the tag asking to confirm the statement before it is, if the message ends with one. */
function confirmationTagOf(text: string): RegExpExecArray | null {
  const tag = ENGLISH_TAG.exec(text) ?? CHINESE_TAG.exec(text);
  if (tag) return tag;
  const withoutComma = ENGLISH_TAG_WITHOUT_COMMA.exec(text);
  return withoutComma && !ASKS_AS_IT_BEGINS.test(text) ? withoutComma : null;
}

/**
 * The statement a message asks to have confirmed, without the tag that asks ("the sky is green, right?" → "the sky is
 * green"); the message itself when it has no such tag, or nothing before it. The tag says nothing of the subject, and
 * was read as one: "right" is a word of step 5 ("the lower right corner"), which "the sky is green, right?" got.
 */
export function withoutConfirmationTag(text: string): string {
  const tag = confirmationTagOf(text);
  const statement = tag ? text.slice(0, tag.index).replace(TRAILING_COMMA, '') : '';
  return statement === '' ? text : statement;
}

// A statement asked with a question mark alone, of what a source says or as a conclusion ("So …?"): "Article 64 says the
// State Council decides the pension amount?" got the State Council's part with nothing to say it was no yes. Not one
// with a question word: "so what does step 3 say?" and "the law says what?" ask.
const CLAIMS_WHAT_A_SOURCE_SAYS =
  /^(?:(?:so|and|but) )?(?:article 64|art\.? ?64|the (?:law|article|page|sources?)|paragraph \d|step \d)\s+(?:says|said|states|stipulates|requires|allows|means|lets)\b[^?？]*[?？]\s*$|^(?:所以)?(?:第(?:六十四|64)条|法律|这条|该条|第.款|第.步)(?:规定|说|写)了?[^？?]*[？?]$/i;
// Of any subject but a question's first word: "so individuals can borrow from the pension fund?" got no word to check it.
const DRAWS_A_CONCLUSION =
  /^so,? (?!(?:what|whats|how|which|where|when|why|who|is|are|was|were|do|does|did|can|could|should|will|would|may|must|has|have)\b)[a-z]+\b[^?？]*[?？]\s*$|^所以[^？?]+[？?]$/i;
const QUESTION_WORD = /\b(?:what|whats|how|which|where|when|why|who)\b|什么|啥|怎么|哪|谁|为什么|几/i;
// Before a tag, an English question word asks where a question puts it, first; inside the statement it relates ("the
// provinces decide when to pool, correct?" got no word to check it). A Chinese one asks wherever it is.
const ASKS_BEFORE_THE_TAG = /^(?:(?:so|and|but|ok|then),? )?(?:what|whats|how|which|where|when|why|who)\b|什么|啥|怎么|哪|谁|为什么|几/i;
// What a step is, stated and asked with a question mark: "step 2 is where I tap social security?" and "第二步是点社保？" got
// the step with no word that it is not. Its "where" only relates ("step 2 is where …"); asked, it comes first ("step 2 is
// what?" asks). With 吗 it is a question ("第一步是打开阿里支付宝吗" is one of step 1's).
const CLAIMS_WHAT_A_STEP_IS =
  /^(?:(?:so|and|but) )?(?:step \d+|the (?:first|second|third|fourth|fifth|sixth|seventh|last) step) is (?!what\b|which\b|how\b)[^?？]*[?？]\s*$|^(?:所以|那)?第[一二三四五六七1-7]步是(?![^？?]*(?:什么|怎么|哪|谁|几|啥))[^？?吗嘛么]*[？?]\s*$/i;

// A belief put forward to be checked: "I think the maternity fund is pooled nationally", "isn't it true that article 64
// covers six funds", "correct me if I'm wrong: …", "听说社保基金可以挪用" got the answer as if agreed.
// Not one about the user or the bot ("I think I'm stuck on step 4", "I heard you can help me", "I think so", "听说你能教我"),
// which states nothing of the sources.
const PUTS_FORWARD_A_BELIEF =
  /^(?:(?:so|ok|but)\s+)?(?:i (?:think|believe|heard|read|was told|understand)(?: that)?\s(?!(?:i|i['’]?m|im|i['’]?ve|ive|you|so|we)\b)|isn['’]?t it true(?: that)?\s|is it true(?: that)?\s|correct me if i['’]?m wrong\b|am i right (?:that|in thinking)\s)|^(?:我)?(?:听说|记得|以为|觉得|认为)(?!你|我)/i;

/**
 * The statement a belief put forward states, without what puts it forward ("I think there are four functions" → "there
 * are four functions"); the message itself when it puts none forward, or nothing follows.
 */
export function withoutBelief(text: string): string {
  const stated = text.replace(PUTS_FORWARD_A_BELIEF, '');
  return stated.trim() === '' ? text : stated;
}

/**
 * "Step 3 is to pay a fee, right?", "第三步是交钱对不对": the user states something and asks for a yes. A question with a tag
 * states nothing: "what are the three functions, right?" and "第六十四条讲了啥，对吧？" got "check it against my sources".
 */
export function asksToConfirm(text: string): boolean {
  const statement = withoutConfirmationTag(text);
  if (statement !== text) return !ASKS_BEFORE_THE_TAG.test(statement);
  const typed = text.trim();
  const claims = CLAIMS_WHAT_A_SOURCE_SAYS.test(typed) || DRAWS_A_CONCLUSION.test(typed) || PUTS_FORWARD_A_BELIEF.test(typed);
  return CLAIMS_WHAT_A_STEP_IS.test(typed) || (claims && !QUESTION_WORD.test(typed));
}

// A question that a yes or a no answers, asked with a question mark or a Chinese particle: "is the earmarking in paragraph
// 2?", "the five funds are listed in paragraph 2?", "第二款是讲专款专用的吗".
const YES_OR_NO_ENDING = /[?？]\s*$|(?<!什)[吗嗎么麼][\s?？!！。]*$/;
// Or by asking both ways in Chinese, anywhere: "基本养老保险基金是不是全国统筹" got no yes or no.
const ASKS_BOTH_WAYS = /是不是|是否|[对對]不[对對]|有[没沒]有|能不能|可不可以|会不会|會不會/;

/** Whether a message asks to confirm a statement, or asks a question that a yes or a no answers (no question word). */
export function asksYesOrNo(text: string): boolean {
  return asksToConfirm(text) || ((YES_OR_NO_ENDING.test(text) || ASKS_BOTH_WAYS.test(text)) && !QUESTION_WORD.test(text));
}
