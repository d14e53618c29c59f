import { FeatureVisitor } from './features';
import { Spelling } from './spelling';
import { Misspelling } from './types';

/** A sparse, L2-normalised feature vector: parallel arrays of feature index and value. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** A message as the vectoriser read it: its vector, and the unknown words it read as training words. */
export interface ReadMessage extends SparseVector {
  misspellings: readonly Misspelling[];
}

/** One document as the vectoriser reads it: hands each of its features, grouped, to the visitor. */
export type FeatureSource = (visitor: FeatureVisitor) => void;

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

  pushAll(numbers: Int32Array): void {
    for (const number of numbers) this.push(number);
  }

  /** A copy of the numbers pushed since `from`. */
  copySince(from: number): Int32Array {
    return this.numbers.slice(from, this.length);
  }

  /** The numbers pushed since the last call, in a view that the next push may overwrite. */
  take(): Int32Array {
    const taken = this.numbers.subarray(0, this.length);
    this.length = 0;
    return taken;
  }
}

/**
 * Numbers the training documents' features (terms) in order of first appearance, counts the documents each occurs
 * in, and keeps each document as its term numbers.
 */
class TermCounter implements FeatureVisitor {
  /** Term number by name, one map per feature group. */
  readonly termOf: Array<Map<string, number>>;
  /** The terms a key expands to (featuresOf), one map per feature group. */
  readonly termsOfKey: Array<Map<string, Int32Array>>;
  readonly termWeight: number[] = [];
  readonly documentFrequency: number[] = [];
  /** The last document each term was counted in, so a repeated term counts once per document. */
  private readonly lastDocument: number[] = [];
  /** Each document as term numbers, before the vocabulary is chosen. */
  readonly documents: Int32Array[] = [];
  private readonly terms = new FeatureNumbers();

  constructor(private readonly groupWeights: readonly number[]) {
    this.termOf = groupWeights.map(() => new Map());
    this.termsOfKey = groupWeights.map(() => new Map());
  }

  feature(group: number, key: string): void {
    let term = this.termOf[group].get(key);
    if (term === undefined) {
      term = this.termWeight.length;
      this.termOf[group].set(key, term);
      this.termWeight.push(this.groupWeights[group]);
      this.documentFrequency.push(0);
      this.lastDocument.push(-1);
    }
    this.count(term);
  }

  featuresOf(group: number, key: string, expand: (key: string) => void): void {
    const known = this.termsOfKey[group].get(key);
    if (known) {
      for (const term of known) this.count(term);
      return;
    }
    const from = this.terms.length;
    expand(key);
    this.termsOfKey[group].set(key, this.terms.copySince(from));
  }

  endDocument(): void {
    this.documents.push(this.terms.take().slice());
  }

  private count(term: number): void {
    if (this.lastDocument[term] !== this.documents.length) {
      this.lastDocument[term] = this.documents.length;
      this.documentFrequency[term] += 1;
    }
    this.terms.push(term);
  }
}

const NO_MISSPELLINGS: readonly Misspelling[] = [];

/**
 * Collects the vocabulary indices of a message's features, dropping the features the vocabulary does not have.
 *
 * The n-grams of a word the training data never had still count, so that "certifcation" and "installing" are read.
 * But when the message has nothing else, no feature or word of the training data, those n-grams decide alone, and an
 * unrelated word scores on whatever shares a few letters with it ("spending" on "binding"). Such a message is read
 * only as a misspelling: each word becomes the training word it is a typo of, and the words that are no typo of any
 * give nothing, so the message is not understood.
 */
class KnownFeatures implements FeatureVisitor {
  readonly indices = new FeatureNumbers();
  /** Whether the message being read has a feature, or a word, of the training data. */
  private knowsSomething = false;
  /** The words of the message the training data never had, with their group. */
  private readonly unknownKeys: Array<{ group: number; key: string }> = [];
  private expandingUnknownKey = false;
  /** The vocabulary of each group that expands keys, built when a message first needs it. */
  private readonly spellings: Array<Spelling | undefined> = [];

  constructor(
    /** Feature index by name, one map per feature group. */
    private readonly indexOf: ReadonlyArray<ReadonlyMap<string, number>>,
    /** The known feature indices each training key expands to (featuresOf), one map per feature group. */
    private readonly indicesOfKey: ReadonlyArray<ReadonlyMap<string, Int32Array>>,
  ) {}

  knows(group: number, key: string): boolean {
    return this.indexOf[group].has(key);
  }

