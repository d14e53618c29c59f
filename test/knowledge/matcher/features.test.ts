import { FEATURE_GROUPS, visitCharNgrams, visitFeatures } from '../../../knowledge/matcher/features';
import { matcherOptionsSchema } from '../../../knowledge/matcher/options';
import { tokenise } from '../../../knowledge/matcher/tokenise';

/** Every feature of the text as "group:name", in the order visited; the keys expanded by featuresOf in `expanded`. */
const visit = (text: string, overrides = {}) => {
  const keys: string[] = [];
  const expanded: string[] = [];
  visitFeatures(tokenise(text), matcherOptionsSchema.parse(overrides), {
    feature: (group, key) => keys.push(`${FEATURE_GROUPS[group]}:${key}`),
    featuresOf: (group, key, expand) => {
      expanded.push(`${FEATURE_GROUPS[group]}:${key}`);
      expand(key);
    },
  });
  return { keys, expanded };
};
const keysOf = (text: string, overrides = {}) => visit(text, overrides).keys;

const charNgrams = (word: string, min: number, max: number) => {
  const grams: string[] = [];
  visitCharNgrams(word, min, max, (gram) => grams.push(gram));
  return grams;
};

describe('visitCharNgrams', () => {
  it('pads the word so prefixes and suffixes are n-grams of their own', () => {
    expect(charNgrams('pay', 3, 4)).toEqual(['<pa', 'pay', 'ay>', '<pay', 'pay>']);
  });

  it('gives nothing when the padded word is shorter than n', () => {
    expect(charNgrams('a', 4, 5)).toEqual([]);
  });
});

describe('visitFeatures', () => {
  it('has stemmed words, word pairs and character n-grams for English', () => {
    const keys = keysOf('certifying parents');
    expect(keys).toEqual(
      expect.arrayContaining([
        'word:certifi',
        'word:parent',
        'wordBigram:certifi parent',
        'charNgram:<cer',
        'charNgram:nts>',
        'concept:certification',
        'concept:family',
      ]),
    );
  });

  it('has characters, character pairs, domain words and concepts for Chinese', () => {
    const keys = keysOf('社保认证');
    expect(keys).toEqual(
      expect.arrayContaining([
        'hanChar:社',
        'hanChar:证',
        'hanBigram:社保',
        'hanBigram:保认',
        'hanWord:社保',
        'hanWord:认证',
        'concept:socialSecurity',
      ]),
    );
  });

  it('gives a number the same feature in both languages', () => {
    expect(keysOf('step 5')).toContain('number:5');
    expect(keysOf('第5步')).toContain('number:5');
    expect(keysOf('article 64')).toContain('number:64');
    expect(keysOf('第64条').filter((key) => key.startsWith('number:'))).toEqual(['number:64']);
  });

  it('gives the same concept to synonyms in both languages', () => {
    expect(keysOf('grandma')).toContain('concept:family');
    expect(keysOf('帮爸妈认证')).toContain('concept:family');
  });

  it('marks what a message says was done apart from what it asks, in both languages', () => {
    const done = (text: string) => keysOf(text).filter((key) => key.startsWith('done:'));
    expect(done("after tapping social security, what's next")).toEqual(['done:tap', 'done:social', 'done:secur']);
    expect(done('tap social security')).toEqual([]);
    expect(done('点完社保以后呢')).toEqual(['done:点完', 'done:完社', 'done:社保']);
    expect(done('怎么点社保')).toEqual([]);
  });

  it('hands over the character n-grams word by word, so that a visitor can remember them by word', () => {
    const { keys, expanded } = visit('pay pay 5');
    expect(expanded).toEqual(['charNgram:pay', 'charNgram:pay']);
    expect(keys.filter((key) => key === 'charNgram:<pa')).toHaveLength(2);
  });

  it('repeats a feature as often as it occurs, for term frequency', () => {
    expect(keysOf('step step').filter((key) => key === 'word:step')).toHaveLength(2);
  });

  it('visits the groups in their order and leaves out a group whose weight is 0', () => {
    expect(keysOf('open alipay 5', { weights: { charNgram: 0, concept: 0 } })).toEqual([
      'number:5',
      'word:open',
      'word:alipai',
      'wordBigram:open alipai',
      'wordBigram:alipai 5',
    ]);
  });
});
