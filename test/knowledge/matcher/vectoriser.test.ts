import { FeatureVisitor } from '../../../knowledge/matcher/features';
import { FeatureSource, TfidfVectoriser } from '../../../knowledge/matcher/vectoriser';

/** A document of features of group 0, named by the keys. */
const doc =
  (...keys: string[]): FeatureSource =>
  (visitor) => {
    for (const key of keys) visitor.feature(0, key);
  };
const norm = (values: Float32Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe('TfidfVectoriser', () => {
  const { vectoriser, vectors } = TfidfVectoriser.fitTransform([doc('a', 'b'), doc('a', 'c'), doc('a', 'c', 'c')], [1], 10);

  it('learns one feature per distinct key', () => {
    expect(vectoriser.size).toBe(3);
  });

  it('returns L2-normalised vectors', () => {
    for (const vector of vectors) expect(norm(vector.values)).toBeCloseTo(1, 5);
  });

  it('weighs a rare feature above one found in every document', () => {
    const { indices, values } = vectoriser.transform(doc('a', 'b'));
    const valueOf = (key: string) => values[indices.indexOf(vectoriser.transform(doc(key)).indices[0])];
    expect(valueOf('b')).toBeGreaterThan(valueOf('a'));
  });

  it('gives a message the vector of the same training document, a repeated feature weighing more', () => {
    const { indices, values } = vectoriser.transform(doc('a', 'c', 'c'));
    const [a, c] = [vectoriser.transform(doc('a')), vectoriser.transform(doc('c'))].map((one) => values[indices.indexOf(one.indices[0])]);
    expect(c / a).toBeGreaterThan(1);
    expect(vectors[2].values).toEqual(values);
  });

  it('drops unknown features and gives an empty vector for nothing known', () => {
    expect(vectoriser.transform(doc('a', 'zzz')).indices).toHaveLength(1);
    expect(vectoriser.transform(doc('zzz')).indices).toHaveLength(0);
  });

  it('keeps only the most frequent features when capped', () => {
    const capped = TfidfVectoriser.fitTransform([doc('a', 'b'), doc('a', 'c'), doc('a', 'c')], [1], 2).vectoriser;
    expect(capped.size).toBe(2);
    expect(capped.transform(doc('b')).indices).toHaveLength(0);
    expect(capped.transform(doc('c')).indices).toHaveLength(1);
  });

  it('keeps the same name in two groups apart and applies each group its weight', () => {
    const twoGroups: FeatureSource = (visitor) => {
      visitor.feature(0, 'a');
      visitor.feature(1, 'a');
    };
    const weighted = TfidfVectoriser.fitTransform([twoGroups], [1, 3], 10).vectoriser;
    expect(weighted.size).toBe(2);
    const { values } = weighted.transform(twoGroups);
    expect(Math.max(...values) / Math.min(...values)).toBeCloseTo(3, 5);
  });

  it('expands a key the first time it sees it, and remembers what a training key expands to', () => {
    const expansions: string[] = [];
    // The "word" key expands to the features w1 and w2 of group 0.
    const expand = (visitor: FeatureVisitor) => (key: string) => {
      expansions.push(key);
      visitor.feature(0, `${key}1`);
      visitor.feature(0, `${key}2`);
    };
    const withWord =
      (word: string): FeatureSource =>
      (visitor) => {
        visitor.feature(0, 'other');
        visitor.featuresOf(0, word, expand(visitor));
      };
    const fitted = TfidfVectoriser.fitTransform([withWord('w'), withWord('w'), withWord('v')], [1], 10);
    expect(expansions).toEqual(['w', 'v']);
    expect(fitted.vectoriser.transform(withWord('w'))).toEqual({ ...fitted.vectors[0], misspellings: [] });
    expect(expansions).toEqual(['w', 'v']);
    expect(fitted.vectoriser.transform(withWord('x')).indices).toHaveLength(1);
    expect(expansions).toEqual(['w', 'v', 'x']);
  });

  describe('a message with nothing but words the training data never had', () => {
    // Each word expands to its letters, as a word expands to its character n-grams.
    const lettersOf = (visitor: FeatureVisitor) => (word: string) => {
      for (const letter of word) visitor.feature(0, letter);
    };
    const words =
      (...keys: string[]): FeatureSource =>
      (visitor) => {
        for (const key of keys) visitor.featuresOf(0, key, lettersOf(visitor));
      };
    const { vectoriser } = TfidfVectoriser.fitTransform([words('binding'), words('security')], [1], 100);

    it('is read as the training words it misspells, and says which', () => {
      const { misspellings, ...vector } = vectoriser.transform(words('securty'));
      expect(vector).toEqual({ ...vectoriser.transform(words('security')), misspellings: undefined });
      expect(misspellings).toEqual([{ word: 'securty', readAs: 'security' }]);
    });

    it('gives an empty vector when a word misspells none, whatever letters it shares with them', () => {
      expect(vectoriser.transform(words('spending'))).toMatchObject({ indices: new Int32Array(0), misspellings: [] });
      const { misspellings, ...vector } = vectoriser.transform(words('banana', 'securty'));
      expect(vector.indices).toEqual(vectoriser.transform(words('security')).indices);
      expect(misspellings).toEqual([{ word: 'securty', readAs: 'security' }]);
    });

    it('keeps the letters of an unknown word next to a known one', () => {
      expect(vectoriser.transform(words('security', 'spending')).indices.length).toBeGreaterThan(vectoriser.transform(words('security')).indices.length);
    });
  });
});
