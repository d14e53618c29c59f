/**
 * A pure function of a string that remembers its last result. One message is read several times in a turn: in
 * both languages when it mixes scripts, by the matcher and then by the dialogs' reply parsers, so the same text
 * comes back to the same function, and one entry catches it without holding any memory.
 */
export function rememberingTheLast<T>(compute: (key: string) => T): (key: string) => T {
  let lastKey: string | undefined;
  let lastValue: T;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}
