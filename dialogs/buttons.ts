import { fillTemplate, UiTexts } from '../knowledge/texts';
import { ReplyButton, titleButton } from './reply';

/** The starter questions, in the order they are offered. */
export function starterQuestions(texts: UiTexts): string[] {
  const { procedure, functions, article64 } = texts.starters;
  return [procedure, functions, article64];
}

/** The starter questions as buttons; clicked, each is matched like a typed question. */
export function starterButtons(texts: UiTexts): ReplyButton[] {
  return starterQuestions(texts).map(titleButton);
}

/** Brings an interrupted walkthrough back; its title parses as "go to step N" in either language. */
export function resumeButton(texts: UiTexts, step: number): ReplyButton {
  return titleButton(fillTemplate(texts.buttons.resume, { step }));
}

/** Extra button offered with every answer while a walkthrough is paused. */
export function resumeButtons(texts: UiTexts, pausedStep: number | undefined): ReplyButton[] {
  return pausedStep === undefined ? [] : [resumeButton(texts, pausedStep)];
}

/**
 * The controls under every step of the walkthrough. Under the last, "Done" stands for "Next": a "Next" there led to
 * no step, only to "That was the last step".
 */
export function stepControls(texts: UiTexts, last: boolean): ReplyButton[] {
  const { next, done, back, repeat, allSteps, stop } = texts.buttons;
  return [last ? done : next, back, repeat, allSteps, stop].map(titleButton);
}
