import { Matcher } from '../../../dialogs/dialogDependencies';
import { MainDialog } from '../../../dialogs/mainDialog';
import { QuestionLog } from '../../../dialogs/questionLog';
import { KnowledgeMatcher } from '../../../knowledge/knowledgeMatcher';
import { Language } from '../../../knowledge/language';
import { loadKnowledge } from '../../../knowledge/loader';
import { MatchResult } from '../../../knowledge/matcher/types';
import { fillTemplate, loadTexts } from '../../../knowledge/texts';
import { Chat, ChatOptions } from './chat';

/** The real knowledge, texts and matcher, as the bot loads them. */
export const knowledge = loadKnowledge('knowledge/content');
export const texts = loadTexts('knowledge/texts');

let trainedMatcher: Matcher | undefined;
export function realMatcher(): Matcher {
  trainedMatcher ??= KnowledgeMatcher.fromKnowledge(knowledge);
  return trainedMatcher;
}

export function chatWithAssistant(options: ChatOptions & { matcher?: Matcher; questionLog?: QuestionLog } = {}): Chat {
  return new Chat(new MainDialog({ knowledge, texts, matcher: options.matcher ?? realMatcher(), questionLog: options.questionLog }), options);
}

/**
 * The real matcher, except that the given messages get a "did you mean" decision offering the given entries: which
 * real messages fall between two answers depends on the training data, while the offer itself must be tested.
 */
export function matcherAskingToClarify(offers: Readonly<Record<string, readonly string[]>>): Matcher {
  return {
    match(text: string, language: Language): MatchResult {
      const offered = offers[text];
      if (!offered) return realMatcher().match(text, language);
      const candidates = offered.map((intent, i) => ({ intent, score: 0.4 - i * 0.1 }));
      return { text, language, intent: offered[0], score: candidates[0].score, candidates, decision: 'clarify' };
    },
  };
}

export function entry(id: string) {
  const found = knowledge.get(id);
  if (!found) throw new Error(`test refers to unknown entry ${id}`);
  return found;
}

export const titleOf = (id: string, language: Language) => entry(id)[language].title;
export const answerOf = (id: string, language: Language) => entry(id)[language].answer;

/** The titles an answer offers next: its own list, then its related entries. */
export function followUpTitles(id: string, language: Language): string[] {
  const { items, related } = entry(id);
  return [...new Set([...items, ...related])].map((other) => titleOf(other, language));
}

/** What the walkthrough shows for step n: the header from the UI texts, then the step's answer. */
export function stepText(step: number, language: Language): string {
  const header = fillTemplate(texts[language].stepHeader, { step, total: knowledge.steps.length });
  return `${header}\n\n${knowledge.steps[step - 1][language].answer}`;
}

/** The controls under a step: "Done" in place of "Next" under the last (step 7), "Next" under any other. */
export function stepControls(language: Language, step = 1): string[] {
  const { next, done, back, repeat, allSteps, stop } = texts[language].buttons;
  return [step === knowledge.steps.length ? done : next, back, repeat, allSteps, stop];
}

export function starterTitles(language: Language): string[] {
  const { procedure, functions, article64 } = texts[language].starters;
  return [procedure, functions, article64];
}

/** Helpful / Not helpful, under every answer drawn from the sources. */
export function feedbackTitles(language: Language): string[] {
  const { helpful, notHelpful } = texts[language].buttons;
  return [helpful, notHelpful];
}

export function resumeTitle(step: number, language: Language): string {
  return fillTemplate(texts[language].buttons.resume, { step });
}
