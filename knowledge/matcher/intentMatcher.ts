import { calibratedConfidence } from './calibrate';
import { FEATURE_GROUPS, visitFeatures } from './features';
import { NearestExamples } from './nearestExamples';
import { normaliseText } from './normalise';
import { MatcherOptions, MatcherOptionsInput, matcherOptionsSchema } from './options';
import { SoftmaxRegression, softmaxInPlace } from './softmaxRegression';
import { tokenise } from './tokenise';
import { textKey } from './trainingOrder';
import { topIndices } from './topIndices';
import { LabeledUtterance, Misspelling, NONE_INTENT, ScoredIntent } from './types';
import { FeatureSource, SparseVector, TfidfVectoriser } from './vectoriser';

const NUMBER_GROUP = FEATURE_GROUPS.indexOf('number');

function featuresOfNormalised(normalised: string, options: MatcherOptions): FeatureSource {
  const tokens = tokenise(normalised);
  return (visitor) => visitFeatures(tokens, options, visitor);
}

/**
 * A training utterance, with its normal form (normalise.ts) when the caller has read it already: the Traditional →
 * Simplified conversion is the costly part of training a Chinese model, and is not done twice.
 */
export type TrainingUtterance = LabeledUtterance & { normalised?: string };

/** One utterance at a time, so a big corpus never holds all its tokens at once. */
function* featuresOf(utterances: readonly TrainingUtterance[], options: MatcherOptions): Generator<FeatureSource> {
  for (const { text, normalised } of utterances) yield featuresOfNormalised(normalised ?? normaliseText(text), options);
}

/** Higher score first; equal scores by intent name. */
const ranksAbove = (a: ScoredIntent, b: ScoredIntent): boolean => a.score > b.score || (a.score === b.score && a.intent < b.intent);

/**
 * Puts an intent into its place in a ranking, best first. Insertion rather than Array.prototype.sort, which
 * allocates about 1 KB to order the five contenders of every message.
 */
function insertRanked(ranked: ScoredIntent[], scored: ScoredIntent): void {
  let at = ranked.length;
  while (at > 0 && ranksAbove(scored, ranked[at - 1])) {
    ranked[at] = ranked[at - 1];
    at -= 1;
  }
  ranked[at] = scored;
}

export interface Classification {
  /** In-scope intents, best first. */
  ranked: ScoredIntent[];
  /** Calibrated confidence that the text is out of scope, from the None class. */
  noneScore: number;
  /** The words read as misspellings of training words: only in a message with nothing else the model knows. */
  misspellings: readonly Misspelling[];
  /** The message as the model read it (normalise.ts). */
  normalised: string;
}

/**
 * Classifies a message into one of the intents it was trained on, in any mix of English and Chinese.
 * Pipeline: normalise → tokenise → features → TF-IDF vector → scores (softmax regression and nearest
 * training example) → calibrated confidence → decision (threshold, or a trained None class).
 */
export class IntentMatcher {
  /** The class scores of the message being classified: one buffer for every message, so no garbage per message. */
  private readonly scores: Float64Array;

  private constructor(
    readonly options: MatcherOptions,
    private readonly vectoriser: TfidfVectoriser,
    private readonly model: SoftmaxRegression,
    private readonly neighbours: NearestExamples,
    /** Class names by label index; includes NONE_INTENT when None examples were given. */
    private readonly intents: readonly string[],
  ) {
    this.scores = new Float64Array(intents.length);
  }

  /** Whether the number ("5", "64") is a feature the training utterances gave the model. */
  knowsNumber(digits: string): boolean {
    return this.vectoriser.knows(NUMBER_GROUP, digits);
  }

  /** Trains on labelled utterances; utterances labelled NONE_INTENT teach what is out of scope. */
  static train(utterances: readonly TrainingUtterance[], options: MatcherOptionsInput = {}): IntentMatcher {
    const settings = matcherOptionsSchema.parse(options);
    const intents = [...new Set(utterances.map((u) => u.intent))].sort();
    if (!intents.some((intent) => intent !== NONE_INTENT)) {
      throw new Error(`IntentMatcher.train: needs utterances of at least one intent other than "${NONE_INTENT}"`);
    }
    const labelOf = new Map(intents.map((intent, label) => [intent, label]));
    const { vectoriser, vectors } = TfidfVectoriser.fitTransform(
      featuresOf(utterances, settings),
      FEATURE_GROUPS.map((group) => settings.weights[group]),
      settings.maxFeatures,
    );
    const examples = vectors.map((vector, i) => ({ vector, label: labelOf.get(utterances[i].intent) as number }));
    const keys = utterances.map(({ text, intent }) => textKey(`${intent}\u0000${text}`));
    const model = SoftmaxRegression.train(examples, vectoriser.size, intents.length, settings, keys);
    const neighbours = NearestExamples.index(examples, vectoriser.size, intents.length, settings.neighbourFeatures);
    return new IntentMatcher(settings, vectoriser, model, neighbours, intents);
  }

  /**
   * In-scope intents with calibrated confidence, best first (ties by name); never NONE_INTENT.
   * At most `options.candidates` intents, the contenders; empty when no word of the text is known.
   */
  rank(text: string, limit = Infinity): ScoredIntent[] {
    return this.classify(text, limit).ranked;
  }

  /**
   * The best intent with its confidence; NONE_INTENT (with that same confidence, 0 for unknown words)
   * when it is below the threshold or when the None class, if trained, is more likely.
   */
  predict(text: string): ScoredIntent {
    const { ranked, noneScore } = this.classify(text, 1);
    const top = ranked[0] ?? { intent: NONE_INTENT, score: 0 };
    const outOfScope = top.score < this.options.threshold || noneScore > top.score;
    return outOfScope ? { intent: NONE_INTENT, score: top.score } : top;
  }

  /** The ranking and the confidence of the None class (0 when it was not trained or is not a contender). */
  classify(text: string, limit = Infinity): Classification {
    const normalised = normaliseText(text);
    const read = this.vectoriser.transform(featuresOfNormalised(normalised, this.options));
    const contenders = this.contenders(read);
    return {
      ranked: contenders.filter((scored) => scored.intent !== NONE_INTENT).slice(0, limit),
      noneScore: contenders.find((scored) => scored.intent === NONE_INTENT)?.score ?? 0,
      misspellings: read.misspellings,
      normalised,
    };
  }

  /** The most likely classes by softmax, None included, with calibrated confidences, best first. */
  private contenders(vector: SparseVector): ScoredIntent[] {
    if (vector.indices.length === 0) return [];
    const probabilities = softmaxInPlace(this.model.logits(vector, this.scores), this.options.temperature);
    const likely = topIndices(probabilities, this.options.candidates);
    const similarities = this.neighbours.bestSimilarity(vector, likely);
    const ranked: ScoredIntent[] = [];
    likely.forEach((label, i) => {
      const score = calibratedConfidence(probabilities[label], similarities[i], this.options.similarityWeight);
      insertRanked(ranked, { intent: this.intents[label], score });
    });
    return ranked;
  }
}
