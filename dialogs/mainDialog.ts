import { ActivityTypes, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ARTICLE_PARAGRAPH_COUNT } from '../knowledge/articleParagraphs';
import { conversationLanguage, languageOfLocale } from '../knowledge/conversationLanguage';
import { Language, languages, otherLanguage } from '../knowledge/language';
import { detectLanguage, languageOfUniversalWords } from '../knowledge/languageDetection';
import { besideAnotherLanguage, LanguageRequest, languageRequestIn, translationAsked } from '../knowledge/languageRequest';
import {
  announcesAQuestion,
  askedAsAQuestion,
  asksAboutARelative,
  asksBeforeTheParagraphs,
  asksForAPerson,
  asksForAnExplanation,
  asksForMore,
  asksForTheSource,
  asksHowManyInAll,
  asksHowManyParagraphs,
  asksIfThatIsAll,
  asksInOtherWords,
  asksWhen,
  asksWhichToChoose,
  asksMeaning,
  asksOnlyWhichParagraph,
  asksReasonOrDifference,
  asksSimpler,
  asksStepByStep,
  asksWhatElse,
  asksWhatTheBotIsFor,
  asksWhichParagraph,
  asksWhoOfIt,
  asksWhy,
  bareOrdinalReference,
  besideTheParagraphs,
  countClaimed,
  CountedList,
  doubtsLastReply,
  ellipticalSubject,
  hasALink,
  isTitleOf,
  hasWords,
  isAcknowledgement,
  isNoneOfThese,
  looksBack,
  namesWhatWasDone,
  ordinalNamingTitle,
  paragraphBesideNamed,
  paragraphOffsetNamed,
  paragraphsNamed,
  withoutTheParagraphNamed,
  sectionNamedAlone,
  sentenceNamed,
  sentencesOf,
  parseWalkthroughCommand,
  saysCarryOn,
  praisesTheAnswer,
  reportsProgress,
  saysNotFound,
  saysNotUnderstood,
  saysWrongAnswer,
  stepAskedHowItLooks,
  stepNamedNotFound,
  stepOfTheCivicCenterNames,
  WalkthroughCommand,
} from '../knowledge/navigation';
import { askedBriefly } from '../knowledge/brevityFrame';
import { buttonAskedAbout, buttonMeaning, buttonsMeaning } from '../knowledge/buttonQuestion';
import { asksAboutPrivacy } from '../knowledge/privacyQuestion';
import { listNamedByItems } from '../knowledge/listNamedByItems';
import { partOfAnItem } from '../knowledge/partOfAnItem';
import { amendmentAsked } from '../knowledge/amendmentQuestion';
import { entryHoldingTerm } from '../knowledge/termQuestion';
import { withoutCorrection } from '../knowledge/correction';
import { askedExactly, asksForTheWordingOfTheAnswer, asksWordForWord } from '../knowledge/wordingFrame';
import { asksWhichOtherFunds, fundAskedOfPooling, fundPoolingLead, otherFundsLead } from '../knowledge/fundPooling';
import { ClaimVerdict } from '../knowledge/claimVerdict';
import { fundClaimVerdict } from '../knowledge/fundClaims';
import { listClaimVerdict } from '../knowledge/listClaim';
import { asksToConfirm, asksYesOrNo } from '../knowledge/matcher/confirmationTag';
import { normaliseText } from '../knowledge/matcher/normalise';
import { numberedReferences } from '../knowledge/matcher/numberedReferences';
import { MatchResult } from '../knowledge/matcher/types';
import { ON_THEIR_OWN_PHONE, WHAT_THE_CERTIFICATION_IS } from '../knowledge/matcher/uncoveredTopics';
import { closingClause, questionAfterContext } from '../knowledge/knowledgeMatcher';
import { Entry, paragraphOfSource, SOURCE_ARTICLE } from '../knowledge/schema';
import { SubjectVocabulary } from '../knowledge/subjectVocabulary';
import { fillTemplate, UiTexts } from '../knowledge/texts';
import { AnswerDialog, itemCountOf, listsNoEntries, paragraphPassedLead } from './answerDialog';
import { resumeButtons, starterButtons, starterQuestions } from './buttons';
import { capabilitiesReply } from './capabilities';
import { DialogDependencies, requireEntry } from './dialogDependencies';
import { DidYouMeanDialog } from './didYouMeanDialog';
import { answerSourceText, doubtReplyText } from './doubt';
import { feedbackButtons, feedbackOf, offersFeedback } from './feedback';
import { FollowUpReader, IntentTrace, rememberMatch, traceAnswer, traceFollowUp, traceNoAnswer, traceOfChoice, traceOfMatch } from './intentTrace';
import { done, ListeningDialog, ListeningStep, savedListeningState } from './listeningDialog';
import { NO_QUESTION_LOG, QuestionLog } from './questionLog';
import { quoteUserText } from './quoteUserText';
import { ReplyButton } from './reply';
import { sendReply } from './replyRenderer';
import { setTurnLanguage, turnLanguage } from './turnLanguage';
import { WalkthroughDialog, WalkthroughOptions } from './walkthroughDialog';

export const MAIN_DIALOG = 'mainDialog';

// What names a step, in either language.
const NAMES_A_STEP = /\bsteps?\b|步/i;
// A place in a list: 第 before a number, or an English ordinal.
const NAMES_AN_ORDINAL = /第|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i;

// Words placing a step by another, or the user at one: "what comes after step 5", "第五步之后", "I'm on step 3 and can't
// find family service", "卡在第三步".
const RELATIVE_TO_A_STEP =
  /\b(?:after|before|next|previous|following|then|prior|once|done|finished|completed)\b|\b(?:on|at|past|from|to|with) step\b|之后|以后|后面|前面|之前|下一|上一|然后|完成|做完|弄完|好了|在第|到第|到了第|卡在|从第/i;

/** Whether a message names the step by its number ("step 5", "第五步"). */
const namesStep = (text: string, step: number): boolean =>
  numberedReferences(normaliseText(text)).some(({ kind, number }) => kind === 'step' && number === step);

/** How Chinese counts the few sentences of a paragraph ("第二句"). */
const CHINESE_SMALL_NUMBERS: Readonly<Record<number, string>> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五' };

/** Walkthrough commands that mean nothing outside a walkthrough. */
const MOVES_IN_A_WALKTHROUGH: ReadonlySet<WalkthroughCommand['kind']> = new Set(['next', 'back', 'moveBy', 'repeat', 'resume']);

/** Commands that take a walkthrough the user stopped up again, where it stopped ("continue", "resume"). */
const CONTINUES_A_STOPPED_WALKTHROUGH: ReadonlySet<WalkthroughCommand['kind']> = new Set(['next', 'resume']);

/** Walkthrough commands that open a walkthrough when none is running ("all steps", "step 3", "step by step"). */
const OPENS_A_WALKTHROUGH: ReadonlySet<WalkthroughCommand['kind']> = new Set(['allSteps', 'goTo', 'steps', 'stepByStep', 'noSuchStep']);

/** Whether an entry's answer comes from Article 64 (the article in full, a paragraph, or what one paragraph says). */
const YEAR = /\b(?:19|20)\d\d\b|(?:19|20)\d\d年/;
const isFromTheArticle = (entry: Entry): boolean => entry.source?.startsWith(`Article ${SOURCE_ARTICLE}`) === true;

/** Whether an entry's answer names Article 64 ("The legal basis is **Article 64 of the PRC Social Insurance Law**"). */
const namesTheArticleInItsAnswer = (entry: Entry): boolean =>
  numberedReferences(normaliseText(entry.en.answer)).some(({ kind, number }) => kind === 'article' && number === SOURCE_ARTICLE);

/** Whether an entry's questions ask for it by its number as a function ("the second function", "第二个功能"). */
const namesAFunction = (entry: Entry): boolean =>
  languages.some((language) =>
    entry[language].questions.some((question) => numberedReferences(normaliseText(question)).some(({ kind }) => kind === 'function')),
  );

/**
 * The number a message was refused for, when all it was refused for is functions or steps past the last of them ("the
 * fourth role", "the 8th step"); undefined otherwise.
 */
function numberPassed({ refusal }: MatchResult, kind: 'function' | 'step', count: number): number | undefined {
  if (refusal?.reason !== 'unknownReferences') return undefined;
  const passed = refusal.references.every((reference) => reference.kind === kind && reference.law === undefined && reference.number > count);
  return passed ? refusal.references[0]?.number : undefined;
}

/** The paragraph of a legal article, 款: a paragraph no article is named with is one of the article the bot quotes. */
const LEGAL_PARAGRAPH = /款/;

/** A step named by its number or place, in either language ("step 5", "the third step", 第三步, 第5步). */
const STEP_BY_NUMBER =
  /\b(?:step\s*(?:\d+|one|two|three|four|five|six|seven)|(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|last|1st|2nd|3rd|[4-7]th) step)\b|第[一二三四五六七1-7]步/gi;

/** How sure the matcher must be of the step a claim describes to tell the claim its number is wrong. */
const SURE_OF_A_STEP_DESCRIBED = 0.8;

/** How sure the matcher must be of small talk to answer a subject asked about with it ("and thanks", not "那明天呢"). */
const SURE_SMALL_TALK_TO_A_SUBJECT = 0.8;

/** Between quoted questions in a sentence. */
const LIST_SEPARATOR: Readonly<Record<Language, string>> = { en: ', ', zh: '、' };

/** What the conversation remembers between messages, kept in this dialog's state (itself in conversation state). */
interface ConversationMemory {
  language?: Language;
  /** The language the user asked the answers to be in ("in Chinese please"): it holds whatever language they write in. */
  chosenLanguage?: Language;
  /** Step a walkthrough was at when another question interrupted it. */
  pausedStep?: number;
  /**
   * Step a walkthrough was at when the user stopped it. No button offers it again, as the paused step is offered, but
   * "continue" takes it up: "actually lets continue" after Stop got a refusal, and "continue" "no guide is running".
   */
  stoppedStep?: number;
  /** The last answer that offered Helpful / Not helpful: a click on those is about it. */
  answerForFeedback?: string;
  /** The last reply listed what the bot can do with its starter questions: "the first one" asks the first of them. */
  startersOffered?: boolean;
}

