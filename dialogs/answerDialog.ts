import type { TurnContext } from 'botbuilder';
import {
  asksNextItem,
  asksPreviousItem,
  bareOrdinalReference,
  chooseOffered,
  isAcknowledgement,
  namesFunctionsElsewhere,
  ordinalNamingTitle,
  parseWalkthroughCommand,
  pointsAtLastItem,
  positionPastList,
  WalkthroughCommand,
} from '../knowledge/navigation';
import { ARTICLE_PARAGRAPH_COUNT } from '../knowledge/articleParagraphs';
import { Language, languages } from '../knowledge/language';
import { fillTemplate, UiTexts } from '../knowledge/texts';
import { Entry, paragraphOfSource } from '../knowledge/schema';
import { resumeButtons, starterButtons } from './buttons';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { HANDLED, HANDLED_WITH_STARTERS } from './dialogOutcome';
import { feedbackButtons, offersFeedback } from './feedback';
import { traceAnswer, traceFollowUp, traceOfChoice } from './intentTrace';
import { done, listen, ListeningDialog, ListeningStep } from './listeningDialog';
import { sayNoOtherWording } from './notUnderstood';
import { ReplyButton, titleButton } from './reply';
import { sendReply } from './replyRenderer';
import { turnLanguage } from './turnLanguage';
import { stepText } from './stepText';

export const ANSWER_DIALOG = 'answerDialog';

export interface AnswerOptions {
  entryId: string;
  /**
   * Paragraphs of the article (1 = the first), quoted alone from the entry giving the article in full, with the entries
   * drawn from them as follow-ups.
   */
  paragraphs?: number[];
  /** Step of a paused walkthrough, offered as "Resume step N". */
  pausedStep?: number;
}

/** A Markdown numbered list in an answer: "1. the basic old-age insurance fund". */
const NUMBERED_LIST = /^\s*\d+[.)]\s/m;
const NUMBERED_ITEMS = /^\s*\d+[.)]\s+(.+)$/gm;

/** The items of the numbered list in a Markdown answer, in order. */
const numberedItems = (answer: string): string[] => [...answer.matchAll(NUMBERED_ITEMS)].map((match) => match[1].trim());

/** How many things an answer lists: its items, or the lines of its numbered list (the five funds); 0 for none. */
export function itemCountOf(entry: Entry): number {
  return entry.items.length || Math.max(...languages.map((language) => numberedItems(entry[language].answer).length));
}

/**
 * Whether the answer lists what no entry answers (the five funds): its items are nothing to open. In either language:
 * the answer may have been shown in the other one, and the Chinese one lists in a sentence.
 */
export function listsNoEntries(entry: Entry): boolean {
  return entry.items.length === 0 && languages.some((language) => NUMBERED_LIST.test(entry[language].answer));
}

/**
 * What is said before the article in full when a move from a paragraph passes the first or the last ("previous
 * paragraph" under paragraph 1 was refused); nothing for a paragraph the article has.
 */
export function paragraphPassedLead(texts: UiTexts, paragraph: number): string | undefined {
  if (paragraph < 1) return fillTemplate(texts.firstParagraph, { total: ARTICLE_PARAGRAPH_COUNT });
  if (paragraph > ARTICLE_PARAGRAPH_COUNT) return fillTemplate(texts.lastParagraph, { total: ARTICLE_PARAGRAPH_COUNT });
  return undefined;
}

/** "What can you do?" is answered with the starter questions, the same offer as the welcome. */
const HELP_ENTRY_ID = 'help';

const offersStarters = (entryId: string): boolean => entryId === HELP_ENTRY_ID;

/**
 * Answers one knowledge entry and offers its follow-ups as buttons. Then listens for one reply: "the second one" /
 * "第二个" opens that item of the answer's list (or, with no list, that button; in a list of what no entry answers, it
 * says the answer is all there is), a follow-up's title opens it, "say that again" / "再说一遍" gives the answer again;
 * anything else goes back to MainDialog.
 */
export class AnswerDialog implements ListeningDialog<AnswerOptions, AnswerOptions> {
  readonly id = ANSWER_DIALOG;
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly texts: DialogDependencies['texts'];

