import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { Language } from '../../knowledge/language';

/** One message a simulated user sends, and how to tell that a reply answers it. */
export interface PlannedTurn {
  text: string;
  /** Text the real bot's reply must contain: the entry's answer, or the message's own marker quoted back. */
  expectedInReply: string;
}

export interface PlannedConversation {
  id: string;
  userId: string;
  locale: string;
  turns: PlannedTurn[];
}

export interface WorkloadShape {
  conversations: number;
  turnsPerConversation: number;
}

/** Decides whether a reply the bot sent answers the message it claims to answer. */
export type ReplyCheck = (turn: PlannedTurn, reply: Activity) => boolean;

export const answersItsQuestion: ReplyCheck = (turn, reply) => (reply.text ?? '').includes(turn.expectedInReply);

export const echoesItsMessage: ReplyCheck = (turn, reply) => reply.text === turn.text;

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', zh: 'zh-CN' };

/**
 * Out-of-scope requests the matcher rejects for every marker (checked for 20,000 markers), so the bot answers with
 * its fallback, which quotes the message: the marker in the reply proves which message the reply answers.
 */
const OUT_OF_SCOPE: Readonly<Record<Language, (marker: string) => string>> = {
  en: (marker) => `Order a pizza with code ${marker}`,
  zh: (marker) => `订披萨 编号 ${marker}`,
};

// Consonants only, and no digits: digits read as step numbers and vowels make words the matcher may know.
const MARKER_LETTERS = 'bcdfghjklmnpqrstvwxz';

/** A marker unique to one message of a run, made of letters Markdown escaping leaves alone. */
function markerOf(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = MARKER_LETTERS[rest % MARKER_LETTERS.length] + letters;
    rest = Math.floor(rest / MARKER_LETTERS.length);
  } while (rest > 0);
  return `qx${letters}`;
}

/**
 * The simulated users' conversations: every other conversation in Chinese; each alternates questions from the
 * knowledge (its training questions, which the matcher answers) with an out-of-scope request carrying a unique
 * marker. Conversations start at different entries, so those running side by side ask different things and a reply
 * delivered to the wrong one shows up as a wrong answer. `label` keeps the ids of separate runs apart.
 */
export function planConversations(knowledge: KnowledgeBase, { conversations, turnsPerConversation }: WorkloadShape, label: string): PlannedConversation[] {
  const { entries } = knowledge;
  return Array.from({ length: conversations }, (_, c) => {
    const language: Language = c % 2 === 0 ? 'en' : 'zh';
    const turns = Array.from({ length: turnsPerConversation }, (_unused, t): PlannedTurn => {
      if (t % 2 === 1) {
        const marker = markerOf(c * turnsPerConversation + t);
        return { text: OUT_OF_SCOPE[language](marker), expectedInReply: marker };
      }
      const localized = entries[(c + t) % entries.length][language];
      const question = localized.questions[Math.floor(c / entries.length) % localized.questions.length];
      return { text: question, expectedInReply: localized.answer };
    });
    return { id: `${label}-conversation-${c}`, userId: `${label}-user-${c}`, locale: LOCALES[language], turns };
  });
}
