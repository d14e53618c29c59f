/**
 * How many typing mistakes (insertions, deletions, substitutions, swaps of two neighbours) a word may hold and still
 * be read as a training word: none in a word of 3 letters or fewer, where one change makes another word ("tap",
 * "tax"), one up to 7 letters, two from 8.
 */
export function typosAllowed(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** Rows of the distance table, reused from one comparison to the next. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The edit distance of two words counting a swap of neighbours as one edit (optimal string alignment, natural's
 * DamerauLevenshteinDistance with `restricted: true`), or `limit + 1` as soon as it must exceed `limit`. natural's
 * function builds an object per cell and cannot stop early: a vocabulary of 6,000 words took it milliseconds a word.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2] + 1);
      current[j] = distance;
      if (distance < rowBest) rowBest = distance;
    }
    if (rowBest > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length], limit + 1);
}

const bucketOf = (firstLetter: string, length: number): string => `${firstLetter}${length}`;

/**
 * The training vocabulary, asked which known word an unknown one is a misspelling of. A misspelling keeps the first
 * letter, as people seldom mistype the start of a word: without that rule "spending" would be "ending" with two
 * letters lost. So the words are kept by first letter and length, and an unknown word is compared with a few
 * buckets of words only.
 */
export class Spelling {
  private readonly wordsByBucket = new Map<string, string[]>();

  /** `words` in a fixed order: among equally close words the shorter is chosen, then the first given. */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      const bucket = bucketOf(word[0], word.length);
      const known = this.wordsByBucket.get(bucket);
      if (known) known.push(word);
      else this.wordsByBucket.set(bucket, [word]);
    }
  }

  /** The closest known word within typosAllowed(word) changes, or undefined when there is none. */
  correct(word: string): string | undefined {
    const allowed = typosAllowed(word);
    if (allowed === 0) return undefined;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (let length = word.length - allowed; length <= word.length + allowed; length += 1) {
      for (const known of this.wordsByBucket.get(bucketOf(word[0], length)) ?? []) {
        const distance = editDistanceWithin(word, known, bestDistance - 1);
        if (distance < bestDistance) {
          best = known;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
