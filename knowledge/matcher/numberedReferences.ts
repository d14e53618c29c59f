/**
 * Articles and steps named by their number. The number is a strong feature, but a number the knowledge never uses
 * has none, so the words around it decided alone: "article 63" got Article 64 (0.94), "第65条" step 5, "step 8"
 * step 2. Reads the normalised text (normalise.ts), where ordinals are digits: 第六十三条 is 第63条, "ninth step" is
 * "9 step".
 */
export interface NumberedReference {
  kind: 'article' | 'step';
  number: number;
}

// Chinese 第N条 with N up to ten is as often "the Nth item" of a list as an article: an article then needs a law
// before it (劳动法第3条). Above ten it is an article.
const REFERENCES: ReadonlyArray<readonly [NumberedReference['kind'], RegExp, number]> = [
  ['article', /\b(?:article|art)\.? ?(\d+)/g, 0],
  ['article', /法第(\d+)条/g, 0],
  ['article', /(?<!法)第?(\d+)条/g, 11],
  ['step', /\bstep (\d+)/g, 0],
  ['step', /\b(\d+) step/g, 0],
  ['step', /第(\d+)步|步骤(\d+)/g, 0],
];

/** Every article and step the normalised text names by number, each once. */
export function numberedReferences(normalised: string): NumberedReference[] {
  // Most messages have no digit: six patterns run over every message would cost more than the rest of this module.
  if (!/\d/.test(normalised)) return [];
  const found = new Map<string, NumberedReference>();
  for (const [kind, pattern, least] of REFERENCES) {
    for (const match of normalised.matchAll(pattern)) {
      const number = Number(match[1] ?? match[2]);
      if (number >= least) found.set(referenceKey({ kind, number }), { kind, number });
    }
  }
  return [...found.values()];
}

export const referenceKey = ({ kind, number }: NumberedReference): string => `${kind} ${number}`;
