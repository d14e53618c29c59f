import { z } from 'zod';

/**
 * One knowledge entry: an answer in each language, the questions that train the matcher to find it,
 * and where its facts come from. Adding an entry to a YAML file under knowledge/content is all it takes
 * to teach the bot a new answer.
 */
const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** The article of the PRC Social Insurance Law the sources quote. */
export const SOURCE_ARTICLE = 64;

/**
 * A source is the page the bot is built from, Article 64 or a paragraph of it, or the sources together: what they are
 * and which text is official, as their README tells.
 */
export const sourceSchema = z.union([
  z.literal('page'),
  z.literal('sources'),
  z
    .string()
    .regex(
      new RegExp(`^Article ${SOURCE_ARTICLE}(, paragraph [1-3])?$`),
      `must be "page", "Article ${SOURCE_ARTICLE}" or "Article ${SOURCE_ARTICLE}, paragraph N" (N = 1-3)`,
    ),
]);

const MIN_TRAINING_QUESTIONS = 15;

export const localizedEntrySchema = z.object({
  /** Short label used on buttons and in "Did you mean" offers. */
  title: z.string().trim().min(1).max(80),
  /** Markdown answer; only facts found in the source documents. */
  answer: z.string().trim().min(1),
  /** Training questions; evaluation questions live apart in test/data. */
  questions: z
    .array(z.string().trim().min(1))
    .min(MIN_TRAINING_QUESTIONS, `needs at least ${MIN_TRAINING_QUESTIONS} training questions`),
});

export const entryKindSchema = z.enum([
  /** An answer from the sources. */
  'answer',
  /** The whole seven-step procedure: starts the walkthrough. */
  'procedure',
  /** One step of the procedure (has `step`). */
  'step',
  /** Greeting, help, thanks, goodbye: conversation, not facts. */
  'smalltalk',
]);

export const entrySchema = z
  .object({
    id: entryIdSchema,
    kind: entryKindSchema.default('answer'),
    source: sourceSchema.optional(),
    /** Position in the seven-step procedure, for kind "step". */
    step: z.number().int().min(1).max(7).optional(),
    /** Entries offered as follow-ups after this answer. */
    related: z.array(entryIdSchema).default([]),
    /** An ordered list the answer enumerates, so "tell me more about the second one" can be resolved. */
    items: z.array(entryIdSchema).default([]),
    /**
     * The entry that gives in full what this answer sums up, shown for "tell me more" under it: the sources do say more
     * than the summary of the steps (the steps) or the legal basis (the article).
     */
    more: entryIdSchema.optional(),
    en: localizedEntrySchema,
    zh: localizedEntrySchema,
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.kind === 'step' && entry.step === undefined) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'is required when kind is "step"' });
    }
    if (entry.kind !== 'step' && entry.step !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'is only allowed when kind is "step"' });
    }
    if (entry.kind !== 'smalltalk' && entry.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'is required for answers drawn from the sources' });
    }
  });

export const knowledgeFileSchema = z.object({ entries: z.array(entrySchema).min(1) }).strict();

export type Entry = z.infer<typeof entrySchema>;
export type Source = z.infer<typeof sourceSchema>;

/** The paragraph of Article 64 a source is, if it is one. */
export function paragraphOfSource(source: Source | undefined): number | undefined {
  const paragraph = source === undefined ? undefined : /paragraph ([1-3])$/.exec(source)?.[1];
  return paragraph === undefined ? undefined : Number(paragraph);
}
export type EntryKind = z.infer<typeof entryKindSchema>;
export type LocalizedEntry = z.infer<typeof localizedEntrySchema>;
