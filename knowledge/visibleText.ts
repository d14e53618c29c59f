/**
 * Characters with no glyph of their own that change how the text around them shows or reads: control characters,
 * bidirectional overrides (a right-to-left override in a quoted question would display the rest of the reply
 * backwards), zero-width spaces, soft hyphens, and tag characters (invisible ASCII). Kept: whitespace, and the two
 * joiners, which emoji sequences (👨‍👩‍👧) and Persian and Indic scripts need.
 */
const INVISIBLE = /(?![\s\u200C\u200D])[\p{Cc}\p{Cf}]/gu;

/** The text without those characters: what the user can actually see. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}
