/**
 * Sixth stage: one confidence in [0, 1] from the two scores of an intent. The temperature-scaled
 * softmax probability says which intent is most likely; the nearest-example similarity says how close
 * the message is to anything the intent was trained on, which the softmax cannot (it always sums to 1).
 */
export function calibratedConfidence(probability: number, similarity: number, similarityWeight: number): number {
  return (1 - similarityWeight) * probability + similarityWeight * similarity;
}
