import { ComponentDialog, Dialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { chooseOffered } from '../knowledge/navigation';
import { Entry } from '../knowledge/schema';
import { resumeButtons, starterButtons } from './buttons';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DialogOutcome, HANDLED } from './dialogOutcome';
import { feedbackButtons, offersFeedback } from './feedback';
import { titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';

export const ANSWER_DIALOG = 'answerDialog';
const ANSWER_AND_LISTEN = 'answerDialog.answerAndListen';

export interface AnswerOptions {
  entryId: string;
  /** Step of a paused walkthrough, offered as "Resume step N". */
  pausedStep?: number;
}

/** "What can you do?" is answered with the starter questions, the same offer as the welcome. */
const HELP_ENTRY_ID = 'help';

/**
 * Answers one knowledge entry and offers its follow-ups as buttons. Then listens for one reply: "the second one" /
 * "第二个" opens that item of the answer's list, a follow-up's title opens it; anything else goes back to MainDialog.
 */
export class AnswerDialog extends ComponentDialog {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];

  constructor({ knowledge, texts }: Pick<DialogDependencies, 'knowledge' | 'texts'>) {
    super(ANSWER_DIALOG);
    this.knowledge = knowledge;
    this.texts = texts;
    this.addDialog(new WaterfallDialog<AnswerOptions>(ANSWER_AND_LISTEN, [(step) => this.answer(step), (step) => this.listen(step)]));
  }

  /** The entries an answer offers next: its own list first ("the second one" points into it), then related ones. */
  private followUpsOf(entry: Entry): Entry[] {
    return [...new Set([...entry.items, ...entry.related])].map((id) => requireEntry(this.knowledge, id));
  }

  private async answer(step: WaterfallStepContext<AnswerOptions>): Promise<DialogTurnResult> {
    const { entryId, pausedStep } = step.options;
    const language = turnLanguage(step.context);
    const texts = this.texts[language];
    const entry = requireEntry(this.knowledge, entryId);
    const offersStarters = entry.id === HELP_ENTRY_ID;
    const followUps = offersStarters ? [] : this.followUpsOf(entry);
    const offered = offersStarters ? starterButtons(texts) : followUps.map((followUp) => titleButton(followUp[language].title));
    const feedback = offersFeedback(entry) ? feedbackButtons(texts) : [];
    await sendReply(step.context, { text: entry[language].answer, buttons: [...offered, ...feedback, ...resumeButtons(texts, pausedStep)] });
    return followUps.length ? Dialog.EndOfTurn : step.endDialog(HANDLED);
  }

  private async listen(step: WaterfallStepContext<AnswerOptions>): Promise<DialogTurnResult> {
    const entry = requireEntry(this.knowledge, step.options.entryId);
    const items = entry.items.map((id) => requireEntry(this.knowledge, id));
    const chosen = chooseOffered(step.context.activity.text ?? '', items, this.followUpsOf(entry));
    const outcome: DialogOutcome = chosen ? { kind: 'chosen', entryId: chosen.id } : { kind: 'notForMe' };
    return step.endDialog(outcome);
  }
}