/** How an entry is answered, besides the entry. */
interface AnswerShown {
  /** Paragraphs of the article in full, quoted alone. */
  paragraphs?: number[];
  /** Said before the answer, each in a message of its own: what it cannot answer, where the answer is from. */
  leads?: readonly string[];
  /** A step shown as an answer in between, which moves no walkthrough: what a term in it means. */
  inBetween?: boolean;
}

/** The dialog listening for the next message, with what it listens with. */
interface SavedListening {
  id: string;
  state: object;
}

/**
 * MainDialog's state. The listening dialog is kept where MainDialog, when it was a ComponentDialog, kept its inner
 * dialog stack (`dialogs.dialogStack`, at most one dialog deep), so that conversations stored then go on.
 */
interface MainDialogState {
  dialogs?: { dialogStack?: SavedListening[] };
  memory?: ConversationMemory;
}

/** A message being handled: its turn, what the conversation remembers, and MainDialog's state to keep the listening dialog in. */
interface MessageTurn {
  context: TurnContext;
  memory: ConversationMemory;
  state: MainDialogState;
  /** The language the conversation had before this message. */
  languageBefore: Language;
  /** Whether the reply before this message offered the starter questions. */
  startersOffered: boolean;
  /** The answer on the screen before this message, which the dialog that gave it may stop listening after. */
  answerBefore: Entry | undefined;
  /** Whether the message asked for something's exact wording ("quote the third function word for word"). */
  wordingAsked?: boolean;
}

/**
 * The root dialog: decides the language of each message, lets the dialog listening for a reply have it first, and
 * otherwise routes it: walkthrough commands to a paused walkthrough, everything else through the matcher to an
 * answer, a "did you mean", or a polite "I can't answer that". It never ends, so its state lasts as long as the
 * conversation; run it with botbuilder-dialogs' runDialog. The dialogs it starts are ListeningDialogs it holds in
 * its own state (listeningDialog.ts says why they are not botbuilder Dialogs).
 */
export class MainDialog extends Dialog {
  private readonly knowledge: DialogDependencies['knowledge'];
  private readonly matcher: DialogDependencies['matcher'];
  private readonly texts: DialogDependencies['texts'];
  private readonly questionLog: QuestionLog;
  private readonly walkthrough: WalkthroughDialog;
  private readonly answer: AnswerDialog;
  private readonly didYouMean: DidYouMeanDialog;
  /** By id, as saved state names them. */
  private readonly listeningDialogs: ReadonlyMap<string, ListeningDialog<never, object>>;
  /** The answers that list what no entry answers (the five funds). */
  private readonly listsOfNoEntries: readonly Entry[];
  /** The answers that list entries (the three functions). */
  private readonly listsOfEntries: readonly Entry[];
  /** The entries a term asked about is looked for in: the steps, and what is drawn from the article's paragraphs. */
  private readonly termHolders: readonly Entry[];
  /** The list whose items the knowledge's questions name by number as functions ("the second function"), if any. */
  private readonly functionsList: Entry | undefined;
  /** The entry summing up the steps, given for "simpler" under a step. */
  private readonly summaryOfTheSteps: Entry | undefined;
  private readonly vocabulary: SubjectVocabulary;

