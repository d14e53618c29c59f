/**
 * The order in which training visits its examples, epoch by epoch. A shuffle of the examples' positions (Fisher-Yates
 * from a seed) gave every example a new place whenever one was added or removed, and the bot's model, a few epochs
 * from convergence, followed its order: one out-of-scope example added to the knowledge moved seven other decisions
 * of the bot's tests, much as another seed did. Here each example's place comes from its own text: adding one
 * inserts it among the others, whose order between themselves stays as it was.
 */

/** FNV-1a over a text's UTF-16 code units: the same text, the same key, whatever else is trained with it. */
export function textKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Murmur3's finaliser: every bit of the key moves about half of the result's bits. */
function mix(key: number): number {
  let h = key >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// An example's sort value packs its mixed key above its position, so that one native sort of doubles orders the
// examples (equal texts by position): exact while key x 2^21 + position stays below 2^53.
const POSITIONS = 2 ** 21;

/** The examples' positions in the order of an epoch: by their keys mixed with the seed and the epoch. */
export function epochOrder(keys: ArrayLike<number>, seed: number, epoch: number): Int32Array {
  if (keys.length > POSITIONS) throw new RangeError(`epochOrder: at most ${POSITIONS} examples, got ${keys.length}`);
  const salt = mix(seed ^ mix(epoch + 1));
  const sorted = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) sorted[i] = mix(keys[i] ^ salt) * POSITIONS + i;
  sorted.sort();
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) order[i] = sorted[i] % POSITIONS;
  return order;
}
