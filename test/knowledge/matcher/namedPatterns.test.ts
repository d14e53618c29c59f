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

  it('tells whether a text matches one of the patterns of some names', () => {
    expect(named.matchesOneOf('do i need her id card', ['documents'])).toBe(true);
    expect(named.matchesOneOf('do i need her id card', ['fees'])).toBe(false);
    expect(named.matchesOneOf('is it free', [])).toBe(false);
  });
});
