import { z } from 'zod';
import { KnowledgeBase } from './knowledgeBase';
import { Language, languages, languageSchema, otherLanguage } from './language';
import { LEAVE_TO_ASK_EN, LEAVE_TO_ASK_ZH } from './leaveToAsk';
import { withBorrowedTermsInChinese } from './matcher/borrowedTerms';
import { withoutBelief, withoutConfirmationTag } from './matcher/confirmationTag';
import { namesADomainSubject } from './matcher/domainSubject';
import { IntentMatcher, TrainingUtterance } from './matcher/intentMatcher';
import { HAN, normaliseText } from './matcher/normalise';
import { isLawElsewhere, lawsNamedIn, NumberedReference, numberedReferences, referenceKey, referenceName } from './matcher/numberedReferences';
import { matcherOptionsSchema } from './matcher/options';
import { alipayMattersAskedAbout, otherAppsAskedAbout } from './matcher/otherApps';
import { OUT_OF_SCOPE_EXAMPLES } from './matcher/outOfScopeExamples';
import { editDistanceWithin, typosAllowed } from './matcher/spelling';
import { tokenise } from './matcher/tokenise';
import { MatchResult, NONE_INTENT, Refusal, ScoredIntent } from './matcher/types';
import { DOCUMENTS, TOPICS_OF_WHAT_IS_DONE, UncoveredTopics, WHAT_HAPPENS_WITHOUT_IT } from './matcher/uncoveredTopics';
import { donePart, StepsDone } from './stepsDone';

/** Candidates reported with every match (for "Did you mean" and the intent trace). */
const MAX_CANDIDATES = 5;

const thresholdsSchema = z
  .object({
    /** Answer when the best entry reaches this confidence (and beats "out of scope"). */
    answer: z.number().min(0).max(1),
    /** Below `answer`, offer "Did you mean" with the entries that reach this confidence. */
    clarify: z.number().min(0).max(1),
  })
  .refine((t) => t.clarify <= t.answer, { message: 'clarify must not exceed answer', path: ['clarify'] });

/**
 * Decision thresholds per language (one model each, so one calibration each), tuned by
 * `ts-node --transpile-only scripts/tuneMatcher.ts knowledge` on the training questions only, never on
 * test/data: 5-fold cross-validation over each entry's questions and the out-of-scope examples
 * (knowledge/matcher/outOfScopeExamples.ts).
 * answer: the value that comes closest to both targets, 95% of in-scope questions answered right and
 * 90% of out-of-scope questions not answered (the largest min(answered right / 0.95, not answered / 0.9)).
 * clarify: the highest value (at most `answer`) at which at least 90% of the held-out in-scope
 * questions are answered right or have their entry among the "Did you mean" offers.
 * Last run 2026-11-29 at 16:47, after the matcher learnt what a message says was already done (features.ts, `done`):
 * English answer 0.325 and clarify 0.225, unchanged. Chinese: 0.45 measures 0.941 and 0.375 0.924 (at 14:10, before
 * that feature, 0.928 and 0.924: a tie, and the rule's choice moves by such steps with any edit). 0.375 stays: 0.45
 * would turn about 15 of the 1,170 held-out Chinese questions answered right into "Did you mean" to reject 3 more of
 * 101 out-of-scope ones, and the clarify threshold it brings (0.35 or more) would stop "7个步骤" being answered
 * (onlyTheNumberSpeaks reads "个步骤" alone).
 */
export const knowledgeMatcherOptionsSchema = z.object({
  thresholds: z
    .object({
      en: thresholdsSchema.default({ answer: 0.325, clarify: 0.225 }),
      // The rule gives clarify = answer (0.375) in Chinese, which leaves Chinese users no "Did you mean" at all; the
      // band is kept 0.1 wide, as in English, so a vague question ("说说社保基金") gets offers instead of "I can't answer".
      zh: thresholdsSchema.default({ answer: 0.375, clarify: 0.275 }),
    })
    .prefault({}),
  /** Options of the per-language IntentMatcher; the defaults are its one tuned configuration. */
  matcher: matcherOptionsSchema.optional(),
  /** Out-of-scope training questions per language (the None class). */
  outOfScope: z.record(languageSchema, z.array(z.string().trim().min(1)).readonly()).default(OUT_OF_SCOPE_EXAMPLES),
});

export type KnowledgeMatcherOptions = z.input<typeof knowledgeMatcherOptionsSchema>;

/**
 * What the knowledge has: steps, articles and functions by number, the names its questions give the law of those
 * articles or name anywhere, and for each article the entries whose answers name it.
 */
interface KnownReferences {
  numbers: ReadonlySet<string>;
  laws: readonly string[];
  entriesNaming: ReadonlyMap<string, ReadonlySet<string>>;
}

const articlesIn = (normalised: string): NumberedReference[] =>
  numberedReferences(normalised).filter((reference) => reference.kind === 'article');

/** The steps of the procedure, and the articles and functions its training questions name ("the 3rd function"). */
function knownReferencesOf(knowledge: KnowledgeBase, normalisedQuestions: readonly string[]): KnownReferences {
  const named = normalisedQuestions.flatMap(numberedReferences).filter(({ kind }) => kind !== 'step');
  const entriesNaming = new Map<string, Set<string>>();
  for (const entry of knowledge.entries) {
    for (const article of languages.flatMap((language) => articlesIn(normaliseText(entry[language].answer)))) {
      const key = referenceKey(article);
      entriesNaming.set(key, (entriesNaming.get(key) ?? new Set()).add(entry.id));
    }
  }
  const steps = knowledge.steps.map((entry): NumberedReference => ({ kind: 'step', number: entry.step ?? 0 }));
  const laws = [...named.flatMap(({ law }) => (law ? [law] : [])), ...normalisedQuestions.flatMap(lawsNamedIn)];
  const namedInEnglish = laws.flatMap((law) => ENGLISH_NAMES_OF_LAWS[law] ?? []);
  return { numbers: new Set([...steps, ...named].map(referenceKey)), laws: [...new Set([...laws, ...namedInEnglish])], entriesNaming };
}

// The short Chinese name of the law, said word for word in English: "what does the Social Security Law say in article 64"
// was refused as another law's article, where 社保法 (the questions' own name) is answered.
const ENGLISH_NAMES_OF_LAWS: Readonly<Record<string, string>> = { 社保法: 'social security law' };

/** Whether an English name ends with the words of a known one, each typed with no more slips than a word may have. */
function endsWithMistyped(name: string, known: string): boolean {
  if (HAN.test(known)) return false;
  const words = name.split(' ');
  const knownWords = known.split(' ');
  const ending = words.slice(-knownWords.length);
  return ending.length === knownWords.length && knownWords.every((word, at) => editDistanceWithin(ending[at], word, typosAllowed(word)) <= typosAllowed(word));
}

/**
 * A number said as a step, an article or an ordinal: "step 5", "5th", "第5步", "步骤3", "article 64", "art. 64", "§64",
 * "第64条", "64条".
 */
const FRAMED_NUMBER = /step\s*[0-9０-９]|[0-9０-９]+\s*(?:st|nd|rd|th)\b|(?:article|\bart\.?|§)\s*[0-9０-９]|第\s*[0-9０-９]+\s*[步条條]|[1-9１-９][0-9０-９]+\s*[条條]|步[骤驟]\s*[0-9０-９]/i;
const DIGIT = /[0-9０-９]/;
const DIGITS = /[0-9０-９]+/g;
const NORMALISED_DIGITS = /\d+/g;

