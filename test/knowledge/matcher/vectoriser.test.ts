import { Feature } from '../../../knowledge/matcher/features';
import { TfidfVectoriser } from '../../../knowledge/matcher/vectoriser';

const doc = (...keys: string[]): Feature[] => keys.map((key) => ({ key, weight: 1 }));
const norm = (values: Float32Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe('TfidfVectoriser', () => {
  const { vectoriser, vectors } = TfidfVectoriser.fitTransform([doc('a', 'b'), doc('a', 'c'), doc('a', 'c', 'c')], 10);

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

  it('drops unknown features and gives an empty vector for nothing known', () => {
    expect(vectoriser.transform(doc('a', 'zzz')).indices).toHaveLength(1);
    expect(vectoriser.transform(doc('zzz')).indices).toHaveLength(0);
  });

  it('keeps only the most frequent features when capped', () => {
    const capped = TfidfVectoriser.fitTransform([doc('a', 'b'), doc('a', 'c'), doc('a', 'c')], 2).vectoriser;
    expect(capped.size).toBe(2);
    expect(capped.transform(doc('b')).indices).toHaveLength(0);
    expect(capped.transform(doc('c')).indices).toHaveLength(1);
  });

  it('applies the group weight to the value', () => {
    const weighted = TfidfVectoriser.fitTransform([[{ key: 'a', weight: 1 }, { key: 'b', weight: 3 }]], 10).vectoriser;
    const { values } = weighted.transform([{ key: 'a', weight: 1 }, { key: 'b', weight: 3 }]);
    expect(Math.max(...values) / Math.min(...values)).toBeCloseTo(3, 5);
  });
});
