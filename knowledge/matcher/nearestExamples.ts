import { LabelledVector } from './softmaxRegression';
import { topIndices } from './topIndices';
import { SparseVector } from './vectoriser';

function heaviest(vector: SparseVector, count: number): SparseVector {
  if (vector.indices.length <= count) return vector;
  const kept = topIndices(vector.values, count);
  return { indices: Int32Array.from(kept, (k) => vector.indices[k]), values: Float32Array.from(kept, (k) => vector.values[k]) };
}

/**
 * Fifth stage (second score): cosine similarity of a message to the closest training example of an
 * intent. Unlike softmax probabilities it does not depend on how many intents there are, which makes
 * it a steady out-of-scope signal.
 *
 * The examples are stored as an inverted index: for each feature, the examples that have it. A message
 * then visits only the examples it shares a feature with, and of those only the ones of the intents
 * asked for (the few the softmax finds likely); an example sharing nothing has similarity 0. Each
 * example's products are summed in the order of its own features, so the similarity is the same
 * number, to the last bit, as a plain dot product over the example.
 */
export class NearestExamples {
  /** The slot of each class in the current call's answer, plus one; 0 for classes not asked for. */
  private readonly slotOfClass: Int32Array;
  /** The row of each example visited in the current call, in order of first visit. */
  private readonly visited: Int32Array;
  /** Which features of each visited example the message has, one bit per position in the example. */
  private readonly matchedPositions: Int32Array;
  /** Products of message and example values, at visit number × 32 + position in the example. */
  private readonly products: Float64Array;
  /** The visit number of each example in the current call, valid only when `visitedIn` holds the call's stamp. */
  private readonly visitOf: Int32Array;
  private readonly visitedIn: Int32Array;
  private stamp = 0;

  private constructor(
    /** The class of each example (row). */
    private readonly classOfRow: Int32Array,
    /** Entries of feature f are postingStart[f] .. postingStart[f + 1] - 1. */
    private readonly postingStart: Int32Array,
    /** Each entry: row × 32 + the feature's position in the row. */
    private readonly postingRowPosition: Int32Array,
    /** Each entry: the row's value of the feature. */
    private readonly postingValue: Float32Array,
    classCount: number,
  ) {
    const rows = classOfRow.length;
    this.slotOfClass = new Int32Array(classCount);
    this.visited = new Int32Array(rows);
    this.matchedPositions = new Int32Array(rows);
    this.products = new Float64Array(rows * 32);
    this.visitOf = new Int32Array(rows);
    this.visitedIn = new Int32Array(rows);
  }

  /**
   * Indexes the examples. Each example keeps only its `keptFeatures` heaviest features (at most 32,
   * a bit each): the similarity becomes a slight underestimate, dominated by the same informative
   * features, at a fraction of the cost per message.
   */
  static index(examples: readonly LabelledVector[], featureCount: number, classCount: number, keptFeatures: number): NearestExamples {
    if (keptFeatures > 32) throw new RangeError(`NearestExamples keeps at most 32 features per example, not ${keptFeatures}`);
    const rows = examples.map(({ vector, label }) => ({ vector: heaviest(vector, keptFeatures), label }));
    const postingStart = new Int32Array(featureCount + 1);
    for (const { vector } of rows) for (const feature of vector.indices) postingStart[feature + 1] += 1;
    for (let f = 0; f < featureCount; f += 1) postingStart[f + 1] += postingStart[f];
    const filled = postingStart.slice(0, featureCount);
    const postingRowPosition = new Int32Array(postingStart[featureCount]);
    const postingValue = new Float32Array(postingStart[featureCount]);
    rows.forEach(({ vector }, row) =>
      vector.indices.forEach((feature, position) => {
        const at = filled[feature]++;
        postingRowPosition[at] = (row << 5) | position;
        postingValue[at] = vector.values[position];
      }),
    );
    const classOfRow = Int32Array.from(rows, ({ label }) => label);
    return new NearestExamples(classOfRow, postingStart, postingRowPosition, postingValue, classCount);
  }

  /** Highest cosine similarity between the vector and one example of the class (vectors are L2-normalised). */
  bestSimilarity(vector: SparseVector, classes: readonly number[]): number[] {
    const { classOfRow, postingStart, postingRowPosition, postingValue } = this;
    const { slotOfClass, visited, matchedPositions, products, visitOf, visitedIn } = this;
    const stamp = this.nextStamp();
    classes.forEach((c, slot) => (slotOfClass[c] = slot + 1));
    let visits = 0;
    for (let k = 0; k < vector.indices.length; k += 1) {
      const feature = vector.indices[k];
      const x = vector.values[k];
      for (let at = postingStart[feature]; at < postingStart[feature + 1]; at += 1) {
        const rowPosition = postingRowPosition[at];
        const row = rowPosition >> 5;
        if (slotOfClass[classOfRow[row]] === 0) continue;
        if (visitedIn[row] !== stamp) {
          visitedIn[row] = stamp;
          visitOf[row] = visits;
          visited[visits] = row;
          matchedPositions[visits] = 0;
          visits += 1;
        }
        const visit = visitOf[row];
        const position = rowPosition & 31;
        matchedPositions[visit] |= 1 << position;
        products[(visit << 5) | position] = x * postingValue[at];
      }
    }
    const best = classes.map(() => 0);
    for (let visit = 0; visit < visits; visit += 1) {
      let dot = 0;
      for (let positions = matchedPositions[visit]; positions !== 0; positions &= positions - 1) {
        dot += products[(visit << 5) | (31 - Math.clz32(positions & -positions))];
      }
      const slot = slotOfClass[classOfRow[visited[visit]]] - 1;
      if (dot > best[slot]) best[slot] = dot;
    }
    for (const c of classes) slotOfClass[c] = 0;
    return best;
  }

  /** A number no earlier call used, so the per-example visit marks need no clearing between calls. */
  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.visitedIn.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    return this.stamp;
  }
}
