import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { conversationLanguage } from '../knowledge/conversationLanguage';
import { Language } from '../knowledge/language';
import { detectLanguage } from '../knowledge/languageDetection';
import { parseWalkthroughCommand } from '../knowledge/navigation';
import { Entry } from '../knowledge/schema';
import { fillTemplate } from '../knowledge/texts';
import { AnswerDialog, ANSWER_DIALOG, AnswerOptions } from './answerDialog';
import { resumeButtons } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DialogOutcome } from './dialogOutcome';
import { DID_YOU_MEAN_DIALOG, DidYouMeanDialog, DidYouMeanOptions } from './didYouMeanDialog';
import { feedbackOf, offersFeedback } from './feedback';
import { IntentTrace, traceAnswer, traceOfChoice, traceOfMatch } from './intentTrace';
import { NO_QUESTION_LOG, QuestionLog } from './questionLog';
import { quoteUserText } from './quoteUserText';
import { sendReply } from './replyRenderer';
import { setTurnLanguage } from './turnLanguage';
import { WALKTHROUGH_DIALOG, WalkthroughDialog, WalkthroughOptions } from './walkthroughDialog';

export const MAIN_DIALOG = 'mainDialog';

/** What the conversation remembers between messages, kept in this dialog's state (itself in conversation state). */
interface ConversationMemory {
  language?: Language;
  /** Step a walkthrough was at when another question interrupted it. */
  pausedStep?: number;
  /** The last answer that offered Helpful / Not helpful: a click on those is about it. */
  answerForFeedback?: string;
}

/**
 * The root dialog: decides the language of each message, lets the dialog waiting for a reply have it first, and
 * otherwise routes it: walkthrough commands to a paused walkthrough, everything else through the matcher to an
 * answer, a "did you mean", or a polite "I can't answer that". It never ends, so its state lasts as long as the
 * conversation; run it with botbuilder-dialogs' runDialog.
 */
export class MainDialog extends ComponentDialog {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly matcher: DialogDependencies['matcher'];
  private readonly texts: DialogDependencies['texts'];
  private readonly questionLog: QuestionLog;

  constructor({ knowledge, matcher, texts, questionLog = NO_QUESTION_LOG }: DialogDependencies) {
    super(MAIN_DIALOG);
    this.knowledge = knowledge;
    this.matcher = matcher;
    this.texts = texts;
    this.questionLog = questionLog;
    this.addDialog(new WalkthroughDialog({ knowledge, texts }));
    this.addDialog(new AnswerDialog({ knowledge, texts }));
    this.addDialog(new DidYouMeanDialog({ knowledge, texts, questionLog }));
  }

  protected override onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(innerDc);
  }

  protected override onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(innerDc);
  }

  private async onTurn(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === ActivityTypes.Message) await this.onMessage(innerDc);
    return Dialog.EndOfTurn;
  }

  private memoryOf(innerDc: DialogContext): ConversationMemory {
    const state = innerDc.parent?.activeDialog?.state as { memory?: ConversationMemory } | undefined;
    if (!state) throw new Error('MainDialog: no dialog state; MainDialog must run as a root dialog');
    state.memory ??= {};
    return state.memory;
  }

  private async onMessage(innerDc: DialogContext): Promise<void> {
    const { activity } = innerDc.context;
    const memory = this.memoryOf(innerDc);
    const text = (activity.text ?? '').trim();
    const language = conversationLanguage({ detected: detectLanguage(text), conversation: memory.language, locale: activity.locale });
    memory.language = language;
    setTurnLanguage(innerDc.context, language);
    if (await this.tookFeedback(innerDc, memory, text, language)) return;

    if (innerDc.activeDialog) {
      const result = await innerDc.continueDialog();
      if (result.status === DialogTurnStatus.waiting) return;
      const outcome = result.result as DialogOutcome;
      if (outcome.kind === 'handled') return;
      if (outcome.kind === 'chosen') {
        await this.answerEntry(innerDc, memory, requireEntry(this.knowledge, outcome.entryId), traceOfChoice(text, language, outcome.entryId));
        return;
      }
      memory.pausedStep = outcome.pausedStep ?? memory.pausedStep;
    }
    await this.route(innerDc, memory, text, language);
  }

  private async route(innerDc: DialogContext, memory: ConversationMemory, text: string, language: Language): Promise<void> {
    const texts = this.texts[language];
    const paused = memory.pausedStep;
    if (!text) {
      await sendReply(innerDc.context, capabilitiesReply(texts, undefined, paused));
      return;
    }
    const command = paused === undefined ? undefined : parseWalkthroughCommand(text, this.knowledge.steps.length);
    if (paused !== undefined && command) {
      await this.beginWalkthrough(innerDc, memory, { position: paused, command });
      return;
    }
    const match = this.matcher.match(text, language);
    if (match.decision === 'answer' && match.intent !== null) {
      await this.answerEntry(innerDc, memory, requireEntry(this.knowledge, match.intent), traceOfMatch(match, match.intent));
    } else if (match.decision === 'clarify') {
      const options: DidYouMeanOptions = { entryIds: match.candidates.map((candidate) => candidate.intent), pausedStep: paused };
      await innerDc.beginDialog(DID_YOU_MEAN_DIALOG, options);
    } else {
      await this.questionLog.record({ type: 'fallback', language, question: text });
      const lead = fillTemplate(texts.fallback, { question: quoteUserText(text) });
      await sendReply(innerDc.context, capabilitiesReply(texts, lead, paused));
    }
  }

  /**
   * A click on Helpful / Not helpful is recorded for the answer it was under and thanked for, never taken as a
   * question; a dialog waiting for a reply (follow-ups, "did you mean") keeps waiting.
   */
  private async tookFeedback(innerDc: DialogContext, memory: ConversationMemory, text: string, language: Language): Promise<boolean> {
    const answerId = memory.answerForFeedback;
    const helpful = feedbackOf(text, this.texts);
    if (answerId === undefined || helpful === undefined) return false;
    await this.questionLog.record({ type: 'feedback', language, answerId, helpful });
    const texts = this.texts[language];
    await sendReply(innerDc.context, { text: texts.feedbackThanks, buttons: resumeButtons(texts, memory.pausedStep) });
    return true;
  }

  private async answerEntry(innerDc: DialogContext, memory: ConversationMemory, entry: Entry, trace: IntentTrace): Promise<void> {
    await traceAnswer(innerDc.context, trace);
    if (entry.kind === 'procedure' || entry.kind === 'step') {
      await this.beginWalkthrough(innerDc, memory, { position: entry.step ?? 0 });
    } else {
      if (offersFeedback(entry)) memory.answerForFeedback = entry.id;
      const options: AnswerOptions = { entryId: entry.id, pausedStep: memory.pausedStep };
      await innerDc.beginDialog(ANSWER_DIALOG, options);
    }
  }

  /**
   * A new or resumed walkthrough replaces the paused one; its feedback buttons (overview, last step) are about the
   * procedure, whatever was answered in between.
   */
  private async beginWalkthrough(innerDc: DialogContext, memory: ConversationMemory, options: WalkthroughOptions): Promise<void> {
    memory.pausedStep = undefined;
    memory.answerForFeedback = this.knowledge.procedure.id;
    await innerDc.beginDialog(WALKTHROUGH_DIALOG, options);
  }
}
