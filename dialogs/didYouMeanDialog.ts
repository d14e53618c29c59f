import { ComponentDialog, Dialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { chooseOffered, isNoneOfThese } from '../knowledge/navigation';
import { resumeButtons } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DialogOutcome, HANDLED } from './dialogOutcome';
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

/**
 * Asks "Did you mean …" with the matcher's best guesses and "None of these". The next message picks a guess by its
 * title or its number; "none of these" gets what the bot can help with; anything else goes back to MainDialog as a
 * new question.
 */
export class DidYouMeanDialog extends ComponentDialog {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];

  constructor({ knowledge, texts }: Pick<DialogDependencies, 'knowledge' | 'texts'>) {
    super(DID_YOU_MEAN_DIALOG);
    this.knowledge = knowledge;
    this.texts = texts;
    this.addDialog(new WaterfallDialog<DidYouMeanOptions>(OFFER_AND_LISTEN, [(step) => this.offer(step), (step) => this.listen(step)]));
  }

  private guesses(options: DidYouMeanOptions) {
    return options.entryIds.slice(0, MAX_GUESSES).map((id) => requireEntry(this.knowledge, id));
  }

  private async offer(step: WaterfallStepContext<DidYouMeanOptions>): Promise<DialogTurnResult> {
    const language = turnLanguage(step.context);
    const texts = this.texts[language];
    const buttons = [
      ...this.guesses(step.options).map((entry) => titleButton(entry[language].title)),
      titleButton(texts.buttons.noneOfThese),
      ...resumeButtons(texts, step.options.pausedStep),
    ];
    await sendReply(step.context, { text: texts.didYouMean, buttons });
    return Dialog.EndOfTurn;
  }

  private async listen(step: WaterfallStepContext<DidYouMeanOptions>): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    const guesses = this.guesses(step.options);
    if (isNoneOfThese(text)) {
      const texts = this.texts[turnLanguage(step.context)];
      await sendReply(step.context, capabilitiesReply(texts, texts.noneOfThese, step.options.pausedStep));
      return step.endDialog(HANDLED);
    }
    const chosen = chooseOffered(text, guesses, guesses);
    const outcome: DialogOutcome = chosen ? { kind: 'chosen', entryId: chosen.id } : { kind: 'notForMe' };
    return step.endDialog(outcome);
  }
}