  constructor({ knowledge, texts }: Pick<DialogDependencies, 'knowledge' | 'texts'>) {
    this.knowledge = knowledge;
    this.texts = texts;
  }

  /**
   * The entries an answer offers next: its own list first ("the second one" points into it), then related ones; under
   * paragraphs, the entries drawn from them.
   */
  private followUpsOf({ entryId, paragraphs }: AnswerOptions): Entry[] {
    if (paragraphs) return paragraphs.flatMap((paragraph) => this.knowledge.entries.filter((entry) => paragraphOfSource(entry.source) === paragraph));
    const entry = requireEntry(this.knowledge, entryId);
    return [...new Set([...entry.items, ...entry.related])].map((id) => requireEntry(this.knowledge, id));
  }

  /** The answer's text, a step under its header, or the paragraphs of the article it quotes, each under where it is. */
  private answerText(entry: Entry, language: Language, paragraphs: number[] | undefined): string {
    if (entry.step !== undefined) return stepText(this.knowledge, this.texts[language], entry.step, language);
    if (paragraphs === undefined) return entry[language].answer;
    const texts = this.texts[language];
    const article = this.knowledge.articleInFull?.paragraphs[language];
    const quotes = paragraphs.flatMap((paragraph) => {
      const quoted = article?.[paragraph - 1];
      const source = texts.sources.article64Paragraphs[paragraph - 1];
      return quoted === undefined || source === undefined ? [] : [fillTemplate(texts.paragraphQuote, { source, quote: quoted.replace(/^/gm, '> ') })];
    });
    return quotes.length > 0 ? quotes.join('\n\n') : entry[language].answer;
  }

  /**
   * What "the second one" points at: the answer's list of entries (`list`: "the second function"); in an item of such a
   * list, that list ("and the third?" after the second function, which got the overview of the functions, its third
   * button); in an answer with no list at all, its buttons (after Article 64 it got the second function, from a list no
   * longer on the screen). The items of a list that are not entries (the five funds) are nothing to open. Buttons are
   * numbered by a bare ordinal ("the third one", "第三个"), not by one that names a list: after Article 64 "what is the
   * third function" and "第三个功能是什么" got its third button, the pooling (1.00).
   */
  private numberedOf(entry: Entry, list: Entry | undefined, followUps: Entry[], text: string): Entry[] {
    if (list) return list.items.map((id) => requireEntry(this.knowledge, id));
    return listsNoEntries(entry) || bareOrdinalReference(text, followUps.length) === undefined ? [] : followUps;
  }

  /** The list of entries an answer is or is an item of (the functions, for the functions and for each of them). */
  private listOf(entry: Entry): Entry | undefined {
    return entry.items.length > 0 ? entry : this.knowledge.listHaving(entry.id);
  }

  /** Answers; waits for a reply only when the answer offers follow-ups. */
  async begin(context: TurnContext, options: AnswerOptions): Promise<ListeningStep<AnswerOptions>> {
    const { entryId, pausedStep } = options;
    const language = turnLanguage(context);
    const texts = this.texts[language];
    const entry = requireEntry(this.knowledge, entryId);
    const offered = this.offers(language, options);
    const feedback = offersFeedback(entry) ? feedbackButtons(texts) : [];
    const text = this.answerText(entry, language, options.paragraphs);
    await sendReply(context, { text, buttons: [...offered, ...feedback, ...resumeButtons(texts, pausedStep)] });
    // The starter questions under "what can you do?" are new questions for MainDialog, not follow-ups to listen for.
    if (offersStarters(entry.id)) return done(HANDLED_WITH_STARTERS);
    return offered.length === 0 ? done(HANDLED) : listen({ ...options });
  }

  /** The answer's follow-ups; the starter questions under "what can you do?". */
  offers(language: Language, options: AnswerOptions): ReplyButton[] {
    if (offersStarters(options.entryId)) return starterButtons(this.texts[language]);
    return this.followUpsOf(options).map((followUp) => titleButton(followUp[language].title));
  }