  /**
   * Reads a message: the indices of its known features, in a view that the next message overwrites, and the words
   * read as misspellings.
   */
  read(document: FeatureSource): { indices: Int32Array; misspellings: readonly Misspelling[] } {
    this.knowsSomething = false;
    this.unknownKeys.length = 0;
    document(this);
    if (this.knowsSomething || this.unknownKeys.length === 0) return { indices: this.indices.take(), misspellings: NO_MISSPELLINGS };
    this.indices.take();
    const misspellings: Misspelling[] = [];
    for (const { group, key } of this.unknownKeys) {
      const readAs = this.spelling(group).correct(key);
      if (readAs === undefined) continue;
      this.indices.pushAll(this.indicesOfKey[group].get(readAs) as Int32Array);
      misspellings.push({ word: key, readAs });
    }
    return { indices: this.indices.take(), misspellings };
  }

  feature(group: number, key: string): void {
    const index = this.indexOf[group].get(key);
    if (index === undefined) return;
    this.indices.push(index);
    if (!this.expandingUnknownKey) this.knowsSomething = true;
  }

  featuresOf(group: number, key: string, expand: (key: string) => void): void {
    const known = this.indicesOfKey[group].get(key);
    if (known) {
      this.indices.pushAll(known);
      this.knowsSomething = true;
      return;
    }
    this.unknownKeys.push({ group, key });
    this.expandingUnknownKey = true;
    expand(key);
    this.expandingUnknownKey = false;
  }

  private spelling(group: number): Spelling {
    let spelling = this.spellings[group];
    if (!spelling) {
      spelling = new Spelling(this.indicesOfKey[group].keys());
      this.spellings[group] = spelling;
    }
    return spelling;
  }
}

/**
 * Term numbers by document frequency, highest first, ties by lower number (first appearance): a counting sort, as
 * frequencies are small integers, with no comparator to call a million times on a big corpus.
 */
function byFrequency(documentFrequency: readonly number[]): Int32Array {
  let highest = 0;
  for (const frequency of documentFrequency) if (frequency > highest) highest = frequency;
  // Where the terms of each frequency start in the result, highest frequency first.
  const start = new Int32Array(highest + 2);
  for (const frequency of documentFrequency) start[highest - frequency + 1] += 1;
  for (let bucket = 1; bucket <= highest + 1; bucket += 1) start[bucket] += start[bucket - 1];
  const order = new Int32Array(documentFrequency.length);
  documentFrequency.forEach((frequency, term) => (order[start[highest - frequency]++] = term));
  return order;
}

/**
 * Fourth stage: named features become a TF-IDF vector over a fixed vocabulary learnt from the
 * training utterances. Unknown features are dropped; sublinear term frequency keeps a repeated
 * word from dominating. A feature's group weight is folded into its idf, as each feature belongs
 * to exactly one group.
 */
export class TfidfVectoriser {
  private readonly known: KnownFeatures;

  private constructor(
    indexOf: ReadonlyArray<ReadonlyMap<string, number>>,
    indicesOfKey: ReadonlyArray<ReadonlyMap<string, Int32Array>>,
    /** idf × group weight, by feature index. */
    private readonly scale: Float32Array,
  ) {
    this.known = new KnownFeatures(indexOf, indicesOfKey);
  }

  get size(): number {
    return this.scale.length;
  }

  /** Whether a feature of the group (its position in FEATURE_GROUPS) is in the vocabulary. */
  knows(group: number, key: string): boolean {
    return this.known.knows(group, key);
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
    const counter = new TermCounter(groupWeights);
    for (const document of documents) {
      document(counter);
      counter.endDocument();
    }
    const { documentFrequency, termWeight } = counter;

    const kept = byFrequency(documentFrequency).subarray(0, maxFeatures);
    const indexOfTerm = new Int32Array(termWeight.length).fill(-1);
    kept.forEach((term, index) => (indexOfTerm[term] = index));
    const documentCount = counter.documents.length;
    const scale = Float32Array.from(
      kept,
      (term) => (Math.log((1 + documentCount) / (1 + documentFrequency[term])) + 1) * termWeight[term],
    );
    const known = new FeatureNumbers();
    /** The vocabulary indices of the terms kept, in a view that the next call overwrites. */
    const knownIndices = (terms: Int32Array) => {
      for (const term of terms) if (indexOfTerm[term] >= 0) known.push(indexOfTerm[term]);
      return known.take();
    };
    // The counter's maps become the vectoriser's, term numbers replaced by vocabulary indices in place.
    for (const termOfKey of counter.termOf) {
      for (const [key, term] of termOfKey) {
        if (indexOfTerm[term] >= 0) termOfKey.set(key, indexOfTerm[term]);
        else termOfKey.delete(key);
      }
    }
    for (const termsOfKey of counter.termsOfKey) for (const [key, terms] of termsOfKey) termsOfKey.set(key, knownIndices(terms).slice());

    const vectoriser = new TfidfVectoriser(counter.termOf, counter.termsOfKey, scale);
    const vectors = counter.documents.map((terms) => vectoriser.vectorOf(knownIndices(terms)));
    return { vectoriser, vectors };
  }

  transform(document: FeatureSource): ReadMessage {
    const { indices, misspellings } = this.known.read(document);
    return { ...this.vectorOf(indices), misspellings };
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
