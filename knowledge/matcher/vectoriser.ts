import { FeatureVisitor } from './features';

/** A sparse, L2-normalised feature vector: parallel arrays of feature index and value. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** One document as the vectoriser reads it: hands each of its features, grouped, to the visitor. */
export type FeatureSource = (visit: FeatureVisitor) => void;

/** A growable list of feature numbers, reused from one document to the next. */
class FeatureNumbers {
  numbers = new Int32Array(256);
  length = 0;

  push(number: number): void {
    if (this.length === this.numbers.length) {
      const grown = new Int32Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.length++] = number;
  }

  /** The numbers pushed since the last call, in a view that the next push may overwrite. */
  take(): Int32Array {
    const taken = this.numbers.subarray(0, this.length);
    this.length = 0;
    return taken;
  }
}

/**
 * Fourth stage: named features become a TF-IDF vector over a fixed vocabulary learnt from the
 * training utterances. Unknown features are dropped; sublinear term frequency keeps a repeated
 * word from dominating. A feature's group weight is folded into its idf, as each feature belongs
 * to exactly one group.
 */
export class TfidfVectoriser {
  private readonly known = new FeatureNumbers();
  /** Bound once: classifying a message then creates no closure per feature. */
  private readonly collectKnown: FeatureVisitor = (group, key) => {
    const index = this.indexOf[group].get(key);
    if (index !== undefined) this.known.push(index);
  };

  private constructor(
    /** Feature index by name, one map per feature group. */
    private readonly indexOf: ReadonlyArray<ReadonlyMap<string, number>>,
    /** idf × group weight, by feature index. */
    private readonly scale: Float32Array,
  ) {}

  get size(): number {
    return this.scale.length;
  }

  /**
   * Learns the vocabulary, the `maxFeatures` features found in the most documents (ties by first
   * appearance, for determinism), and returns the vectors of the training documents. Documents are
   * read once and kept as numbers, so a big corpus never holds all its feature strings at once.
   * `groupWeights` holds the weight of each feature group, by the group number the sources pass.
   */
  static fitTransform(
    documents: Iterable<FeatureSource>,
    groupWeights: readonly number[],
    maxFeatures: number,
  ): { vectoriser: TfidfVectoriser; vectors: SparseVector[] } {
    const termOf = groupWeights.map(() => new Map<string, number>());
    const termWeight: number[] = [];
    const documentFrequency: number[] = [];
    /** The last document each term was counted in, so a repeated term counts once per document. */
    const lastDocument: number[] = [];
    // Each document as term ids (numbered in order of first appearance), before the vocabulary is chosen.
    const interned: Int32Array[] = [];
    const terms = new FeatureNumbers();
    const intern: FeatureVisitor = (group, key) => {
      let term = termOf[group].get(key);
      if (term === undefined) {
        term = termWeight.length;
        termOf[group].set(key, term);
        termWeight.push(groupWeights[group]);
        documentFrequency.push(0);
        lastDocument.push(-1);
      }
      if (lastDocument[term] !== interned.length) {
        lastDocument[term] = interned.length;
        documentFrequency[term] += 1;
      }
      terms.push(term);
    };
    for (const document of documents) {
      document(intern);
      interned.push(terms.take().slice());
    }

    const kept = documentFrequency
      .map((_, term) => term)
      .sort((a, b) => documentFrequency[b] - documentFrequency[a] || a - b)
      .slice(0, maxFeatures);
    const indexOfTerm = new Int32Array(termWeight.length).fill(-1);
    kept.forEach((term, index) => (indexOfTerm[term] = index));
    const scale = Float32Array.from(
      kept,
      (term) => (Math.log((1 + interned.length) / (1 + documentFrequency[term])) + 1) * termWeight[term],
    );
    const indexOf = termOf.map((groupTerms) => {
      const indexOfKey = new Map<string, number>();
      for (const [key, term] of groupTerms) if (indexOfTerm[term] >= 0) indexOfKey.set(key, indexOfTerm[term]);
      return indexOfKey;
    });

    const vectoriser = new TfidfVectoriser(indexOf, scale);
    const indices = new FeatureNumbers();
    const vectors = interned.map((documentTerms) => {
      for (const term of documentTerms) if (indexOfTerm[term] >= 0) indices.push(indexOfTerm[term]);
      return vectoriser.vectorOf(indices.take());
    });
    return { vectoriser, vectors };
  }

  transform(document: FeatureSource): SparseVector {
    document(this.collectKnown);
    return this.vectorOf(this.known.take());
  }

  /** Vector of feature indices (repeats counted), sorted in place. */
  private vectorOf(featureIndices: Int32Array): SparseVector {
    const sorted = featureIndices.sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct += 1;
    const indices = new Int32Array(distinct);
    const values = new Float32Array(distinct);
    let size = 0;
    let squares = 0;
    for (let start = 0; start < sorted.length; ) {
      let end = start + 1;
      while (end < sorted.length && sorted[end] === sorted[start]) end += 1;
      const value = (1 + Math.log(end - start)) * this.scale[sorted[start]];
      indices[size] = sorted[start];
      values[size] = value;
      squares += value * value;
      size += 1;
      start = end;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < size; i += 1) values[i] /= norm;
    return { indices, values };
  }
}
