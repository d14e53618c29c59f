/**
 * Manifest fields named the way a person editing manifest.json names them, and the way Teams localization files key
 * their texts: "bots[0].commandLists[1].commands[2].title".
 */

/** The segments of a field, outermost first: strings for object keys, numbers for array indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/** ["bots", 0, "commandLists", 1] (or "0" and "1", as JSON pointers and zod give them) -> "bots[0].commandLists[1]". */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  const name = path
    .map((segment) => String(segment))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  return name || '(top level)';
}

const SEGMENT = /^([^.[\]]+)((?:\[\d+\])*)$/;

/**
 * "bots[0].commandLists[1].title" -> ["bots", 0, "commandLists", 1, "title"]; undefined when the name is not written
 * that way (an empty segment, an index that is not a number).
 */
export function parseFieldName(name: string): FieldPath | undefined {
  const path: Array<string | number> = [];
  for (const part of name.split('.')) {
    const match = SEGMENT.exec(part);
    if (!match) return undefined;
    path.push(match[1], ...[...match[2].matchAll(/\[(\d+)\]/g)].map((index) => Number(index[1])));
  }
  return path;
}

/**
 * Where a field path leaves the document: the longest prefix of `path` that does not exist in it (so the first
 * missing segment is its last), or undefined when the whole path exists.
 */
export function missingPrefix(document: unknown, path: FieldPath): FieldPath | undefined {
  let node = document;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth];
    const exists =
      typeof segment === 'number'
        ? Array.isArray(node) && segment < node.length
        : typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, segment);
    if (!exists) return path.slice(0, depth + 1);
    node = (node as Record<string | number, unknown>)[segment];
  }
  return undefined;
}

/** The value at a field path that exists (see missingPrefix). */
export function valueAt(document: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], document);
}
