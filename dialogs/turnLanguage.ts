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

export function turnLanguage(context: TurnContext): Language {
  const language = context.turnState.get(TURN_LANGUAGE) as Language | undefined;
  if (!language) throw new Error('turnLanguage: no language set for this turn; run the dialogs under MainDialog, which sets it');
  return language;
}
