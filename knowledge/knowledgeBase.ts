import { KnowledgeError } from './knowledgeError';
import { Language } from './language';
import { Entry } from './schema';

export interface KnowledgeSource {
  file: string;
  entries: Entry[];
}

const STEP_COUNT = 7;

/** The validated entries, with the cross-entry rules checked (unique ids, known references, steps 1-7). */
export class KnowledgeBase {
  private readonly byId: ReadonlyMap<string, Entry>;
  /** Steps of the procedure, index 0 = step 1. */
  readonly steps: readonly Entry[];
  readonly procedure: Entry;

  private constructor(readonly entries: readonly Entry[]) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.steps = entries.filter((e) => e.kind === 'step').sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
    this.procedure = entries.find((e) => e.kind === 'procedure') as Entry;
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
        for (const field of ['related', 'items'] as const) {
          for (const id of entry[field]) {
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
    if (problems.length) throw new KnowledgeError(sources.map((s) => s.file).join(', '), problems);
    return new KnowledgeBase(all);
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** Training examples for one language: every question labelled with its entry id. */
  trainingExamples(language: Language): Array<{ text: string; intent: string }> {
    return this.entries.flatMap((entry) => entry[language].questions.map((text) => ({ text, intent: entry.id })));
  }
}
