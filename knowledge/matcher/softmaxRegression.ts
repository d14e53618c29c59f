import { epochOrder } from './trainingOrder';
import { SparseVector } from './vectoriser';

// Once the model is fairly sure, most classes get a probability (= error) near zero; skipping their
// weight updates makes an epoch on 150 intents several times faster, and acts as a mild regulariser.
const NEGLIGIBLE_ERROR = 1e-3;

export interface SoftmaxTraining {
  epochs: number;
  minUpdates: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LabelledVector {
  vector: SparseVector;
  label: number;
}

/** What AdaGrad remembers between updates, and buffers that every update reuses. */
class AdaGradState {
  /** Squared gradients summed so far: per feature (weighted by the example's error), and per class for the bias. */
  readonly featureHistory: Float64Array;
  readonly biasHistory: Float64Array;
  /** The current example's probabilities, then errors, by class; the classes whose error counts, and their errors. */
  readonly error: Float64Array;
  readonly active: Int32Array;
  readonly activeError: Float64Array;

  constructor(
    featureCount: number,
    classCount: number,
    readonly learningRate: number,
    readonly l2: number,
  ) {
    this.featureHistory = new Float64Array(featureCount);
    this.biasHistory = new Float64Array(classCount);
    this.error = new Float64Array(classCount);
    this.active = new Int32Array(classCount);
    this.activeError = new Float64Array(classCount);
  }
}

/**
 * Fifth stage (scores): multinomial logistic regression over sparse vectors, trained by AdaGrad with
 * one adaptive rate per feature (not per weight): rare features learn fast, frequent ones slowly,
 * at a fraction of the memory and square roots of per-weight AdaGrad. Weights are stored
 * feature-major (all classes of one feature side by side), so scoring reads contiguous memory.
 */
export class SoftmaxRegression {
  private constructor(
    readonly classCount: number,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {}

  /**
   * Trains on the examples, visiting them in each epoch in an order drawn from their keys (trainingOrder.ts): give
   * each example a key of its own content (textKey) so that adding an example does not reorder the others.
   */
  static train(
    examples: readonly LabelledVector[],
    featureCount: number,
    classCount: number,
    training: SoftmaxTraining,
    keys: ArrayLike<number> = examples.map((_, index) => index),
  ): SoftmaxRegression {
    const model = new SoftmaxRegression(classCount, new Float32Array(featureCount * classCount), new Float32Array(classCount));
    const state = new AdaGradState(featureCount, classCount, training.learningRate, training.l2);
    const epochs = Math.max(training.epochs, Math.ceil(training.minUpdates / Math.max(1, examples.length)));
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      for (const index of epochOrder(keys, training.seed, epoch)) model.learn(examples[index], state);
    }
    return model;
  }

  /**
   * One AdaGrad update of the weights on one example, with the squared gradients summed so far in `state`.
   * A method of its own, called for every example, rather than the body of train()'s loop: V8 then optimises
   * it within the first few hundred examples, where the loop of a long-running train() would wait for on-stack
   * replacement and be deoptimised at the end of the first epoch (its last lines not yet run when compiled).
   */
  private learn({ vector, label }: LabelledVector, state: AdaGradState): void {
    const { weights, bias, classCount } = this;
    const { featureHistory, biasHistory, error, active, activeError, learningRate, l2 } = state;
    this.logits(vector, error);
    softmaxInPlace(error, 1);
    error[label] -= 1;
    let activeCount = 0;
    let errorNorm = 0;
    for (let c = 0; c < classCount; c += 1) {
      const gradient = error[c];
      if (Math.abs(gradient) < NEGLIGIBLE_ERROR) continue;
      active[activeCount] = c;
      activeError[activeCount] = gradient;
      activeCount += 1;
      errorNorm += gradient * gradient;
      biasHistory[c] += gradient * gradient;
      bias[c] -= (learningRate * gradient) / Math.sqrt(biasHistory[c]);
    }
    const { indices, values } = vector;
    for (let k = 0; k < indices.length; k += 1) {
      const feature = indices[k];
      const x = values[k];
      featureHistory[feature] += x * x * errorNorm;
      const rate = learningRate / (Math.sqrt(featureHistory[feature]) + 1e-8);
      const row = feature * classCount;
      for (let a = 0; a < activeCount; a += 1) {
        const at = row + active[a];
        const weight = weights[at];
        weights[at] = weight - rate * (activeError[a] * x + l2 * weight);
      }
    }
  }

