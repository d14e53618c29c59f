/** A named thing a message may ask about ("WeChat", "a failed certification"), and the pattern that finds it. */
export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

// V8 first runs a new pattern as bytecode and compiles it to machine code once it has been used, unless its first
// subject has 1,000 characters or more: then it compiles the machine code at once (V8's "regexp tier-up"). The bytecode
// of a union of a few dozen topics is huge; building and optimising it took ~100 ms of the bot's start-up, where the
// machine code takes ~10 ms.
const LONG_SUBJECT = ' '.repeat(1000);

/**
 * Named patterns with one pattern for any of them: one test for the many messages that ask about none, then each
 * pattern only for the few that ask about one.
 */
export class NamedPatterns {
  private readonly any: RegExp;

  constructor(private readonly each: readonly NamedPattern[]) {
    this.any = each.length > 0 ? new RegExp(each.map(({ pattern }) => pattern.source).join('|')) : /$^/;
  }

  /** The names whose patterns the text matches, in their order. */
  namesIn(text: string): string[] {
    if (!this.any.test(text)) return [];
    return this.each.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  }

  /** The named patterns the texts match none of. */
  matchingNoneOf(texts: readonly string[]): NamedPatterns {
    // Every question of the knowledge meets the union at start-up: compiled to machine code first (LONG_SUBJECT).
    this.any.test(LONG_SUBJECT);
    const matched = texts.filter((text) => this.any.test(text));
    return new NamedPatterns(this.each.filter(({ pattern }) => !matched.some((text) => pattern.test(text))));
  }
}
