import { alternativesOf, unionSources } from '../../../knowledge/matcher/patternUnion';

// Alternatives of every kind the unions regroup: at the start, after a word boundary, after no letter or digit, with a
// plain first character or not, in Chinese, and with characters that mean something in a character class.
const ALTERNATIVES = [
  '^(?:so |and )?what is alipay',
  '^(?!.*\\bfunds?\\b).*\\bsafe\\b',
  '^(?!.*\\bson\\b)(?=.*\\bmy\\b)(?!.*\\bdaughter\\b).*\\b(?:mom|dad)\\b',
  '\\bfail(?:s|ed|ing)?\\b',
  '\\bfree\\b',
  '\\bs?pam\\b',
  '\\b(?:cancel|undo) (?:it|that)\\b',
  '\\bwork[- ]?injury\\b',
  '\\b\\d+ times \\d+\\b',
  '(?<![a-z0-9])wechat(?![a-z0-9])',
  '(?<![a-z0-9])12333(?![a-z0-9])',
  '失败',
  '不(?:通过|成功)',
  '-(?:no)-',
  ']x',
  '\\^up',
  '(?:还是|一直)显示',
  'a?b',
];

const TEXTS = [
  'what is alipay',
  'so what is alipay',
  'is it safe',
  'is the fund safe',
  'my mom',
  'my son and my mom',
  'my daughter and my dad',
  'mom',
  'it failed again',
  'it keeps failing',
  'is it free',
  'freedom',
  'spam and pam',
  'please cancel it',
  'undo that',
  'work-injury claims',
  'workinjury',
  '3 times 4',
  'can i use wechat',
  'wechatter',
  'call 12333',
  '123334',
  '认证失败了',
  '没通过',
  '不成功怎么办',
  'x -no- y',
  ']x',
  '^up',
  '还是显示待认证',
  'b',
  'abc',
  'nothing here',
  '',
];

const matchesAny = (sources: readonly string[], text: string) => sources.some((source) => new RegExp(source).test(text));

describe('alternativesOf', () => {
  it('splits a source at its top-level bars only', () => {
    expect(alternativesOf('a|b(?:c|d)|[|]e|f\\|g')).toEqual(['a', 'b(?:c|d)', '[|]e', 'f\\|g']);
    expect(alternativesOf('abc')).toEqual(['abc']);
  });
});

describe('unionSources', () => {
  const unions = unionSources(ALTERNATIVES, 8000);

  it.each(TEXTS)('matches %p exactly where one of the alternatives does', (text) => {
    expect(matchesAny(unions, text)).toBe(matchesAny(ALTERNATIVES, text));
  });

  it('writes the alternatives after the same assertion behind it once, grouped by their first character', () => {
    expect(unionSources(['\\bfail\\b', '\\bfree\\b', '\\bwork'], 8000)).toEqual(['\\b(?:(?=[fw])(?:f(?:ail\\b|ree\\b)|w(?:ork)))']);
    expect(unionSources(['^hi', '^(?:yo)', '^(?!x)z'], 8000)).toEqual(['^(?:(?=[hy])(?:h(?:i)|(?:yo)))', '^(?:(?!x)z)']);
  });

  it('looks at the start of the text for what must be there before what must not', () => {
    expect(unionSources(['^(?!.*\\bson\\b)(?=.*\\bmy\\b).*\\bmom\\b'], 8000)).toEqual(['^(?:(?=.*\\bmy\\b)(?=.*\\bmom\\b)(?!.*\\bson\\b).*\\bmom\\b)']);
  });

  it('does not write twice what names a group or refers back to one, which could not be compiled or would count wrong', () => {
    const sources = unionSources(['^(?!.*\\bson\\b).*(?<who>mom|dad)\\b', '^(?!.*x)(.)\\1'], 8000);
    expect(sources).toEqual(['^(?:(?!.*\\bson\\b).*(?<who>mom|dad)\\b|(?!.*x)(.)\\1)']);
    expect(new RegExp(sources[0]).test('my mom')).toBe(true);
  });

  it('looks first at the characters a group of alternatives may start with, and leaves apart what may start anywhere', () => {
    expect(unionSources(['(?:还是|一直)显示', '失败', 'a?b', '(?:x|y)?z'], 8000)).toEqual(['(?=[失还一])(?:失(?:败)|(?:还是|一直)显示)', 'a?b|(?:x|y)?z']);
  });

  it('keeps each union within the size, as V8 compiles only unions that small to machine code', () => {
    const many = Array.from({ length: 400 }, (_, i) => `\\bword${i}(?:s|ed)?\\b`);
    const sources = unionSources(many, 1000);
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) expect(source.length).toBeLessThanOrEqual(1000);
    for (const text of ['word0', 'a word399s here', 'word400', 'sword1']) expect(matchesAny(sources, text)).toBe(matchesAny(many, text));
  });
});
