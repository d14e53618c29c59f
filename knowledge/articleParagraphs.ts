import { Language, languages } from './language';
import { Entry } from './schema';

/** How many paragraphs the article has: the sources of entries name paragraphs 1 to 3 (schema.ts). */
export const ARTICLE_PARAGRAPH_COUNT = 3;

const QUOTE_LINE = /^>\s?(.*)$/;

/** The paragraphs of a Markdown text's block quotes, in order, without the quote marks. */
export function quotedParagraphs(markdown: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const endParagraph = () => {
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  for (const line of markdown.split('\n')) {
    const quoted = QUOTE_LINE.exec(line.trim())?.[1].trim();
    if (quoted) lines.push(quoted);
    else endParagraph();
  }
  endParagraph();
  return paragraphs;
}

// The Chinese text numbers the article at the head of its first paragraph ("第六十四条　社会保险基金包括…"), which quoted
// alone as paragraph 1 read "第六十四条第一款规定：第六十四条　…".
const ARTICLE_HEADING = /^第[零〇一二两三四五六七八九十百\d]+条\s*/u;

/**
 * The article's paragraphs in each language, as the entry giving it in full quotes them: the last three paragraphs of
 * its block quote (the Chinese one opens with the law's title), without the article's number at their head. Undefined
 * when an answer quotes fewer.
 */
export function articleParagraphsOf(articleInFull: Entry): Readonly<Record<Language, readonly string[]>> | undefined {
  const quoted = languages.map((language) =>
    quotedParagraphs(articleInFull[language].answer)
      .slice(-ARTICLE_PARAGRAPH_COUNT)
      .map((paragraph) => paragraph.replace(ARTICLE_HEADING, '')),
  );
  if (quoted.some((paragraphs) => paragraphs.length < ARTICLE_PARAGRAPH_COUNT)) return undefined;
  return Object.fromEntries(languages.map((language, at) => [language, quoted[at]])) as Record<Language, string[]>;
}
