import { Language } from './language';

/** What is known about the language when a message arrives, strongest clue first. */
export interface LanguageClues {
  /** The language the user asked the answers to be in ("in Chinese please", "用英文回答"). */
  chosen?: Language;
  /** The language of the message itself; undefined when the text does not tell ("ok", "2", "next", an emoji). */
  detected?: Language;
  /** The language the conversation has used so far. */
  conversation?: Language;
  /** The channel's locale for the user (activity.locale), e.g. "zh-CN" or "en-US". */
  locale?: string;
}

/** The user's locale says Chinese for any zh variant (zh-CN, zh-TW, zh-Hant-HK); everything else gets English. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The language to answer in. The reply follows the user: a message in a language switches to it; a message that
 * does not tell keeps the conversation's language, so "next" or "2" in a Chinese conversation stays Chinese. Once the
 * user has asked for a language, the answers stay in it whatever language the questions are written in.
 */
export function conversationLanguage({ chosen, detected, conversation, locale }: LanguageClues): Language {
  return chosen ?? detected ?? conversation ?? languageOfLocale(locale);
}
