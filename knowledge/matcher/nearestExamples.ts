import { LabelledVector } from './softmaxRegression';
import { SparseVector } from './vectoriser';

/**
 * The `count` heaviest features of a vector (ties by lower index), in the vector's order: an example as it is kept.
 * The lightest value kept comes from a native sort of a copy of the values: every training example passes here, and
 * keeping a ranked list in JavaScript took a twentieth of the bot's training.
 */
function heaviest(vector: SparseVector, count: number): SparseVector {
  const { indices, values } = vector;
  if (indices.length <= count) return vector;
  const lightestKept = values.slice().sort()[values.length - count];
  let tiesKept = count;
  for (const value of values) if (value > lightestKept) tiesKept -= 1;
  const kept: SparseVector = { indices: new Int32Array(count), values: new Float32Array(count) };
  let size = 0;
  for (let k = 0; k < indices.length; k += 1) {
    if (values[k] < lightestKept) continue;
    if (values[k] === lightestKept) {
      if (tiesKept === 0) continue;
      tiesKept -= 1;
    }
    kept.indices[size] = indices[k];
    kept.values[size] = values[k];
    size += 1;
  }
  return kept;
}

/**
 * Fifth stage (second score): cosine similarity of a message to the closest training example of an
 * intent. Unlike softmax probabilities it does not depend on how many intents there are, which makes
 * it a steady out-of-scope signal.
 *
 * The examples are stored as an inverted index: for each feature, the examples that have it, in one
 * segment per intent. A message then visits only the examples it shares a feature with, and of those
 * only the segments of the intents asked for (the few the softmax finds likely); an example sharing
 * nothing has similarity 0. Each visited example's dot product is summed as its features are met, in the order of
 * the message's features: the same number, to the last bit, as a plain dot product over the message.
 */
export class NearestExamples {
  /** The slot of each class in the current call's answer, plus one; 0 for classes not asked for. */
  private readonly slotOfClass: Int32Array;
  /** Per example visited in the current call, in order of first visit: its slot in the answer. */
  private readonly slotOfVisit: Int32Array;
  /** The dot product of the message with each example visited in the current call, grown to the examples asked for. */
  private dots = new Float64Array(0);
  /** The visit number of each example in the current call, valid only when `visitedIn` holds the call's stamp. */
  private readonly visitOf: Int32Array;
  private readonly visitedIn: Int32Array;
  private stamp = 0;

  private constructor(
    /** How many examples each class has. */
    private readonly examplesOfClass: Int32Array,
    /** Segments of feature f are featureStart[f] .. featureStart[f + 1] - 1. */
    private readonly featureStart: Int32Array,
    /** The class of each segment. */
    private readonly segmentClass: Int32Array,
    /** Entries of segment s are segmentStart[s] .. segmentStart[s + 1] - 1. */
    private readonly segmentStart: Int32Array,
    /** Each entry: the example (row) that has the feature. */
    private readonly entryRow: Int32Array,
    /** Each entry: the example's value of the feature. */
    private readonly entryValue: Float32Array,
    rowCount: number,
  ) {
    this.slotOfClass = new Int32Array(examplesOfClass.length);
    this.slotOfVisit = new Int32Array(rowCount);
    this.visitOf = new Int32Array(rowCount);
    this.visitedIn = new Int32Array(rowCount);
  }