  /**
   * Raw class scores (logits) of a vector, bias + weights · vector, written into `scores` (one per class).
   * Eight classes at a time, then four, then one, so that the running sums stay in registers instead of going through
   * memory at every feature: four at a time was about twice as fast as one, and eight a fifth faster again. Each sum
   * still adds the features in vector order, so every score is the same number, to the last bit, as one class at a time.
   */
  logits(vector: SparseVector, scores: Float64Array = new Float64Array(this.classCount)): Float64Array {
    let c = 0;
    for (; c + 8 <= this.classCount; c += 8) this.sumEight(vector, c, scores);
    for (; c + 4 <= this.classCount; c += 4) this.sumFour(vector, c, scores);
    for (; c < this.classCount; c += 1) this.sumOne(vector, c, scores);
    return scores;
  }

  private sumEight({ indices, values }: SparseVector, c: number, scores: Float64Array): void {
    const { weights, bias, classCount } = this;
    let s0 = bias[c];
    let s1 = bias[c + 1];
    let s2 = bias[c + 2];
    let s3 = bias[c + 3];
    let s4 = bias[c + 4];
    let s5 = bias[c + 5];
    let s6 = bias[c + 6];
    let s7 = bias[c + 7];
    for (let k = 0; k < indices.length; k += 1) {
      const at = indices[k] * classCount + c;
      const x = values[k];
      s0 += weights[at] * x;
      s1 += weights[at + 1] * x;
      s2 += weights[at + 2] * x;
      s3 += weights[at + 3] * x;
      s4 += weights[at + 4] * x;
      s5 += weights[at + 5] * x;
      s6 += weights[at + 6] * x;
      s7 += weights[at + 7] * x;
    }
    scores[c] = s0;
    scores[c + 1] = s1;
    scores[c + 2] = s2;
    scores[c + 3] = s3;
    scores[c + 4] = s4;
    scores[c + 5] = s5;
    scores[c + 6] = s6;
    scores[c + 7] = s7;
  }

  private sumFour({ indices, values }: SparseVector, c: number, scores: Float64Array): void {
    const { weights, bias, classCount } = this;
    let s0 = bias[c];
    let s1 = bias[c + 1];
    let s2 = bias[c + 2];
    let s3 = bias[c + 3];
    for (let k = 0; k < indices.length; k += 1) {
      const at = indices[k] * classCount + c;
      const x = values[k];
      s0 += weights[at] * x;
      s1 += weights[at + 1] * x;
      s2 += weights[at + 2] * x;
      s3 += weights[at + 3] * x;
    }
    scores[c] = s0;
    scores[c + 1] = s1;
    scores[c + 2] = s2;
    scores[c + 3] = s3;
  }

  private sumOne({ indices, values }: SparseVector, c: number, scores: Float64Array): void {
    const { weights, bias, classCount } = this;
    let sum = bias[c];
    for (let k = 0; k < indices.length; k += 1) sum += weights[indices[k] * classCount + c] * values[k];
    scores[c] = sum;
  }
}

/** Softmax of scores divided by a temperature (>1 flattens, <1 sharpens), in place. */
export function softmaxInPlace(scores: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i += 1) if (scores[i] > max) max = scores[i];
  let sum = 0;
  for (let i = 0; i < scores.length; i += 1) {
    scores[i] = Math.exp((scores[i] - max) / temperature);
    sum += scores[i];
  }
  for (let i = 0; i < scores.length; i += 1) scores[i] /= sum;
  return scores;
}
