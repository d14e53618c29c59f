import { join } from 'node:path';
import { projectRoot } from '../bot/projectRoot';
import { loadDataset } from '../knowledge/evaluation/dataset';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { Language } from '../knowledge/language';
import { loadKnowledge } from '../knowledge/loader';
import { LabeledUtterance } from '../knowledge/matcher/types';

// Paths relative to the project root: that is where they are read from, and how reports name them.
export const knowledgeDirectory = join('knowledge', 'content');
export const questionsFile = (language: Language): string => join('test', 'data', `questions.${language}.json`);

export function loadProjectKnowledge(): KnowledgeBase {
  return loadKnowledge(join(projectRoot, knowledgeDirectory));
}

/** The held-out questions of one language: never trained on, never tuned on (see test/data/README.md). */
export function loadQuestions(language: Language): LabeledUtterance[] {
  return loadDataset(join(projectRoot, questionsFile(language)));
}
