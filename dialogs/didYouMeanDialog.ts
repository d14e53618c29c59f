import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import { chooseOffered, isNoneOfThese } from '../knowledge/navigation';
import { resumeButtons } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DialogOutcome, HANDLED } from './dialogOutcome';
import { listenForReply, stateWhileListening } from './listeningState';
import { NO_QUESTION_LOG, QuestionLog } from './questionLog';
import { titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';

export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';

/** At most this many guesses are offered; more would read as a menu rather than a question. */
const MAX_GUESSES = 3;

export interface DidYouMeanOptions {
  /** The matcher's candidates, best first. */
  entryIds: string[];
  /** Step of a paused walkthrough, offered as "Resume step N". */
  pausedStep?: number;
}

/** Kept while listening for the choice. */
interface OfferState extends DidYouMeanOptions {
  /** Ties the user's reply to the offer in the support records (which hold no user or conversation id). */
  clarificationId: string;
}

/**
 * Asks "Did you mean …" with the matcher's best guesses and "None of these". The next message picks a guess by its
 * title or its number; "none of these" gets what the bot can help with; anything else goes back to MainDialog as a
 * new question.
 */
export class DidYouMeanDialog extends Dialog<DidYouMeanOptions> {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];
  private readonly questionLog: QuestionLog;

  constructor({ knowledge, texts, questionLog = NO_QUESTION_LOG }: Pick<DialogDependencies, 'knowledge' | 'texts' | 'questionLog'>) {
    super(DID_YOU_MEAN_DIALOG);
    this.knowledge = knowledge;
    this.texts = texts;
    this.questionLog = questionLog;
  }

  private guesses(options: DidYouMeanOptions) {
    return options.entryIds.slice(0, MAX_GUESSES).map((id) => requireEntry(this.knowledge, id));
  }

  /** Offers the guesses and listens for the choice. */
  override async beginDialog(dc: DialogContext, options: DidYouMeanOptions): Promise<DialogTurnResult> {
    const language = turnLanguage(dc.context);
    const texts = this.texts[language];
    const guesses = this.guesses(options);
    const clarificationId = randomUUID();
    const question = dc.context.activity.text ?? '';
    await this.questionLog.record({ type: 'clarify', language, question, offered: guesses.map((entry) => entry.id), clarificationId });
    const buttons = [
      ...guesses.map((entry) => titleButton(entry[language].title)),
      titleButton(texts.buttons.noneOfThese),
      ...resumeButtons(texts, options.pausedStep),
    ];
    await sendReply(dc.context, { text: texts.didYouMean, buttons });
    const state: OfferState = { ...options, clarificationId };
    return listenForReply(dc, state);
  }

  /** The choice: a guess, "none of these", or a message for MainDialog. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const offer = stateWhileListening<OfferState>(dc);
    const text = dc.context.activity.text ?? '';
    const guesses = this.guesses(offer);
    const language = turnLanguage(dc.context);
    const reply = { type: 'clarified', language, clarificationId: offer.clarificationId } as const;
    if (isNoneOfThese(text)) {
      await this.questionLog.record({ ...reply, outcome: 'none' });
      const texts = this.texts[language];
      await sendReply(dc.context, capabilitiesReply(texts, texts.noneOfThese, offer.pausedStep));
      return dc.endDialog(HANDLED);
    }
    const chosen = chooseOffered(text, guesses, guesses);
    await this.questionLog.record(chosen ? { ...reply, outcome: 'picked', picked: chosen.id } : { ...reply, outcome: 'other' });
    const outcome: DialogOutcome = chosen ? { kind: 'chosen', entryId: chosen.id } : { kind: 'notForMe' };
    return dc.endDialog(outcome);
  }
}