// A clause ends at Chinese punctuation, or at English punctuation before a space or the end: the dots of a URL or of
// "3.5" end none, nor does that of an abbreviation before a number ("Art. 64", "No. 3": "quick one: does Art. 64 say
// …?" was two questions, and "quick one: does Art." got the summary).
const ABBREVIATION_DOT = '(?<=\\b(?:art|arts|sec|no|para|p))\\.(?=\\s*\\d)';
// A space between Chinese words ends a clause too, where people typing on a phone put no comma: "帮家人认证的步骤是什么
// 认证有没有截止日期" was refused whole for its deadline. So does one before a number, unless the number is of what
// comes before it ("第 64 条", "社保法 64条"): "怎么帮家人认证社保 64条呢" was one question, and got a "Did you mean".
const CHINESE_GAP = '(?<=\\p{Script=Han})(?:\\s+(?=\\p{Script=Han})|(?<![第法典例则])\\s+(?=\\d))';
// A question's 吗 ends it too, where the next question follows with no mark at all: "认证要收费吗怎么在支付宝上帮我妈认证"
// was refused whole for the fees, and the steps it asks for went unanswered.
const QUESTION_PARTICLE = '吗(?=\\p{Script=Han})';
const CLAUSE = new RegExp(
  `(?:(?!${CHINESE_GAP}|${QUESTION_PARTICLE})[^，。？！；,.?!;]|${ABBREVIATION_DOT}|[,.?!;](?!\\s|$))+(?:[，。？！；]+|[,.?!;]+(?=\\s|$)|${CHINESE_GAP}|${QUESTION_PARTICLE})?`,
  'giu',
);
// A request for help that says what with: "hello can you help me with my dad's pension certification" was the help
// (0.50), whose training questions say "can you help me". What it is with is the question.
const HELP_WITH =
  /^(?:(?:hi|hello|hey)[\s,!.]+)?(?:(?:can|could|would) (?:you|u) (?:please |pls )?help me|(?:please |pls )?help me|i (?:need|want|would like) (?:some )?help) (?:with|to|on) (.+)$/i;
