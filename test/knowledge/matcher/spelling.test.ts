import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { editDistanceWithin, Spelling, typosAllowed } from '../../../knowledge/matcher/spelling';

describe('Spelling', () => {
  const spelling = new Spelling(['certification', 'security', 'alipay', 'ending', 'step', 'stop', 'tap']);

  it.each([
    ['certifcation', 'certification'],
    ['certificaiton', 'certification'],
    ['securty', 'security'],
    ['alipya', 'alipay'],
    ['stepp', 'step'],
  ])('reads %j as the training word %j', (typo, word) => {
    expect(spelling.correct(typo)).toBe(word);
  });

  it.each(['spending', 'budget', 'banana', 'xertification', 'tax', 'sto'])('finds no training word in %j', (word) => {
    expect(spelling.correct(word)).toBeUndefined();
  });

  it('prefers the closer word; among equally close ones the shorter, then the first given', () => {
    expect(new Spelling(['steps', 'stepped']).correct('stepz')).toBe('steps');
    expect(new Spelling(['steps', 'step']).correct('stepz')).toBe('step');
    expect(new Spelling(['stop', 'step']).correct('stip')).toBe('stop');
  });

  it('allows no typo up to 3 letters, one up to 7, two from 8', () => {
    expect(['tap', 'taps', 'tapping', 'tappings'].map(typosAllowed)).toEqual([0, 1, 1, 2]);
  });

  it('measures edits as natural does, counting a swap of neighbours as one, and stops past the limit', () => {
    const words = ['certification', 'certifcation', 'cretification', 'ca', 'ac', 'abc', 'ca', 'social', 'soical', 'socail', 'sicial', '社保', '保社', ''];
    for (const a of words) {
      for (const b of words) {
        const exact = DamerauLevenshteinDistance(a, b, { restricted: true });
        expect([a, b, editDistanceWithin(a, b, 20)]).toEqual([a, b, exact]);
        expect([a, b, editDistanceWithin(a, b, 1)]).toEqual([a, b, Math.min(exact, 2)]);
      }
    }
  });
});
