/** A named thing a message may ask about ("WeChat", "a failed certification"), and the pattern that finds it. */
export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

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
    const matched = texts.filter((text) => this.any.test(text));
    return new NamedPatterns(this.each.filter(({ pattern }) => !matched.some((text) => pattern.test(text))));
  }
}
