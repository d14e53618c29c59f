// A statement asked to be confirmed: "Article 64 says the State Council manages all funds, yes?", "第三步是交钱对不对".
// English after a comma, or as a tag question: "which button in the bottom right?" asks which. Written as typed (full
// width or not, Traditional or Simplified), as it is cut off the raw message.
const ENGLISH_TAG =
  /(?:[,，]\s*(?:right|correct|yes|yeah|true|no)|\b(?:isn['’]?t it|aren['’]?t they|don['’]?t they|doesn['’]?t it|didn['’]?t (?:it|they)|can['’]?t they|is that (?:right|correct|true|so)|am i right))[\s?？!！.。]*$/i;
// 是吗 only after a statement: alone it is "really?". (Not 吧 alone: "开始吧" asks for nothing to be confirmed.)
const CHINESE_TAG = /[，,]?\s*(?:[对對]吧|是吧|[对對]不[对對]|是不是|[没沒][错錯]吧|[对對][吗嗎么麼]|是[这這][样樣][吧吗嗎]|是[吗嗎])[\s?？!！.。]*$/;

const TRAILING_COMMA = /[\s,，]+$/;

/**
 * The statement a message asks to have confirmed, without the tag that asks ("the sky is green, right?" → "the sky is
 * green"); the message itself when it has no such tag, or nothing before it. The tag says nothing of the subject, and
 * was read as one: "right" is a word of step 5 ("the lower right corner"), which "the sky is green, right?" got.
 */
export function withoutConfirmationTag(text: string): string {
  const tag = ENGLISH_TAG.exec(text) ?? CHINESE_TAG.exec(text);
  const statement = tag ? text.slice(0, tag.index).replace(TRAILING_COMMA, '') : '';
  return statement === '' ? text : statement;
}

/** "Step 3 is to pay a fee, right?", "第三步是交钱对不对": the user states something and asks for a yes. */
export const asksToConfirm = (text: string): boolean => withoutConfirmationTag(text) !== text;
