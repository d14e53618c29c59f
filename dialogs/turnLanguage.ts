import { TurnContext } from 'botbuilder';
import { Language } from '../knowledge/language';

/**
 * The language of the current turn, decided once by MainDialog and read by the dialog that answers, which may be
 * one that started turns ago in another language ("next" after a switch to Chinese must answer in Chinese).
 */
const TURN_LANGUAGE = Symbol('turnLanguage');

export function setTurnLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(TURN_LANGUAGE, language);
}

/** The language MainDialog chose for this turn; undefined when it has not run (not a message, or one refused before it). */
export function chosenTurnLanguage(context: TurnContext): Language | undefined {
  return context.turnState.get(TURN_LANGUAGE) as Language | undefined;
}

export function turnLanguage(context: TurnContext): Language {
  const language = chosenTurnLanguage(context);
  if (!language) throw new Error('turnLanguage: no language set for this turn; run the dialogs under MainDialog, which sets it');
  return language;
}