  constructor({ knowledge, matcher, texts, questionLog = NO_QUESTION_LOG }: DialogDependencies) {
    super(MAIN_DIALOG);
    this.knowledge = knowledge;
    this.matcher = matcher;
    this.texts = texts;
    this.questionLog = questionLog;
    this.walkthrough = new WalkthroughDialog({ knowledge, texts });
    this.answer = new AnswerDialog({ knowledge, texts });
    this.didYouMean = new DidYouMeanDialog({ knowledge, texts, questionLog });
    this.listeningDialogs = new Map([this.walkthrough, this.answer, this.didYouMean].map((dialog) => [dialog.id, dialog]));
    this.listsOfNoEntries = knowledge.entries.filter((entry) => entry.kind === 'answer' && listsNoEntries(entry));
    this.listsOfEntries = knowledge.entries.filter((entry) => entry.items.length > 0);
    this.termHolders = [...knowledge.steps, ...knowledge.entries.filter((entry) => isFromTheArticle(entry) && entry.id !== knowledge.articleInFull?.entry.id)];
    this.functionsList = this.listsOfEntries.find((list) => list.items.every((id) => namesAFunction(requireEntry(knowledge, id))));
    this.summaryOfTheSteps = knowledge.entries.find((entry) => entry.more === knowledge.procedure.id);
    this.vocabulary = new SubjectVocabulary();
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  private async onTurn(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as MainDialogState | undefined;
    if (!state) throw new Error('MainDialog: no dialog state; MainDialog must run as a root dialog');
    if (dc.context.activity.type === ActivityTypes.Message) {
      // The welcome, before the first message, offers the starter questions too.
      const firstMessage = state.memory === undefined;
      const memory = (state.memory ??= {});
      const languageBefore = memory.chosenLanguage ?? memory.language ?? languageOfLocale(dc.context.activity.locale);
      const startersOffered = firstMessage || memory.startersOffered === true;
      delete memory.startersOffered;
      await this.onMessage({ context: dc.context, memory, state, languageBefore, startersOffered, answerBefore: this.answerShown(state) });
    }
    return Dialog.EndOfTurn;
  }

  private async onMessage(turn: MessageTurn): Promise<void> {
    const { context, memory, state } = turn;
    const { activity } = context;
    // What the message asks for, not what it declines or the words that correct the last, nor those asking for the exact
    // wording, which every answer has: the dialogs listening for a reply read it too.
    const asked = withoutCorrection(activity.text ?? '');
    const exactly = askedExactly(asked);
    turn.wordingAsked = exactly !== undefined && asksWordForWord(asked);
    activity.text = exactly ?? asked;
    // A translation with no language named is of the answer on the screen, into the other language.
    const onScreen = memory.language ?? turn.languageBefore;
    // Not into a language the bot does not answer in, which it says: what is asked is answered in the conversation's.
    const besideTheLanguage = besideAnotherLanguage(activity.text);
    const anotherLanguage = besideTheLanguage !== undefined;
    if (anotherLanguage) activity.text = besideTheLanguage;
    const translating = translationAsked(activity.text);
    const translation: LanguageRequest | undefined = translating && { ...translating, language: otherLanguage(onScreen), once: true };
    const request = languageRequestIn(activity.text) ?? translation;
    // "Show me the steps in Chinese": what is asked is the question, which the dialogs listening for a reply read too.
    if (request?.question !== undefined) activity.text = request.question;
    const text = (activity.text ?? '').trim();
    // "…用英文怎么说" asks for this answer in English; "in English please" for every answer from now on.
    const once = request?.once === true;
    const newLanguage = request !== undefined && !once && request.language !== memory.chosenLanguage;
    if (request && !once) memory.chosenLanguage = request.language;
    const detected = detectLanguage(text);
    const chosen = once ? request.language : memory.chosenLanguage;
    const language = conversationLanguage({ chosen, detected, conversation: memory.language, locale: activity.locale });
    if (!once) memory.language = language;
    setTurnLanguage(context, language);
    if (request && request.question === undefined) {
      await this.sayAgainInLanguage(turn, language, !once);
      return;
    }
    if (newLanguage) await sendReply(context, { text: this.texts[language].languageChosen, buttons: [] });
    if (anotherLanguage) await sendReply(context, { text: this.texts[language].onlyTwoLanguages, buttons: [] });
    if (await this.tookFeedback(turn, text, language)) return;
    if (await this.tookButtonQuestion(turn, text, language)) return;
    if (await this.tookDoubt(turn, text, language)) return;
    if (await this.tookRequestForMore(turn, text, language)) return;
    if (await this.tookRequestForSimpler(turn, text, language)) return;
    if (await this.tookRequestForTheWording(turn, text, language)) return;
    if (await this.tookWhoOfIt(turn, text, language)) return;
    if (await this.tookReasonOfTheAnswer(turn, text, language)) return;
    if (await this.tookSentenceOfTheArticle(turn, text, language)) return;

    const listening = this.listeningOf(state);
    if (listening) {
      // A dialog no longer in the bot (stored by an older version) has nothing to say about the message.
      const step = listening.dialog ? await listening.dialog.hear(context, listening.state) : done({ kind: 'notForMe' });
      this.keepListening(state, listening.id, step);
      if (!('done' in step)) return;
      const outcome = step.done;
      if (outcome.kind === 'handled') return;
      if (outcome.kind === 'chosen') {
        await this.answerEntry(turn, requireEntry(this.knowledge, outcome.entryId), traceOfChoice(text, language, outcome.entryId));
        return;
      }
      memory.pausedStep = outcome.pausedStep ?? memory.pausedStep;
    }
    await this.route(turn, text, language, detected ?? languageOfUniversalWords(text, language));
  }

  /**
   * After "in Chinese please": says so in that language, then the message the user asked about again, in it (the
   * answer, step or offer listening for a reply), or else what the bot can do. Asked for that message alone in the
   * language ("what does it say in the Chinese original?"), the bot gives it without saying it changes language.
   */
  private async sayAgainInLanguage(turn: MessageTurn, language: Language, languageChanges: boolean): Promise<void> {
    const { context, memory, state } = turn;
    const texts = this.texts[language];
    const listening = this.listeningOf(state);
    const announcement = languageChanges ? texts.languageChosen : undefined;
    if (!listening?.dialog) {
      await this.sayCapabilities(turn, 'language: nothing to say again', texts, announcement, memory.pausedStep);
      return;
    }
    if (announcement) await sendReply(context, { text: announcement, buttons: [] });
    this.keepListening(state, listening.id, await listening.dialog.repeat(context, listening.state));
  }

  /** `questionLanguage` is the language the text is written in, which the matcher reads it in. */
  private async route(turn: MessageTurn, text: string, language: Language, questionLanguage: Language): Promise<void> {
    const { context, memory } = turn;
    const texts = this.texts[language];
    const paused = memory.pausedStep;
    // Nothing to answer: an empty message, or one of only punctuation or emoji ("???", "😭"), which got "I can't answer “???”".
    if (!hasWords(text)) {
      await this.sayCapabilities(turn, 'no question: no words', texts, hasALink(text) ? texts.linkNotOpened : undefined, paused);
      return;
    }
    // A step or an answer not understood is given again by the dialog listening after it; one that listens for nothing
    // (a refusal, small talk) has nothing to give again, so the reply is what the bot can do. So is "none of these"
    // with no offer open (after an answer's buttons), which got "I can't answer “都不是”".
    if (saysNotUnderstood(text) || isNoneOfThese(text)) {
      await this.sayCapabilities(turn, 'no question: not understood', texts, undefined, paused);
      return;
    }
    // "Are you a bot?" and "转人工" are not questions about social security: they are told what answers them.
    if (asksForAPerson(text)) {
      await this.sayCapabilities(turn, 'no question: asks for a person', texts, texts.automatedAssistant, paused);
      return;
    }
    // What the bot keeps of the conversation: "what data do you keep about me?" got what the bot can do alone, "你会保存我的
    // 个人信息吗" was refused.
    if (asksAboutPrivacy(text)) {
      await this.sayCapabilities(turn, 'no question: asks about privacy', texts, texts.privacy, paused);
      return;
    }
    // "That's wrong" got the goodbye, "你说的不对" "I can't answer …": it is an answer found not helpful, and the user is
    // asked to put the question another way.
    if (saysWrongAnswer(text)) {
      const answerId = memory.answerForFeedback;
      if (answerId !== undefined) await this.questionLog.record({ type: 'feedback', language, answerId, helpful: false });
      await this.sayCapabilities(turn, 'no question: says the answer is wrong', texts, texts.wrongAnswer, paused);
      return;
    }
    // "The first one" under what the bot can do asks its first starter question: it got a "Did you mean" of the first
    // items of other lists (step 1, the first function, demand management).
    const starter = turn.startersOffered ? this.starterPointedAt(text, texts) : undefined;
    if (starter !== undefined) {
      await this.route({ ...turn, startersOffered: false }, starter, language, language);
      return;
    }
    // A list's length claimed ("social security has four functions right?", "是不是六步", "does article 64 list six
    // funds?"): the list, under a plain yes or no. It was the list under "please check it", or a refusal ("是不是六步").
    // Before the walkthrough commands: "so there are 6 steps in total?" is a claim, not the "all steps" it names.
    const claimed = countClaimed(text);
    const counted = claimed && this.listCounted(claimed.list);
    if (claimed && counted) {
      const noun = texts.countNouns[claimed.list];
      const lead =
        claimed.count === counted.count
          ? fillTemplate(texts.countRight, { count: counted.count, noun })
          : fillTemplate(texts.countWrong, { actual: counted.count, claimed: claimed.count, noun });
      await this.answerEntry(turn, counted.entry, traceOfChoice(text, questionLanguage, counted.entry.id), { leads: [lead], inBetween: paused !== undefined });
      return;
    }
    const parsed = parseWalkthroughCommand(text, this.knowledge.steps.length) ?? this.walkthrough.stepByWhatItTaps(text, paused ?? 0);
    // Paused or stopped, "continue" takes up the step it was at, as the Resume button does: read as "next", it skipped it.
    const resumable = paused !== undefined || memory.stoppedStep !== undefined;
    const command: WalkthroughCommand | undefined = resumable && saysCarryOn(text) ? { kind: 'resume' } : parsed;
    // "All steps", a named step or steps (there or not) and "step by step" need no walkthrough to move in: they open one
    // ("complete process" was matched to the last step, and "what comes after step 2" to step 2, the step it names). So
    // does a step named by what it taps: "I clicked social security" got step 3, the step that taps it, and "which step
    // was the family thing" step 7, not step 6, which opens family service.
    const stopped = command && CONTINUES_A_STOPPED_WALKTHROUGH.has(command.kind) ? memory.stoppedStep : undefined;
    if (command && (paused !== undefined || stopped !== undefined || OPENS_A_WALKTHROUGH.has(command.kind))) {
      // The steps asked word for word are the page's in clearer words, as any answer from it: "give me the exact text of
      // step 6" got it as if quoted.
      if (turn.wordingAsked) await sendReply(context, { text: texts.pageWording, buttons: [] });
      await this.beginWalkthrough(turn, { position: paused ?? stopped ?? 0, command });
      return;
    }
    // With no walkthrough to move in, "next" or "上一步" would otherwise be matched to whichever step's questions say
    // "what next". Unless it names what was done, which the matcher knows the step after: "绑定好了然后呢" (the binding
    // done, then what?) got "no walkthrough is running" for the step after the binding.
    if (command && MOVES_IN_A_WALKTHROUGH.has(command.kind) && !namesWhatWasDone(text)) {
      // "ok" after an answer asks nothing: it gets what the bot can do, without being told no walkthrough is running.
      if (isAcknowledgement(text)) await this.sayCapabilities(turn, 'no question: acknowledgement', texts, undefined, undefined);
      else if (stepNamedNotFound(text, this.knowledge.steps, 0) === 0) await this.sayNothingNamedNotFound(turn, text, questionLanguage);
      else await this.sayNoWalkthrough(turn, command, language);
      return;
    }
    // "Anything else?" or "就这些吗" names no topic to match: it gets what the bot can do (and the paused walkthrough).
    // So does "I have a question", which asks nothing yet, and "what's your role", which asks it.
    if (asksWhatElse(text) || announcesAQuestion(text) || asksWhatTheBotIsFor(text)) {
      await this.sayCapabilities(turn, 'no question: asks what else', texts, undefined, paused);
      return;
    }
    // "What is the third fund" got the third function (0.37), "which is the fifth fund" step 5 (0.60): the ordinal is a
    // strong feature of the steps and functions. An ordinal naming a list of what no entry answers gets that list.
    const listNamed = this.listsOfNoEntries.find((entry) => ordinalNamingTitle(text, entry) !== undefined);
    if (listNamed) {
      await this.answerEntry(turn, listNamed, traceOfChoice(text, questionLanguage, listNamed.id));
      return;
    }
    // "社会保障的第四个功能" was refused: an ordinal past the end of a list it names gets how many there are, then the list.
    const listPassed = this.listsOfEntries.find((list) => (ordinalNamingTitle(text, list) ?? 0) > list.items.length);
    if (listPassed) {
      await this.sayListPassed(turn, listPassed, traceOfChoice(text, questionLanguage, listPassed.id));
      return;
    }
    // "What about my mother-in-law?" under the steps: the steps are for any family member. It got a "Did you mean" of
    // step 6 and the legal basis, and "那我婆婆呢" and "我岳父也能这样弄吗" "I can't answer".
    if (asksAboutARelative(text) && this.isAboutTheProcedure(turn.answerBefore)) {
      const { procedure } = this.knowledge;
      await this.answerEntry(turn, procedure, traceOfChoice(text, questionLanguage, procedure.id));
      return;
    }
    // When the law was amended, asked of "it" or "the law": "when was it amended" under the legal basis was refused. The
    // answer naming the amendment's year is all the sources say of it.
    // When the amendment came into force, no source says: that comes first.
    const askedOfTheAmendment = amendmentAsked(text);
    const amendment = askedOfTheAmendment ? this.legalBasis() : undefined;
    if (amendment) {
      const leads = askedOfTheAmendment === 'inForce' ? [texts.noDate] : [];
      await this.answerEntry(turn, amendment, traceOfChoice(text, questionLanguage, amendment.id), { leads });
      return;
    }
    // The page's two names of the Civic Center, asked whether they are one: "is citizen center the same as civic center"
    // got step 2 alone.
    const civicCenterStep = stepOfTheCivicCenterNames(text, this.knowledge.steps, turn.answerBefore);
    if (civicCenterStep !== undefined) {
      const step = this.knowledge.steps[civicCenterStep - 1];
      await this.answerEntry(turn, step, traceOfChoice(text, questionLanguage, step.id), { leads: [texts.civicCenterNames], inBetween: true });
      return;
    }
    // Asked simpler under the steps, the summary: "explain like im 5" at step 2 got step 5, its number.
    const summary = this.summaryOfTheSteps;
    if (summary && asksSimpler(text) && (paused !== undefined || turn.answerBefore?.kind === 'step')) {
      await this.answerEntry(turn, summary, traceOfChoice(text, questionLanguage, summary.id));
      return;
    }
    // What a step names, said not to be there, is where that step says it is: "I can't find the certification button" at
    // step 3 got step 5, whose "My" is the button its questions name. All the sources say of it, as for a term.
    const stepNotFound = stepNamedNotFound(text, this.knowledge.steps, paused ?? 0);
    if (stepNotFound === 0) {
      await this.sayNothingNamedNotFound(turn, text, questionLanguage);
      return;
    }
    if (stepNotFound !== undefined) {
      const step = this.knowledge.steps[stepNotFound - 1];
      await this.answerEntry(turn, step, traceOfChoice(text, questionLanguage, step.id), { leads: [texts.noDefinition] });
      return;
    }
    // How it looks, the sources do not say: the step again, with that, which moves no walkthrough.
    const stepOfLooks = stepAskedHowItLooks(text, this.knowledge.steps, paused ?? 0);
    if (stepOfLooks !== undefined && stepOfLooks > 0) {
      const step = this.knowledge.steps[stepOfLooks - 1];
      await this.answerEntry(turn, step, traceOfChoice(text, questionLanguage, step.id), { leads: [texts.noDefinition], inBetween: true });
      return;
    }
    const alone = this.listItemGuess(this.matcher.match(text, questionLanguage), text);
    const match = this.askedBriefly(alone, text, questionLanguage) ?? this.matchUnder(turn.answerBefore, text, alone, questionLanguage);
    // An item of a list named by its place and the list's title, answered with the whole list: "社会保障的第三个功能是什么"
    // got the three functions. (Only by an ordinal: "那社会保障的三个功能呢" counts them. And not the place of the answer
    // itself in its own list: "第三个功能促进发展" is the third function, not its third way.)
    const listAnswered = this.listsOfEntries.find((list) => list.id === match.intent);
    const ordinal = listAnswered && match.decision === 'answer' && NAMES_AN_ORDINAL.test(text) ? ordinalNamingTitle(text, listAnswered) : undefined;
    const placeInItsList = match.intent === null ? undefined : this.knowledge.listHaving(match.intent)?.items.indexOf(match.intent);
    const itemNamed = ordinal === undefined || placeInItsList === ordinal - 1 ? undefined : listAnswered?.items[ordinal - 1];
    if (itemNamed !== undefined) {
      await this.answerEntry(turn, requireEntry(this.knowledge, itemNamed), traceOfChoice(text, questionLanguage, itemNamed));
      return;
    }
    // A part of an item asked for by both numbers: "第三个功能的第二点" got the second function.
    const part = this.functionsList && partOfAnItem(text, this.functionsList, this.knowledge);
    if (part) {
      await this.answerEntry(turn, part, traceOfChoice(text, questionLanguage, part.id));
      return;
    }
    rememberMatch(context, match);
    // A function past the last in other words than the list's title: "社保的第四个作用是什么" was refused, and "What's the
    // fourth role of social security" (before roles were functions) got step 4.
    if (this.functionsList && numberPassed(match, 'function', this.functionsList.items.length) !== undefined) {
      await this.sayListPassed(turn, this.functionsList, traceOfChoice(text, questionLanguage, this.functionsList.id));
      return;
    }
    // So with a step past the last inside a longer message: "lol no there are 7 duh. what's the 8th step" was refused,
    // where "what's the 8th step" alone is told there is none.
    const stepPassed = numberPassed(match, 'step', this.knowledge.steps.length);
    if (stepPassed !== undefined) {
      const { procedure } = this.knowledge;
      const lead = fillTemplate(texts.noSuchStep, { step: stepPassed, total: this.knowledge.steps.length });
      await this.answerEntry(turn, procedure, traceOfChoice(text, questionLanguage, procedure.id), { leads: [lead] });
      return;
    }
    // "Art. 64 para 3" got the whole article, "what about the second paragraph" under it a "Did you mean" of step 2 and
    // the second function: the paragraph's number is a feature the steps and functions share. A paragraph of another
    // law's article 64 ("劳动法第六十四条第二款") is refused with it, and so is one of another law ("劳动法第二款呢").
    // How many paragraphs: the count, then the article, which shows them. "一共几款" under it got the steps.
    // How many of the list on the screen: the count, then the list. "一共几个" under the five funds got the seven steps, and
    // so did it under the second function: under an item, the list it is in.
    // Asked first: the answer's items are counted in its text, which most messages need not pay for.
    const onScreen = asksHowManyInAll(text) ? turn.answerBefore : undefined;
    const listShown = onScreen && (itemCountOf(onScreen) > 0 ? onScreen : this.knowledge.listHaving(onScreen.id));
    const count = listShown ? itemCountOf(listShown) : 0;
    if (listShown && count > 0) {
      const lead = fillTemplate(texts.itemCount, { count });
      await this.answerEntry(turn, listShown, traceOfChoice(text, questionLanguage, listShown.id), { leads: [lead] });
      return;
    }
    const { articleInFull } = this.knowledge;
    if (articleInFull && asksHowManyParagraphs(text)) {
      const lead = fillTemplate(texts.paragraphCount, { total: ARTICLE_PARAGRAPH_COUNT });
      await this.answerEntry(turn, articleInFull.entry, traceOfChoice(text, questionLanguage, articleInFull.entry.id), { leads: [lead] });
      return;
    }
    const refusedForWhatItNames = match.refusal?.reason === 'unknownReferences' || match.refusal?.reason === 'otherLaws';
    const paragraphs = this.paragraphsOfArticleNamed(text, turn.answerBefore, refusedForWhatItNames);
    if (paragraphs.length > 0 && articleInFull) {
      // Quoted alone, in one message, with the answers drawn from them to follow: they got those answers, one message
      // each. A paragraph the article does not have ("第四款呢" got step 4, "art 64 para 5" the article without a word on
      // it): says so, then the article as a whole, which shows its paragraphs.
      const missing = paragraphs.find((paragraph) => paragraph < 1 || paragraph > ARTICLE_PARAGRAPH_COUNT);
      const moved = paragraphOffsetNamed(text) !== undefined;
      // A statement of what a paragraph says, asked to be confirmed ("the earmarking rule is in paragraph 3, correct?"),
      // got that paragraph as if it were so: the paragraph it is in, said to be it or not.
      const claimedIn = missing === undefined && paragraphs.length === 1 ? this.paragraphOfAClaim(text, questionLanguage) : undefined;
      const claimLead =
        claimedIn === undefined
          ? undefined
          : claimedIn === paragraphs[0]
            ? fillTemplate(texts.paragraphClaimRight, { source: texts.sources.article64Paragraphs[claimedIn - 1] })
            : fillTemplate(texts.paragraphClaimWrong, { claimed: texts.paragraphNames[paragraphs[0] - 1], source: texts.sources.article64Paragraphs[claimedIn - 1] });
      // Which the "other social insurance funds" of the pooling are: "第三款里“其他社会保险基金”具体指哪几个" got the paragraph alone.
      const quotedText = paragraphs.length === 1 ? articleInFull.paragraphs[language][paragraphs[0] - 1] : undefined;
      const othersLead = quotedText !== undefined && asksWhichOtherFunds(text, questionLanguage) ? otherFundsLead(texts, language, quotedText) : undefined;
      const lead =
        missing === undefined
          ? (claimLead ?? othersLead)
          : moved
            ? paragraphPassedLead(texts, missing)
            : fillTemplate(texts.noSuchParagraph, { paragraph: missing, total: ARTICLE_PARAGRAPH_COUNT });
      const leads = lead === undefined ? [] : [lead];
      const quoted = missing !== undefined ? [] : claimedIn !== undefined ? [claimedIn] : paragraphs;
      // What else the message asks is answered too, unless the article answers it: "art 64 para 2? also how do I
      // certify my mom" and "paragraph 3 and what are the functions of social security?" got the paragraph alone. In
      // the order asked: "what are the functions of social security? and what does article 64 paragraph 2 say?" got
      // the paragraph first.
      // Not a claim of where something is, which is all one statement: "paragraph 2 says the state council decides the
      // time and steps, right?" got the seven steps too, for "steps".
      const besides = claimedIn === undefined ? besideTheParagraphs(text) : '';
      const other = besides === '' ? undefined : this.matcher.match(besides, questionLanguage);
      const entryIds = new Set([...(match.questionsAsked ?? []), ...(other?.decision === 'answer' && other.intent !== null ? [other.intent] : [])]);
      // A step only where one is named: "第六十四条第一款和第三款" got step 3 too, its paragraph's number read as a step's.
      const others = [...entryIds]
        .map((entryId) => requireEntry(this.knowledge, entryId))
        .filter((entry) => !isFromTheArticle(entry) && !this.isSmalltalk(entry.id) && (entry.kind !== 'step' || NAMES_A_STEP.test(text)));
      const answerOthers = async () => {
        for (const entry of others) await this.answerEntry(turn, entry, traceOfMatch(other ?? match, entry.id));
      };
      const othersFirst = asksBeforeTheParagraphs(text);
      if (othersFirst) await answerOthers();
      const trace = { ...traceOfChoice(text, questionLanguage, articleInFull.entry.id), paragraphs: quoted.length > 0 ? quoted : paragraphs };
      await this.answerEntry(turn, articleInFull.entry, trace, { paragraphs: quoted, leads });
      if (!othersFirst) await answerOthers();
      return;
    }
    // In a walkthrough, what the user says was done is the step done ("found social security" at step 3 got the
    // functions, 0.34), unless it names what leads to another step, which the matcher finds ("I picked my city, now
    // what": still step 2, whose Civic Center comes after the city). What a step taps was read before, as the step done.
    if (paused !== undefined && reportsProgress(text) && !this.isStepAnswer(match)) {
      await this.beginWalkthrough(turn, { position: paused, command: { kind: 'next' } });
      return;
    }
    // A story naming what the sources do not cover, closing with a request for the steps: "… Every year the community
    // calls him to come in person … Could you please tell me the steps?" was refused for "in person".
    const closingCommand = this.commandAfterContext(match);
    if (closingCommand) {
      await this.beginWalkthrough(turn, { position: paused ?? 0, command: closingCommand });
      return;
    }
    // "stop" with nothing to stop: a goodbye the knowledge knows ("I'm done", "不用了") is answered as one, while "quit"
    // or "结束" would otherwise get whichever entry the matcher leans to (the summary, the last step).
    if (command?.kind === 'stop' && !this.isSmalltalkAnswer(match)) {
      await this.sayNoWalkthrough(turn, command, language);
      return;
    }
    // A step named by its number is that step, whatever else the message names: "do I do step 5 on the civic center
    // page or the alipay home page?" got step 2, which taps the Civic Center. Not one named as where another is ("what
    // comes after step 5").
    // So under a story that got all the steps: "我爸80了住湖南，我要在支付宝上帮他做社保认证，第七步是什么" got the seven; the step
    // is what it asks, with nothing more it asks of it.
    const answered = match.decision === 'answer' && match.intent !== null ? requireEntry(this.knowledge, match.intent) : undefined;
    const stepNumbered = answered && this.stepNumberedApart(text, answered);
    if (stepNumbered) {
      const leads = answered.step === undefined ? [] : [texts.noDefinition];
      await this.answerEntry(turn, stepNumbered, traceOfChoice(text, questionLanguage, stepNumbered.id), { leads });
      return;
    }
    if (match.decision === 'answer' && match.intent !== null) {
      // First what it cannot answer, so that the buttons under the last answer stay on the screen.
      const notAnswered = match.questionsRefused ? [await this.notAnswered(match.questionsRefused, language, questionLanguage)] : [];
      // "Which paragraph says …?" is told where the answer is, before it; a statement asked to be confirmed, to check
      // it against the answer.
      const nearest = requireEntry(this.knowledge, match.intent);
      const listNamed = match.questionsAsked ? undefined : listNamedByItems(text, nearest, this.knowledge, questionLanguage);
      const answer = listNamed ?? nearest;
      const source = asksWhichParagraph(text) ? answerSourceText(texts, answer) : undefined;
      // A term or a reason asked about ("what does binding mean in step 7", "全国统筹是什么意思", "why are the funds
      // earmarked?") in a step or the article's words, a step's button not found, or which of its things to choose: they
      // are all the sources say of it.
      const explainsNothing =
        (asksForAnExplanation(text) && (answer.step !== undefined || isFromTheArticle(answer))) ||
        ((saysNotFound(text) || asksWhichToChoose(text)) && answer.step !== undefined);
      // Asked for in other words, the law is given in its own: "explain art. 64 in simple words" got its text
      // unannounced.
      const lawInItsOwnWords = asksInOtherWords(text) && isFromTheArticle(answer);
      // Asked when, the article gives no date (its heading's year is the amendment's): "when will national pooling be
      // done?" got the State Council's setting of the time as if it answered.
      const givesNoDate = asksWhen(text) && isFromTheArticle(answer) && !YEAR.test(answer[language].answer);
      // What one step does, said to be another's ("step 3 is where you add the family member, correct?", "第三步是添加家人信息吧"):
      // a plain no, with the step it speaks of. Under "please check it" that step read as a yes. Not a step placed by
      // another ("so after step 2 I tap social security, right?" is right).
      const claimed = asksToConfirm(text) && answer.step !== undefined && !RELATIVE_TO_A_STEP.test(text) ? this.stepNamed(text)?.step : undefined;
      // The step it speaks of is read without the number claimed, which pulls the matcher to its step: "step 5 is opening
      // Alipay, right?" was told "that is step 2".
      const stepClaimWrong =
        claimed !== undefined && answer.step !== undefined && claimed !== answer.step && this.stepDescribed(text, questionLanguage) === answer.step
          ? fillTemplate(texts.stepClaimWrong, { claimed, actual: answer.step })
          : undefined;
      const verdict = asksYesOrNo(text) ? this.claimVerdict(text, answer, questionLanguage) : undefined;
      // Small talk is nothing to check a claim against: "i read this https://… is it right?" got "check it" over the help.
      const smallTalk = this.isSmalltalk(answer.id);
      const lead =
        source ??
        stepClaimWrong ??
        (verdict !== undefined ? texts.claimVerdicts[verdict] : undefined) ??
        (smallTalk && hasALink(text) ? texts.linkNotOpened : undefined) ??
        (asksToConfirm(text) && !smallTalk
          ? texts.checkAgainstSources
          : explainsNothing
            ? texts.noDefinition
            : lawInItsOwnWords
              ? texts.ownWordsOnly
              : givesNoDate
                ? texts.noDate
                : undefined);
      // One fund's pooling asked ("is the maternity fund pooled nationally?", "工伤保险基金是全国统筹吗") got the pooling of
      // all the funds, and the user had to work out which the fund was: said before it, from the answer's own words.
      const fund = answer.id === articleInFull?.entry.id ? undefined : fundAskedOfPooling(text, questionLanguage);
      const fundLead =
        fund !== undefined
          ? fundPoolingLead(texts, answer[language].answer, fund)
          : asksWhichOtherFunds(text, questionLanguage)
            ? otherFundsLead(texts, language, answer[language].answer)
            : undefined;
      const leads = [...notAnswered, ...(lead ? [lead] : []), ...(fundLead ? [fundLead] : [])];
      // What a term of a step means is no move in the steps: "亲情服务是什么" at step 2 moved the walkthrough to step 6, and
      // "回到刚才的步骤" came back there.
      // Nor is the procedure asked again in a walkthrough: "俺爹没智能手机咋整" at step 5 got the overview, and "刚才到第几步了"
      // the overview again; step 5 was lost.
      // A step asked by its number is a move, what it means or not: after "第五步是什么意思" at step 2, "下一步" got step 3.
      const explained = answer.step !== undefined && asksForAnExplanation(text) && !namesStep(text, answer.step);
      // Nor is a look back at an earlier step, or a question about one: "what was step 2 again? I forgot" at step 5, then
      // "where was I", got step 2.
      const earlier = answer.step !== undefined && paused !== undefined && answer.step < paused && (looksBack(text) || askedAsAQuestion(text));
      const inBetween = explained || earlier || (answer.kind === 'procedure' && paused !== undefined && !asksStepByStep(text));
      // A message asking two things gets both answers, in the order asked; the last one listens for the reply.
      for (const [index, entryId] of (match.questionsAsked ?? [answer.id]).entries()) {
        await this.answerEntry(turn, requireEntry(this.knowledge, entryId), traceOfMatch(match, entryId), { leads: index === 0 ? leads : [], inBetween });
      }
      return;
    }
    // Asked to be taken through the steps one at a time, with the procedure the nearest entry: "怎么帮我爸认证社保 一步一步说
    // 别一下子全发出来 我记不住" got a "Did you mean" of the procedure, whose answer is all seven steps at once, and "step
    // by step please, my caller is holding the phone" was refused (0.21), refused for nothing it names.
    const { procedure } = this.knowledge;
    const unsure = match.decision === 'clarify' || (match.decision === 'none' && match.refusal === undefined);
    // Or the first step nearest: "开始教我认证的步骤吧，一次一步" got a "Did you mean" of step 1.
    const nearest = match.candidates[0]?.intent;
    if (unsure && (nearest === procedure.id || nearest === this.knowledge.steps[0]?.id) && asksStepByStep(text)) {
      await this.answerEntry(turn, procedure, traceOfMatch(match, procedure.id));
      return;
    }
    // A term of one step or paragraph, which the matcher is not sure of: "绑定是什么意思" was refused (0.22), where "what does
    // binding mean" got step 7, and "what does gradually mean here?" too. Its entry, in between, said to be all the
    // sources say of it.
    const termHolder = match.decision !== 'answer' && match.refusal === undefined ? entryHoldingTerm(text, this.termHolders, questionLanguage) : undefined;
    if (termHolder) {
      await this.answerEntry(turn, termHolder, traceOfChoice(text, questionLanguage, termHolder.id), { leads: [texts.noDefinition], inBetween: true });
      return;
    }
    // The article asked for in other words, offered among others: "give me a one-paragraph summary of Article 64 I can
    // paste into an email" got a "Did you mean". It has only its own words, which are all of it.
    const article = articleInFull?.entry;
    const articleOffered = article !== undefined && match.decision === 'clarify' && match.candidates.some(({ intent }) => intent === article.id);
    if (articleOffered && asksInOtherWords(text)) {
      await this.answerEntry(turn, article, traceOfMatch(match, article.id), { leads: [texts.ownWordsOnly] });
      return;
    }
    // A step said to be what the sources do not say ("step 3 is to pay a fee, right?") was refused for the fee, which
    // left the belief standing: the step as the sources give it corrects it.
    const stepClaimed = asksToConfirm(text) && match.refusal?.reason === 'uncoveredTopics' ? this.stepNamed(text) : undefined;
    if (stepClaimed !== undefined) {
      await this.answerEntry(turn, stepClaimed, traceOfChoice(text, questionLanguage, stepClaimed.id), { leads: [texts.checkAgainstSources] });
      return;
    }
    // So was the article said to be another law's ("Article 64 is in the Labor Law, isn't it?", "第六十四条是劳动法的吧"): the
    // legal basis names the law it is in.
    const basis = asksToConfirm(text) ? this.legalBasisOfAnArticleNamedElsewhere(match) : undefined;
    if (basis !== undefined) {
      await this.answerEntry(turn, basis, traceOfChoice(text, questionLanguage, basis.id), { leads: [texts.checkAgainstSources] });
      return;
    }
    // What the certification is, which the sources never say, was refused outright, though the bot is there to help
    // with it: the steps that name it, under the word that the sources explain it no further. Asked at a step, in
    // between: at step 4 it replaced the walkthrough, and "go back" showed the steps again, "next" step 1.
    // Doing it on the family member's own phone was refused with no word of why, though the user is there to help: the
    // steps the sources give, done from the helper's own Alipay, under the word that they say nothing of the other phone.
    // ("hi, I'm sitting with my grandpa, he needs to do his social security certification on his alipay. can you help")
    const onlyTopic = match.refusal?.reason === 'uncoveredTopics' && match.refusal.names.length === 1 ? match.refusal.names[0] : undefined;
    const procedureLead = onlyTopic === WHAT_THE_CERTIFICATION_IS ? texts.noDefinition : onlyTopic === ON_THEIR_OWN_PHONE ? texts.fromYourOwnAlipay : undefined;
    if (procedureLead !== undefined) {
      const shown = { leads: [procedureLead], inBetween: paused !== undefined };
      await this.answerEntry(turn, procedure, traceOfChoice(text, questionLanguage, procedure.id), shown);
      return;
    }
    await traceNoAnswer(context, match);
    if (match.decision === 'clarify') {
      const entryIds = match.candidates.map((candidate) => candidate.intent);
      await this.begin(turn, this.didYouMean, { entryIds, questionLanguage, pausedStep: paused });
    } else {
      await this.questionLog.record({ type: 'fallback', language: questionLanguage, question: text });
      const replyTexts = this.texts[this.languageOfUnknownWords(turn, match, language)];
      const { refusal } = match;
      const lead =
        refusal?.reason === 'tooLong'
          ? fillTemplate(replyTexts.tooLong, { limit: refusal.limit })
          : fillTemplate(replyTexts.fallback, { question: quoteUserText(text, replyTexts.maskedNumber) });
      await this.sayCapabilities(turn, undefined, replyTexts, lead, paused);
    }
  }

  /**
   * The language to refuse a message in that the model knew no word of: Latin letters are no sign of English when they
   * spell nothing ("asdfghjkl", pinyin "nihao" in a Chinese conversation, which got the English refusal), so the
   * conversation keeps the language it had. A message too long to read was not read, and is in the language it is
   * written in: a long Chinese story got the English reply.
   */
  private languageOfUnknownWords(turn: MessageTurn, match: MatchResult, language: Language): Language {
    if (match.candidates.length > 0 || match.refusal?.reason === 'tooLong' || turn.languageBefore === language) return language;
    turn.memory.language = turn.languageBefore;
    setTurnLanguage(turn.context, turn.languageBefore);
    return turn.languageBefore;
  }

  /** The questions of a message answered only in part that it cannot answer, recorded as unanswered; what says so. */
  private async notAnswered(questions: readonly string[], language: Language, questionLanguage: Language): Promise<string> {
    for (const question of questions) await this.questionLog.record({ type: 'fallback', language: questionLanguage, question });
    const quoted = questions.map((question) => `“${quoteUserText(question, this.texts[language].maskedNumber)}”`).join(LIST_SEPARATOR[language]);
    return fillTemplate(this.texts[language].partlyAnswered, { questions: quoted });
  }

  /**
   * "The second one" that no listening dialog took points into no list on the screen (none was, or the dialog that
   * showed it no longer listens; under the five funds, the answer's dialog takes it): the matcher's answer is a guess
   * at which list (after the five funds "第三个" got the third function), so the n-th items it found are offered instead.
   */
  private listItemGuess(match: MatchResult, text: string): MatchResult {
    if (match.decision !== 'answer' || bareOrdinalReference(text) === undefined) return match;
    const candidates = match.candidates.filter((candidate) => !this.isSmalltalk(candidate.intent));
    return { ...match, intent: null, candidates, decision: candidates.length > 0 ? 'clarify' : 'none' };
  }

  /**
   * What a message asks for briefly ("in short, what are the functions", "概括一下基金有哪些"), when that is not what the
   * answer it got sums up: the words that ask for brevity are the summary's, which got every such message. Undefined
   * when the message was answered with another entry, or asks for no brevity, or what is left asks the summary's own.
   */
  private askedBriefly(matched: MatchResult, text: string, language: Language): MatchResult | undefined {
    const answered = matched.intent === null ? undefined : this.knowledge.get(matched.intent);
    if (matched.decision === 'answer' && answered?.more === undefined) return undefined;
    const asked = askedBriefly(text);
    if (asked === undefined) return undefined;
    const match = this.matcher.match(asked, language);
    const entry = match.decision === 'answer' && match.intent !== null ? this.knowledge.get(match.intent) : undefined;
    const summedUp = entry === undefined || entry.kind === 'step' || entry.kind === 'smalltalk' || entry.id === answered?.id || entry.id === answered?.more;
    return summedUp ? undefined : { ...match, text };
  }

  /**
   * A subject named alone under an answer ("and the pension fund?" under the pooling, "那医疗保险呢") asks of it what that
   * answer is about: it is matched with the answer's title. Only a subject the answer's own words name ("and the
   * earmarking?" and "what about tomorrow?" ask nothing of the pooling), and only to the answer on the screen or one it
   * offers. A subject the matcher answers by itself with more confidence, elsewhere, is a new question.
   */
  private matchUnder(answerBefore: Entry | undefined, text: string, matched: MatchResult, language: Language): MatchResult {
    const subject = ellipticalSubject(text);
    if (subject === undefined) return matched;
    // Asked of a subject, small talk the matcher is unsure of is no answer: "那明天呢" (and tomorrow?) got the goodbye
    // (0.55, "see you tomorrow"). "And thanks" (0.94) and "thank you too" are thanks.
    const unsureSmallTalk = this.isSmalltalkAnswer(matched) && matched.score < SURE_SMALL_TALK_TO_A_SUBJECT;
    const alone: MatchResult = unsureSmallTalk ? { ...matched, intent: null, decision: 'none' } : matched;
    if (!answerBefore || !this.vocabulary.speaksOf(answerBefore, subject, language)) return alone;
    const underIt = this.matcher.match(`${subject} ${answerBefore[language].title}`, language);
    const offered = [answerBefore.id, ...answerBefore.items, ...answerBefore.related];
    if (underIt.decision !== 'answer' || underIt.intent === null || !offered.includes(underIt.intent)) return alone;
    const elsewhere = alone.decision === 'answer' && alone.intent !== underIt.intent && alone.score > underIt.score;
    return elsewhere ? alone : { ...underIt, text };
  }

  /** How many items the list has, then the list. */
  private async sayListPassed(turn: MessageTurn, list: Entry, trace: IntentTrace): Promise<void> {
    const texts = this.texts[turnLanguage(turn.context)];
    await this.answerEntry(turn, list, trace, { leads: [fillTemplate(texts.noSuchItem, { count: list.items.length })] });
  }

  /**
   * "没看见", "I can't find it" with no walkthrough to say where: all the sources say of where things are, the steps.
   * "没看见" alone got the goodbye, "i can't find it" that no walkthrough was running.
   */
  private async sayNothingNamedNotFound(turn: MessageTurn, text: string, questionLanguage: Language): Promise<void> {
    const { procedure } = this.knowledge;
    const lead = this.texts[turnLanguage(turn.context)].noDefinition;
    await this.answerEntry(turn, procedure, traceOfChoice(text, questionLanguage, procedure.id), { leads: [lead] });
  }

  /** The one step a message names by number, when the matcher answered it with another step or with all of them. */
  private stepNumberedApart(text: string, answered: Entry): Entry | undefined {
    const aboutTheSteps = answered.step !== undefined || answered.id === this.knowledge.procedure.id;
    // A statement to confirm ("step 2 is where I tap social security?") gets the step it is about, which shows whether.
    if (!aboutTheSteps || RELATIVE_TO_A_STEP.test(text) || asksToConfirm(text)) return undefined;
    const step = this.stepNamed(text);
    return step !== undefined && step.step !== answered.step ? step : undefined;
  }

  /** A walkthrough command with no walkthrough running or paused: says so, and what the bot can do. */
  private async sayNoWalkthrough(turn: MessageTurn, command: WalkthroughCommand, language: Language): Promise<void> {
    const texts = this.texts[language];
    await this.sayCapabilities(turn, `no walkthrough: ${command.kind}`, texts, texts.noWalkthrough, undefined);
  }

  /**
   * What the bot can do, after `lead`: its starter questions, which "the first one" then chooses from. Traced as taken
   * by `readBy`; undefined when the matcher's refusal is traced already.
   */
  private async sayCapabilities(
    turn: MessageTurn,
    readBy: FollowUpReader | undefined,
    texts: UiTexts,
    lead: string | undefined,
    pausedStep: number | undefined,
  ): Promise<void> {
    if (readBy) await traceFollowUp(turn.context, readBy, null);
    await sendReply(turn.context, capabilitiesReply(texts, lead, pausedStep));
    turn.memory.startersOffered = true;
  }

  /** The command that opens a walkthrough closing a message refused only for what its context names, or not sure of. */
  private commandAfterContext(match: MatchResult): WalkthroughCommand | undefined {
    // Told its context, a command closes a message refused for nothing it names: "我妈80岁了 一步一步来" was refused.
    const unsure = match.decision === 'clarify' || (match.decision === 'none' && match.refusal === undefined);
    if (match.refusal?.reason !== 'uncoveredTopics' && !unsure) return undefined;
    const question = unsure ? closingClause(match.text) : questionAfterContext(match.text);
    const command = question === undefined ? undefined : parseWalkthroughCommand(question, this.knowledge.steps.length);
    return command && OPENS_A_WALKTHROUGH.has(command.kind) ? command : undefined;
  }

  /** The starter question "the first one", "3" or "the last one" points at, if it points at one. */
  private starterPointedAt(text: string, texts: UiTexts): string | undefined {
    const starters = starterQuestions(texts);
    const position = bareOrdinalReference(text, starters.length);
    return position === undefined ? undefined : starters[position - 1];
  }

  /** Whether an answer is the procedure, one of its steps, or one of the answers about it it offers (the summary). */
  private isAboutTheProcedure(entry: Entry | undefined): boolean {
    if (entry === undefined) return false;
    return entry.kind === 'procedure' || entry.kind === 'step' || this.knowledge.procedure.related.includes(entry.id);
  }

  /** The one step a message names by its number ("step 3", "第三步"), if it names one the knowledge has. */
  private stepNamed(text: string): Entry | undefined {
    const steps = numberedReferences(normaliseText(text)).filter(({ kind }) => kind === 'step');
    return steps.length === 1 ? this.knowledge.steps[steps[0].number - 1] : undefined;
  }

  private isStepAnswer(match: MatchResult): boolean {
    const kind = match.decision === 'answer' && match.intent !== null ? this.knowledge.get(match.intent)?.kind : undefined;
    return kind === 'step' || kind === 'procedure';
  }

  private isSmalltalkAnswer(match: MatchResult): boolean {
    return match.decision === 'answer' && match.intent !== null && this.isSmalltalk(match.intent);
  }

  private isSmalltalk(entryId: string): boolean {
    return requireEntry(this.knowledge, entryId).kind === 'smalltalk';
  }

  /**
   * A click on Helpful / Not helpful is recorded for the answer it was under and thanked for, never taken as a
   * question; a dialog listening for a reply (follow-ups, "did you mean") keeps listening. So is praise typed for it
   * ("that helped", "很有用"). With no answer to rate, a "Helpful" is an ordinary message, praise is thanked for, and a
   * "Not helpful" gets what the bot can do.
   */
  private async tookFeedback(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const clicked = feedbackOf(text, this.texts);
    const helpful = clicked ?? (praisesTheAnswer(text) || undefined);
    if (helpful === undefined) return false;
    const { answerForFeedback: answerId, pausedStep } = turn.memory;
    const texts = this.texts[language];
    if (answerId === undefined) {
      if (helpful && clicked === undefined) {
        await this.sayInBetween(turn, language, 'feedback: helpful', null, texts.feedbackThanks);
        return true;
      }
      if (helpful) return false;
      // "Not helpful" typed before any answer, after a refusal say, got "You're welcome!": with nothing to rate it says,
      // as "that's wrong" does, that the last reply was not what was needed.
      await this.sayCapabilities(turn, 'feedback: not helpful', texts, texts.wrongAnswer, pausedStep);
      return true;
    }
    await this.questionLog.record({ type: 'feedback', language, answerId, helpful });
    // "Not helpful" got the same thanks as "Helpful", and no word of what to do instead.
    const readBy = helpful ? 'feedback: helpful' : 'feedback: not helpful';
    await this.sayInBetween(turn, language, readBy, answerId, helpful ? texts.feedbackThanks : texts.feedbackSorry);
    return true;
  }

  /**
   * "What does the Repeat button do?", "重复是干啥的", "what do these buttons mean": says what the bot's own buttons do,
   * those under the last reply when none is named; the dialog listening for a reply keeps listening. "What does the
   * Repeat button do" got step 5, whose questions ask what to tap.
   */
  private async tookButtonQuestion(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const asked = buttonAskedAbout(text, this.texts);
    if (asked === undefined) return false;
    const texts = this.texts[language];
    const { pausedStep } = turn.memory;
    const answered = this.answerShown(turn.state);
    const shown = () => [...this.onwardButtons(turn, language), ...(answered && offersFeedback(answered) ? feedbackButtons(texts) : [])];
    const meaning = asked === 'shown' ? buttonsMeaning(texts, shown().map(({ title }) => title), pausedStep) : buttonMeaning(texts, asked, pausedStep);
    await this.sayInBetween(turn, language, 'follow-up: asks what a button does', answered?.id ?? null, meaning);
    return true;
  }

  /**
   * "Are you sure?", "真的吗", "which paragraph is that?": says where the answer on the screen comes from (what the bot
   * answers from at all, when no answer is); the dialog listening after it keeps listening. So does "source?" under an
   * answer, which with none on the screen asks the legal basis.
   */
  private async tookDoubt(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    // Or the step a walkthrough paused at, which a refusal in between left on offer: "what's step 3", a question refused,
    // then "source?" got the legal basis.
    const { pausedStep } = turn.memory;
    const answered = this.answerShown(turn.state) ?? (pausedStep === undefined ? undefined : this.knowledge.steps[pausedStep - 1]);
    if (!doubtsLastReply(text) && !asksOnlyWhichParagraph(text) && !(answered && asksForTheSource(text))) return false;
    await this.sayInBetween(turn, language, 'follow-up: doubts the answer', answered?.id ?? null, doubtReplyText(this.texts[language], answered));
    return true;
  }

  /**
   * "Tell me more", "详细说说", "why?", "what does that mean?": the sources say no more than the answer on the screen,
   * so the reply says so, or, asked for more under an answer made of parts, asks which part; with no answer on the
   * screen, what the bot can do. The dialog listening after the answer keeps listening.
   */
  private async tookRequestForMore(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const why = asksWhy(text);
    const isThatAll = asksIfThatIsAll(text);
    if (!why && !isThatAll && !asksForMore(text) && !asksMeaning(text)) return false;
    const texts = this.texts[language];
    const answered = this.answerShown(turn.state);
    // Under the steps, whether that is all asks for the step after it, which the walkthrough shows.
    if (isThatAll && !why && answered !== undefined && this.isAboutTheProcedure(answered)) return false;
    const readBy = why ? 'follow-up: asks why' : 'follow-up: asks for more';
    if (answered === undefined) {
      await this.sayCapabilities(turn, readBy, texts, undefined, turn.memory.pausedStep);
      return true;
    }
    // What a summary sums up is more of it: "tell me more" under the summary of the steps said the sources say no more.
    const more = !why && !isThatAll && asksForMore(text) ? answered.more : undefined;
    if (more !== undefined) {
      await this.answerEntry(turn, requireEntry(this.knowledge, more), traceOfChoice(text, language, more));
      return true;
    }
    // The parts of a list are more of it, but no reason for it, nor more than it: "is that all?" under the functions got
    // the goodbye.
    const lead = answered.items.length > 0 && !why && !isThatAll ? texts.moreOnItems : texts.noMoreDetail;
    await this.sayInBetween(turn, language, readBy, answered.id, lead);
    return true;
  }

  /**
   * "Who sets it?", "由谁制定" under an answer: who does what it is about is answered only from where that answer comes
   * from. "Who sets it?" under the unified accounting system got the State Council, which the article names for the
   * time and steps of pooling only; under the pooling, it is the answer. Otherwise the sources say no more, and the
   * dialog listening after the answer keeps listening. With no answer on the screen, "it" is nothing: the first
   * message "who sets it?" got the State Council. It gets what the bot can do.
   */
  private async tookWhoOfIt(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    if (!asksWhoOfIt(text)) return false;
    const answered = this.answerShown(turn.state);
    if (!answered) {
      await this.sayCapabilities(turn, 'follow-up: asks who', this.texts[language], undefined, turn.memory.pausedStep);
      return true;
    }
    const { intent } = this.matcher.match(text, language);
    if (intent !== null && this.knowledge.get(intent)?.source === answered.source) return false;
    await this.sayInBetween(turn, language, 'follow-up: asks who', answered.id, this.texts[language].noMoreDetail);
    return true;
  }

  /**
   * A reason or a difference asked of the answer on the screen, which the matcher would answer with it again: "why are
   * they combined?" under the accounting got the accounting again. So is one the matcher is unsure of, with the answer
   * among its guesses: "为什么要合并" there was refused, read by its 为什么 as much as by its 合并. The sources say no more than
   * it, and the dialog listening after the answer keeps listening. Asked of anything else, it is a question like any other.
   */
  private async tookReasonOfTheAnswer(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const answered = this.answerShown(turn.state);
    if (!answered || !asksReasonOrDifference(text)) return false;
    const { decision, intent, candidates, refusal } = this.matcher.match(text, language);
    const guessed = refusal === undefined && candidates.some((candidate) => candidate.intent === answered.id);
    const ofTheAnswer = decision === 'answer' ? intent === answered.id : guessed;
    if (!ofTheAnswer) return false;
    await this.sayInBetween(turn, language, 'follow-up: asks why', answered.id, this.texts[language].noMoreDetail);
    return true;
  }

  /**
   * "In simple words please", "说人话" under an answer from the sources: they word it one way only, and the reply says so.
   * Under the steps the matcher gives their summary, and with nothing on the screen too. The dialog listening after
   * the answer keeps listening.
   */
  private async tookRequestForSimpler(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const answered = this.answerShown(turn.state);
    if (!asksSimpler(text) || answered?.kind !== 'answer' || this.titlesAnotherEntry(text, answered)) return false;
    // The article in full has a summary of what it covers, the legal basis: "tldr" under it got no more than a refusal.
    const inShort = answered.id === this.knowledge.articleInFull?.entry.id ? this.legalBasis() : undefined;
    if (inShort) {
      await this.answerEntry(turn, inShort, traceOfChoice(text, language, inShort.id), { leads: [this.texts[language].articleInShort] });
      return true;
    }
    await this.sayInBetween(turn, language, 'follow-up: asks simpler', answered.id, this.texts[language].noSimplerWording);
    return true;
  }

  /**
   * Whether a message is the title of an entry other than `answered`, as an old button sends it: the summary's "In
   * short", clicked under the functions, got "I can't put it in other words".
   */
  private titlesAnotherEntry(text: string, answered: Entry): boolean {
    return this.knowledge.entries.some((entry) => entry !== answered && isTitleOf(text, entry));
  }

  /**
   * The paragraph a statement asked to be confirmed, or a yes-or-no question, says something is in, as the matcher reads
   * that something without the paragraph named: undefined when it is neither, or not sure of an answer drawn from one
   * paragraph.
   */
  private paragraphOfAClaim(text: string, language: Language): number | undefined {
    if (!asksYesOrNo(text)) return undefined;
    const said = this.matcher.match(withoutTheParagraphNamed(text), language);
    return said.decision === 'answer' && said.intent !== null ? paragraphOfSource(requireEntry(this.knowledge, said.intent).source) : undefined;
  }

  /** The entry listing what a count is of (the functions, the steps, the funds, the article's paragraphs), and its length. */
  private listCounted(list: CountedList): { entry: Entry; count: number } | undefined {
    switch (list) {
      case 'steps':
        return { entry: this.knowledge.procedure, count: this.knowledge.steps.length };
      case 'paragraphs': {
        const article = this.knowledge.articleInFull;
        return article && { entry: article.entry, count: article.paragraphs.en.length };
      }
      case 'functions':
      case 'funds': {
        const word = list === 'functions' ? 'function' : 'fund';
        const entry = [...this.listsOfEntries, ...this.listsOfNoEntries].find((listing) => listing.en.title.toLowerCase().includes(word));
        return entry && { entry, count: itemCountOf(entry) };
      }
    }
  }

  /**
   * What the sources say of the claim a message makes or asks about, when the answer can be held against it: a list (the
   * three functions) by the items claimed, each read as a question of its own, or what the article says of the funds.
   */
  private claimVerdict(text: string, answer: Entry, language: Language): ClaimVerdict | undefined {
    if (answer.items.length > 0) {
      return listClaimVerdict(text, answer, language, this.knowledge, (item) => {
        const match = this.matcher.match(item, language);
        return match.decision === 'answer' ? (match.intent ?? undefined) : undefined;
      });
    }
    return isFromTheArticle(answer) ? fundClaimVerdict(text, language) : undefined;
  }

  /**
   * The step a message describes, read without the steps it names by number, if the matcher is sure of it: a "No" names
   * the right step or none. Less sure, it named wrong ones: "opening Alipay" read as step 2 (0.56), "adding family" as
   * step 7 (0.74).
   */
  private stepDescribed(text: string, language: Language): number | undefined {
    const described = this.matcher.match(text.replace(STEP_BY_NUMBER, ' '), language);
    if (described.decision !== 'answer' || described.intent === null || described.score < SURE_OF_A_STEP_DESCRIBED) return undefined;
    return this.knowledge.get(described.intent)?.step;
  }

  /** The legal basis, when a message was refused for naming its article as another law's ("labor law article 64"). */
  private legalBasisOfAnArticleNamedElsewhere(match: MatchResult): Entry | undefined {
    const basis = this.legalBasis();
    if (match.refusal?.reason !== 'unknownReferences' || basis === undefined) return undefined;
    const articles = numberedReferences(normaliseText(basis.en.answer)).flatMap(({ kind, number }) => (kind === 'article' ? [number] : []));
    const elsewhere = match.refusal.references.some(({ kind, number, law }) => kind === 'article' && law !== undefined && articles.includes(number));
    return elsewhere ? basis : undefined;
  }

  /**
   * The legal basis: the answer from the page, other than the article itself, that names the year of the law's amendment; it says what
   * the article covers.
   */
  private legalBasis(): Entry | undefined {
    const article = this.knowledge.articleInFull?.entry;
    return this.knowledge.entries.find(
      (entry) => entry !== article && entry.source === 'page' && languages.every((language) => YEAR.test(entry[language].answer)),
    );
  }

  /**
   * "Quote it exactly", "verbatim please", "原话是什么" under an answer: the text it comes from. An answer drawn from a
   * paragraph of Article 64 gets that paragraph quoted, the article itself again; one from the help page comes again,
   * said to be the page's in clearer words, which is what it is. "quote it exactly" got the Alipay summary (read by "it"),
   * "verbatim please" too, and "原话是什么" was refused.
   */
  private async tookRequestForTheWording(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const answered = this.answerShown(turn.state);
    if (!answered || !asksForTheWordingOfTheAnswer(text)) return false;
    const article = this.knowledge.articleInFull?.entry;
    const paragraph = paragraphOfSource(answered.source);
    if (article && paragraph !== undefined) {
      const trace = { ...traceOfChoice(text, language, article.id), paragraphs: [paragraph] };
      await this.answerEntry(turn, article, trace, { paragraphs: [paragraph] });
    } else {
      const fromThePage = answered.source === 'page';
      await this.answerEntry(turn, answered, traceOfChoice(text, language, answered.id), {
        leads: fromThePage ? [this.texts[language].pageWording] : [],
        inBetween: true,
      });
    }
    return true;
  }

  /**
   * One sentence of the article, quoted with where it stands: of the paragraph named ("第一款第二句"), else of the
   * paragraph on the screen, else of the whole article ("最后一句" under it). Only under an answer from the article, or
   * with the article or a paragraph named: "第二句" elsewhere may be of anything. False when the sentence is not there.
   * The dialog listening after the answer keeps listening.
   */
  private async tookSentenceOfTheArticle(turn: MessageTurn, text: string, language: Language): Promise<boolean> {
    const { articleInFull } = this.knowledge;
    const named = articleInFull ? sentenceNamed(text) : undefined;
    const { answerBefore } = turn;
    const underTheArticle = answerBefore !== undefined && isFromTheArticle(answerBefore);
    if (!articleInFull || !named || !(underTheArticle || named.namesTheArticle || named.paragraph !== undefined)) return false;
    const onTheScreen = underTheArticle && !named.namesTheArticle ? paragraphOfSource(answerBefore.source) : undefined;
    const inParagraph = named.paragraph ?? onTheScreen;
    const paragraphs = articleInFull.paragraphs[language];
    const sentences = paragraphs.flatMap((paragraph, at) =>
      inParagraph === undefined || inParagraph === at + 1 ? sentencesOf(paragraph).map((quote, index) => ({ paragraph: at + 1, index: index + 1, quote })) : [],
    );
    const found = named.sentence === 'last' ? sentences.at(-1) : sentences[named.sentence - 1];
    if (!found) return false;
    const texts = this.texts[language];
    const sentence = language === 'zh' ? (CHINESE_SMALL_NUMBERS[found.index] ?? String(found.index)) : String(found.index);
    const source = texts.sources.article64Paragraphs[found.paragraph - 1];
    const quoted = fillTemplate(texts.sentenceQuote, { source, sentence, quote: `> ${found.quote}` });
    await this.sayInBetween(turn, language, 'follow-up: sentence of the article', answerBefore?.id ?? articleInFull.entry.id, quoted);
    return true;
  }

  /**
   * The paragraphs of Article 64 a message names, in order: with the article named in it ("article 64 paragraph 2",
   * "第六十四条第二款和第三款"), or under an answer from the article ("and the second paragraph?", "section 2"). None in a
   * message refused for what it names by number ("劳动法第六十四条第二款") or for the law it names ("劳动法第二款呢" under
   * the article got the Social Insurance Law's paragraph), but a section alone under the article: it was refused as
   * another article. A 款 named with no article is of the one article quoted by paragraph: "第二款" got step 2. So is an
   * English "paragraph" with nothing on the screen, or under an answer that names the article: "what does paragraph 2
   * say" got "I can't answer", and "paragraph 2 please" under the legal basis a "Did you mean" of the summary. (Under
   * a step, a "paragraph" may be one of anything.)
   */
  private paragraphsOfArticleNamed(text: string, answerBefore: Entry | undefined, refusedForWhatItNames: boolean): number[] {
    const underTheArticle = answerBefore !== undefined && isFromTheArticle(answerBefore);
    const section = underTheArticle ? sectionNamedAlone(text) : undefined;
    if (section !== undefined) return [section];
    // Under the article in full, the next paragraph is the first: "next paragraph" there got step 5.
    const inFull = answerBefore?.id === this.knowledge.articleInFull?.entry.id;
    const onTheScreen = underTheArticle ? (inFull ? 0 : paragraphOfSource(answerBefore.source)) : undefined;
    const offset = onTheScreen === undefined ? undefined : paragraphOffsetNamed(text);
    // Before the first paragraph, or after the last, the article in full with a word on it. Under it whole, the next is
    // the first and the previous the last: "previous paragraph" there, after "next paragraph" under the last, was refused.
    if (onTheScreen !== undefined && offset !== undefined) return inFull && offset < 0 ? [ARTICLE_PARAGRAPH_COUNT] : [onTheScreen + offset];
    // With no paragraph on the screen, the next is the first: "next paragraph" as a first message got step 5.
    if (!underTheArticle && paragraphOffsetNamed(text) === 1) return [1];
    const beside = paragraphBesideNamed(text);
    const paragraphs = refusedForWhatItNames ? [] : beside !== undefined ? [beside] : paragraphsNamed(text, ARTICLE_PARAGRAPH_COUNT);
    if (paragraphs.length === 0) return [];
    const articles = numberedReferences(normaliseText(text)).filter(({ kind }) => kind === 'article');
    const namesTheArticle = articles.some(({ number }) => number === SOURCE_ARTICLE);
    const ofTheOnlyArticle = articles.length === 0 && (LEGAL_PARAGRAPH.test(text) || answerBefore === undefined || namesTheArticleInItsAnswer(answerBefore));
    return namesTheArticle || underTheArticle || ofTheOnlyArticle ? paragraphs : [];
  }

  /** The entry the dialog listening for a reply last gave, unless it was small talk: none vouches for a greeting. */
  private answerShown(state: MainDialogState): Entry | undefined {
    const listening = this.listeningOf(state);
    const answered = listening?.dialog?.answerShown(listening.state);
    return answered?.kind === 'smalltalk' ? undefined : answered;
  }

  /** A reply given in between, about the answer `answerId` if any, traced as taken by `readBy`, over the onward buttons. */
  private async sayInBetween(turn: MessageTurn, language: Language, readBy: FollowUpReader, answerId: string | null, text: string): Promise<void> {
    await traceFollowUp(turn.context, readBy, answerId);
    await sendReply(turn.context, { text, buttons: this.onwardButtons(turn, language) });
  }

  /**
   * Under a reply given in between (thanks for feedback, where an answer comes from): the buttons of the dialog
   * listening for a reply, which a channel hides once one is clicked, and "Resume step N"; with neither, the starters.
   */
  private onwardButtons({ memory, state }: MessageTurn, language: Language): ReplyButton[] {
    const texts = this.texts[language];
    const listening = this.listeningOf(state);
    const offers = listening?.dialog ? listening.dialog.offers(language, listening.state) : [];
    const onward = [...offers, ...resumeButtons(texts, memory.pausedStep)];
    return onward.length > 0 ? onward : starterButtons(texts);
  }

  /** The dialog listening for the next message, as saved: its id, the dialog if the bot still has it, its state. */
  private listeningOf(state: MainDialogState): { id: string; dialog?: ListeningDialog<never, object>; state: object } | undefined {
    const saved = state.dialogs?.dialogStack?.[0];
    return saved && { id: saved.id, dialog: this.listeningDialogs.get(saved.id), state: savedListeningState(saved.state) };
  }

  /**
   * Answers an entry: a walkthrough for the steps, else the answer, or the paragraphs given of the article in full.
   * The trace comes first, then the leads ("Please check it against what my sources say:"), each in a message of its
   * own: the Emulator showed the trace between a lead and the answer it leads to.
   */
  private async answerEntry(turn: MessageTurn, entry: Entry, trace: IntentTrace, { paragraphs = [], leads = [], inBetween = false }: AnswerShown = {}): Promise<void> {
    await traceAnswer(turn.context, trace);
    // Asked word for word, an answer from the page says it is the page in clearer words: "quote the third function word
    // for word" and "第三个功能的原文是什么" got it as if quoted, though the page is an English machine translation.
    const { pageWording } = this.texts[turnLanguage(turn.context)];
    const wordingLeads = turn.wordingAsked && entry.source === 'page' && !leads.includes(pageWording) ? [pageWording] : [];
    for (const lead of [...wordingLeads, ...leads]) await sendReply(turn.context, { text: lead, buttons: [] });
    if (entry.kind === 'procedure' && asksStepByStep(turn.context.activity.text ?? '')) {
      await this.beginWalkthrough(turn, { position: 0, command: { kind: 'stepByStep' } });
    } else if ((entry.kind === 'procedure' || entry.kind === 'step') && !inBetween) {
      await this.beginWalkthrough(turn, { position: entry.step ?? 0 });
    } else {
      if (offersFeedback(entry)) turn.memory.answerForFeedback = entry.id;
      await this.begin(turn, this.answer, { entryId: entry.id, pausedStep: turn.memory.pausedStep, ...(paragraphs.length > 0 && { paragraphs }) });
    }
  }

  /**
   * A new or resumed walkthrough replaces the paused one; its feedback buttons (overview, last step) are about the
   * procedure, whatever was answered in between.
   */
  private async beginWalkthrough(turn: MessageTurn, options: WalkthroughOptions): Promise<void> {
    turn.memory.pausedStep = undefined;
    turn.memory.stoppedStep = undefined;
    turn.memory.answerForFeedback = this.knowledge.procedure.id;
    await this.begin(turn, this.walkthrough, options);
  }

  /** Starts a dialog, which replaces the one listening, if any. */
  private async begin<Options, State extends object>(turn: MessageTurn, dialog: ListeningDialog<Options, State>, options: Options): Promise<void> {
    this.keepListening(turn.state, dialog.id, await dialog.begin(turn.context, options));
  }

  /** Keeps the dialog listening, or forgets it once it is done, remembering whether it offered the starter questions. */
  private keepListening(state: MainDialogState, id: string, step: ListeningStep<object>): void {
    if ('listen' in step) state.dialogs = { dialogStack: [{ id, state: step.listen }] };
    else delete state.dialogs;
    if (!('done' in step) || step.done.kind !== 'handled' || !state.memory) return;
    if (step.done.startersOffered) state.memory.startersOffered = true;
    // Stopped as it began (a paused walkthrough told "stop"), it is as resumable as one stopped while running: "continue"
    // after "stop" at a paused step said no guide was running.
    if (step.done.stoppedStep !== undefined) state.memory.stoppedStep = step.done.stoppedStep;
  }
}
