import { withNumbersMasked } from '../knowledge/personalNumbers';
import { visibleText } from '../knowledge/visibleText';

/**
 * User text shown back inside a Markdown reply, made inert: invisible characters go (a right-to-left override would
 * turn the rest of the reply around), HTML becomes entities and Markdown syntax is escaped, so neither tags nor links
 * ([x](url), <url>, bare www. or https:// addresses) become live, and newlines cannot start a heading or a list. Long
 * messages are cut so a pasted page cannot flood the reply. ID card, phone and bank card numbers are masked, as the
 * question log masks them: a refusal quoted a mother's ID card number back, for anyone looking at the screen.
 */
const MAX_QUOTED_CHARACTERS = 120;

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Every ASCII punctuation character is escapable in CommonMark; ":", "/" and "." are escaped too because
// auto-linkers recognise "https://" and "www." without any Markdown syntax.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~:/]/g;

export function quoteUserText(text: string): string {
  const oneLine = withNumbersMasked(visibleText(text)).replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  const cut = characters.length > MAX_QUOTED_CHARACTERS ? `${characters.slice(0, MAX_QUOTED_CHARACTERS).join('')}…` : oneLine;
  return cut.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]).replace(MARKDOWN_SYNTAX, (c) => `\\${c}`);
}
