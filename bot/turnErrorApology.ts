import type { TurnContext } from 'botbuilder';
import { chosenTurnLanguage } from '../dialogs/turnLanguage';
import { conversationLanguage } from '../knowledge/conversationLanguage';
import { Language } from '../knowledge/language';
import { detectLanguage } from '../knowledge/languageDetection';
import type { TextTables } from '../knowledge/texts';

/**
 * The language MainDialog chose for the failed turn (the conversation's language, so "2" in a Chinese conversation
 * is apologised for in Chinese). A turn that failed before MainDialog chose falls back to the message's own
 * language, then the locale.
 */
function languageOfFailedTurn(context: TurnContext): Language {
  const { text, locale } = context.activity;
  return chosenTurnLanguage(context) ?? conversationLanguage({ detected: detectLanguage(text ?? ''), locale });
}

/** The apology a user sees when their turn fails. */
export function turnErrorApology(texts: TextTables, context: TurnContext): string {
  return texts[languageOfFailedTurn(context)].errorApology;
}
