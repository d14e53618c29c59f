import { chineseNumeralValue, normaliseText, oneEditApart } from '../../../knowledge/matcher/normalise';
import { normaliseCases } from '../cases/normalise';

describe('normaliseText', () => {
  it.each(normaliseCases)('$name', ({ text, expected }) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it('returns an empty string for whitespace and invisible characters', () => {
    expect(normaliseText(' \u200b\t\n ')).toBe('');
  });
});

describe('chineseNumeralValue', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['六十四', 64],
    ['两', 2],
  ])('%s is %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it.each(['', '二三', '十十', '百'])('"%s" is not a numeral below 100', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeUndefined();
  });
});

describe('oneEditApart', () => {
  it.each([
    ['fith', 'fifth'],
    ['fifthh', 'fifth'],
    ['secend', 'second'],
    ['thrid', 'third'],
  ])('"%s" is one edit from "%s"', (a, b) => {
    expect(oneEditApart(a, b)).toBe(true);
    expect(oneEditApart(b, a)).toBe(true);
  });

  it.each([
    ['fifth', 'fifth'],
    ['fit', 'fifth'],
    ['should', 'second'],
    ['thrdi', 'third'],
  ])('"%s" is not one edit from "%s"', (a, b) => {
    expect(oneEditApart(a, b)).toBe(false);
  });
});
