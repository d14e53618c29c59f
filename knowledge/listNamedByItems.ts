import { KnowledgeBase } from './knowledgeBase';
import { Language } from './language';
import { asksYesOrNo } from './matcher/confirmationTag';
import { CARDINALS, CHINESE_COUNTS, normaliseText } from './matcher/normalise';
import { tokenise } from './matcher/tokenise';
import { Entry } from './schema';

/**
 * A list named by two of its items or more: "the functions are stability, redistribution and development, correct?" and
 * "so social security is for stability and redistribution?" got the second function alone, the item the matcher found
 * nearest, where they are about the three.
 *
 * An item is named by a mark of its title that no other item's title has: an English stem ("redistribut", "econom"), or
 * a pair of Chinese characters (再分, 经济). Words the titles share ("social", 社会) name none of them. So is a list named
 * by its count before a word of its title, in a statement: "the three functions are welfare, security and
 * redistribution, right?" got the second function.
 */

// The count of a list's items, as normaliseText writes counts up to ten, and the word after it.
const COUNTED_ENGLISH = new RegExp(`\\b(${CARDINALS.join('|')}) ([a-z]+)`, 'g');
const COUNTED_CHINESE = new RegExp(`([${CHINESE_COUNTS.join('')}])(?:个|大|项|种|条)?(\\p{Script=Han}{2})`, 'gu');

/** Whether the text counts the list's items before a word of its title ("the three functions", "三个功能"). */
function countsTheList(text: string, list: Entry, language: Language): boolean {
  const normalised = normaliseText(text);
  const titleMarks = marksOf(list[language].title, language);
  const pattern = language === 'en' ? COUNTED_ENGLISH : COUNTED_CHINESE;
  for (const [, count, word] of normalised.matchAll(pattern)) {
    const named = language === 'en' ? [...marksOf(word, language)].some((mark) => titleMarks.has(mark)) : titleMarks.has(word);
    const value = language === 'en' ? CARDINALS.indexOf(count) + 1 : CHINESE_COUNTS.indexOf(count);
    if (named && value === list.items.length) return true;
  }
  return false;
}

// Shorter ones are function words ("and", "the"), which name nothing.
const SHORTEST_STEM = 4;

/** The marks a text has: its English stems, or the pairs of Chinese characters side by side in it. */
function marksOf(text: string, language: Language): Set<string> {
  const normalised = normaliseText(text);
  if (language === 'en') return new Set(tokenise(normalised).stems.filter((stem) => stem.length >= SHORTEST_STEM));
  const pairs = tokenise(normalised).hanRuns.flatMap((run) => [...run].slice(1).map((character, at) => run[at] + character));
  return new Set(pairs);
}

/**
 * Each item's marks: those of its title that no other entry's title has. Not only the other items': 社会保险 is one of
 * "社会保险基金的有效使用" alone among its list, and "社会保险怎么作为需求管理的工具" asks about the first item only.
 */
function itemMarks(list: Entry, knowledge: KnowledgeBase, language: Language): Array<Set<string>> {
  const titles = new Map(knowledge.entries.map((entry) => [entry.id, marksOf(entry[language].title, language)]));
  return list.items.map((id) => {
    const own = titles.get(id) ?? new Set<string>();
    return new Set([...own].filter((mark) => [...titles].every(([otherId, other]) => otherId === id || !other.has(mark))));
  });
}

/** The lists' item marks never change (a reload brings new entries), and every answered item would read them. */
const marksOfLists = new WeakMap<Entry, Readonly<Record<Language, Array<Set<string>>>>>();

/** The list an item answered is in, when the message names two of its items or more, or counts them; undefined otherwise. */
export function listNamedByItems(text: string, answered: Entry, knowledge: KnowledgeBase, language: Language): Entry | undefined {
  const list = knowledge.listHaving(answered.id);
  if (!list) return undefined;
  let marks = marksOfLists.get(list);
  if (!marks) {
    marks = { en: itemMarks(list, knowledge, 'en'), zh: itemMarks(list, knowledge, 'zh') };
    marksOfLists.set(list, marks);
  }
  const said = marksOf(text, language);
  const named = marks[language].filter((item) => [...item].some((mark) => said.has(mark)));
  // Counted, only in a statement or a yes-or-no question: "what is the second of the three functions" asks for one.
  return named.length >= 2 || (asksYesOrNo(text) && countsTheList(text, list, language)) ? list : undefined;
}
