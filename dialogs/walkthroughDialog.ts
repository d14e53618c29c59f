import type { TurnContext } from 'botbuilder';
import { Language } from '../knowledge/language';
import {
  applyWalkthroughCommand,
  asksHowManyLeft,
  asksIfThatIsAll,
  asksToWait,
  bareOrdinalReference,
  looksBack,
  parseWalkthroughCommand,
  saysDone,
  saysTooMuchAtOnce,
  stepAskedByWhatItTaps,
  stepBesideWhatItTaps,
  stepTapped,
  WalkthroughCommand,
  WalkthroughView,
} from '../knowledge/navigation';
import type { Entry } from '../knowledge/schema';
import { fillTemplate, UiTexts } from '../knowledge/texts';
import { resumeButton, starterButtons, stepControls } from './buttons';
import { feedbackButtons } from './feedback';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { HANDLED_WITH_STARTERS } from './dialogOutcome';
import { traceAnswer, traceFollowUp, traceOfChoice } from './intentTrace';
import { done, listen, ListeningDialog, ListeningStep } from './listeningDialog';
import { sayNoOtherWording } from './notUnderstood';
import { Reply, ReplyButton, titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';
import { stepText } from './stepText';

export const WALKTHROUGH_DIALOG = 'walkthroughDialog';

export interface WalkthroughOptions {
  /** Step shown last (0 = only the overview so far). */
  position: number;
  /** What to do from there; none shows the position itself. */
  command?: WalkthroughCommand;
}

type ShownView = Exclude<WalkthroughView, { kind: 'stopped' }>;

/** Kept while listening for the next command. */
export interface WalkthroughState {
  /** The step shown (0 = the overview, one past the last step = finished). */
  position: number;
  /** The steps shown together ("steps 5 and 6"), the last of them the position: "repeat" shows them all again. */
  steps?: readonly number[];
  /** All the steps are on the screen at once ("All steps" at a step): "done" or "太多了" is said of them. */
  overview?: true;
}

/**
 * Walks the user through the seven Alipay steps, one at a time: "Step N of 7", the step, and the controls. Listens
 * for walkthrough commands only; any other message ends it with the step reached, so MainDialog can answer that
 * message and offer to resume.
 */
export class WalkthroughDialog implements ListeningDialog<WalkthroughOptions, WalkthroughState> {
  readonly id = WALKTHROUGH_DIALOG;
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];

  constructor({ knowledge, texts }: Pick<DialogDependencies, 'knowledge' | 'texts'>) {
    this.knowledge = knowledge;
    this.texts = texts;
  }

  private get stepCount(): number {
    return this.knowledge.steps.length;
  }

  begin(context: TurnContext, options: WalkthroughOptions): Promise<ListeningStep<WalkthroughState>> {
    // Done at the last step, taken up again after a question in between: "done" after "is it free?" at step 7 said
    // "that was the last step", over and over.
    if (options.command?.kind === 'next' && options.position === this.stepCount && saysDone(context.activity.text ?? '')) return this.sayAllDone(context);
    return this.show(context, options);
  }

  /** "Those were all the steps", with the starters: done under all of them at once, or at the last. */
  private async sayAllDone(context: TurnContext): Promise<ListeningStep<WalkthroughState>> {
    const texts = this.texts[turnLanguage(context)];
    await traceFollowUp(context, 'walkthrough: all done', this.knowledge.procedure.id);
    await sendReply(context, { text: texts.allStepsDone, buttons: starterButtons(texts) });
    return done(HANDLED_WITH_STARTERS);
  }

  /** The next message: a command moves the walkthrough on, anything else ends it where it is. */
  async hear(context: TurnContext, state: WalkthroughState): Promise<ListeningStep<WalkthroughState>> {
    const text = context.activity.text ?? '';
    // Done under all the steps at once is all of them done: "弄好了" under the seven steps started them again at step 1,
    // and "done" under them asked for at step 4 went on to step 5.
    // So is done at the last step: its "Done" button got "that was the last step".
    if ((state.position === 0 || state.overview || state.position === this.stepCount) && saysDone(text)) return this.sayAllDone(context);
    // Asked to wait, it waits: "wait" was refused (read as "want"), "hold on, stop" and "hang on a sec" too, and a refusal
    // leaves the walkthrough.
    const atAStep = state.position > 0 && state.position <= this.stepCount;
    if (atAStep && asksToWait(text)) return this.sayAtTheStep(context, state, 'walkthrough: waits', (texts) => texts.walkthroughWaits);
    // Asked how many are left, it says, and stays: the step on the screen is not done yet.
    if (atAStep && !state.overview && asksHowManyLeft(text)) {
      const left = this.stepCount - state.position;
      return this.sayAtTheStep(context, state, 'walkthrough: steps left', (texts) => (left > 0 ? fillTemplate(texts.stepsLeft, { left }) : texts.lastStepNow));
    }
    const command =
      this.overviewTooMuch(text, state) ??
      parseWalkthroughCommand(text, this.stepCount) ??
      this.stepPointedAt(text) ??
      this.asksForTheRest(text, state.position) ??
      this.stepByWhatItTaps(text, state.position);
    if (!command) return done({ kind: 'notForMe', pausedStep: this.resumableStep(state.position) });
    // Asked whether it is the last step, and it is not: "这是最后一步吗" at step 5 and "is that all?" at step 6 showed the
    // next step with no word that it answered a question.
    const left = this.stepCount - state.position;
    if (command.kind === 'next' && state.position > 0 && left > 0 && !state.overview && asksIfThatIsAll(text)) {
      await sendReply(context, { text: fillTemplate(this.texts[turnLanguage(context)].notTheLastStep, { left }), buttons: [] });
    }
    return this.show(context, { position: state.position, command }, state.steps);
  }

  /** A reply that leaves the walkthrough where it is, over the step's buttons. */
  private async sayAtTheStep(
    context: TurnContext,
    state: WalkthroughState,
    readBy: 'walkthrough: waits' | 'walkthrough: steps left',
    textOf: (texts: UiTexts) => string,
  ): Promise<ListeningStep<WalkthroughState>> {
    const language = turnLanguage(context);
    await traceFollowUp(context, readBy, null);
    await sendReply(context, { text: textOf(this.texts[language]), buttons: this.offers(language, state) });
    return listen(state);
  }

  repeat(context: TurnContext, { position, steps }: WalkthroughState): Promise<ListeningStep<WalkthroughState>> {
    return this.show(context, { position, command: { kind: 'repeat' } }, steps);
  }

  /** `stepsShown`: the steps last shown together, which "repeat" shows again rather than the last of them alone. */
  private async show(
    context: TurnContext,
    { position, command }: WalkthroughOptions,
    stepsShown?: readonly number[],
  ): Promise<ListeningStep<WalkthroughState>> {
    const view: WalkthroughView =
      command?.kind === 'repeat' && stepsShown ? { kind: 'steps', steps: stepsShown } : applyWalkthroughCommand(position, command, this.stepCount);
    const language = turnLanguage(context);
    if (view.kind === 'stopped') {
      // The starters, so that a user who stopped has somewhere to go without typing (the step's buttons are gone).
      const texts = this.texts[language];
      await traceFollowUp(context, 'walkthrough: stop', null);
      await sendReply(context, { text: texts.walkthroughStopped, buttons: starterButtons(texts) });
      return done({ ...HANDLED_WITH_STARTERS, stoppedStep: this.resumableStep(position) });
    }
    // MainDialog traced the match that started the walkthrough; commands are traced here, by the entries they show or,
    // past the last step, where there is none, as the command read.
    if (command) {
      const shown = this.entryIdsShown(view);
      const readBy = `walkthrough: ${command.kind}` as const;
      for (const entryId of shown) await traceAnswer(context, traceOfChoice(context.activity.text ?? '', language, entryId, readBy));
      if (shown.length === 0) await traceFollowUp(context, readBy, null);
      if (command.kind === 'repeat') await sayNoOtherWording(context, this.texts[language]);
    }
    await sendReply(context, this.replyFor(view, language));
    return listen({ position: positionAfter(view), ...(view.kind === 'steps' && { steps: view.steps }), ...(view.kind === 'allSteps' && { overview: true as const }) });
  }

  /**
   * "The second one" in a walkthrough, the list it walks through being the steps: that step. It got the second
   * function, from a list not on the screen.
   */
  private stepPointedAt(text: string): WalkthroughCommand | undefined {
    const step = bareOrdinalReference(text, this.stepCount);
    return step !== undefined && step <= this.stepCount ? { kind: 'goTo', step } : undefined;
  }

  /**
   * "Is that all?" on a step: the next step, or at the last one past it, where the walkthrough says so. It got what the
   * bot can do, and no word of the steps. ("Anything else?" still asks what else the bot can do.)
   */
  private asksForTheRest(text: string, position: number): WalkthroughCommand | undefined {
    return position > 0 && asksIfThatIsAll(text) ? { kind: 'next' } : undefined;
  }

  /**
   * A step named by what it taps. Said to be tapped, that step is done: the step after it, or the step again when it
   * has more to do after the tap. "I opened Civic Center" at step 1 got step 2, which taps it, and "我点进社保了" at step
   * 3 was refused. Asked which step it is ("which step was the family thing"), that step. With no walkthrough, or one
   * paused, `position` is where it was (0 for none).
   */
  stepByWhatItTaps(text: string, position: number): WalkthroughCommand | undefined {
    const tapped = stepTapped(text, this.knowledge.steps, position);
    const step = tapped
      ? tapped.done
        ? tapped.step + 1
        : tapped.step
      : (stepAskedByWhatItTaps(text, this.knowledge.steps) ?? stepBesideWhatItTaps(text, this.knowledge.steps));
    // An earlier step looked back at is a question in between, which MainDialog answers: "where is civic center again"
    // at step 6 moved the walkthrough to step 2.
    if (step === undefined || (!tapped && step < position && looksBack(text))) return undefined;
    return { kind: 'goTo', step };
  }

  /**
   * The steps one at a time, for all of them at once found too much ("看不懂", "慢点", "太多了" under the overview, or under
   * "All steps" asked for at a step, where "太多了" got the summary).
   */
  private overviewTooMuch(text: string, { position, overview }: WalkthroughState): WalkthroughCommand | undefined {
    return (position === 0 || overview) && saysTooMuchAtOnce(text) ? { kind: 'stepByStep' } : undefined;
  }

  /** The step a walkthrough at `position` resumes at: none from the overview or once finished. */
  private resumableStep(position: number): number | undefined {
    return position > 0 && position <= this.stepCount ? position : undefined;
  }

  private entryIdsShown(view: ShownView): string[] {
    switch (view.kind) {
      case 'step':
        return [this.knowledge.steps[view.step - 1].id];
      case 'steps':
        return view.steps.map((step) => this.knowledge.steps[step - 1].id);
      case 'allSteps':
        return [this.knowledge.procedure.id];
      case 'pastLastStep':
        return [];
    }
  }

  answerShown({ position }: WalkthroughState): Entry | undefined {
    const view = applyWalkthroughCommand(position, undefined, this.stepCount);
    const [shownEntryId] = view.kind === 'stopped' ? [] : this.entryIdsShown(view);
    return shownEntryId === undefined ? undefined : requireEntry(this.knowledge, shownEntryId);
  }

  /** The controls of the view at `position`. */
  offers(language: Language, { position }: WalkthroughState): ReplyButton[] {
    return this.controlsOf(applyWalkthroughCommand(position, undefined, this.stepCount), this.texts[language]);
  }

  private controlsOf(view: WalkthroughView, texts: UiTexts): ReplyButton[] {
    switch (view.kind) {
      case 'stopped':
        return [];
      case 'step':
      case 'steps':
        return stepControls(texts, positionAfter(view) === this.stepCount);
      case 'allSteps': {
        const step = this.resumableStep(view.position);
        return [step === undefined ? titleButton(texts.buttons.startWalkthrough) : resumeButton(texts, step), titleButton(texts.buttons.stop)];
      }
      case 'pastLastStep':
        return [texts.buttons.allSteps, texts.buttons.stop].map(titleButton);
    }
  }

  /** "Step N of 7" over the step. */
  private stepText(step: number, language: Language): string {
    return stepText(this.knowledge, this.texts[language], step, language);
  }

  private replyFor(view: ShownView, language: Language): Reply {
    const texts = this.texts[language];
    const controls = this.controlsOf(view, texts);
    switch (view.kind) {
      case 'step':
        return { text: this.stepText(view.step, language), buttons: controls };
      case 'steps':
        return { text: view.steps.map((step) => this.stepText(step, language)).join('\n\n'), buttons: controls };
      case 'allSteps': {
        const { answer } = this.knowledge.procedure[language];
        // Asked for a step there is not ("step 9"): say so above the list.
        const text =
          view.missingStep === undefined
            ? answer
            : `${fillTemplate(texts.noSuchStep, { step: view.missingStep, total: this.stepCount })}\n\n${answer}`;
        return { text, buttons: [...controls, ...feedbackButtons(texts)] };
      }
      case 'pastLastStep':
        // Feedback on the whole procedure where the walkthrough starts and where it ends: a step's own five
        // controls already fill what Teams shows of a card.
        return { text: texts.lastStep, buttons: [...controls, ...feedbackButtons(texts)] };
    }
  }
}

/** Where the walkthrough is once the view is shown: at the last step of several, "next" goes on after it. */
function positionAfter(view: ShownView): number {
  switch (view.kind) {
    case 'step':
      return view.step;
    case 'steps':
      return view.steps[view.steps.length - 1];
    case 'allSteps':
    case 'pastLastStep':
      return view.position;
  }
}
