import { ClaimVerdict } from './claimVerdict';
import { KnowledgeBase } from './knowledgeBase';
import { Language } from './language';
import { withoutBelief, withoutConfirmationTag } from './matcher/confirmationTag';
import { normaliseText } from './matcher/normalise';
import { Entry } from './schema';

/**
 * A list's items as a message claims them: "the three functions are protection, security and welfare?" got the three
 * functions under "please check it against my sources", which read as a yes. Each item claimed is read as a question of
 * its own, so that the knowledge's own questions tell which item it is ("keeping society stable" is the first function,
 * "helping the economy grow" the third) and no list of synonyms is kept beside them.
 */

// What puts the items after the list's name: "the functions are …", "… has three functions: …", "功能是…", "包括…".
const ENGLISH_LEAD = /\b(?:are|is|include|includes|including)\b|:/g;
const CHINESE_LEAD = /是|包括|包含|为|[:：]/g;
// The words between items. "Social and economic" is one item's words ("promoting social and economic development").
const ENGLISH_BETWEEN = /\s*(?:[,;]|\band\b|\bor\b|\bas well as\b|\bplus\b)\s*/;
const CHINESE_BETWEEN = /\s*(?:[,;、，；]|以及|和|与|及|还有|跟|或)\s*/;
const ONE_ENGLISH_ITEM = /\bsocial and economic\b/g;
const ONE_CHINESE_ITEM = /社会[和与]经济/g;
const ENGLISH_FILLER = /^(?:(?:the|for|to|a|an|being|and|function of|functions of)\s+)+|[.?!]+$/g;
const CHINESE_FILLER = /^(?:分别|就是|的)+|[。？?！!]+$/g;
const IN_AN_ORDER = /\b(?:order|first|then|finally|last(?:ly)?)\b|顺序|先|然后|再是|最后/;
// Longer than this, an item is more than a name: it cannot be read as one.
const LONGEST_ENGLISH_ITEM = 6;
const LONGEST_CHINESE_ITEM = 12;

/** The items a statement lists after the list's name, or undefined when it lists none it can read. */
function itemsClaimed(text: string, language: Language): string[] | undefined {
  const statement = normaliseText(withoutConfirmationTag(withoutBelief(text)));
  // In an order, which the items alone do not tell: "the order is redistribution, stabilization, development, right?" got
  // "Yes.", the right three in the right order with "in that order" after them "No.".
  if (IN_AN_ORDER.test(statement)) return undefined;
  const lead = language === 'en' ? ENGLISH_LEAD : CHINESE_LEAD;
  // After the last lead: "social security has three functions: …" has two.
  const last = [...statement.matchAll(lead)].at(-1);
  if (last === undefined) return undefined;
  const listed = statement.slice(last.index + last[0].length);
  const items = (language === 'en' ? listed.replace(ONE_ENGLISH_ITEM, 'socioeconomic') : listed.replace(ONE_CHINESE_ITEM, '社会经济'))
    .split(language === 'en' ? ENGLISH_BETWEEN : CHINESE_BETWEEN)
    .map((item) => item.replace(language === 'en' ? ENGLISH_FILLER : CHINESE_FILLER, '').trim())
    .filter((item) => item !== '');
  const longest = language === 'en' ? LONGEST_ENGLISH_ITEM : LONGEST_CHINESE_ITEM;
  return items.length >= 2 && items.every((item) => lengthOf(item, language) <= longest) ? items : undefined;
}

/** An item's length: its words in English, its characters in Chinese. */
const lengthOf = (item: string, language: Language): number => (language === 'en' ? item.split(/\s+/).length : item.length);

const LONGEST_ENGLISH_NAME = 3;
const LONGEST_CHINESE_NAME = 6;
const isAName = (item: string, language: Language): boolean => lengthOf(item, language) <= (language === 'en' ? LONGEST_ENGLISH_NAME : LONGEST_CHINESE_NAME);

/** The position in the list of the item an entry is, or is part of (a way the third function works); -1 if none. */
function positionInList(id: string, list: Entry, knowledge: KnowledgeBase): number {
  for (let entry: Entry | undefined = knowledge.get(id); entry; entry = knowledge.listHaving(entry.id)) {
    const position = list.items.indexOf(entry.id);
    if (position >= 0) return position;
  }
  return -1;
}

/**
 * Whether a message that names a list by its items lists them as the sources do: all of them ('agrees'), or one that is
 * none of them ('contradicts'). Undefined when it cannot tell: the items cannot be read, or some are left out or named
 * twice. `answeredBy` is the entry the bot answers an item with when asked it alone, if it answers one.
 */
export function listClaimVerdict(
  text: string,
  list: Entry,
  language: Language,
  knowledge: KnowledgeBase,
  answeredBy: (item: string) => string | undefined,
): ClaimVerdict | undefined {
  const items = itemsClaimed(text, language);
  if (items === undefined) return undefined;
  const positions = items.map((item) => {
    const id = answeredBy(item);
    return id === undefined ? -1 : positionInList(id, list, knowledge);
  });
  // An item none of the list's is a no only when it is a name, short: "as my professor said" after the right three got
  // "No.".
  const unknown = items.filter((_, at) => positions[at] === -1);
  if (unknown.some((item) => !isAName(item, language))) return undefined;
  if (unknown.length > 0) return 'contradicts';
  return new Set(positions).size === list.items.length && positions.length === list.items.length ? 'agrees' : undefined;
}
