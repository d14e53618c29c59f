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
    expect(keys).toEqual(expect.arrayContaining(['w:certifi', 'w:parent', 'b:certifi parent', 'c:<cer', 'c:ents>']));
  });

  it('has characters, character pairs and domain words for Chinese', () => {
    const keys = keysOf('社保认证');
    expect(keys).toEqual(expect.arrayContaining(['h:社', 'h:证', 'hb:社保', 'hb:保认', 'hw:社保', 'hw:认证']));
  });

  it('repeats a feature as often as it occurs, for term frequency', () => {
    expect(keysOf('step step').filter((key) => key === 'w:step')).toHaveLength(2);
  });

  it('carries the weight of its group', () => {
    const features = extractFeatures(tokenise('alipay'), { ...options, weights: { ...options.weights, word: 3 } });
    expect(features.find((feature) => feature.key === 'w:alipai')?.weight).toBe(3);
  });

  it('leaves out a group whose weight is 0', () => {
    expect(keysOf('alipay app', { weights: { charNgram: 0 } })).toEqual(['w:alipai', 'w:app', 'b:alipai app']);
  });
});
