import { articleParagraphsOf, ARTICLE_PARAGRAPH_COUNT } from './articleParagraphs';
import { KnowledgeError } from './knowledgeError';
import { Language } from './language';
import { Entry, paragraphOfSource, SOURCE_ARTICLE } from './schema';

export interface KnowledgeSource {
  file: string;
  entries: Entry[];
}

const STEP_COUNT = 7;

const ARTICLE_IN_FULL = `Article ${SOURCE_ARTICLE}`;

/** The validated entries, with the cross-entry rules checked (unique ids, known references, steps 1-7). */
export class KnowledgeBase {
  private readonly byId: ReadonlyMap<string, Entry>;
  /** Steps of the procedure, index 0 = step 1. */
  readonly steps: readonly Entry[];
  readonly procedure: Entry;
  /** The entry quoting the article in full, and its paragraphs by language (index 0 = paragraph 1), if there is one. */
  readonly articleInFull: { entry: Entry; paragraphs: Readonly<Record<Language, readonly string[]>> } | undefined;

  private constructor(readonly entries: readonly Entry[]) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.steps = entries.filter((e) => e.kind === 'step').sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
    this.procedure = entries.find((e) => e.kind === 'procedure') as Entry;
    const article = entries.find((entry) => entry.source === ARTICLE_IN_FULL);
    const paragraphs = article && articleParagraphsOf(article);
    this.articleInFull = article && paragraphs && { entry: article, paragraphs };
  }

  static fromFiles(sources: readonly KnowledgeSource[]): KnowledgeBase {
    const fileOf = new Map<string, string>();
    const problems: string[] = [];

    for (const { file, entries } of sources) {
      for (const entry of entries) {
        const earlier = fileOf.get(entry.id);
        if (earlier) problems.push(`${file}: entry "${entry.id}", field "id": already defined in ${earlier}`);
        else fileOf.set(entry.id, file);
      }
    }
    for (const { file, entries } of sources) {
      for (const entry of entries) {
        for (const field of ['related', 'items', 'more'] as const) {
          for (const id of [entry[field] ?? []].flat()) {
            if (!fileOf.has(id)) problems.push(`${file}: entry "${entry.id}", field "${field}": unknown entry "${id}"`);
          }
        }
      }
    }
    const all = sources.flatMap((s) => s.entries);
    const procedures = all.filter((e) => e.kind === 'procedure');
    if (procedures.length !== 1) problems.push(`needs exactly one entry of kind "procedure", found ${procedures.length}`);
    for (let step = 1; step <= STEP_COUNT; step += 1) {
      const found = all.filter((e) => e.kind === 'step' && e.step === step).length;
      if (found !== 1) problems.push(`needs exactly one entry with kind "step" and step ${step}, found ${found}`);
    }
    // A paragraph asked for is quoted from the article in full ("what does paragraph 3 say?").
    if (all.some((entry) => paragraphOfSource(entry.source) !== undefined)) {
      const inFull = all.filter((entry) => entry.source === ARTICLE_IN_FULL);
      if (inFull.length !== 1 || !articleParagraphsOf(inFull[0])) {
        problems.push(
          `entries cite paragraphs of ${ARTICLE_IN_FULL}: needs exactly one entry with source "${ARTICLE_IN_FULL}" quoting its ${ARTICLE_PARAGRAPH_COUNT} paragraphs as a block quote ("> ") in each language (entries with that source: ${inFull.map((entry) => entry.id).join(', ') || 'none'})`,
        );
      }
    }
    if (problems.length) throw new KnowledgeError(sources.map((s) => s.file).join(', '), problems);
    return new KnowledgeBase(all);
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** The list of entries an entry is an item of (the functions, for each of them). */
  listHaving(id: string): Entry | undefined {
    return this.entries.find((entry) => entry.items.includes(id));
  }

  /** Training examples for one language: every question labelled with its entry id. */
  trainingExamples(language: Language): Array<{ text: string; intent: string }> {
    return this.entries.flatMap((entry) => entry[language].questions.map((text) => ({ text, intent: entry.id })));
  }
}