  /**
   * The entry on the screen; for one paragraph of the article quoted alone, the first entry drawn from it, whose
   * subject it is: "and the pension fund?" under paragraph 3 got a "Did you mean" of the five funds, where under the
   * pooling it asks how that fund is pooled.
   */
  answerShown(options: AnswerOptions): Entry {
    const [drawnFrom] = options.paragraphs?.length === 1 ? this.followUpsOf(options) : [];
    return drawnFrom ?? requireEntry(this.knowledge, options.entryId);
  }

  async repeat(context: TurnContext, options: AnswerOptions): Promise<ListeningStep<AnswerOptions>> {
    await traceAnswer(context, traceOfChoice(context.activity.text ?? '', turnLanguage(context), options.entryId));
    await sayNoOtherWording(context, this.texts[turnLanguage(context)]);
    return this.begin(context, options);
  }

  /** The reply to the answer: "say that again", one of its follow-ups, or a message for MainDialog. */
  async hear(context: TurnContext, options: AnswerOptions): Promise<ListeningStep<AnswerOptions>> {
    const text = context.activity.text ?? '';
    const command = parseWalkthroughCommand(text, this.knowledge.steps.length)?.kind;
    if (command === 'repeat') return this.repeat(context, options);
    const paragraph = this.paragraphMovedTo(text, command, options);
    if (paragraph !== undefined) {
      await traceAnswer(context, { ...traceOfChoice(text, turnLanguage(context), options.entryId), paragraphs: [paragraph] });
      // Past either end, the article in full, which shows them all: "next" under the last paragraph said no walkthrough ran.
      const passed = paragraphPassedLead(this.texts[turnLanguage(context)], paragraph);
      if (passed === undefined) return this.begin(context, { ...options, paragraphs: [paragraph] });
      await sendReply(context, { text: passed, buttons: [] });
      const { paragraphs: _quoted, ...inFull } = options;
      return this.begin(context, inFull);
    }
    const entry = requireEntry(this.knowledge, options.entryId);
    const followUps = this.followUpsOf(options);
    // "Then what?" under an answer that sums up the steps (the summary) asks for them: it got "There's no step-by-step
    // guide in progress right now". Not under one that only offers them: "next" under the legal basis got them. An "ok"
    // only takes the answer in, and with a walkthrough paused "next" goes on with it.
    const procedure = followUps.find((followUp) => followUp.kind === 'procedure' && followUp.id === entry.more);
    if (command === 'next' && procedure && entry.kind === 'answer' && options.pausedStep === undefined && !isAcknowledgement(text)) {
      return done({ kind: 'chosen', entryId: procedure.id });
    }
    // "Next" under a step shown in between, with no walkthrough to go on with, is the step after it, and "back" the one
    // before: after "what does the Civic Center mean?" they said no walkthrough ran.
    const moveBy = command === 'next' ? 1 : command === 'back' ? -1 : 0;
    const besideStep = entry.step !== undefined && moveBy !== 0 && options.pausedStep === undefined && !isAcknowledgement(text) ? this.knowledge.steps[entry.step - 1 + moveBy] : undefined;
    if (besideStep) return done({ kind: 'chosen', entryId: besideStep.id });
    // "Next" under an item of a list is the item after it: "下一个" under redistribution said no walkthrough ran. With a
    // walkthrough paused, "next" goes on with it.
    const nextItem = (command === 'next' && !isAcknowledgement(text) && options.pausedStep === undefined) || asksNextItem(text);
    // And "back" or "上一个" the one before it, or the list before the first: they said no walkthrough ran.
    const previousItem = !nextItem && ((command === 'back' && options.pausedStep === undefined) || asksPreviousItem(text));
    const itemOf = nextItem || previousItem ? this.knowledge.listHaving(entry.id) : undefined;
    if (itemOf) {
      const at = itemOf.items.indexOf(entry.id);
      if (previousItem) return done({ kind: 'chosen', entryId: itemOf.items[at - 1] ?? itemOf.id });
      const after = itemOf.items[at + 1];
      return after === undefined ? this.sayNoSuchItem(context, options, itemOf) : done({ kind: 'chosen', entryId: after });
    }
    const shownList = this.listOf(entry);
    const list = shownList && namesFunctionsElsewhere(text, shownList) ? undefined : shownList;
    const numbered = this.numberedOf(entry, list, followUps, text);
    const chosen = chooseOffered(text, numbered, followUps);
    if (chosen) return done({ kind: 'chosen', entryId: chosen.id });
    // "What about the fourth function?" under the three got step 4, the only fourth thing the matcher knows.
    if (list && positionPastList(text, list) !== undefined) return this.sayNoSuchItem(context, options, list);
    // An item of a list that is no entry ("the first one" after the five funds, which got a "Did you mean" of the first
    // function and step 1; "what is the second fund", which got the second way of promoting development): that item.
    // Not "that's all my sources say about it": what Article 64 says of the funds (their accounting, their pooling) it
    // says of each, and the answer's buttons give it.
    // Only under an answer that lists: under a step shown in between, "step 5" got "that's all my sources say about it",
    // read as the fifth item of step 2's no list.
    const items = numbered.length === 0 ? numberedItems(entry[turnLanguage(context)].answer) : [];
    const last = items.length > 0 && pointsAtLastItem(text);
    const position = items.length > 0 && !last ? (bareOrdinalReference(text) ?? ordinalNamingTitle(text, entry)) : undefined;
    if (last || position !== undefined) return this.sayItemOfList(context, options, items, position ?? items.length);
    return done({ kind: 'notForMe' });
  }

