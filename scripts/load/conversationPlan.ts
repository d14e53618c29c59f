import type { Activity } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { amendmentAsked } from '../../knowledge/amendmentQuestion';
import { fundClaimVerdict } from '../../knowledge/fundClaims';
import { asksWhichOtherFunds, fundAskedOfPooling } from '../../knowledge/fundPooling';
import { asksYesOrNo } from '../../knowledge/matcher/confirmationTag';
import { Language, languages } from '../../knowledge/language';
import { asksSimpler, asksStepByStep, bareOrdinalReference, praisesTheAnswer, withoutTheParagraphNamed } from '../../knowledge/navigation';
import type { LocalizedEntry } from '../../knowledge/schema';

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
  /**
   * How many conversations the same bot was sent before these (default 0). The markers continue from there, so no
   * out-of-scope request repeats within a session: the bot remembers its recent decisions, and a request it had seen
   * in an earlier round would be answered from that memory instead of being matched.
   */
  conversationsBefore?: number;
}

/** Decides whether a reply the bot sent answers the message it claims to answer. */
export type ReplyCheck = (turn: PlannedTurn, reply: Activity) => boolean;

export const answersItsQuestion: ReplyCheck = (turn, reply) => (reply.text ?? '').includes(turn.expectedInReply);

export const echoesItsMessage: ReplyCheck = (turn, reply) => reply.text === turn.text;

/** The reply-shaped echo's text: the message, then an answer from the knowledge. */
export const leadsWithItsMessage: ReplyCheck = (turn, reply) => (reply.text ?? '').startsWith(`${turn.text}\n\n`);

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', zh: 'zh-CN' };

/**
 * Out-of-scope requests the matcher rejects whatever the marker (checked for the first 24,000 markers: the best
 * entry scores at most 0.05 in English and 0.09 in Chinese, far under the "Did you mean" thresholds), so the bot
 * answers with its fallback, which quotes the message: the marker in the reply proves which message it answers.
 * Should a retrained matcher start to clarify one of them, the load commands show it as a reply not answering its
 * message, with the text sent and received; pick another request then. (Until 2026-11-29 10:10 the English one was
 * "Play some jazz music", which the replaced out-of-scope examples had covered: without them 9 of 24,000 markers
 * got a "Did you mean", the first in the 434th conversation.)
 */
const OUT_OF_SCOPE: Readonly<Record<Language, (marker: string) => string>> = {
  en: (marker) => `What's the score of the football game ${marker}`,
  zh: (marker) => `播放音乐 ${marker}`,
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

/** An entry's text in both languages, with only the questions it may be asked with. */
export type AskableEntry = Readonly<Record<Language, LocalizedEntry>>;

/**
 * The entries with the training questions the matcher answers with that very entry when asked out of the blue.
 * Some questions only make sense after an answer ("二是什么", what is the second one): asked first they get a
 * "Did you mean" (from the matcher, or from the bot for a reference to no list on the screen), which would read as a
 * reply to another message. One that asks for the steps one at a time ("手把手教我给老人做社保认证") gets step 1, not the
 * entry's answer. And praise of the thanks ("that was helpful") rates the answer before it, which is thanked for, and a
 * request of the summary for simpler words ("能不能简单说") asks it of the answer before it. The pooling asked of one fund
 * ("is the unemployment fund pooled provincially") is answered in two messages: which of the pooled funds it is, then
 * the pooling; so are which the other funds are, when the amendment came into force, a paragraph asked to hold
 * something ("is the earmarking in paragraph 2?") and a claim about the funds, after its yes or no ("医保和生育险一起核算吗").
 */
export function selfContainedQuestions(knowledge: KnowledgeBase, matcher: Pick<KnowledgeMatcher, 'match'>): AskableEntry[] {
  return knowledge.entries.flatMap((entry) => {
    const askable = Object.fromEntries(
      languages.map((language) => {
        const questions = entry[language].questions.filter((text) => {
          const match = matcher.match(text, language);
          const leadsItsAnswer =
            fundAskedOfPooling(text, language) !== undefined ||
            asksWhichOtherFunds(text, language) ||
            amendmentAsked(text) === 'inForce' ||
            fundClaimVerdict(text, language) !== undefined ||
            (asksYesOrNo(text) && withoutTheParagraphNamed(text) !== text.trim());
          return match.decision === 'answer' && match.intent === entry.id && bareOrdinalReference(text) === undefined && !asksStepByStep(text) && !praisesTheAnswer(text) && !asksSimpler(text) && !leadsItsAnswer;
        });
        return [language, { ...entry[language], questions }];
      }),
    ) as Record<Language, LocalizedEntry>;
    return languages.every((language) => askable[language].questions.length > 0) ? [askable] : [];
  });
}

/**
 * The simulated users' conversations: every other conversation in Chinese; each alternates questions from the
 * knowledge with an out-of-scope request carrying a unique marker. Conversations start at different entries, so
 * those running side by side ask different things and a reply delivered to the wrong one shows up as a wrong
 * answer. `label` keeps the ids of separate runs apart.
 */
export function planConversations(
  entries: readonly AskableEntry[],
  { conversations, turnsPerConversation, conversationsBefore = 0 }: WorkloadShape,
  label: string,
): PlannedConversation[] {
  return Array.from({ length: conversations }, (_, i) => {
    const c = conversationsBefore + i;
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
