import { Feature } from './features';

/** A sparse, L2-normalised feature vector: parallel arrays of feature index and value. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/**
 * Fourth stage: named features become a TF-IDF vector over a fixed vocabulary learnt from the
 * training utterances. Unknown features are dropped; sublinear term frequency keeps a repeated
 * word from dominating. A feature's group weight is folded into its idf, as each feature belongs
 * to exactly one group.
 */
export class TfidfVectoriser {
  private constructor(
    private readonly indexOf: ReadonlyMap<string, number>,
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
   */
  static fitTransform(
    documents: Iterable<readonly Feature[]>,
    maxFeatures: number,
  ): { vectoriser: TfidfVectoriser; vectors: SparseVector[] } {
    const termOf = new Map<string, number>();
    const termWeight: number[] = [];
    const documentFrequency: number[] = [];
    // Each document as term ids (numbered in order of first appearance), before the vocabulary is chosen.
    const interned: Int32Array[] = [];
    for (const features of documents) {
      const terms = new Int32Array(features.length);
      features.forEach(({ key, weight }, i) => {
        let term = termOf.get(key);
        if (term === undefined) {
          term = termOf.size;
          termOf.set(key, term);
          termWeight.push(weight);
          documentFrequency.push(0);
        }
        terms[i] = term;
      });
      for (const term of new Set(terms)) documentFrequency[term] += 1;
      interned.push(terms);
    }

    const kept = documentFrequency
      .map((_, term) => term)
      .sort((a, b) => documentFrequency[b] - documentFrequency[a] || a - b)
      .slice(0, maxFeatures);
    const indexOfTerm = new Int32Array(termOf.size).fill(-1);
    kept.forEach((term, index) => (indexOfTerm[term] = index));
    const scale = Float32Array.from(
      kept,
      (term) => (Math.log((1 + interned.length) / (1 + documentFrequency[term])) + 1) * termWeight[term],
    );
    const indexOf = new Map<string, number>();
    for (const [key, term] of termOf) if (indexOfTerm[term] >= 0) indexOf.set(key, indexOfTerm[term]);

    const vectoriser = new TfidfVectoriser(indexOf, scale);
    const vectors = interned.map((terms) => vectoriser.vectorOf(terms.map((term) => indexOfTerm[term]).filter((index) => index >= 0)));
    return { vectoriser, vectors };
  }

  transform(features: readonly Feature[]): SparseVector {
    const indices = new Int32Array(features.length);
    let known = 0;
    for (const { key } of features) {
      const index = this.indexOf.get(key);
      if (index !== undefined) indices[known++] = index;
    }
    return this.vectorOf(indices.subarray(0, known));
  }

  /** Vector of feature indices (repeats counted), sorted in place. */
  private vectorOf(featureIndices: Int32Array): SparseVector {
    const sorted = featureIndices.sort();
    const indices = new Int32Array(sorted.length);
    const values = new Float32Array(sorted.length);
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
    return { indices: indices.slice(0, size), values: values.slice(0, size) };
  }
}