  /**
   * Indexes the examples. Each example keeps only its `keptFeatures` heaviest features:
   * the similarity becomes a slight underestimate, dominated by the same informative features, at a
   * fraction of the cost per message.
   */
  static index(examples: readonly LabelledVector[], featureCount: number, classCount: number, keptFeatures: number): NearestExamples {
    // Rows by class (a counting sort on the label), so that each feature's entries come out grouped by class.
    const examplesOfClass = new Int32Array(classCount);
    for (const { label } of examples) examplesOfClass[label] += 1;
    const nextRowOfClass = new Int32Array(classCount);
    for (let c = 1; c < classCount; c += 1) nextRowOfClass[c] = nextRowOfClass[c - 1] + examplesOfClass[c - 1];
    const rows: LabelledVector[] = new Array(examples.length);
    for (const { vector, label } of examples) rows[nextRowOfClass[label]++] = { vector: heaviest(vector, keptFeatures), label };

    const entryStart = new Int32Array(featureCount + 1);
    for (const { vector } of rows) for (let k = 0; k < vector.indices.length; k += 1) entryStart[vector.indices[k] + 1] += 1;
    for (let f = 0; f < featureCount; f += 1) entryStart[f + 1] += entryStart[f];
    const filled = entryStart.slice(0, featureCount);
    const entryRow = new Int32Array(entryStart[featureCount]);
    const entryValue = new Float32Array(entryStart[featureCount]);
    const entryClass = new Int32Array(entryStart[featureCount]);
    for (let row = 0; row < rows.length; row += 1) {
      const { vector, label } = rows[row];
      for (let position = 0; position < vector.indices.length; position += 1) {
        const at = filled[vector.indices[position]]++;
        entryRow[at] = row;
        entryValue[at] = vector.values[position];
        entryClass[at] = label;
      }
    }
    const featureStart = new Int32Array(featureCount + 1);
    const segmentClass: number[] = [];
    const segmentStart: number[] = [];
    for (let f = 0; f < featureCount; f += 1) {
      for (let at = entryStart[f]; at < entryStart[f + 1]; at += 1) {
        if (at > entryStart[f] && entryClass[at] === entryClass[at - 1]) continue;
        segmentClass.push(entryClass[at]);
        segmentStart.push(at);
      }
      featureStart[f + 1] = segmentClass.length;
    }
    segmentStart.push(entryStart[featureCount]);
    return new NearestExamples(
      examplesOfClass,
      featureStart,
      Int32Array.from(segmentClass),
      Int32Array.from(segmentStart),
      entryRow,
      entryValue,
      rows.length,
    );
  }

  /** Highest cosine similarity between the vector and one example of the class (vectors are L2-normalised). */
  bestSimilarity(vector: SparseVector, classes: readonly number[]): number[] {
    const { featureStart, segmentClass, segmentStart, entryRow, entryValue } = this;
    const { slotOfClass, slotOfVisit, visitOf, visitedIn } = this;
    const stamp = this.nextStamp();
    let examplesAsked = 0;
    classes.forEach((c, slot) => {
      slotOfClass[c] = slot + 1;
      examplesAsked += this.examplesOfClass[c];
    });
    const dots = this.dotsFor(examplesAsked);
    let visits = 0;
    for (let k = 0; k < vector.indices.length; k += 1) {
      const feature = vector.indices[k];
      const x = vector.values[k];
      for (let segment = featureStart[feature]; segment < featureStart[feature + 1]; segment += 1) {
        const slot = slotOfClass[segmentClass[segment]];
        if (slot === 0) continue;
        for (let at = segmentStart[segment]; at < segmentStart[segment + 1]; at += 1) {
          const row = entryRow[at];
          if (visitedIn[row] !== stamp) {
            visitedIn[row] = stamp;
            visitOf[row] = visits;
            slotOfVisit[visits] = slot - 1;
            dots[visits] = 0;
            visits += 1;
          }
          dots[visitOf[row]] += x * entryValue[at];
        }
      }
    }
    const best = classes.map(() => 0);
    for (let visit = 0; visit < visits; visit += 1) {
      if (dots[visit] > best[slotOfVisit[visit]]) best[slotOfVisit[visit]] = dots[visit];
    }
    for (const c of classes) slotOfClass[c] = 0;
    return best;
  }

  private dotsFor(examples: number): Float64Array {
    if (this.dots.length < examples) this.dots = new Float64Array(examples);
    return this.dots;
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
