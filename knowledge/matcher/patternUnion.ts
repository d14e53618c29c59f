/**
 * Unions of many patterns, written so that V8 tries few of their alternatives at each place in a text. Only whether a
 * union matches is read (RegExp#test), so its alternatives may come in any order and be regrouped.
 *
 * V8 tries a union's alternatives one after another at every place in a text, each at the cost of a check: a message
 * read against the uncovered topics went through some 250 English alternatives and 200 Chinese ones at each of its
 * characters, a quarter of the time the matcher took for it. Here alternatives starting with the same assertion are
 * written behind it once ("\bfail|\bfree" → "\b(?:fail|free)"), which fails at once inside a word; those starting with
 * the same character are grouped ("f(?:ail|ree)"); a union of alternatives whose first characters are known looks for
 * one of those first, so that V8 skips the places where none is; and at the start of the text, what must be found is
 * looked for before what must not. Together they cut the topics' cost from 20–27 µs an English message to 9–10.
 */

/**
 * The parts of a pattern's source that change how the rest reads: an escape, a character class, a parenthesis or a
 * bar. Scanned for natively: a character-by-character loop over the 60,000 characters of the topics' sources cost
 * 10 ms of start-up, before V8 had compiled it.
 */
const SYNTAX = /\\.|\[(?:\\.|[^\]\\])*\]|[()|]/gs;

/** The alternatives of a pattern's source at its top level: "a|b(?:c|d)" → "a", "b(?:c|d)". */
export function alternativesOf(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const { 0: syntax, index } of source.matchAll(SYNTAX)) {
    if (syntax === '(') depth += 1;
    else if (syntax === ')') depth -= 1;
    else if (syntax === '|' && depth === 0) {
      found.push(source.slice(start, index));
      start = index + 1;
    }
  }
  found.push(source.slice(start));
  return found;
}

/**
 * Where an alternative may start: at the start of the text, at a word boundary, or where no letter or digit comes
 * before (how whole English words are found in text that may be Chinese).
 */
const START = '^';
const LEADING_ASSERTIONS = [START, '\\b', '(?<![a-z0-9])'];

// A character standing for itself, not repeated or made optional by what follows it (and in one UTF-16 unit, as the
// unions have no "u" flag).
const PLAIN_FIRST_CHARACTER = /^[^\\^$.|?*+()[\]{}\uD800-\uDFFF](?![?*+{])/;

/** The characters with a meaning in a character class, which stand for themselves escaped. */
const CLASS_SYNTAX = /[\\\]^-]/;

/**
 * The sources of unions matching where one of the alternatives does, each at most `maxSize` characters long where an
 * alternative alone is not longer. Alternatives starting with the same assertion are written behind it once: those at
 * the start of the text are then tried there only, those after a word boundary only at a boundary.
 */
export function unionSources(alternatives: readonly string[], maxSize: number): string[] {
  const byAssertion = new Map<string, string[]>(LEADING_ASSERTIONS.map((assertion) => [assertion, []]));
  const others: string[] = [];
  for (const alternative of alternatives) {
    const assertion = LEADING_ASSERTIONS.find((leading) => alternative.startsWith(leading));
    if (assertion === undefined) others.push(alternative);
    else byAssertion.get(assertion)?.push(alternative.slice(assertion.length));
  }
  byAssertion.set(START, (byAssertion.get(START) ?? []).map(mustBeforeMustNot));
  return [...[...byAssertion].flatMap(([assertion, rests]) => behind(assertion, rests, maxSize)), ...unionsOf(others, maxSize)];
}

/**
 * What follows the start of the text, with what must be found there looked for before what must not: "(?!.*\bson\b.*
 * \babroad\b).*\bmy (?:mom|dad)\b" looked through the whole text for a son abroad before it looked for a parent, which
 * most texts name as seldom. Lookarounds at one place may come in any order; looking for the rest first only adds a
 * condition the rest meets anyway. This halved the cost of the uncovered topics that start so.
 */
function mustBeforeMustNot(afterTheStart: string): string {
  const mustBe: string[] = [];
  const mustNotBe: string[] = [];
  let at = 0;
  while (afterTheStart.startsWith(LOOKAHEAD, at) || afterTheStart.startsWith(NEGATIVE_LOOKAHEAD, at)) {
    const end = closingParenthesis(afterTheStart, at);
    if (end === undefined || QUANTIFIER.test(afterTheStart[end + 1] ?? '')) return afterTheStart;
    (afterTheStart.startsWith(LOOKAHEAD, at) ? mustBe : mustNotBe).push(afterTheStart.slice(at, end + 1));
    at = end + 1;
  }
  const rest = afterTheStart.slice(at);
  // Written twice, a named group would be named twice, and a backreference would count the groups of the copy.
  const restFirst = rest.startsWith(ANYTHING) && mustNotBe.length > 0 && !NAMED_GROUP_OR_BACKREFERENCE.test(rest) ? [`${LOOKAHEAD}${rest})`] : [];
  return [...mustBe, ...restFirst, ...mustNotBe, rest].join('');
}

