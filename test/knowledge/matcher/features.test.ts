import { charNgrams, extractFeatures } from '../../../knowledge/matcher/features';
import { matcherOptionsSchema } from '../../../knowledge/matcher/options';
import { tokenise } from '../../../knowledge/matcher/tokenise';

const options = matcherOptionsSchema.parse({});
const keysOf = (text: string, overrides = {}) =>
  extractFeatures(tokenise(text), matcherOptionsSchema.parse(overrides)).map((feature) => feature.key);

describe('charNgrams', () => {
  it('pads the word so prefixes and suffixes are n-grams of their own', () => {
    expect(charNgrams('pay', 3, 4)).toEqual(['<pa', 'pay', 'ay>', '<pay', 'pay>']);
  });

  it('gives nothing when the padded word is shorter than n', () => {
    expect(charNgrams('a', 4, 5)).toEqual([]);
  });
});

describe('extractFeatures', () => {
  it('has stemmed words, word pairs and character n-grams for English', () => {
    const keys = keysOf('certifying parents');
    expect(keys).toEqual(expect.arrayContaining(['w:certifi', 'w:parent', 'b:certifi parent', 'c:<cer', 'c:nts>', 'k:certification', 'k:family']));
  });

  it('has characters, character pairs, domain words and concepts for Chinese', () => {
    const keys = keysOf('社保认证');
    expect(keys).toEqual(expect.arrayContaining(['h:社', 'h:证', 'hb:社保', 'hb:保认', 'hw:社保', 'hw:认证', 'k:socialSecurity']));
  });

  it('gives a number the same feature in both languages', () => {
    expect(keysOf('step 5')).toContain('n:5');
    expect(keysOf('第5步')).toContain('n:5');
  });

  it('gives the same concept to synonyms in both languages', () => {
    expect(keysOf('grandma')).toContain('k:family');
    expect(keysOf('帮爸妈认证')).toContain('k:family');
  });

  it('repeats a feature as often as it occurs, for term frequency', () => {
    expect(keysOf('step step').filter((key) => key === 'w:step')).toHaveLength(2);
  });

  it('carries the weight of its group', () => {
    const features = extractFeatures(tokenise('alipay'), { ...options, weights: { ...options.weights, word: 3 } });
    expect(features.find((feature) => feature.key === 'w:alipai')?.weight).toBe(3);
  });

  it('leaves out a group whose weight is 0', () => {
    expect(keysOf('alipay app', { weights: { charNgram: 0, concept: 0 } })).toEqual(['w:alipai', 'w:app', 'b:alipai app']);
  });
});
