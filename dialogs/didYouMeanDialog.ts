import { ComponentDialog, Dialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import { chooseOffered, isNoneOfThese } from '../knowledge/navigation';
import { resumeButtons } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DialogOutcome, HANDLED } from './dialogOutcome';
import { NO_QUESTION_LOG, QuestionLog } from './questionLog';
import { titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';

export const DID_YOU_MEAN_DIALOG = 'didYouMeanDialog';
const OFFER_AND_LISTEN = 'didYouMeanDialog.offerAndListen';

/** At most this many guesses are offered; more would read as a menu rather than a question. */
const MAX_GUESSES = 3;

export interface DidYouMeanOptions {
  /** The matcher's candidates, best first. */
  entryIds: string[];
  /** Step of a paused walkthrough, offered as "Resume step N". */
  pausedStep?: number;
}

interface OfferValues {
  /** Ties the user's reply to the offer in the support records (which hold no user or conversation id). */
  clarificationId: string;
}

/**
 * Asks "Did you mean …" with the matcher's best guesses and "None of these". The next message picks a guess by its
 * title or its number; "none of these" gets what the bot can help with; anything else goes back to MainDialog as a
 * new question.
 */
export class DidYouMeanDialog extends ComponentDialog {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];
  private readonly questionLog: QuestionLog;

  constructor({ knowledge, texts, questionLog = NO_QUESTION_LOG }: Pick<DialogDependencies, 'knowledge' | 'texts' | 'questionLog'>) {
    super(DID_YOU_MEAN_DIALOG);
    this.knowledge = knowledge;
    this.texts = texts;
    this.questionLog = questionLog;
    this.addDialog(new WaterfallDialog<DidYouMeanOptions>(OFFER_AND_LISTEN, [(step) => this.offer(step), (step) => this.listen(step)]));
  }

  private guesses(options: DidYouMeanOptions) {
    return options.entryIds.slice(0, MAX_GUESSES).map((id) => requireEntry(this.knowledge, id));
  }

  private async offer(step: WaterfallStepContext<DidYouMeanOptions>): Promise<DialogTurnResult> {
    const language = turnLanguage(step.context);
    const texts = this.texts[language];
    const guesses = this.guesses(step.options);
    const clarificationId = randomUUID();
    (step.values as OfferValues).clarificationId = clarificationId;
    const question = step.context.activity.text ?? '';
    await this.questionLog.record({ type: 'clarify', language, question, offered: guesses.map((entry) => entry.id), clarificationId });
    const buttons = [
      ...guesses.map((entry) => titleButton(entry[language].title)),
      titleButton(texts.buttons.noneOfThese),
      ...resumeButtons(texts, step.options.pausedStep),
    ];
    await sendReply(step.context, { text: texts.didYouMean, buttons });
    return Dialog.EndOfTurn;
  }

  private async listen(step: WaterfallStepContext<DidYouMeanOptions>): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    const guesses = this.guesses(step.options);
    const language = turnLanguage(step.context);
    const reply = { type: 'clarified', language, clarificationId: (step.values as OfferValues).clarificationId } as const;
    if (isNoneOfThese(text)) {
      await this.questionLog.record({ ...reply, outcome: 'none' });
      const texts = this.texts[language];
      await sendReply(step.context, capabilitiesReply(texts, texts.noneOfThese, step.options.pausedStep));
      return step.endDialog(HANDLED);
    }
    const chosen = chooseOffered(text, guesses, guesses);
    await this.questionLog.record(chosen ? { ...reply, outcome: 'picked', picked: chosen.id } : { ...reply, outcome: 'other' });
    const outcome: DialogOutcome = chosen ? { kind: 'chosen', entryId: chosen.id } : { kind: 'notForMe' };
    return step.endDialog(outcome);
  }
}