const LOOKAHEAD = '(?=';
const NEGATIVE_LOOKAHEAD = '(?!';
const ANYTHING = '.*';
const NAMED_GROUP_OR_BACKREFERENCE = /\(\?<[^=!]|\\[1-9]|\\k</;

/** Unions of the alternatives, each written behind `prefix`, which they all start with. */
function behind(prefix: string, alternatives: readonly string[], maxSize: number): string[] {
  return unionsOf(alternatives, maxSize - `${prefix}(?:)`.length).map((union) => `${prefix}(?:${union})`);
}

/** An alternative, or a group of them, with the characters it may start with. */
interface Lookable {
  source: string;
  firsts: ReadonlySet<string>;
}

/**
 * Unions of the alternatives. Those starting with the same plain character are written as one ("fail|free" →
 * "f(?:ail|ree)"), and a union of alternatives whose first characters are known first looks whether the text has one
 * of them there: one character class, with which V8 also skips the places no alternative can start, where otherwise
 * each would be tried in turn. The others make unions of their own, which the look would not help.
 */
function unionsOf(alternatives: readonly string[], maxSize: number): string[] {
  const byFirst = new Map<string, string[]>();
  const lookable: Lookable[] = [];
  const others: string[] = [];
  for (const alternative of alternatives) {
    const first = PLAIN_FIRST_CHARACTER.exec(alternative)?.[0];
    const firsts = first === undefined ? firstCharactersOf(alternative) : undefined;
    if (first !== undefined) {
      const rests = byFirst.get(first) ?? [];
      rests.push(alternative.slice(first.length));
      byFirst.set(first, rests);
    } else if (firsts !== undefined) lookable.push({ source: alternative, firsts });
    else others.push(alternative);
  }
  // Room for a look at every first character, escaped if need be.
  const firstCount = new Set([...byFirst.keys(), ...lookable.flatMap(({ firsts }) => [...firsts])]).size;
  const inside = maxSize - `(?=[])(?:)`.length - 2 * firstCount;
  const grouped = [...byFirst].flatMap(([first, rests]) =>
    packed(rests, inside - `${first}(?:)`.length).map((rest): Lookable => ({ source: `${first}(?:${rest})`, firsts: new Set([first]) })),
  );
  return [...lookedUnions([...grouped, ...lookable], inside), ...packed(others, maxSize)];
}

/** The lookables in unions of at most `maxSize` characters, each behind a look at their first characters. */
function lookedUnions(lookables: readonly Lookable[], maxSize: number): string[] {
  const unions: Array<{ firsts: Set<string>; sources: string[]; size: number }> = [];
  for (const { source, firsts } of lookables) {
    const last = unions.at(-1);
    if (last !== undefined && last.size + 1 + source.length <= maxSize) {
      firsts.forEach((first) => last.firsts.add(first));
      last.sources.push(source);
      last.size += 1 + source.length;
    } else unions.push({ firsts: new Set(firsts), sources: [source], size: source.length });
  }
  return unions.map(({ firsts, sources }) => `(?=[${[...firsts].map((first) => first.replace(CLASS_SYNTAX, '\\$&')).join('')}])(?:${sources.join('|')})`);
}

/**
 * The characters a source may start with, when it starts with a plain character or with a group of alternatives that
 * each do ("(?:还是|一直)显示" → 还, 一); otherwise undefined.
 */
function firstCharactersOf(source: string): ReadonlySet<string> | undefined {
  const first = PLAIN_FIRST_CHARACTER.exec(source)?.[0];
  if (first !== undefined) return new Set([first]);
  if (!source.startsWith(NON_CAPTURING_GROUP)) return undefined;
  const end = closingParenthesis(source);
  // A group that may be skipped or repeated is not where the source always starts.
  if (end === undefined || QUANTIFIER.test(source[end + 1] ?? '')) return undefined;
  const firsts = new Set<string>();
  for (const alternative of alternativesOf(source.slice(NON_CAPTURING_GROUP.length, end))) {
    const ofAlternative = firstCharactersOf(alternative);
    if (ofAlternative === undefined) return undefined;
    ofAlternative.forEach((character) => firsts.add(character));
  }
  return firsts;
}

const NON_CAPTURING_GROUP = '(?:';
const QUANTIFIER = /^[?*+{]$/;

/** Where the group opening at `open` in the source closes. */
function closingParenthesis(source: string, open = 0): number | undefined {
  let depth = 0;
  // matchAll, not exec: it leaves the pattern's lastIndex at 0 for the next reader.
  for (const { 0: syntax, index } of source.slice(open).matchAll(SYNTAX)) {
    if (syntax === '(') depth += 1;
    else if (syntax === ')' && --depth === 0) return open + index;
  }
  return undefined;
}

/** The sources joined as alternatives, in as few unions of at most `maxSize` characters as their order allows. */
function packed(sources: readonly string[], maxSize: number): string[] {
  const unions: string[] = [];
  let union: string | undefined;
  for (const source of sources) {
    if (union !== undefined && union.length + 1 + source.length <= maxSize) union += `|${source}`;
    else {
      if (union !== undefined) unions.push(union);
      union = source;
    }
  }
  return union === undefined ? unions : [...unions, union];
}