  /**
   * Under one paragraph of the article quoted alone, "next", "go on" or "下一个" asks for the paragraph after it and
   * "back" for the one before (0 or one past the last when the article has none there): they said no walkthrough ran.
   * Under the article in full, the next is the first and the one before the last, as "next paragraph" and "previous
   * paragraph" have it: "next", "go on" and "back" there said no walkthrough ran. (With a walkthrough paused they go on
   * with it, and an "ok" only takes the paragraph in.)
   */
  private paragraphMovedTo(text: string, command: WalkthroughCommand['kind'] | undefined, options: AnswerOptions): number | undefined {
    if (options.pausedStep !== undefined || isAcknowledgement(text)) return undefined;
    const inFull = options.paragraphs === undefined && options.entryId === this.knowledge.articleInFull?.entry.id;
    const [quoted] = options.paragraphs?.length === 1 ? options.paragraphs : inFull ? [0] : [];
    if (quoted === undefined) return undefined;
    if (command === 'next' || asksNextItem(text)) return quoted + 1;
    return command === 'back' ? (inFull ? ARTICLE_PARAGRAPH_COUNT : quoted - 1) : undefined;
  }

  /** Says how many items the list has, over the list's own buttons; then listens as the answer on the screen did. */
  private async sayNoSuchItem(context: TurnContext, options: AnswerOptions, list: Entry): Promise<ListeningStep<AnswerOptions>> {
    const language = turnLanguage(context);
    const texts = this.texts[language];
    const buttons = [...this.offers(language, { entryId: list.id }), ...resumeButtons(texts, options.pausedStep)];
    await traceFollowUp(context, 'follow-up: past the end of the list', list.id);
    await sendReply(context, { text: fillTemplate(texts.noSuchItem, { count: list.items.length }), buttons });
    return listen(options);
  }

  /**
   * The item at `position` of a list that is no entry, over the answer's buttons, which say the rest; past the end,
   * how many items there are. Then listens as the answer on the screen did.
   */
  private async sayItemOfList(context: TurnContext, options: AnswerOptions, items: string[], position: number): Promise<ListeningStep<AnswerOptions>> {
    const language = turnLanguage(context);
    const texts = this.texts[language];
    const item = items[position - 1];
    const text =
      item !== undefined
        ? fillTemplate(texts.itemOfList, { position, item })
        : position > items.length && items.length > 0
          ? fillTemplate(texts.noSuchItem, { count: items.length })
          : texts.noMoreDetail;
    await traceFollowUp(context, 'follow-up: item of the list', options.entryId);
    await sendReply(context, { text, buttons: [...this.offers(language, options), ...resumeButtons(texts, options.pausedStep)] });
    return listen(options);
  }
}
