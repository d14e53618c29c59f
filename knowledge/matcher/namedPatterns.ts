import { alternativesOf, unionSources } from './patternUnion';

/** A named thing a message may ask about ("WeChat", "a failed certification"), and the pattern that finds it. */
export interface NamedPattern {
  name: string;
  pattern: RegExp;
}

// V8 first runs a new pattern as bytecode and compiles it to machine code once it has been used, unless its first
// subject has 1,000 characters or more: then it compiles the machine code at once (V8's "regexp tier-up"). For long
// patterns such as these the bytecode costs far more to build than the machine code: ~100 ms for the union of the
// uncovered topics against ~10 ms. Machine code is compiled for each kind of string V8 keeps, one byte a character
// (Latin-1) or two.
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

/**
 * Neighbouring patterns, with the unions of their alternatives: when one of the unions matches, one of these patterns
 * does. One set of unions over all the patterns told as fast whether a message asks about a topic, but not which one:
 * all 65 topics' patterns were then tested, each one's machine code read from memory again after the model had pushed
 * it out of the cache, 140–190 µs of such a message in the bot (the unions take 7); and the first such message compiled
 * all 65, 50 ms. Now only the dozen patterns of the group that matched are tested (50–60 µs) or compiled (14 ms).
 */
interface PatternGroup {
  members: readonly NamedPattern[];
  unions: readonly RegExp[];
  /** Whether the members' own patterns are machine code yet: compiled when the group first matches. */
  membersCompiled: boolean;
}

/** The patterns in order, in groups of at most MAX_UNION_SOURCE characters of source (a longer pattern alone). */
function groupsOf(each: readonly NamedPattern[]): PatternGroup[] {
  const groups: NamedPattern[][] = [];
  let size = 0;
  for (const named of each) {
    const last = groups.at(-1);
    if (last !== undefined && size + named.pattern.source.length <= MAX_UNION_SOURCE) {
      last.push(named);
      size += named.pattern.source.length;
    } else {
      groups.push([named]);
      size = named.pattern.source.length;
    }
  }
  return groups.map((members) => {
    const alternatives = members.flatMap(({ pattern }) => alternativesOf(pattern.source));
    const unions = unionSources(alternatives, MAX_UNION_SOURCE).map((source) => compileAtOnce(new RegExp(source)));
    return { members, unions, membersCompiled: false };
  });
}

/**
 * Named patterns in groups with unions of their alternatives: a few tests for the many messages that ask about none,
 * then each pattern of a group for the few that ask about one.
 */
export class NamedPatterns {
  /** Whether one of the excluded texts matches a pattern, learnt the first time a message matches the union. */
  private readonly excludedMatch = new Map<NamedPattern, boolean>();

  constructor(
    private readonly each: readonly NamedPattern[],
    /** Texts that take a pattern they match off the list (matchingNoneOf). */
    private readonly excluded: readonly string[] = [],
    private readonly groups: readonly PatternGroup[] = groupsOf(each),
  ) {}

  /** The names whose patterns the text matches, in their order. */
  namesIn(text: string): string[] {
    const names: string[] = [];
    for (const group of this.groups) {
      if (!group.unions.some((union) => union.test(text))) continue;
      if (!group.membersCompiled) {
        group.members.forEach(({ pattern }) => compileAtOnce(pattern));
        group.membersCompiled = true;
      }
      for (const named of group.members) if (named.pattern.test(text) && !this.matchesAnExcludedText(named)) names.push(named.name);
    }
    return names;
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
    return new NamedPatterns(this.each, [...this.excluded, ...texts], this.groups);
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
