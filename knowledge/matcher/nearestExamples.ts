import { LabelledVector } from './softmaxRegression';
import { SparseVector } from './vectoriser';

function heaviest(vector: SparseVector, count: number): SparseVector {
  if (vector.indices.length <= count) return vector;
  const kept = Array.from(vector.values.keys())
    .sort((a, b) => vector.values[b] - vector.values[a] || a - b)
    .slice(0, count);
  return { indices: Int32Array.from(kept, (k) => vector.indices[k]), values: Float32Array.from(kept, (k) => vector.values[k]) };
}

/**
 * Fifth stage (second score): cosine similarity of a message to the closest training example of an
 * intent. Unlike softmax probabilities it does not depend on how many intents there are, which makes
 * it a steady out-of-scope signal. Examples are stored grouped by intent, so only the intents asked
 * for (the few the softmax finds likely) are visited.
 */
export class NearestExamples {
  /** The message being compared, scattered densely by feature index; all zeros between calls. */
  private readonly query: Float32Array;

  private constructor(
    /** Examples of class c are rows classStart[c] .. classStart[c + 1] - 1. */
    private readonly classStart: Int32Array,
    /** Features of row r are at rowStart[r] .. rowStart[r + 1] - 1. */
    private readonly rowStart: Int32Array,
    private readonly features: Int32Array,
    private readonly values: Float32Array,
    featureCount: number,
  ) {
    this.query = new Float32Array(featureCount);
  }

  /**
   * Indexes the examples by class. Each example keeps only its `keptFeatures` heaviest features: the
   * similarity becomes a slight underestimate, dominated by the same informative features, at a
   * fraction of the cost per message.
   */
  static index(examples: readonly LabelledVector[], featureCount: number, classCount: number, keptFeatures: number): NearestExamples {
    const rows = [...examples]
      .sort((a, b) => a.label - b.label)
      .map(({ vector, label }) => ({ vector: heaviest(vector, keptFeatures), label }));
    const classStart = new Int32Array(classCount + 1);
    for (const { label } of rows) classStart[label + 1] += 1;
    for (let c = 0; c < classCount; c += 1) classStart[c + 1] += classStart[c];
    const rowStart = new Int32Array(rows.length + 1);
    rows.forEach(({ vector }, r) => (rowStart[r + 1] = rowStart[r] + vector.indices.length));
    const features = new Int32Array(rowStart[rows.length]);
    const values = new Float32Array(rowStart[rows.length]);
    rows.forEach(({ vector }, r) => {
      features.set(vector.indices, rowStart[r]);
      values.set(vector.values, rowStart[r]);
    });
    return new NearestExamples(classStart, rowStart, features, values, featureCount);
  }

  /** Highest cosine similarity between the vector and one example of the class (vectors are L2-normalised). */
  bestSimilarity(vector: SparseVector, classes: readonly number[]): number[] {
    const { query, classStart, rowStart, features, values } = this;
    const { indices } = vector;
    for (let k = 0; k < indices.length; k += 1) query[indices[k]] = vector.values[k];
    const best = classes.map((c) => {
      let max = 0;
      for (let row = classStart[c]; row < classStart[c + 1]; row += 1) {
        let dot = 0;
        for (let at = rowStart[row]; at < rowStart[row + 1]; at += 1) dot += query[features[at]] * values[at];
        if (dot > max) max = dot;
      }
      return max;
    });
    for (let k = 0; k < indices.length; k += 1) query[indices[k]] = 0;
    return best;
  }
}
