import { Language } from '../knowledge/language';
import { TextTables } from '../knowledge/texts';
import { starterButtons } from './buttons';
import { Reply } from './reply';

/** First message of a conversation: a short intro and the starter questions. Send it with sendReply. */
export function welcomeReply(language: Language, texts: TextTables): Reply {
  return { text: texts[language].welcome, buttons: starterButtons(texts[language]) };
}
