import { seededRandom, shuffleInPlace } from './seededRandom';
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

  static train(examples: readonly LabelledVector[], featureCount: number, classCount: number, training: SoftmaxTraining): SoftmaxRegression {
    const weights = new Float32Array(featureCount * classCount);
    const bias = new Float32Array(classCount);
    const model = new SoftmaxRegression(classCount, weights, bias);
    const featureHistory = new Float64Array(featureCount);
    const biasHistory = new Float64Array(classCount);
    const error = new Float64Array(classCount);
    const active = new Int32Array(classCount);
    const activeError = new Float64Array(classCount);
    const order = examples.map((_, index) => index);
    const random = seededRandom(training.seed);
    const { learningRate, l2 } = training;

    const epochs = Math.max(training.epochs, Math.ceil(training.minUpdates / Math.max(1, examples.length)));
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      shuffleInPlace(order, random);
      for (const index of order) {
        const { vector, label } = examples[index];
        model.logitsInto(vector, error);
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
    }
    return model;
  }

  /** Raw class scores (logits) of a vector. */
  logits(vector: SparseVector): Float64Array {
    const scores = new Float64Array(this.classCount);
    this.logitsInto(vector, scores);
    return scores;
  }

  private logitsInto(vector: SparseVector, scores: Float64Array): void {
    const { weights, bias, classCount } = this;
    for (let c = 0; c < classCount; c += 1) scores[c] = bias[c];
    const { indices, values } = vector;
    for (let k = 0; k < indices.length; k += 1) {
      const row = indices[k] * classCount;
      const x = values[k];
      for (let c = 0; c < classCount; c += 1) scores[c] += weights[row + c] * x;
    }
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
