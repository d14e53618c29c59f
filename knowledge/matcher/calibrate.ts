/**
 * Sixth stage: one confidence in [0, 1] from the two scores of an intent. The temperature-scaled
 * softmax probability says which intent is most likely; the nearest-example similarity says how close
 * the message is to anything the intent was trained on, which the softmax cannot (it always sums to 1).
 */
export function calibratedConfidence(probability: number, similarity: number, similarityWeight: number): number {
  return (1 - similarityWeight) * probability + similarityWeight * similarity;
}

/**
 * A softmax probability as the share of the way from chance (1 / outcomes) to certainty, 0 at or below chance.
 * A softmax over few classes gives even an out-of-scope message a high probability (chance is 1/8 with eight),
 * one over 150 a low one, so the same threshold on the raw probability rejects far less on a small corpus; above
 * chance, one threshold means the same thing at every size (and barely moves on many classes).
 */
export function probabilityAboveChance(probability: number, outcomes: number): number {
  const chance = 1 / outcomes;
  return Math.max(0, (probability - chance) / (1 - chance));
}
