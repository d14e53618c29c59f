import { withNumbersMasked } from '../knowledge/personalNumbers';
import { visibleText } from '../knowledge/visibleText';

/**
 * User text shown back inside a Markdown reply, made inert: invisible characters go (a right-to-left override would
 * turn the rest of the reply around), HTML becomes entities and the Markdown syntax that works inside a line is escaped,
 * so neither tags nor links ([x](url), <url>, bare www. or https:// addresses) become live, and newlines cannot start a
 * heading or a list. Only that: the quote never starts a line, where "#", "-" or "1." would mean something, and where
 * Markdown is shown as typed (Teams, the chat tool) every escape showed ("thanks\! one more\:").
 * Long messages are cut so a pasted page cannot flood the reply, to their end, where people put the question after its
 * story ("My mum is 78 …" was quoted instead of "Can you quote me the relevant bit?"), from the first sentence that
 * starts in it. ID card, phone and bank card numbers are masked, as the question log masks them, with `numberMask` (the
 * reply's words: "[number]" read as English in a Chinese reply): a refusal quoted a mother's ID card number back, for
 * anyone looking at the screen.
 */
const MAX_QUOTED_CHARACTERS = 120;

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Emphasis, code, links and images, strikethrough, tables.
const INLINE_MARKDOWN = /[\\`*_[\]~|]/g;
// What auto-linkers make live without any Markdown syntax ("https://…", "www.…", "evil.example", "javascript:…"): its
// ":", "/" and "." are escaped. An address is looked for from the start of a word only: one found inside a word is found
// from its start too, and trying every place in a word made the quoting take 3.8 µs a message (1.1 so).
const LINK_LIKE = /(?<!\S)\S*(?::\/\/|www\.|[\p{L}\d-]\.[a-z]{2,}\b)\S*|\b[a-z][\w+.-]*:(?=\S)\S*/giu;
const LINK_PUNCTUATION = /[:/.]/g;

// Where a sentence ends inside the end of a long message, and the next may start; else where a word may.
const SENTENCE_END = /[。？！；.?!;]\s*(?=\S)/u;
const WORD_END = /^[\p{Script=Latin}\d]+\s+/u;

/** The last characters of a long message, from the first sentence that starts in them, or else the first word. */
function closingPart(characters: readonly string[]): string {
  const tail = characters.slice(-MAX_QUOTED_CHARACTERS).join('');
  const sentenceEnd = SENTENCE_END.exec(tail);
  if (sentenceEnd) return tail.slice(sentenceEnd.index + sentenceEnd[0].length);
  return tail.replace(WORD_END, '');
}

export function quoteUserText(text: string, numberMask?: string): string {
  const oneLine = visibleText(text).replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  const cut = characters.length > MAX_QUOTED_CHARACTERS ? `…${closingPart(characters)}` : oneLine;
  const inert = cut
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(INLINE_MARKDOWN, (c) => `\\${c}`)
    .replace(LINK_LIKE, (word) => word.replace(LINK_PUNCTUATION, (c) => `\\${c}`));
  // Masked last, so that the bot's own "[number]" is not escaped: where Markdown is shown as typed it read "\[number\]".
  return withNumbersMasked(inert, numberMask);
}
