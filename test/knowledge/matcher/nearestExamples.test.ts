import { NearestExamples } from '../../../knowledge/matcher/nearestExamples';
import { SparseVector } from '../../../knowledge/matcher/vectoriser';

const unit = (entries: Record<number, number>): SparseVector => {
  const indices = Object.keys(entries).map(Number);
  const norm = Math.hypot(...Object.values(entries));
  return { indices: Int32Array.from(indices), values: Float32Array.from(indices, (i) => entries[i] / norm) };
};

describe('NearestExamples', () => {
  const index = NearestExamples.index(
    [
      { vector: unit({ 0: 1 }), label: 1 },
      { vector: unit({ 0: 1, 1: 1 }), label: 0 },
      { vector: unit({ 2: 1 }), label: 0 },
    ],
    3,
    2,
    10,
  );

  it('gives the cosine of the closest example of each class asked for', () => {
    const [class0, class1] = index.bestSimilarity(unit({ 0: 1 }), [0, 1]);
    expect(class1).toBeCloseTo(1, 5);
    expect(class0).toBeCloseTo(Math.SQRT1_2, 5);
  });

  it('answers in the order the classes were asked for', () => {
    const [class1, class0] = index.bestSimilarity(unit({ 2: 1 }), [1, 0]);
    expect(class1).toBe(0);
    expect(class0).toBeCloseTo(1, 5);
  });

  it('compares with the heaviest features of each example only', () => {
    const truncated = NearestExamples.index([{ vector: unit({ 0: 3, 1: 1 }), label: 0 }], 2, 1, 1);
    expect(truncated.bestSimilarity(unit({ 1: 1 }), [0])).toEqual([0]);
    expect(truncated.bestSimilarity(unit({ 0: 1 }), [0])[0]).toBeCloseTo(3 / Math.sqrt(10), 5);
  });

  it('keeps, of features equally heavy, those of lower index', () => {
    const truncated = NearestExamples.index([{ vector: unit({ 0: 1, 1: 1, 2: 1, 3: 2 }), label: 0 }], 4, 1, 2);
    const similarityTo = (feature: number) => truncated.bestSimilarity(unit({ [feature]: 1 }), [0])[0];
    expect(similarityTo(3)).toBeCloseTo(2 / Math.sqrt(7), 5);
    expect(similarityTo(0)).toBeCloseTo(1 / Math.sqrt(7), 5);
    expect([similarityTo(1), similarityTo(2)]).toEqual([0, 0]);
  });

  it('forgets the previous message between calls', () => {
    index.bestSimilarity(unit({ 0: 1 }), [0, 1]);
    expect(index.bestSimilarity(unit({ 2: 1 }), [1])).toEqual([0]);
  });
});
