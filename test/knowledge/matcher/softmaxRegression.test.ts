import { SoftmaxRegression, softmaxInPlace } from '../../../knowledge/matcher/softmaxRegression';
import { SparseVector } from '../../../knowledge/matcher/vectoriser';

const vector = (indices: number[], values: number[]): SparseVector => ({
  indices: Int32Array.from(indices),
  values: Float32Array.from(values),
});
const training = { epochs: 10, minUpdates: 0, learningRate: 0.5, l2: 0, seed: 7 };
// Class 0 has feature 0, class 1 has feature 1; feature 2 is shared.
const examples = [
  { vector: vector([0, 2], [0.8, 0.6]), label: 0 },
  { vector: vector([0], [1]), label: 0 },
  { vector: vector([1, 2], [0.8, 0.6]), label: 1 },
  { vector: vector([1], [1]), label: 1 },
];

describe('SoftmaxRegression', () => {
  it('learns to separate the classes by their features', () => {
    const model = SoftmaxRegression.train(examples, 3, 2, training);
    const [a, b] = model.logits(vector([0], [1]));
    expect(a).toBeGreaterThan(b);
    const [c, d] = model.logits(vector([1], [1]));
    expect(d).toBeGreaterThan(c);
  });

  // Scores are summed eight classes at a time, then four, then one: 13 classes take each way.
  it('scores every class by its own weights, however many classes there are', () => {
    const classes = 13;
    const ownFeature = Array.from({ length: classes }, (_, label) => ({ vector: vector([label], [1]), label }));
    const model = SoftmaxRegression.train(ownFeature, classes, classes, { ...training, epochs: 30 });
    for (let label = 0; label < classes; label += 1) {
      const scores = Array.from(model.logits(vector([label], [1])));
      expect(scores.indexOf(Math.max(...scores))).toBe(label);
    }
  });

  it('is deterministic: same data and seed, same model', () => {
    const first = SoftmaxRegression.train(examples, 3, 2, training).logits(vector([2], [1]));
    const second = SoftmaxRegression.train(examples, 3, 2, training).logits(vector([2], [1]));
    expect(Array.from(second)).toEqual(Array.from(first));
  });
});

describe('softmaxInPlace', () => {
  it('gives probabilities that sum to 1, largest score largest', () => {
    const probabilities = softmaxInPlace(Float64Array.from([1, 3, 2]), 1);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
    expect(probabilities[1]).toBeGreaterThan(probabilities[2]);
    expect(probabilities[2]).toBeGreaterThan(probabilities[0]);
  });

  it('flattens with a higher temperature', () => {
    const sharp = softmaxInPlace(Float64Array.from([0, 2]), 1)[1];
    const flat = softmaxInPlace(Float64Array.from([0, 2]), 4)[1];
    expect(flat).toBeLessThan(sharp);
    expect(flat).toBeGreaterThan(0.5);
  });

  it('stays finite for very large scores', () => {
    expect(Array.from(softmaxInPlace(Float64Array.from([1000, 1000]), 1))).toEqual([0.5, 0.5]);
  });
});
