import { alternativesOf, unionSources } from './patternUnion';

/** A named thing a message may ask about ("WeChat", "a failed certification"), and the pattern that finds it. */
export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

// V8 first runs a new pattern as bytecode and compiles it to machine code once it has been used, unless its first
// subject has 1,000 characters or more: then it compiles the machine code at once (V8's "regexp tier-up"). For long
// patterns such as these the bytecode costs far more to build than the machine code: ~100 ms for the union of the
// uncovered topics against ~10 ms, and 35–55 ms for the first message naming a topic, whose patterns are then tested
// one by one. Machine code is compiled for each kind of string V8 keeps, one byte a character (Latin-1) or two.
const LONG_SUBJECTS = [' '.repeat(1000), '\u3000'.repeat(1000)];

function compileAtOnce(pattern: RegExp): RegExp {
  for (const subject of LONG_SUBJECTS) pattern.test(subject);
  return pattern;
}

// V8 compiles a pattern to machine code only up to a size; past it the pattern stays bytecode. The union of the
// uncovered topics grew to 21,757 characters of source and became 14 times slower (the bot's median classification
// went from 0.09 to 0.15 ms in English, 0.05 to 0.26 ms in Chinese); in unions of at most this many characters each it
// is machine code again.
const MAX_UNION_SOURCE = 8000;

/** The patterns as a few unions, each small enough for V8 to compile to machine code. */
function unionsOf(each: readonly NamedPattern[]): RegExp[] {
  const alternatives = each.flatMap(({ pattern }) => alternativesOf(pattern.source));
  return unionSources(alternatives, MAX_UNION_SOURCE).map((source) => compileAtOnce(new RegExp(source)));
}

/**
 * Named patterns with a few unions of them: a test or two for the many messages that ask about none, then each pattern
 * only for the few that ask about one.
 */
export class NamedPatterns {
  private readonly unions: readonly RegExp[];
  /** Whether one of the excluded texts matches a pattern, learnt the first time a message matches the union. */
  private readonly excludedMatch = new Map<NamedPattern, boolean>();
  private eachCompiled = false;

  constructor(
    private readonly each: readonly NamedPattern[],
    /** Texts that take a pattern they match off the list (matchingNoneOf). */
    private readonly excluded: readonly string[] = [],
    unions?: readonly RegExp[],
  ) {
    this.unions = unions ?? unionsOf(each);
  }

  /** The names whose patterns the text matches, in their order. */
  namesIn(text: string): string[] {
    if (!this.unions.some((union) => union.test(text))) return [];
    if (!this.eachCompiled) {
      this.each.forEach(({ pattern }) => compileAtOnce(pattern));
      this.eachCompiled = true;
    }
    return this.each.filter((named) => named.pattern.test(text) && !this.matchesAnExcludedText(named)).map(({ name }) => name);
  }

  /** Whether the text matches one of the patterns of these names (found by namesIn in a text it is part of). */
  matchesOneOf(text: string, names: readonly string[]): boolean {
    return this.each.some(({ name, pattern }) => names.includes(name) && pattern.test(text));
  }

  /**
   * The named patterns the texts match none of. Which those are is learnt pattern by pattern, when a message first
   * matches one: reading every text against every pattern up front took 45–100 ms of the bot's start-up (the 2,400
   * questions of its knowledge against 41 topics), where most patterns are never matched in a process's life and one
   * pattern against the texts takes a millisecond or two.
   */
  matchingNoneOf(texts: readonly string[]): NamedPatterns {
    return new NamedPatterns(this.each, [...this.excluded, ...texts], this.unions);
  }

  private matchesAnExcludedText(named: NamedPattern): boolean {
    let matches = this.excludedMatch.get(named);
    if (matches === undefined) {
      matches = this.excluded.some((text) => named.pattern.test(text));
      this.excludedMatch.set(named, matches);
    }
    return matches;
  }
}
