import { z } from 'zod';
import { languageSchema } from './language';

/**
 * The knowledge base as question-answer rows in the layout of Azure AI Language custom question answering (and QnA
 * Maker before it): one row per training question, the answer repeated on each row of its pair, one pair per entry
 * and language. What Azure has no column for (entry id, language, file, kind, step, title, follow-ups) travels in the
 * Metadata column as `key:value|key:value`.
 */
export const QNA_COLUMNS = ['Question', 'Answer', 'Source', 'Metadata', 'SuggestedQuestions', 'IsContextOnly', 'Prompts', 'QnaId'] as const;
export type QnaColumn = (typeof QNA_COLUMNS)[number];

/** The columns an import reads. The others are rebuilt from these on export, for Azure's benefit only. */
export const IMPORTED_COLUMNS = ['Question', 'Answer', 'Source', 'Metadata'] as const satisfies readonly QnaColumn[];

/** Azure's name for pairs written by hand; here it stands for an entry without a source (small talk). */
export const NO_SOURCE = 'Editorial';

const idList = z
  .string()
  .optional()
  .transform((list) => (list ? list.split(',').map((id) => id.trim()).filter(Boolean) : []));

/** The Metadata column, decoded; field contents are checked later by the knowledge schema itself. */
export const qnaMetadataSchema = z
  .object({
    id: z.string().min(1),
    lang: languageSchema,
    /** The YAML file under knowledge/content the entry lives in, without ".yaml". */
    file: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be a file name without folder or extension, such as "procedure"'),
    kind: z.string().optional(),
    step: z.coerce.number().optional(),
    title: z.string(),
    related: idList,
    items: idList,
    more: z.string().optional(),
  })
  .strict();

export type QnaMetadata = z.infer<typeof qnaMetadataSchema>;
export type QnaMetadataInput = z.input<typeof qnaMetadataSchema>;

// Azure reserves ":" and "|" as separators; "%" escapes them (and itself), so titles such as "Step 1: Open Alipay" fit.
const encodeValue = (value: string) => value.replace(/[%:|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
const decodeValue = (value: string) => value.replace(/%(25|3A|7C)/gi, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** `key:value|key:value`, in the order given, leaving out empty values. */
export function formatMetadata(metadata: QnaMetadataInput): string {
  return Object.entries(metadata)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}:${encodeValue(String(value))}`)
    .join('|');
}

/** The key-value pairs of a Metadata cell, or a message saying what is wrong with it. */
export function parseMetadata(cell: string): Record<string, string> | string {
  const pairs: Record<string, string> = {};
  for (const pair of cell.split('|').filter((part) => part.trim() !== '')) {
    const colon = pair.indexOf(':');
    if (colon <= 0) return `"${pair}" is not key:value`;
    const key = pair.slice(0, colon).trim();
    if (key in pairs) return `key "${key}" appears twice`;
    pairs[key] = decodeValue(pair.slice(colon + 1).trim());
  }
  return pairs;
}
