import { version as nlpjsVersion } from 'node-nlp/package.json';
import { Language } from '../knowledge/language';
import { LabeledUtterance } from '../knowledge/matcher/types';

/** What the NLU benchmark needs from an engine: learn from labelled utterances, then label one message. */
export interface NluEngine {
  train(utterances: readonly LabeledUtterance[]): Promise<void>;
  /** The intent of one message, NONE_INTENT when out of scope. */
  classify(text: string): Promise<string>;
}

export const engineLabels = {
  project: 'project',
  nlpjs: `NLP.js ${nlpjsVersion}`,
  bot: 'bot (KnowledgeMatcher)',
} as const;

export type EngineName = keyof typeof engineLabels;

/**
 * Each engine's code is imported only when it is asked for, so the memory a benchmark process measures is that
 * engine's alone (loading NLP.js by itself takes about 90 MB).
 */
export async function createEngine(name: EngineName, language: Language): Promise<NluEngine> {
  if (name === 'project') {
    const { ProjectEngine } = await import('./projectEngine');
    return new ProjectEngine();
  }
  if (name === 'bot') {
    const [{ BotEngine }, { loadProjectKnowledge }] = await Promise.all([import('./botEngine'), import('./projectData')]);
    return new BotEngine(language, loadProjectKnowledge());
  }
  const { NlpjsBaseline } = await import('./nlpjsBaseline');
  return new NlpjsBaseline(language);
}
