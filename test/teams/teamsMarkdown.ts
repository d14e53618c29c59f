/**
 * What Teams does not render in a text message (textFormat markdown), and would show as typed. Teams renders bold,
 * italic, strikethrough, lists, blockquotes, preformatted text and links; it shows headings, horizontal rules and
 * tables as raw characters, and HTML tags are either shown or dropped depending on the client.
 */
const UNRENDERED: ReadonlyArray<readonly [string, RegExp]> = [
  ['HTML tag', /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i],
  ['HTML comment', /<!--/],
  ['heading', /^ {0,3}#{1,6}(\s|$)/m],
  ['horizontal rule', /^ {0,3}([-*_])( *\1){2,} *$/m],
  ['table row', /^ *\|.*\| *$/m],
];

/** The constructs in `text` that Teams would not render, by name; empty when the whole text renders. */
export function teamsMarkdownProblems(text: string): string[] {
  return UNRENDERED.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
