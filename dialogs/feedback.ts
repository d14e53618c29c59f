import { languages } from '../knowledge/language';
import { normaliseReply } from '../knowledge/navigation';
import { Entry } from '../knowledge/schema';
import { TextTables, UiTexts } from '../knowledge/texts';
import { ReplyButton, titleButton } from './reply';

/** Helpful / Not helpful, offered under each knowledge answer. */
export function feedbackButtons(texts: UiTexts): ReplyButton[] {
  return [texts.buttons.helpful, texts.buttons.notHelpful].map(titleButton);
}

/** Every message is checked against the feedback titles: they are normalised once per text table. */
const feedbackTitles = new WeakMap<TextTables, ReadonlyMap<string, boolean>>();

function feedbackTitlesOf(texts: TextTables): ReadonlyMap<string, boolean> {
  let titles = feedbackTitles.get(texts);
  if (!titles) {
    const byTitle = new Map<string, boolean>();
    for (const language of languages) {
      const { helpful, notHelpful } = texts[language].buttons;
      for (const [title, meaning] of [[helpful, true], [notHelpful, false]] as const) {
        // Should a title be both (Helpful in one language, Not helpful in another), the first one read wins.
        const key = normaliseReply(title);
        if (!byTitle.has(key)) byTitle.set(key, meaning);
      }
    }
    titles = byTitle;
    feedbackTitles.set(texts, titles);
  }
  return titles;
}

/**
 * Whether a message is a click on a feedback button, in either language: true for Helpful, false for Not helpful,
 * undefined for anything else. Only the exact titles count (in any case, width or script), so "that was not helpful,
 * how do I ..." is still a question.
 */
export function feedbackOf(text: string, texts: TextTables): boolean | undefined {
  return feedbackTitlesOf(texts).get(normaliseReply(text));
}

/** Answers drawn from the sources ask for feedback; small talk ("thanks", "bye") does not. */
export function offersFeedback(entry: Entry): boolean {
  return entry.kind === 'answer';
}
