import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { Language } from '../knowledge/language';
import { fillTemplate, UiTexts } from '../knowledge/texts';

/** A step as the bot shows it, in the walkthrough or as an answer: "Step N of 7" over the step's text. */
export function stepText(knowledge: KnowledgeBase, texts: UiTexts, step: number, language: Language): string {
  const header = fillTemplate(texts.stepHeader, { step, total: knowledge.steps.length });
  return `${header}\n\n${knowledge.steps[step - 1][language].answer}`;
}
