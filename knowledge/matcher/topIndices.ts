/**
 * The indices of the `count` highest scores, highest first, ties by lower index: one pass with a short sorted list,
 * no full sort and no comparator calls (it serves every message).
 */
export function topIndices(scores: ArrayLike<number>, count: number): number[] {
  const top: number[] = [];
  for (let index = 0; index < scores.length; index += 1) {
    const score = scores[index];
    if (top.length === count && score <= scores[top[count - 1]]) continue;
    // Shift the lower scores down one place (dropping the last when the list is full) and put this one above them.
    let at = Math.min(top.length, count - 1);
    while (at > 0 && scores[top[at - 1]] < score) {
      top[at] = top[at - 1];
      at -= 1;
    }
    top[at] = index;
  }
  return top;
}
