import { KnowledgeBase } from './knowledgeBase';
import { normaliseText } from './matcher/normalise';
import { Entry } from './schema';

/**
 * A part of a list's item asked for by both numbers: "第三个功能的第二点" and "third function, second part?" got the second
 * function (the matcher read the 2, and the function), "what are the three points under function 3" the third way the
 * third function works (the 3). The item's parts are its own list (the three ways the third function works).
 * Reads the normalised text, where ordinals are digits ("third function" is "3 function", 第三个 is 第3个).
 */

// The item by its number, the item named as the list's items are ("function", 功能).
const ENGLISH_ITEM = /\b(?:function|role) (\d)\b|\b(\d) (?:function|role)\b/;
const CHINESE_ITEM = /第(\d)(?:个|项|大)?(?:功能|作用)/;
// One part by its number, or all of them.
const ENGLISH_PART = /\b(?:point|part|way|aspect|item|bullet) (\d)\b|\b(\d) (?:point|part|way|aspect|item|bullet)\b/;
const CHINESE_PART = /第(\d)(?:个)?(?:点|方面|条|部分|项)/;
const ENGLISH_ALL_PARTS = /\b(?:three|all(?: the)?|the|its) (?:points|parts|ways|aspects|items|bullets)\b/;
const CHINESE_ALL_PARTS = /(?<!第)(?:三|几)(?:个)?(?:点|方面|条|部分)|(?:哪|哪些|所有)(?:几)?(?:个)?(?:点|方面|部分)/;

const numberIn = (match: RegExpExecArray | null): number | undefined => {
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? undefined : Number(digits);
};

/**
 * The entry a message asks for by an item of `list` and a part of it: the part ("the second point of the third
 * function"), or the item itself when it asks for all its parts ("the three points of function 3"). Undefined when the
 * message names no item with a part, or one the list or the item does not have.
 */
export function partOfAnItem(text: string, list: Entry, knowledge: KnowledgeBase): Entry | undefined {
  const normalised = normaliseText(text);
  const item = numberIn(ENGLISH_ITEM.exec(normalised)) ?? numberIn(CHINESE_ITEM.exec(normalised));
  const itemId = item === undefined ? undefined : list.items[item - 1];
  const entry = itemId === undefined ? undefined : knowledge.get(itemId);
  if (entry === undefined || entry.items.length === 0) return undefined;
  const part = numberIn(ENGLISH_PART.exec(normalised)) ?? numberIn(CHINESE_PART.exec(normalised));
  if (part !== undefined) {
    const partId = entry.items[part - 1];
    return partId === undefined ? undefined : knowledge.get(partId);
  }
  return ENGLISH_ALL_PARTS.test(normalised) || CHINESE_ALL_PARTS.test(normalised) ? entry : undefined;
}
