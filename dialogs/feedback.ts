import { languages } from '../knowledge/language';
import { normaliseReply } from '../knowledge/navigation';
import { Entry } from '../knowledge/schema';
import { TextTables, UiTexts } from '../knowledge/texts';
import { ReplyButton, titleButton } from './reply';

/** Helpful / Not helpful, offered under each knowledge answer. */
export function feedbackButtons(texts: UiTexts): ReplyButton[] {
  return [texts.buttons.helpful, texts.buttons.notHelpful].map(titleButton);
}

/**
 * Whether a message is a click on a feedback button, in either language: true for Helpful, false for Not helpful,
 * undefined for anything else. Only the exact titles count (in any case, width or script), so "that was not helpful,
 * how do I ..." is still a question.
 */
export function feedbackOf(text: string, texts: TextTables): boolean | undefined {
  const reply = normaliseReply(text);
  for (const language of languages) {
    const { helpful, notHelpful } = texts[language].buttons;
    if (reply === normaliseReply(helpful)) return true;
    if (reply === normaliseReply(notHelpful)) return false;
  }
  return undefined;
}

/** Answers drawn from the sources ask for feedback; small talk ("thanks", "bye") does not. */
export function offersFeedback(entry: Entry): boolean {
  return entry.kind === 'answer';
}
