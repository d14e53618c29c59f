import { NamedPatterns } from '../../../knowledge/matcher/namedPatterns';

const named = new NamedPatterns([
  { name: 'fees', pattern: /\bfree\b|收费/ },
  { name: 'documents', pattern: /\bid card\b|身份证/ },
]);

describe('NamedPatterns', () => {
  it('names every pattern a text matches, in their order', () => {
    expect(named.namesIn('is it free, and do i need her id card')).toEqual(['fees', 'documents']);
    expect(named.namesIn('要身份证吗')).toEqual(['documents']);
    expect(named.namesIn('how do i add my mother')).toEqual([]);
  });

  it('keeps the patterns that none of the texts match', () => {
    const left = named.matchingNoneOf(['认证收费吗']);
    expect(left.namesIn('is it free, and do i need her id card')).toEqual(['documents']);
    expect(named.matchingNoneOf(['free', 'id card']).namesIn('free id card')).toEqual([]);
  });

  it('keeps the texts of every matchingNoneOf, and leaves the patterns they do not match', () => {
    const left = named.matchingNoneOf(['how much is it']).matchingNoneOf(['is it free']);
    expect(left.namesIn('is it free, and do i need her id card')).toEqual(['documents']);
    expect(left.namesIn('要身份证吗，收费吗')).toEqual(['documents']);
  });

  it('names the patterns of every group of a long list, in their order, and only those a text matches', () => {
    // 40 patterns of ~1,000 characters of source each: several groups, each with its own unions.
    const words = (topic: number) => Array.from({ length: 90 }, (_, k) => `t${topic}w${k}x`).join('|');
    const many = new NamedPatterns(Array.from({ length: 40 }, (_, topic) => ({ name: `topic ${topic}`, pattern: new RegExp(`\\b(?:${words(topic)})\\b`) })));
    expect(many.namesIn('t39w89x then t0w0x and t17w45x')).toEqual(['topic 0', 'topic 17', 'topic 39']);
    expect(many.namesIn('t17w45xy t3w90x')).toEqual([]);
    expect(many.matchingNoneOf(['t17w1x']).namesIn('t0w0x t17w45x')).toEqual(['topic 0']);
  });

  it('tells whether a text matches one of the patterns of some names', () => {
    expect(named.matchesOneOf('do i need her id card', ['documents'])).toBe(true);
    expect(named.matchesOneOf('do i need her id card', ['fees'])).toBe(false);
    expect(named.matchesOneOf('is it free', [])).toBe(false);
  });
});
