import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { Language } from '../knowledge/language';
import { chooseOffered, isNoneOfThese, namesAListOfTheKnowledge, yesOrNo } from '../knowledge/navigation';
import { resumeButtons } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { HANDLED_WITH_STARTERS } from './dialogOutcome';
import { traceFollowUp } from './intentTrace';
import { done, listen, ListeningDialog, ListeningStep } from './listeningDialog';
import { NO_QUESTION_LOG, QuestionLog } from './questionLog';
import { ReplyButton, titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';

export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';

/** At most this many guesses are offered; more would read as a menu rather than a question. */
const MAX_GUESSES = 3;

export interface DidYouMeanOptions {
  /** The matcher's candidates, best first. */
  entryIds: string[];
  /** The language the question was matched in, which the support records keep with it; the reply's may differ. */
  questionLanguage?: Language;
  /** Step of a paused walkthrough, offered as "Resume step N". */
  pausedStep?: number;
}

/** Kept while listening for the choice. */
export interface OfferState extends DidYouMeanOptions {
  /** Ties the user's reply to the offer in the support records (which hold no user or conversation id). */
  clarificationId: string;
}

/**
 * Asks "Did you mean …" with the matcher's best guesses and "None of these". The next message picks a guess by its
 * title or its number (or, when there is one guess, says yes to it); "none of these" (or a no to a single guess) gets
 * what the bot can help with; anything else goes back to MainDialog as a new question.
 */
export class DidYouMeanDialog implements ListeningDialog<DidYouMeanOptions, OfferState> {
  readonly id = DID_YOU_MEAN_DIALOG;
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];
  private readonly questionLog: QuestionLog;

  constructor({ knowledge, texts, questionLog = NO_QUESTION_LOG }: Pick<DialogDependencies, 'knowledge' | 'texts' | 'questionLog'>) {
    this.knowledge = knowledge;
    this.texts = texts;
    this.questionLog = questionLog;
  }

  private guesses(options: DidYouMeanOptions) {
    return options.entryIds.slice(0, MAX_GUESSES).map((id) => requireEntry(this.knowledge, id));
  }

  /** Offers the guesses and listens for the choice. */
  async begin(context: TurnContext, options: DidYouMeanOptions): Promise<ListeningStep<OfferState>> {
    const language = options.questionLanguage ?? turnLanguage(context);
    const guesses = this.guesses(options);
    const clarificationId = randomUUID();
    const question = context.activity.text ?? '';
    await this.questionLog.record({ type: 'clarify', language, question, offered: guesses.map((entry) => entry.id), clarificationId });
    return this.ask(context, { ...options, clarificationId });
  }

  /** The same offer again: the support records keep it as the one clarification. */
  async repeat(context: TurnContext, offer: OfferState): Promise<ListeningStep<OfferState>> {
    await traceFollowUp(context, 'did you mean: asked again', null);
    return this.ask(context, offer);
  }

  private async ask(context: TurnContext, offer: OfferState): Promise<ListeningStep<OfferState>> {
    const language = turnLanguage(context);
    const texts = this.texts[language];
    await sendReply(context, { text: texts.didYouMean, buttons: [...this.offers(language, offer), ...resumeButtons(texts, offer.pausedStep)] });
    return listen(offer);
  }

  /** The guesses and "None of these". */
  offers(language: Language, offer: OfferState): ReplyButton[] {
    return [...this.guesses(offer).map((entry) => titleButton(entry[language].title)), titleButton(this.texts[language].buttons.noneOfThese)];
  }

  /** An offer is a question, not an answer. */
  answerShown(): undefined {
    return undefined;
  }

  /** The choice: a guess, "none of these", or a message for MainDialog. */
  async hear(context: TurnContext, offer: OfferState): Promise<ListeningStep<OfferState>> {
    const text = context.activity.text ?? '';
    const guesses = this.guesses(offer);
    const language = turnLanguage(context);
    const reply = { type: 'clarified', language, clarificationId: offer.clarificationId } as const;
    // With one guess the offer reads as a yes-or-no question, and users answer it so.
    const answer = guesses.length === 1 ? yesOrNo(text) : undefined;
    if (isNoneOfThese(text) || answer === false) {
      await this.questionLog.record({ ...reply, outcome: 'none' });
      const texts = this.texts[language];
      await traceFollowUp(context, 'did you mean: none of these', null);
      await sendReply(context, capabilitiesReply(texts, texts.noneOfThese, offer.pausedStep));
      return done(HANDLED_WITH_STARTERS);
    }
    // "The second function" is the second of the functions, whatever is offered second.
    const numbered = namesAListOfTheKnowledge(text) ? [] : guesses;
    const chosen = chooseOffered(text, numbered, guesses) ?? (answer ? guesses[0] : undefined);
    await this.questionLog.record(chosen ? { ...reply, outcome: 'picked', picked: chosen.id } : { ...reply, outcome: 'other' });
    return done(chosen ? { kind: 'chosen', entryId: chosen.id } : { kind: 'notForMe' });
  }
}
