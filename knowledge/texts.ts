import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from './knowledgeError';
import { Language, languages } from './language';

/**
 * The bot's own words (everything that is not a knowledge answer), one table per language in
 * knowledge/texts/<language>.yaml. Both tables are checked against this one schema, so a key missing
 * from one language fails at start-up with the file and the key named.
 */

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** A text whose `{name}` placeholders are exactly the given ones, so a typo cannot reach a user as "{stpe}". */
function template(...placeholders: string[]) {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((text, ctx) => {
      const used = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
      for (const name of used.filter((name) => !placeholders.includes(name))) {
        const allowed = placeholders.length ? `allowed: ${placeholders.map((p) => `{${p}}`).join(', ')}` : 'this text takes none';
        ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}} (${allowed})` });
      }
      for (const name of placeholders.filter((name) => !used.includes(name))) {
        ctx.addIssue({ code: 'custom', message: `must contain the placeholder {${name}}` });
      }
    });
}

const plain = template();

export const uiTextsSchema = z
  .object({
    /** First message of a conversation, before the starter buttons. */
    welcome: plain,
    /** What the bot can help with; follows the fallback and "none of these". */
    helpIntro: plain,
    /** Starter questions offered as buttons; each is sent back as the user's question when clicked. */
    starters: z.object({ procedure: plain, functions: plain, article64: plain }).strict(),
    /** Lead-in of the "did you mean" offer. */
    didYouMean: plain,
    /** Reply to "none of these", before the help intro. */
    noneOfThese: plain,
    /** Reply to "that's wrong" / "不是我问的", before the help intro. */
    wrongAnswer: plain,
    /** Reply to "are you a bot?" / "转人工", before the help intro. */
    automatedAssistant: plain,
    /**
     * Reply to "what data do you keep?" / "你会保存我的个人信息吗", before the help intro. True of every deployment: what is
     * recorded depends on the settings (README), so it says what may be.
     */
    privacy: plain,
    /** Reply to "are you sure?" after an answer; {source} is one of `sources`. */
    sourceOfAnswer: template('source'),
    /** Before the answer to "which paragraph says …?"; {source} is one of `sources`. */
    answerSource: template('source'),
    /**
     * Before the answer to a statement asked to be confirmed ("step 3 is to pay a fee, right?") that no claimVerdict reads:
     * the bot says what its sources say, and that it is no yes or no to the user's words.
     */
    checkAgainstSources: plain,
    /**
     * Before the answer to a claim made or asked about that the sources can be held against word for word
     * (claimVerdict.ts): they say it, they say otherwise, or they do not say it.
     */
    claimVerdicts: z.object({ agrees: plain, contradicts: plain, notSaid: plain }).strict(),
    /** Reply to "are you sure?" with no answer to vouch for (a "Did you mean", a refusal, a greeting). */
    sourcesInGeneral: plain,
    /** Where an answer comes from, as its entry's `source` says; each fills {source} above. */
    sources: z.object({ page: plain, all: plain, article64: plain, article64Paragraphs: z.tuple([plain, plain, plain]) }).strict(),
    /** The article's paragraphs by their short names ("paragraph 2", 第二款), as a claim names them. */
    paragraphNames: z.tuple([plain, plain, plain]),
    /**
     * Before the paragraph a statement says something is in, asked to be confirmed ("the earmarking is in paragraph 2,
     * right?"), when it is: {source} is one of `sources.article64Paragraphs`.
     */
    paragraphClaimRight: template('source'),
    /** The same, when it is in another paragraph, which is quoted: {claimed} is one of `paragraphNames`. */
    paragraphClaimWrong: template('claimed', 'source'),
    /** Reply to "tell me more" after an answer made of parts (the three functions), over the parts' buttons. */
    moreOnItems: plain,
    /** Reply to "tell me more" after any other answer or step: the sources say no more. */
    noMoreDetail: plain,
    /** Before an answer to what a term in it means, or why: the answer is all the sources say of it. */
    noDefinition: plain,
    /** Before the steps, asked of doing it on the family member's own phone: the sources describe the helper's own Alipay. */
    fromYourOwnAlipay: plain,
    /** Before step 2, when a message asks whether the Citizen Center is the Civic Center: the page calls it both. */
    civicCenterNames: plain,
    /** The five social insurance funds, as the pooling leads name them. */
    fundNames: z.object({ oldAge: plain, medical: plain, injury: plain, unemployment: plain, maternity: plain }).strict(),
    /** What a number of things is counted in, for the leads below: "functions", "个功能". */
    countNouns: z.object({ functions: plain, steps: plain, funds: plain, paragraphs: plain }).strict(),
    /** Before a list whose length a message claimed rightly ("so there are 7 steps?"). */
    countRight: template('count', 'noun'),
    /** Before a list whose length a message claimed wrongly ("social security has four functions right?"). */
    countWrong: template('actual', 'claimed', 'noun'),
    /** Before a step said to be another's ("step 3 is where you add the family member, right?"): it is step {actual}. */
    stepClaimWrong: template('actual', 'claimed'),
    /**
     * Before the pooling, asked of one fund it does not name ("is the maternity fund pooled nationally?"): the fund ({fund},
     * one of `fundNames`) is one of the "other" funds, which the answer pools otherwise. Found in the answer's words.
     */
    fundPooledAsOther: template('fund'),
    /**
     * Before the pooling, asked which the "other social insurance funds" are: {fund} is the one fund it names, {others}
     * the rest of the five, listed (both from `fundNames`).
     */
    otherFunds: template('fund', 'others'),
    /** Before an answer from the article to a question asking when ("when will national pooling be done?"): it gives no date. */
    noDate: plain,
    /** Before the article asked for in other words ("in simple words", "in one sentence"): it has only its own. */
    ownWordsOnly: plain,
    /**
     * Before an answer from the help page asked for word for word ("quote it exactly", "原话是什么"): the page is a machine
     * translation, which the answers word more clearly in English and give in Chinese, so they are not its words.
     */
    pageWording: plain,
    /** Reply to "in simple words" after an answer the sources word one way only (all but the steps, which have a summary). */
    noSimplerWording: plain,
    /** Before the legal basis, which says what the article covers, given for "tldr" under the article in full. */
    articleInShort: plain,
    /**
     * Reply to "the third one" under a list of what no entry answers (the five funds): {item} is its text, as listed.
     * Not "that's all the sources say of it": what Article 64 says of the funds it says of each of them.
     */
    itemOfList: template('position', 'item'),
    /** Reply to "the fourth function" under a list of three or one of its items, over the list; {count} is its length. */
    noSuchItem: template('count'),
    /** Before a list again, asked how many it has ("一共几个"). */
    itemCount: template('count'),
    /**
     * Before the answers to a message answered only in part ("How do I …? Is it free?"); {questions} is the refused
     * questions, each quoted.
     */
    partlyAnswered: template('questions'),
    /** Reply to a question the sources do not cover; {question} is the user's text, escaped. */
    fallback: template('question'),
    /** Reply to a message longer than the bot reads, instead of the fallback; {limit} is how many characters it reads. */
    tooLong: template('limit'),
    stepHeader: template('step', 'total'),
    /** Reply to "next" on the last step. */
    lastStep: plain,
    /** Before the next step, asked at another step whether it is the last ("is that all?"): {left} steps are left. */
    notTheLastStep: template('left'),
    /** Before the answer to a message asking for a language other than English and Chinese. */
    onlyTwoLanguages: plain,
    /** What stands for an ID card, phone or bank card number in a message quoted back (personalNumbers.ts). */
    maskedNumber: plain,
    /** Before what the bot can do, for a message that is only a web address: the bot opens no links. */
    linkNotOpened: plain,
    /** Reply to "how many steps are left?" during a walkthrough, over the step's buttons: {left} after the step on the screen. */
    stepsLeft: template('left'),
    /** The same, at the last step. */
    lastStepNow: plain,
    /** Reply to "done" under all the steps at once. */
    allStepsDone: plain,
    /** Reply to "wait", "hold on" at a step: the walkthrough stays there. */
    walkthroughWaits: plain,
    /** Before the list of all steps, when a message asks for a step there is not ("step 9"). */
    noSuchStep: template('step', 'total'),
    /** A paragraph of the article asked for ("Art. 64 para 3"): {source} is one of `sources.article64Paragraphs`. */
    paragraphQuote: template('source', 'quote'),
    /** One sentence of a paragraph of the article ("第一款第二句"): {source} as in paragraphQuote, {sentence} its place. */
    sentenceQuote: template('source', 'sentence', 'quote'),
    /** Before the article in full, when a message asks for a paragraph it does not have ("第六十四条第四款"). */
    noSuchParagraph: template('paragraph', 'total'),
    /** Before the article in full, when a message asks how many paragraphs it has ("第六十四条一共几款"). */
    paragraphCount: template('total'),
    /** Before the article in full, when a message moves from its first paragraph to the one before ("previous paragraph"). */
    firstParagraph: template('total'),
    /** Before the article in full, when a message moves from its last paragraph to the one after ("next" under it). */
    lastParagraph: template('total'),
    walkthroughStopped: plain,
    /** Reply to a walkthrough command ("next", "back", "stop") when no walkthrough runs, before the help intro; a bare "ok" gets the intro alone. */
    noWalkthrough: plain,
    errorApology: plain,
    /** Reply when a user sends messages faster than the rate limit allows. */
    slowDown: plain,
    /** Reply to a click on Helpful / Not helpful. */
    feedbackThanks: plain,
    /** After "Not helpful": the thanks, with a word of regret and what to do instead. */
    feedbackSorry: plain,
    /** Reply to "in Chinese please" / "用英文回答", in the language asked for, before the last message again in it. */
    languageChosen: plain,
    /** What one of the bot's buttons does, asked of it ("what does the Repeat button do"): {meaning} is one of `buttonMeanings`. */
    buttonMeaning: template('title', 'meaning'),
    /** What each button does, by its key in `buttons`. */
    buttonMeanings: z
      .object({
        next: plain,
        done: plain,
        back: plain,
        repeat: plain,
        allSteps: plain,
        stop: plain,
        startWalkthrough: plain,
        resume: plain,
        noneOfThese: plain,
        helpful: plain,
        notHelpful: plain,
      })
      .strict(),
    /** Under what the bot's own buttons on the screen do: the other buttons, which are questions ("Did you mean" offers). */
    otherButtons: plain,
    /** What the buttons on the screen do when they are all questions (the starters). */
    questionButtons: plain,
    buttons: z
      .object({
        next: plain,
        /** In place of Next under the last step, where there is no next one; the title must parse as "next". */
        done: plain,
        back: plain,
        repeat: plain,
        allSteps: plain,
        stop: plain,
        startWalkthrough: plain,
        /** Brings an interrupted walkthrough back; the title must parse as a walkthrough command. */
        resume: template('step'),
        noneOfThese: plain,
        /** Feedback on the answer above; clicked, it is recorded, never taken as a question. */
        helpful: plain,
        notHelpful: plain,
      })
      .strict(),
  })
  .strict();

export type UiTexts = z.infer<typeof uiTextsSchema>;
export type TextTables = Readonly<Record<Language, UiTexts>>;

/** Replaces each `{name}` with its value; the schema guarantees that the placeholders match. */
export function fillTemplate(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Validates one table; throws a KnowledgeError naming the file and every bad key. */
export function parseTexts(file: string, yamlText: string): UiTexts {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new KnowledgeError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = uiTextsSchema.safeParse(data);
  if (!result.success) {
    throw new KnowledgeError(
      file,
      result.error.issues.map((issue) => {
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const keys = unknownKeys.length ? unknownKeys.map((key) => [...issue.path, key]) : [issue.path];
        const where = keys.map((path) => (path.length ? `key "${path.join('.')}"` : 'the file')).join(', ');
        return `${where}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** Reads <directory>/en.yaml and <directory>/zh.yaml. */
export function loadTexts(directory: string): TextTables {
  const entries = languages.map((language) => {
    const file = join(directory, `${language}.yaml`);
    let yamlText: string;
    try {
      yamlText = readFileSync(file, 'utf8');
    } catch (error) {
      throw new KnowledgeError(file, [`cannot read the UI texts: ${(error as Error).message}`]);
    }
    return [language, parseTexts(file, yamlText)] as const;
  });
  return Object.fromEntries(entries) as Record<Language, UiTexts>;
}