// A request to list or tell, asked politely: "can you list the funds" got the help (0.54), whose questions ask what the
// bot can do ("what can you do"), and "能不能列一下社保基金" the earmarking (0.65), whose questions ask whether the funds
// may be used ("社保基金能不能挪用"). "Can you" and 能不能 ask nothing there, nor 一下 ("a bit") after the verb, which
// drowned the funds in the words of the answers people ask to be told "一下": what is asked is the request.
const POLITE_REQUEST = /^(?:(?:can|could|would|will) (?:you|u) (?:please |pls |kindly )?|(?:please|pls|kindly) )((?:list|name|enumerate|tell me|show me|give me)\b.+)$/i;
const POLITE_REQUEST_IN_CHINESE = /^(?:你|您)?(?:能不能|能否|可不可以|可以|麻烦(?:你|您)?|请(?:你|您)?)(?:帮我|给我)?(列出|列举|列|说说|说|讲讲|讲|告诉我|介绍)(?:一下|下)?(.+)$/;
// What is wanted, said as a wish: "i want to know the steps" got a "Did you mean" of them (0.25).
const WISH = /^i (?:want|would like|['’]?d like|need|wanna)(?: to (?:know|see|learn|read|get|have))?(?: about)? (.+)$/i;

/** The request a politely asked message makes ("list the funds", "列社保基金", "the steps"), if it is one. */
function politeRequestIn(text: string): string | undefined {
  const chinese = POLITE_REQUEST_IN_CHINESE.exec(text);
  return chinese ? `${chinese[1]}${chinese[2]}` : (POLITE_REQUEST.exec(text)?.[1] ?? WISH.exec(text)?.[1]);
}
// A message of both scripts ("what is 亲情服务", "how do I find 市民中心 in the app") is read in the language it was
// detected in and in the other, and gets the surer reading: the English model answered "what is 亲情服务" with the help
// (0.34), the Chinese one with step 6 (0.92). A Chinese message is read in English only for two English words or
// more: one ("要先下载什么app吗", "NBA比分") seldom carries the question. A word is a run of letters and digits with two
// letters or more: a code such as "qx12cd" is one word, not two.
const LATIN_WORDS = /(?<![A-Za-z\d])(?=[A-Za-z\d]*[A-Za-z][A-Za-z\d]*[A-Za-z])[A-Za-z\d]+/g;
const worthReadingInOther = (text: string, language: Language): boolean =>
  language === 'en' ? HAN.test(text) : (text.match(LATIN_WORDS)?.length ?? 0) >= 2;
const DECISION_RANK: Readonly<Record<MatchResult['decision'], number>> = { none: 0, clarify: 1, answer: 2 };

/** The surer of two readings: an answer over a "did you mean" over a refusal, then the higher score; the first on a tie. */
function surer(first: MatchResult, second: MatchResult): MatchResult {
  const byDecision = DECISION_RANK[second.decision] - DECISION_RANK[first.decision];
  return byDecision > 0 || (byDecision === 0 && second.decision !== 'none' && second.score > first.score) ? second : first;
}

const CLAUSE_COMMA = /[，,；;、]+$/u;

/** How many clauses make a message long enough that its context can drown its question. */
const CONTEXT_CLAUSES = 3;

/**
 * The last `count` clauses of a message of at least `least`, where people put the question after its context
 * ("我妈78岁了，一个人住，社保局说每年都要认证，我能帮她弄吗") or after a thanks or a greeting.
 */
function closingClauses(text: string, count: number, least: number): string | undefined {
  const clauses = clausesOf(text);
  return clauses.length >= least ? clauses.slice(-count).join('').trim() : undefined;
}

// A greeting and whom it greets, before a question in the same clause: "hey team does anyone know the alipay cert
// steps" got the greeting (0.34 against the procedure's 0.29).
const LEADING_GREETING =
  /^(?:(?:hey|hi|hello|hiya|yo|morning|good (?:morning|afternoon|evening))(?: (?:there|team|all|everyone|everybody|guys|folks|bot|again))?|(?:你好|您好|喂|哈喽|嗨|大家好)(?:啊|呀)?)[\s,，!！.。]+(?=\S)(?!again\W*$)/i;

const WORDED = /[\p{L}\p{N}]/u;
const ASKED_WITH_A_MARK = /[?？]\s*$/;

/** The last clause of a message of two or more ("我妈80岁了 一步一步来" → "一步一步来"). */
export function closingClause(text: string): string | undefined {
  return closingClauses(text, 1, 2);
}

/** The question after small talk: its closing clauses, or, in a message of one clause, what follows its greeting. */
function questionAfterSmallTalk(text: string): string | undefined {
  const closing = closingClauses(text, 1, 2);
  const greeting = LEADING_GREETING.exec(text)?.[0];
  const question = closing ?? (greeting === undefined ? undefined : text.slice(greeting.length).trim());
  // Marks alone ask nothing: "hello!!" and "hi :)" were refused for their "!" and ":)".
  return question !== undefined && WORDED.test(question) ? question : undefined;
}

function clausesOf(text: string): string[] {
  return (text.match(CLAUSE) ?? []).filter((clause) => clause.trim() !== '');
}

/**
 * The last clause of a message when it alone asks, after clauses that only tell ("My father retired ten years ago.
 * … Could you please tell me the steps?"); undefined for a message of one clause, or one that asks more than once.
 * The last clause must ask: "i want to do my own certification, not for a family member" is no question.
 */
export function questionAfterContext(text: string): string | undefined {
  const clauses = clausesOf(text);
  const question = clauses.pop()?.trim();
  if (question === undefined || !READS_AS_QUESTION.test(question) || clauses.length === 0) return undefined;
  return clauses.some((clause) => READS_AS_QUESTION.test(clause.trim())) ? undefined : question;
}

// The words that make a Chinese clause a question, and a question ending in 不 after its verb ("社保基金能挪用不", "认证要钱
// 不"): "第四步是啥，另外社保基金能挪用不" lost its second question.
const CHINESE_QUESTION_WORDS = '什么|啥|怎么|咋|怎样|如何|哪|吗|呢|几|多少|多久|多长时间|为什么|是否|能不能|可不可以|是不是|有没有|会不会|要不要';
const ASKS_IN_CHINESE = String.raw`${CHINESE_QUESTION_WORDS}|[能可要是有会用]\p{Script=Han}{0,6}不\s*[?？。，,!！]*$`;
// What the knowledge gives, named as something to be shown: "show me all the steps and also the three functions" and
// "第三步和社保的三个功能" got one of the two.
const KNOWLEDGE_ITEM = String.raw`(?:the |all (?:the )?|(?:the )?(?:full|whole|complete) )(?:steps|procedure|process)\b|(?:the )?(?:three |3 )?functions\b|(?:article|art\.?)\s*\d|step\s*\d|(?:社保|社会保障)?的?(?:三个|三大)?(?:功能|作用)|第\S{1,4}[步条款]|(?:所有|全部|完整)的?步骤|六十四条|64条`;
const NAMES_A_KNOWLEDGE_ITEM = new RegExp(`^(?:(?:show|tell|give|send) me |i (?:need|want) |把|给我|发我|说说|讲讲|看看|帮我看看)?(?:${KNOWLEDGE_ITEM})`, 'iu');
// A comma between two Chinese questions: "社保有哪几个功能，社保基金又有哪几种" got the funds alone.
const COMMA_BETWEEN_CHINESE_QUESTIONS = String.raw`(?<=(?:${CHINESE_QUESTION_WORDS})[^，,。？！；?!;]*)[，,](?=[^，,。？！；?!;]*(?:${ASKS_IN_CHINESE}))`;
// A second question in the same sentence, after "and" or "plus", "also" or not, or after ", also", and before a
// question word ("what are the functions and what does article 64 say"; not "can I also do it on wechat?", whose "also"
// joins nothing), or after "also" alone before a question word of its own ("what is step 4 also what is step 6"), or
// after 还有, 另外 or 以及 and before a question word. A comma before an English question word that asks ("…the functions
// of social security, what does Article 64 say, and how…"), and a Chinese one before the next of a list (一是…，二是…),
// part questions too.
const SECOND_QUESTION = new RegExp(
  String.raw`(?:\s+(?:and|plus)\s+(?:also\s+)?|,\s*also\s+)(?=(?:what|whats|how|which|who|where|when|why|whether|is|are|does|do|can|could|should|tell)\b(?!['’]t\b))|(?<![,\s])\s+also\s+(?=(?:what|whats|how|which|who|where|when|why)\b)|,\s+(?=(?:what|whats|how|which|where|why)\s+(?:is|are|does|do|did|can|should|was)\b)|(?:还有|另外|以及)(?=.*(?:${ASKS_IN_CHINESE}))|然后(?=是不是|有没有|能不能|可不可以|会不会|要不要)|[，,](?=(?:二是|三是|四是|第二|第三|其次))|${COMMA_BETWEEN_CHINESE_QUESTIONS}|\s+(?:and|plus|as well as)\s+(?:also\s+)?(?=${KNOWLEDGE_ITEM})|\s*(?:和|顺便(?:说下|说一下|讲下|讲一下|问下|问一下|看下|看看)?)\s*(?=${KNOWLEDGE_ITEM})`,
  'iu',
);
// A clause may join two questions: "What are the three functions of social security and how much is the maternity
// benefit?" was refused whole for the amount. Split before the joining word, which the question after it keeps until
// it is quoted.
const BEFORE_SECOND_QUESTION = new RegExp(`(?=${SECOND_QUESTION.source})`, SECOND_QUESTION.flags);
// A list's number is a joiner too: "三是怎么帮我妈认证" (third, how do I certify my mother) read 0.48 with it, 0.59 without.
const LEADING_JOINER = /^(?:(?:and|also|plus|as well as)\s+(?:also\s+)?|还有|另外|以及|然后|和|顺便(?:说下|说一下|讲下|讲一下|问下|问一下|看下|看看)?|[一二三四五六七八九十]是(?!什么|啥|不是))/i;
const withoutJoiner = (clause: string): string => clause.trim().replace(LEADING_JOINER, '');
// Quoted without the comma that ended the clause: "Sorry, I can't answer “认证要钱吗，”" read as cut off.
const quotedQuestion = (part: string): string => withoutJoiner(part).replace(CLAUSE_COMMA, '');
// Beside a clause the bot cannot answer, one that names a step or an article, or asks to be helped, asks too: "64条 还有
// 认证要钱吗", "article 64 and which fund is the biggest" and "帮我爸认证 为什么每年都要认证" were refused whole.
// "list the funds and tell me who audits them" was refused whole: its first part asked nothing.
const REQUEST = /^(?:请|麻烦你?)?(?:帮|教|告诉|给我讲|列出)|^(?:please |pls )?(?:help|show|tell|teach|explain|give|list)\b/i;
const asksSomething = (clause: string): boolean => READS_AS_QUESTION.test(clause) || FRAMED_NUMBER.test(clause) || REQUEST.test(clause);
// What reads as a question, rather than as its context ("my mother is 80"): a question word or mark, the English one
// first or after a label ("Two questions: first, what are …").
// Staff relay a caller's questions as what the caller wants to know: "he wants to know what the three functions are, and
// also whether …, and which funds there are" got one answer, and nothing said of the others.
const READS_AS_QUESTION = new RegExp(
  String.raw`[?？]|(?:^|[:：]\s*(?:(?:first|second|third|firstly|secondly|thirdly)\s*,\s*)?)(?:what|whats|how|which|who|where|when|why|whether|is|are|does|do|can|could|should|tell|explain)\b|\b(?:wants?|wanted|would like|needs?|asks?|asked|asking|wondering|wonders?)(?: me)? to know\b|${ASKS_IN_CHINESE}`,
  'iu',
);
// Thanks said after a question or a request: "How do I certify my dad? Thanks in advance." and "怎么帮我爸认证？谢谢" got
// "You're welcome!" (0.34, tied with the steps; 0.58). English thanks after a space or a mark, Chinese anywhere. With
// what for, and appreciated: "how do I help my mom certify on alipay? thanks a lot, I really appreciate it" and a long
// plea ending "Thank you very much for your patience, I really appreciate it." got "You're welcome!".
const CLOSING_THANKS =
  /(?:(?<=[\s,，.。!！?？~～])[\s,，~～]*(?:thanks|thank you|thx|many thanks|cheers)(?: (?:so much|very much|a lot|in advance|again|guys|all))*(?: for (?:your |the |all (?:your |the )?)?(?:help|patience|time|assistance|answers?|reply))?(?:[\s,，.!！]+(?:i |we )?(?:really |truly |greatly |do |so )?appreciate (?:it|this|that|your (?:help|patience|time))(?: (?:so much|a lot|very much))?)?|[\s,，~～]*(?:谢谢|谢了|多谢|感谢|麻烦了|辛苦了)(?:你|您|啦|了|哈|哦)*)[\s!！.。~～]*$/i;

// Staff relaying a caller's question word for word: "caller wants to know if the government can use pension money to
// build roads" was refused (0.17; 0.45 for the question alone), and "来电人问支付宝认证第六步是啥意思" got the steps.
const RELAYED_BY_STAFF =
  /^(?:(?:the|a|my|our|this|one) )?(?:caller|customer|client|citizen)s? (?:wants?|would like|needs?|is asking|asks|asked|is wondering|wonders|wanted)(?: me)?(?: to (?:know|ask))?(?: (?:if|whether))?[\s:,]+(?=\S)|^(?:有个?|一个|这个|那个)?(?:来电人|来电的人|来电客户|来电者|客户|市民|群众)(?:想|想要)?(?:问|咨询|知道|了解)(?:一下)?[：:，,\s]*(?=\S)/i;

// Leave to ask, asked before the question: "I have a question about article 64" and "quick question: what are the three
// functions" got the help once "quick question" alone was one of its questions. (Alone, the dialogs answer it.)
const ASKING_LEAVE = new RegExp(
  `^(?:(?:hi|hello|hey|sorry)[\\s,]+)?(?:${LEAVE_TO_ASK_EN}|question)(?: about)?[\\s:：,，.。!?？-]+(?=\\S)|` +
    `^(?:您好|你好)?[，,\\s]*${LEAVE_TO_ASK_ZH}[：:，,。\\s]*(?=\\S)(?!一下|个问题)`,
  'i',
);

// Leave to ask, at the end of the context, before the question: "…也想加一段法律条文增加说服力。我这边先问一个问题：社会保障有哪三个
// 功能？" got the steps, which its context is about (0.55). The last one said, followed by a mark, starts the question.
const LEAVE_BEFORE_THE_QUESTION = new RegExp(
  `[\\s,，。.!！?？;；]+(?:so |and |anyway |but )?(?:(?:my|the) question is|${LEAVE_TO_ASK_EN})[\\s:：,，.。-]+(?=\\S)|` +
    `[\\s,，。.!！?？;；]+(?:所以|那|那么|现在|就是)?${LEAVE_TO_ASK_ZH}[：:，,。\\s]+(?=\\S)`,
  'gi',
);
// Few messages have any of it: the pattern above runs only on those.
const MAY_ASK_LEAVE = /question|ask|问/i;

/** The question after the last leave to ask said inside a message, or the message itself. */
function questionAfterLeave(text: string): string {
  if (!MAY_ASK_LEAVE.test(text)) return text;
  const last = [...text.matchAll(LEAVE_BEFORE_THE_QUESTION)].pop();
  return last?.index === undefined ? text : text.slice(last.index + last[0].length);
}

/**
 * The question a member of staff relays, asks leave to ask, or puts forward as a belief, without "the caller wants to
 * know", "quick question" or "I think" (the dialogs check a belief against the sources: "I think there are four
 * functions" got a "Did you mean", 0.29, "there are four functions" the functions).
 */
function withoutLeadIn(text: string): string {
  const question = withoutBelief(questionAfterLeave(text.trim()));
  const leave = ASKING_LEAVE.exec(question);
  const asked = leave ? question.slice(leave[0].length) : question;
  const relayed = RELAYED_BY_STAFF.exec(asked);
  if (relayed) return asked.slice(relayed[0].length);
  return leave || question !== text.trim() ? asked : text;
}

/** The question before the thanks that close a message; the message itself when what is before them asks nothing ("ok thanks"). */
export function withoutClosingThanks(text: string): string {
  const thanks = CLOSING_THANKS.exec(text);
  const question = thanks ? text.slice(0, thanks.index).replace(CLAUSE_COMMA, '').trim() : '';
  return question !== '' && asksSomething(question) ? question : text;
}

// What follows without the certification, told as the reason to do it while asking what to do: "…she has to do some
// annual qualification thing for her pension or they stop paying. … what do I do??" and "不认证就停发 我该怎么办" were
// refused as asking what happens without it. Asking what happens is asking it ("不认证会停发吗", "what happens if …").
// Asking which button: "can you tell me what to press". A plea for help closing the message asks it too: "my mum's
// pension will be stopped if she doesn't verify. help!" was refused.
// Or not knowing where: "i have alipay but no idea where to click".
const ASKS_WHAT_TO_PRESS = /\bwhat (?:to|do i|should i|must i|shall i) (?:press|tap|click|touch|choose)\b|\b(?:no idea|not sure|dont know|do not know) (?:where|what|how) to (?:press|tap|click|touch|start)\b/;
// Or a story closing on "how": "…or her pension will stop i want to do it for her on my alipay how" was refused.
const ASKS_WHAT_TO_DO = /\bwhat (?:do|should|can|shall|must) (?:i|we) do\b|\bhow[\s?!.]*$|\b(?:please |pls |plz )?help(?: (?:me|us|please|pls|plz))*[\s!.?]*$|帮帮我|求助|\bhow (?:do|can|should) (?:i|we) (?:do|handle) (?:it|this|that)\b|怎么办|咋办|怎么弄|怎么做|如何(?:办|做|处理)|咋整|怎么整|咋弄|咋搞|怎么搞/;
// What follows without the certification told as done already is no reason to do it: to put it right is what is asked,
// of which the sources say nothing. "my moms pension got stopped because we missed the certification what do i do" and
// "我妈养老金停发了，因为没认证，怎么办" got the steps, as if they set it right.
const HAPPENED_ALREADY =
  /\b(?:got|was|were|has been|have been|had been|been) (?:\w+ )?(?:stopped|suspended|cut off|frozen|cancell?ed|halted)\b|\b(?:stopped|suspended|froze|halted|cut off) (?:paying|her|his|my|their|our)\b|\b(?:pension|benefits?|payments?|money) (?:has |have )?stopped\b|\b(?:missed|skipped|forgot)\b|停发了|已经停|被停|停了|没按时|没及时|逾期|忘(?:了|记)/;
/** "What should I do", "咋整", "what do I tap": asked what to do, or what to press. */
const asksWhatToDo = (normalised: string): boolean => ASKS_WHAT_TO_DO.test(normalised) || ASKS_WHAT_TO_PRESS.test(normalised);
const ASKS_WHAT_HAPPENS =
  /\bwhat (?:happens|will happen|would happen|if)\b|\b(?:will|would|does|do) (?:they|it|the \w+|her \w+|his \w+|my \w+) (?:really )?(?:stop|be stopped|be suspended|be cut)\b|\b(?:penalty|penalties|consequences?)\b|会怎|会不会|会.{0,8}(?:吗|么|嘛)|后果|影响|还能|还会/;
// A clause that sets what the clause before it asks against something else only qualifies it: "how do I certify myself,
// not a family member?" asks about certifying oneself alone, and its "not a family member?" got step 6.
const QUALIFIES_THE_CLAUSE_BEFORE = /^\s*(?:(?:and |but )?(?:not|rather than|instead of)\b|而不是|并不是|不是)/i;
// A question about what went wrong asks about the topic the message tells of: "我妈的认证总是失败，刷脸刷不过去，怎么回事，我在
// 支付宝上照你说的步骤做的" got the seven steps (0.60) for "怎么回事" with the clause after it.
const ASKS_WHY_IT_HAPPENED = /怎么回事|咋回事|什么原因|什么情况|为什么|为啥|\bwhy\b|\bwhat(?:'s| is) (?:going on|wrong|happening|the problem)\b|\bwhat happened\b/i;
/**
 * How sure the matcher must be of each further question of a message to answer it too. An answer nobody asked for
 * costs more than a question left for the next message: "…from my own Alipay? What do I tap?" is one question with
 * its context, and "What do I tap?" alone is step 5 at 0.40; the further questions of messages that ask two things
 * scored 0.56 ("…? also what does art 64 say about the funds", between the article and its funds) or more.
 */
const FURTHER_QUESTION_CONFIDENCE = 0.5;
// A further question that only points back at the one before asks of it, and is not answered alone: "whats civic
// center and where do i find it" got step 2 and, for its "it", step 4. (Refused for what it names, it is still named
// refused: "can I do it on wechat too?")
const REFERS_BACK = /\b(?:it|that|this|them|there)\b|它|这个|那个/i;
/** How sure the matcher must be of small talk to answer with it a message naming a subject of the domain. */
const SURE_SMALL_TALK = 0.5;
/**
 * How sure the matcher must be of the clauses of a message refused for a topic that the others name, without them.
 * Less than of a further question: they ask, and name a subject of their own, or they would not be read. "How do I
 * certify my dad? Does it cost anything?" and "怎么帮我爸认证？要收费吗" were refused whole, their first question alone at
 * 0.59 and 0.57; at the answer threshold, "my father passed away, do i still need to certify him" got the steps.
 */
const OTHER_CLAUSES_CONFIDENCE = 0.45;
/** At most this many answers to one message: more would bury the first under the rest. */
const MAX_QUESTIONS_ANSWERED = 3;

// A sentence ends as a clause does, but not at a comma: after a comma comes more of the same question as often as
// another ("where do I start, what do I open first", "my dad can't do the face scan, can he still be certified").
const SENTENCE = new RegExp(
  `(?:(?!${CHINESE_GAP})[^。？！；.?!;]|${ABBREVIATION_DOT}|[.?!;](?!\\s|$))+(?:[。？！；]+|[.?!;]+(?=\\s|$)|${CHINESE_GAP})?`,
  'giu',
);
// A sentence ending inside a message, or a word that may join two questions: without either it asks one thing at most.
// The test spares most messages the split (a few microseconds each).
const MAY_ASK_MORE = new RegExp(
  String.raw`[。？！；]\s*\S|[.?!;]\s+\S|\s(?:and|also|plus)\s|,\s+(?:what|whats|how|which|where|why)\s|还有|另外|以及|然后(?:是不是|有没有|能不能|可不可以|会不会|要不要)|[，,](?:二是|三是|四是|第二|第三|其次)|\p{Script=Han}\s+[\p{Script=Han}\d]|(?:${CHINESE_QUESTION_WORDS})[^，,。？！；?!;]*[，,]|(?:和|顺便|as well as)\s*(?=${KNOWLEDGE_ITEM})`,
  'iu',
);

const LEADING_COMMA = /^[,，]\s*/;
// A part joined to the question before it by a word (LEADING_JOINER), a comma or not: "帮老爸做社保认证 还有社保有哪些功能",
// "step 2, also who sets the pooling timetable?".
const startsWithJoiner = (part: string): boolean => LEADING_JOINER.test(part.trim().replace(LEADING_COMMA, ''));

/**
 * The questions of a message: its sentences, and the questions joined inside them by "and", that read as questions. A
 * part joined to the next question by a word asks too when it names a step or an article, or asks to be helped
 * ("帮老爸做社保认证 还有社保有哪些功能" got the steps alone); without the word it may be the context of the question
 * ("帮爸妈认证 第一步先做啥"). So does a part joined to the one before that names what the knowledge gives, asked for
 * in the same breath ("show me all the steps and also the three functions").
 */
function questionsOf(text: string): string[] {
  if (!MAY_ASK_MORE.test(text)) return [];
  const parts = (text.match(SENTENCE) ?? []).flatMap((sentence) => sentence.split(BEFORE_SECOND_QUESTION)).filter((part) => part.trim() !== '');
  return parts.flatMap((part, at) => {
    const question = withoutJoiner(part.trim().replace(LEADING_COMMA, ''));
    const joinedToTheNext = at + 1 < parts.length && startsWithJoiner(parts[at + 1]);
    const joinedToThePrevious = at > 0 && startsWithJoiner(part);
    const asks =
      READS_AS_QUESTION.test(question) ||
      (joinedToTheNext && (asksSomething(question) || NAMES_A_KNOWLEDGE_ITEM.test(question))) ||
      (joinedToThePrevious && NAMES_A_KNOWLEDGE_ITEM.test(question));
    return asks ? [question] : [];
  });
}


/** Finds the knowledge entry a message asks about, in the language of the conversation. */
export class KnowledgeMatcher {
  private constructor(
    private readonly matchers: Readonly<Record<Language, IntentMatcher>>,
    private readonly thresholds: Readonly<Record<Language, z.infer<typeof thresholdsSchema>>>,
    /** Entries never offered in "Did you mean": nobody asking a question means "hello" or "thanks". */
    private readonly smallTalk: ReadonlySet<string>,
    /** The steps the knowledge has, and the articles its training questions name, with their law ("article 64"). */
    private readonly known: KnownReferences,
    /** What the sources say nothing about, though it sounds like them ("a failed certification"). */
    private readonly uncovered: UncoveredTopics,
    /** The entry of the procedure: the seven steps. */
    private readonly procedure: string,
    /** Which step a message says was done, and which comes after it. */
    private readonly stepsDone: StepsDone,
  ) {}

  /**
   * One IntentMatcher per language, trained on every entry's questions in that language and on the
   * out-of-scope questions as the None class.
   */
  static fromKnowledge(knowledge: KnowledgeBase, options: KnowledgeMatcherOptions = {}): KnowledgeMatcher {
    const settings = knowledgeMatcherOptionsSchema.parse(options);
    // Normalised once: the models, the articles the questions name and the topics they ask about all read them so.
    const questionsIn = (language: Language): Required<TrainingUtterance>[] =>
      knowledge.trainingExamples(language).map((example) => ({ ...example, normalised: normaliseText(example.text) }));
    const questions = Object.fromEntries(languages.map((language) => [language, questionsIn(language)])) as Record<Language, Required<TrainingUtterance>[]>;
    const train = (language: Language) =>
      IntentMatcher.train(
        [...questions[language], ...settings.outOfScope[language].map((text) => ({ text, intent: NONE_INTENT }))],
        settings.matcher,
      );
    const matchers = Object.fromEntries(languages.map((language) => [language, train(language)])) as Record<Language, IntentMatcher>;
    const smallTalk = new Set(knowledge.entries.filter((entry) => entry.kind === 'smalltalk').map((entry) => entry.id));
    const normalisedQuestions = languages.flatMap((language) => questions[language].map(({ normalised }) => normalised));
    return new KnowledgeMatcher(
      matchers,
      settings.thresholds,
      smallTalk,
      knownReferencesOf(knowledge, normalisedQuestions),
      UncoveredTopics.of(normalisedQuestions),
      knowledge.procedure.id,
      StepsDone.of(knowledge),
    );
  }

  /**
   * 'answer' when the best entry is confident enough and more likely than "out of scope"; 'clarify'
   * when it is not but some entries answered from the sources are plausible (then `candidates` holds only those:
   * small talk is never offered); 'none' otherwise, including empty or junk text and questions to which only small
   * talk came close ("how many steps are there" to "hello"), questions about an article or a step the knowledge
   * does not have ("article 63", "第九步") or a law it does not know ("labor law"), questions about another app than
   * Alipay ("微信上怎么做社保认证"), about Alipay itself ("支付宝安全吗") and about what the sources say nothing of
   * ("认证失败怎么办"), whatever their words resemble.
   * A long message not answered as a whole is answered from its closing clauses when they make an answer: its context
   * can drown its question. So is a message answered as small talk whose last clause asks about the knowledge, and
   * one whose last clause asks what the bot refuses is refused. A message of two clauses or more refused as a whole
   * gets what its last clause gets, if that is an answer or a "did you mean"; one refused for a topic only some of its
   * clauses name gets the others' answer when that is sure. A request for help with something ("can you help me with
   * my mom's certification") is answered for what it is with, and a polite request ("can you list the funds") as the
   * request. An answered message that asks two things names each entry it asks (`questionsAsked`), and one refused
   * for one of its questions is answered for the others (`questionsRefused` names the refused ones). A message of
   * Chinese and English words is read in both languages, and the surer reading decides.
   */
  match(text: string, language: Language): MatchResult {
    const asked = withoutConfirmationTag(withoutClosingThanks(withoutLeadIn(text)));
    const read = this.readIn(asked, language);
    return worthReadingInOther(asked, language) ? surer(read, this.readIn(asked, otherLanguage(language))) : read;
  }

  /** A message read in one language; read in Chinese, one that has Chinese takes its borrowed English terms in Chinese. */
  private readIn(text: string, language: Language): MatchResult {
    const inChinese = language === 'zh' && HAN.test(text) ? withBorrowedTermsInChinese(text) : text;
    return inChinese === text ? this.matchIn(text, language) : { ...this.matchIn(inChinese, language), text };
  }

  /** The decision on a message read in one language. */
  private matchIn(text: string, language: Language): MatchResult {
    const result = this.matchMessage(text, language);
    if (result.decision === 'answer') {
      return this.withFurtherQuestions(this.stepsForWhatToDo(result) ?? this.stepAfterTheOneDone(result, language) ?? result, language);
    }
    return this.stepsForAStory(result) ?? this.answeredInPart(result, language);
  }

  /**
   * An answer to a message that asks two things or more ("what are the functions and what does article 64 say",
   * "社会保障有哪些功能？第六十四条是怎么规定的？") names each entry asked, in the order asked, when the matcher is sure of
   * each question alone. Small talk is no question ("thanks! and what does article 64 say"). A question refused for
   * what it names (another app, what the sources do not cover) is named as refused: "怎么帮我爸在支付宝认证？另外能用微信
   * 吗？" got the steps, with no word of WeChat (the whole, naming Alipay, is no question about another app).
   */
  private withFurtherQuestions(result: MatchResult, language: Language): MatchResult {
    // Answered for some of its parts already, it names those refused as the rule that answered it read them ("第65条").
    if (result.intent === null || this.smallTalk.has(result.intent) || result.questionsRefused) return result;
    const decided = this.questionsDecided(result.text, language);
    const questionsAsked = this.entriesAsked(decided.filter(({ question }) => !REFERS_BACK.test(question) || namesADomainSubject(question)));
    const questionsRefused = decided.filter(({ result: part }) => part.refusal !== undefined).map(({ question }) => quotedQuestion(question));
    const askedAll = questionsAsked.length > 1 && questionsAsked.includes(result.intent);
    if (questionsRefused.length > 0) return { ...result, questionsAsked: askedAll ? questionsAsked : [result.intent], questionsRefused };
    if (askedAll) return { ...result, questionsAsked };
    // Each question sure of its own answer, the whole of neither: "what are the three functions and what is step 3" got
    // the third function, the blend of "three" and "3". It gets both answers.
    const eachOwnAnswer =
      questionsAsked.length > 1 && questionsAsked.length === decided.length && decided.every(({ result: part }) => this.answersSurely(part));
    return (eachOwnAnswer && this.answerToEach(decided, questionsAsked, result.text)) || result;
  }

  /** The answer to the first of the questions asked, as the whole message's, naming each entry its questions ask. */
  private answerToEach(decided: ReadonlyArray<{ result: MatchResult }>, questionsAsked: readonly string[], text: string): MatchResult | undefined {
    const first = decided.find(({ result }) => result.intent === questionsAsked[0]);
    return first && { ...first.result, text, questionsAsked };
  }

  /**
   * A message refused for one of its questions ("How do I do the certification for my mom? Is it free?", "社保认证怎么做？
   * 需要带身份证吗？") is answered for the others the matcher is sure of alone, and names the refused ones. Refused as a
   * whole, the question it can answer went unanswered with the one it cannot. So with a question the model knows
   * nothing of: "What does Article 64 say, and how much will my pension be?" was refused (0.13), and "第64条讲了什么？
   * 养老金每个月发多少？" got a "Did you mean" of the article alone. A message the matcher is unsure of as a whole is
   * answered for each of its questions when it is sure of every one alone.
   */
  private answeredInPart(refused: MatchResult, language: Language): MatchResult {
    const decided = this.questionsDecided(refused.text, language);
    // A part answered must name what it asks about, not leave it to the part refused: "what are the steps" after "how do
    // I apply for a work injury claim" asks for that claim's steps, and got the certification's.
    const questionsAsked = this.entriesAsked(decided.filter(({ question }) => namesADomainSubject(question)));
    const questionsRefused = decided.filter(({ result }) => result.decision === 'none').map(({ question }) => question);
    // Between entries as a whole, but each question sure alone: "第64条第2款是啥，还有支付宝怎么认证" got a "Did you mean".
    const eachAnswered = refused.decision === 'clarify' && questionsAsked.length > 1 && decided.every(({ result }) => this.answersSurely(result));
    if (questionsAsked.length === 0 || (questionsRefused.length === 0 && !eachAnswered)) return refused;
    const answered = this.answerToEach(decided, questionsAsked, refused.text);
    if (!answered) return refused;
    return { ...answered, ...(questionsRefused.length > 0 && { questionsRefused }) };
  }

  /** Each question of a message of two or more, decided alone; none for a message of one. */
  private questionsDecided(text: string, language: Language): Array<{ question: string; result: MatchResult }> {
    const questions = questionsOf(text);
    return questions.length < 2 ? [] : questions.map((question) => ({ question, result: this.decide(question, language) }));
  }

  /** The entries the questions are answered with, in order, counting only those the matcher is sure of alone. */
  private entriesAsked(decided: ReadonlyArray<{ result: MatchResult }>): string[] {
    const entries = decided.flatMap(({ result }) => (this.answersSurely(result) && result.intent !== null ? [result.intent] : []));
    return [...new Set(entries)].slice(0, MAX_QUESTIONS_ANSWERED);
  }

  /** The decision on the message: as a whole, or by its closing clauses. */
  private matchMessage(text: string, language: Language): MatchResult {
    const whole = this.withoutTopicsNoQuestionNames(this.decide(text, language), language);
    if (whole.refusal) {
      return (
        this.answeredWithoutTopicClauses(whole, language) ??
        this.answeredDespiteItsReason(whole, language) ??
        this.answeredForReferencesKnown(whole, language) ??
        whole
      );
    }
    const helped = this.answeredForHelpWith(whole, language) ?? this.answeredAsRequested(whole, language);
    if (helped) return helped;
    // "thanks. that helped. what is step 3" was the thanks: small talk first, then the question.
    const smallTalkFirst = whole.intent !== null && this.smallTalk.has(whole.intent);
    if (whole.decision === 'answer' && !smallTalkFirst) return whole;
    // A refused message's last clause only answers it if it asks: "What is the pension adjustment for 2025? I heard it
    // went up." got the summary (0.44) for "I heard it went up".
    const lastClause = whole.decision === 'none' ? closingClauses(text, 1, 2) : undefined;
    const question = smallTalkFirst
      ? questionAfterSmallTalk(text)
      : (closingClauses(text, 2, CONTEXT_CLAUSES) ?? (lastClause !== undefined && asksSomething(lastClause) ? lastClause : undefined));
    if (question === undefined) return this.withoutUnsureSmallTalk(whole);
    const focused = this.decide(question, language);
    const answers = focused.decision === 'answer' && !(smallTalkFirst && this.smallTalk.has(focused.intent ?? ''));
    if (answers) return { ...focused, text };
    // "I am a student writing a paper on social insurance funds. What does Chinese law say about how the funds are
    // accounted?" was refused as a whole (0.16); its question alone is between accounting and Article 64 in full.
    if (!smallTalkFirst && whole.decision === 'none' && focused.decision === 'clarify') return { ...focused, text };
    // "hello, I have a question, what's the weather tomorrow" was the goodbye ("see you tomorrow"): after small talk, a
    // question the bot cannot answer, and that is no small talk either, is what the message is about. So is one that
    // asks about a subject of the domain, whatever small talk it is nearest to: "你好，请问怎么联系社保局" got the greeting.
    const asksOfTheDomain = READS_AS_QUESTION.test(question) && namesADomainSubject(question);
    const refusedQuestion =
      smallTalkFirst && focused.decision === 'none' && (asksOfTheDomain || !this.smallTalk.has(focused.candidates[0]?.intent ?? ''));
    return refusedQuestion ? { ...focused, text } : whole;
  }

  /**
   * A message of two questions or more refused for topics that none of its questions names alone is decided as if it
   * named none of those: "how do I certify my mom in alipay? and what is the difference between national and provincial
   * pooling?" was refused as comparing Alipay with other ways, Alipay in one question and the difference in the other.
   * Not when a question points back at another, whose words are its own: "list the funds and tell me who audits them".
   */
  private withoutTopicsNoQuestionNames(whole: MatchResult, language: Language): MatchResult {
    if (whole.refusal?.reason !== 'uncoveredTopics') return whole;
    const questions = questionsOf(whole.text);
    if (questions.length < 2 || questions.some((question) => REFERS_BACK.test(question))) return whole;
    const namedByNone = whole.refusal.names.filter((topic) => !questions.some((question) => this.uncovered.askedInPart(normaliseText(question), [topic])));
    return namedByNone.length === 0 ? whole : { ...this.decide(whole.text, language, namedByNone), text: whole.text };
  }

  /**
   * A message refused for a topic some of its clauses name, but not the others: "I got a notice that her pension will
   * stop unless she is certified, how do I do it on alipay" and "收到通知说不认证就停发养老金，怎么在支付宝上认证" were
   * refused as asking what happens without the certification, and "我想帮我婆婆在支付宝上做一下社保待遇资格认证，她在老家，
   * …，请问具体要怎么做，需要她本人在场吗？" as asking whether she must be present. When the other clauses ask something and
   * are answered, without the topic's, as surely as a further question must be, the message gets that answer, and the
   * topic's clauses that ask are named as refused. A vague question is about the topic ("face recognition keeps failing
   * for my dad, what do I do" is not step 1), and one the other clauses only tell of is no question ("我妈的社保认证，
   * 失败了怎么办" is not the procedure).
   */
  private answeredWithoutTopicClauses(refused: MatchResult, language: Language): MatchResult | undefined {
    if (refused.refusal?.reason !== 'uncoveredTopics') return undefined;
    const topics = refused.refusal.names;
    const clauses = clausesOf(refused.text).flatMap((clause) => clause.split(BEFORE_SECOND_QUESTION));
    const onTopic: boolean[] = [];
    // A question that points back asks of what the clause before names: "list the funds and tell me who audits them". Not
    // after a question of its own: "…certification, its free right? how do i do it" asks how to do the certification.
    const asksOfTheClauseBefore = (clause: string, at: number): boolean =>
      at > 0 &&
      !ASKED_WITH_A_MARK.test(clauses[at - 1]) &&
      REFERS_BACK.test(clause) &&
      READS_AS_QUESTION.test(withoutJoiner(clause)) &&
      this.uncovered.askedInPart(normaliseText(clauses[at - 1] + clause), topics);
    clauses.forEach((clause, at) => {
      onTopic[at] =
        this.uncovered.askedInPart(normaliseText(clause), topics) ||
        (at > 0 && onTopic[at - 1] && QUALIFIES_THE_CLAUSE_BEFORE.test(clause)) ||
        asksOfTheClauseBefore(clause, at);
    });
    const toldTopics = clauses
      .filter((clause, at) => onTopic[at] && !READS_AS_QUESTION.test(withoutJoiner(clause)))
      .flatMap((clause) => topics.filter((topic) => this.uncovered.askedInPart(normaliseText(clause), [topic])));
    if (toldTopics.some((topic) => TOPICS_OF_WHAT_IS_DONE.has(topic))) return undefined;
    const rest = clauses.filter((_, at) => !onTopic[at]);
    const question = withoutJoiner(rest.join(''));
    const asks = rest.some((clause) => asksSomething(withoutJoiner(clause)) && !ASKS_WHY_IT_HAPPENED.test(clause));
    if (rest.length === clauses.length || !asks || !namesADomainSubject(question)) return undefined;
    const focused = this.decide(question, language);
    if (!this.answersSurely(focused, OTHER_CLAUSES_CONFIDENCE) || focused.intent === null) return undefined;
    const questionsRefused = clauses.filter((clause, at) => onTopic[at] && READS_AS_QUESTION.test(withoutJoiner(clause))).map(quotedQuestion);
    const answered = { ...focused, text: refused.text };
    return questionsRefused.length > 0 ? { ...answered, questionsAsked: [focused.intent], questionsRefused } : answered;
  }

  /**
   * A message refused for a number the knowledge does not have that names one it has too: "what is article 64 and
   * article 65" and "第六十四条和第六十五条分别讲什么" were refused whole. It is answered for the one it has, when that is
   * sure, and names the others as refused. (Not another law's article: its number is the same as the one known.)
   */
  private answeredForReferencesKnown(refused: MatchResult, language: Language): MatchResult | undefined {
    // Not an article of another law ("劳动法第六十五条"), but one the knowledge's law does not have: "社保法第六十四条和第六十五条"
    // was refused whole, where "article 64 and 65" got article 64.
    const ofAnotherLaw = refused.refusal?.reason === 'unknownReferences' && refused.refusal.references.some(({ law }) => law !== undefined && !this.lawKnown(law));
    if (refused.refusal?.reason !== 'unknownReferences' || ofAnotherLaw) return undefined;
    const unknown = refused.refusal.references;
    if (numberedReferences(normaliseText(refused.text)).length <= unknown.length) return undefined;
    const focused = this.decide(refused.text, language, [], unknown.map(referenceKey));
    if (!this.answersSurely(focused, OTHER_CLAUSES_CONFIDENCE) || focused.intent === null) return undefined;
    return { ...focused, text: refused.text, questionsAsked: [focused.intent], questionsRefused: unknown.map((reference) => referenceName(reference, language)) };
  }

  /**
   * Small talk is no answer to a message that names a subject of the domain unless the matcher is sure of it: "they
   * dont have alipay" got the goodbye (0.39). Such a message gets the entries of the domain it may mean, or the
   * refusal.
   */
  private withoutUnsureSmallTalk(whole: MatchResult): MatchResult {
    if (whole.decision !== 'answer' || !this.smallTalk.has(whole.intent ?? '') || whole.score >= SURE_SMALL_TALK || !namesADomainSubject(whole.text)) return whole;
    const plausible = whole.candidates.filter((candidate) => candidate.score >= this.thresholds[whole.language].clarify && !this.smallTalk.has(candidate.intent));
    return { ...whole, intent: null, decision: plausible.length > 0 ? 'clarify' : 'none', ...(plausible.length > 0 && { candidates: plausible }) };
  }

  /**
   * A message refused as asking what happens without the certification that only tells of it, as its reason to ask what
   * to do about the certification: it is decided as if it did not name that topic, and answered if that is sure. What
   * to do about it is to do it: when the procedure is the nearest entry, it is the answer ("不认证就停发 我该怎么办" is the
   * procedure at 0.25 and nothing else).
   */
  private answeredDespiteItsReason(refused: MatchResult, language: Language): MatchResult | undefined {
    if (refused.refusal?.reason !== 'uncoveredTopics' || refused.refusal.names.some((name) => name !== WHAT_HAPPENS_WITHOUT_IT)) return undefined;
    const normalised = normaliseText(refused.text);
    // About the certification, by name or by where it is done: "… every year she has to do this face thing for her pension
    // or they stop paying … i have alipay but no idea where to click" was refused.
    const { concepts } = tokenise(normalised);
    if (!asksWhatToDo(normalised) || ASKS_WHAT_HAPPENS.test(normalised) || HAPPENED_ALREADY.test(normalised)) return undefined;
    if (!(concepts.includes('certification') || concepts.includes('alipay'))) return undefined;
    const decided = this.decide(refused.text, language, [WHAT_HAPPENS_WITHOUT_IT]);
    if (this.answersSurely(decided, OTHER_CLAUSES_CONFIDENCE)) return decided;
    return decided.candidates[0]?.intent === this.procedure ? { ...decided, intent: this.procedure, decision: 'answer' } : undefined;
  }

  /**
   * Small talk is no answer to a message that asks what to do about the certification: "…every year I need to do the
   * certification thing so they keep paying my pension. He said I can do it on the Alipay on my phone. Can you tell me
   * what to press, slowly please" got what the bot can do (0.84), and "they will stop my dad's pension if he doesn't
   * certify, what should I do?" too (0.49). What to do about it is to do it: the procedure.
   */
  private stepsForWhatToDo(answered: MatchResult): MatchResult | undefined {
    if (answered.intent === null || !this.smallTalk.has(answered.intent)) return undefined;
    const normalised = normaliseText(answered.text);
    if (!asksWhatToDo(normalised) || !tokenise(normalised).concepts.includes('certification')) return undefined;
    const score = answered.candidates.find(({ intent }) => intent === this.procedure)?.score ?? 0;
    return { ...answered, intent: this.procedure, score };
  }

  /**
   * What comes after a step the message says was done is never that step: "After I add my mom's info in family service,
   * what do I do next?" got step 6 again (0.79), its done part having step 6's words. A message that asks only what
   * comes next after the very step it got gets the next step.
   */
  private stepAfterTheOneDone(answered: MatchResult, language: Language): MatchResult | undefined {
    const next = answered.intent === null ? undefined : this.stepsDone.after(answered.intent);
    if (next === undefined || this.stepsDone.doneIn(normaliseText(answered.text), language) !== answered.intent) return undefined;
    return { ...answered, intent: next, score: answered.candidates.find(({ intent }) => intent === next)?.score ?? 0 };
  }

  /**
   * A story of the certification that closes asking what to do, which the model reads too little of to be sure: "我妈今年
   * 78了 住农村 每年都要去社保所认证 现在说可以手机上弄 咋整啊" was refused (0.26, the procedure nearest). What to do is
   * to do it: the procedure, when it is the nearest entry.
   */
  private stepsForAStory(unsure: MatchResult): MatchResult | undefined {
    if (unsure.refusal !== undefined || unsure.candidates[0]?.intent !== this.procedure) return undefined;
    const normalised = normaliseText(unsure.text);
    if (!asksWhatToDo(normalised) || !tokenise(normalised).concepts.includes('certification')) return undefined;
    return { ...unsure, intent: this.procedure, score: unsure.candidates[0].score, decision: 'answer' };
  }

  /**
   * A request for help with something the knowledge answers ("can you help me with my mom's certification"), which
   * the whole message did not get: the answer for what it is with.
   */
  private answeredForHelpWith(whole: MatchResult, language: Language): MatchResult | undefined {
    const helpedWith = HELP_WITH.exec(whole.text.trim())?.[1];
    if (helpedWith === undefined || (whole.decision === 'answer' && !this.smallTalk.has(whole.intent ?? ''))) return undefined;
    // As sure as of a further question: what "help me with something" is with names nothing, and the seeds that train
    // the model in another order answered "something" with the earmarking of the funds.
    const focused = this.decide(helpedWith, language);
    return this.answersSurely(focused) ? { ...focused, text: whole.text } : undefined;
  }

  /** A polite request ("can you list the funds", "能不能列一下社保基金") answered as the request alone, when that answers. */
  private answeredAsRequested(whole: MatchResult, language: Language): MatchResult | undefined {
    const request = politeRequestIn(whole.text.trim());
    if (request === undefined) return undefined;
    const focused = this.decide(request, language);
    // Any answer of the request, not one as sure as a further question must be: it is the whole message's question.
    return this.answersSurely(focused, 0) ? { ...focused, text: whole.text } : undefined;
  }

  /** Whether a part of a message is answered, not with small talk, as surely as a further question must be. */
  private answersSurely({ decision, intent, score }: MatchResult, least = FURTHER_QUESTION_CONFIDENCE): boolean {
    return decision === 'answer' && intent !== null && !this.smallTalk.has(intent) && score >= least;
  }

  /**
   * The decision on the text as a whole, as if it named none of the `toldTopics` (uncovered topics it tells of) and
   * none of the `setAside` references (by referenceKey: the ones it asks about that are answered as refused).
   */
  private decide(text: string, language: Language, toldTopics: readonly string[] = [], setAside: readonly string[] = []): MatchResult {
    const classified = this.matchers[language].classify(text, MAX_CANDIDATES);
    const { noneScore, misspellings, normalised } = classified;
    // Read once: the articles named rank the entries, and a number the knowledge does not have refuses the message.
    const references = numberedReferences(normalised).filter((reference) => !setAside.includes(referenceKey(reference)));
    const naming = this.entriesNamingTheArticle(classified.ranked, text, references);
    const ranked = naming.length > 0 ? naming : classified.ranked;
    const score = ranked[0]?.score ?? 0;
    const thresholds = this.thresholds[language];
    const read = { text, language, score, ...(misspellings.length > 0 && { misspellings }) };
    // Details given, told as what was done before asking what comes next, are no question of which are needed: "i added
    // her ID number and name, what next" at step 6 was refused as asking about documents.
    const detailsTold = this.uncovered.askedIn(normalised).includes(DOCUMENTS) && donePart(normalised, language) !== undefined;
    const told = detailsTold ? [...toldTopics, DOCUMENTS] : toldTopics;
    const refusal = this.refusalOf(normalised, references, told);
    if (refusal) return { ...read, intent: null, candidates: ranked, decision: 'none', refusal };
    if (score >= thresholds.answer && score > noneScore && !this.onlyTheNumberSpeaks(text, normalised, language)) {
      return { ...read, intent: ranked[0].intent, candidates: ranked, decision: 'answer' };
    }
    const plausible = ranked.filter((candidate) => candidate.score >= thresholds.clarify && !this.smallTalk.has(candidate.intent));
    if (plausible.length > 0) return { ...read, intent: null, candidates: plausible, decision: 'clarify' };
    // The article the knowledge has, named for what no entry answers as asked ("Summarize Article 64 in one sentence
    // that I can send to a citizen" was refused, 0.13): its entries are offered rather than nothing.
    if (naming.length > 0) return { ...read, intent: null, candidates: naming, decision: 'clarify' };
    return { ...read, intent: null, candidates: ranked, decision: 'none' };
  }

  /**
   * The ranked entries whose answers name the article the message names, which are ranked alone: "give me a summary of
   * article 64" got the page's summary of the steps (0.79), whose questions ask for summaries. None when small talk
   * comes first ("thanks for article 64") or the message asks two things ("what are the functions and what does
   * article 64 say": it names the article for one of them only).
   */
  private entriesNamingTheArticle(ranked: ScoredIntent[], text: string, references: readonly NumberedReference[]): ScoredIntent[] {
    if (ranked.length === 0 || this.smallTalk.has(ranked[0].intent)) return [];
    const keys = references.filter((reference) => reference.kind === 'article').map(referenceKey);
    if (keys.length === 0 || questionsOf(text).length > 1) return [];
    return ranked.filter(({ intent }) => keys.some((key) => this.known.entriesNaming.get(key)?.has(intent)));
  }

  /** Why the normalised message, naming `references`, is refused whatever the model scores, if it is. */
  private refusalOf(normalised: string, references: readonly NumberedReference[], toldTopics: readonly string[]): Refusal | undefined {
    const unknown = this.unknownReferences(references);
    if (unknown.length > 0) return { reason: 'unknownReferences', references: unknown };
    const named = (reason: Extract<Refusal, { names: readonly string[] }>['reason'], names: readonly string[]): Refusal | undefined =>
      names.length > 0 ? { reason, names } : undefined;
    return (
      // A law the knowledge does not know, named with no article: "and in the labor law?" under Article 64 got the
      // legal basis (0.79), whose answer names the Social Insurance Law, and "labor law" alone too (0.86).
      named('otherLaws', lawsNamedIn(normalised).filter((law) => !this.lawKnown(law))) ??
      named('otherApps', otherAppsAskedAbout(normalised)) ??
      named('alipayMatters', alipayMattersAskedAbout(normalised)) ??
      named('uncoveredTopics', this.uncovered.askedIn(normalised).filter((topic) => !toldTopics.includes(topic)))
    );
  }

  /**
   * The articles and steps a message names by number that the knowledge does not have: "article 63", or
   * article 64 of a law its questions never name ("劳动法第64条").
   */
  private unknownReferences(references: readonly NumberedReference[]): NumberedReference[] {
    return references.filter(({ law, ...reference }) => !this.known.numbers.has(referenceKey(reference)) || (law !== undefined && !this.lawKnown(law)));
  }

  /**
   * Whether the knowledge's questions name a law. It is known by the end of its name, so "请问社保法" is 社保法 and
   * "中华人民共和国社会保险法" 社会保险法; a law of another place is another law ("台湾社会保险法"). An English name may be
   * mistyped as any word may: "the social insurence law" was refused as a law the bot does not know.
   */
  private lawKnown(law: string): boolean {
    return !isLawElsewhere(law) && this.known.laws.some((known) => law.endsWith(known) || endsWithMistyped(law, known));
  }

  /**
   * Step numbers are strong features, so a bare number ("1") or junk with a digit in it ("alert(1)") would otherwise be
   * answered with a step. Such a message is answered only if its words, without the digits, say something on their
   * own ("step 3", "第3步"); otherwise the bot offers its guesses instead.
   */
  private onlyTheNumberSpeaks(text: string, normalised: string, language: Language): boolean {
    if (!DIGIT.test(text) || FRAMED_NUMBER.test(text)) return false;
    const matcher = this.matchers[language];
    // A number the model never learnt ("my mother is 82") is no feature: without it the message would read the same.
    if (!(normalised.match(NORMALISED_DIGITS) ?? []).some((digits) => matcher.knowsNumber(digits))) return false;
    const words = text.replace(DIGITS, ' ');
    const [top] = matcher.classify(words, 1).ranked;
    return (top?.score ?? 0) < this.thresholds[language].clarify;
  }
}
