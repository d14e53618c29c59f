import { KnowledgeBase } from './knowledgeBase';
import { Language, languages } from './language';
import { chineseCompletedText } from './matcher/completedActions';
import { normaliseText } from './matcher/normalise';
import { tokenise } from './matcher/tokenise';

/** Words of a question that ask only what comes next ("after …, what do I do next?"), naming no action of their own. */
const ASKING_WHAT_NEXT = new Set([
  'i', 'im', 'ive', 'we', 'she', 'he', 'they', 'you', 'me', 'my', 'the', 'a', 'an', 'is', 'am', 'are', 'was', 'have',
  'has', 'do', 'does', 'did', 'to', 'it', 'what', 'whats', 'where', 'how', 'which', 'now', 'then', 'next', 'just',
  'already', 'ok', 'okay', 'so', 'and', 'after', 'once', 'should', 'can', 'go', 'tap', 'press', 'click', 'choose', 'pick',
  'step', 'thing',
]);
/** The Chinese of a question that asks only what comes next, after its done part ("点完我的以后去哪"). */
const ASKS_WHAT_NEXT_IN_CHINESE =
  /^(?:之后|以后|后|然后|接下来|下一步)*[，,\s]*(?:我|我们|他|她)?(?:该|要|应该|再)?(?:怎么办|怎么弄|怎么做|做什么|干什么|干啥|做啥|点哪里|点哪个|点哪|点什么|点啥|去哪里|去哪|咋办|咋整|呢)?[呢啊呀吧]*$/;

/**
 * What was not done after all: "I can't find the certification option under social security management, what should I
 * do?" has not done step 4, whose words it has.
 */
const NOT_DONE = new Set(['cant', 'cannot', 'not', 'dont', 'didnt', 'couldnt', 'unable', 'havent', 'hasnt', 'doesnt', 'isnt', 'wont', 'never', 'no', 'fail', 'failed', 'failing', 'stuck']);
const NOT_DONE_IN_CHINESE = /[不没未]|失败|卡住/;

/** A message's done part, if the rest of it asks only what comes next ("I tapped My, what next"), in one language. */
export function donePart(normalised: string, language: Language): string | undefined {
  if (language === 'en') {
    const { words, completedWords } = tokenise(normalised);
    const others = words.filter((word) => !completedWords.includes(word) && !ASKING_WHAT_NEXT.has(word));
    const done = completedWords.length > 0 && others.length === 0 && !completedWords.some((word) => NOT_DONE.has(word));
    return done ? completedWords.join(' ') : undefined;
  }
  const done = chineseCompletedText(normalised);
  const rest = normalised.slice(normalised.indexOf(done) + done.length).trim();
  return done.trim() !== '' && !NOT_DONE_IN_CHINESE.test(done) && ASKS_WHAT_NEXT_IN_CHINESE.test(rest) ? done : undefined;
}

/** What a text says, to compare with a step's action: English stems, or the pairs of Chinese characters. */
function termsOf(normalised: string, language: Language): Set<string> {
  if (language === 'en') return new Set(tokenise(normalised).stems);
  const pairs = new Set<string>();
  for (const run of tokenise(normalised).hanRuns) for (let i = 1; i < run.length; i += 1) pairs.add(run.slice(i - 1, i + 1));
  return pairs;
}

/**
 * Where a step's answer says the user is before its action ("On the Civic Center page, tap Social Security", "绑定完成后，
 * 回到…"): being there is not having done the step. "I'm on the civic center page what do i click" is step 3, not after it.
 */
const WHERE_THE_STEP_STARTS: Readonly<Record<Language, RegExp>> = {
  en: /^(?:on|in|under|when|once|after)\b[^,.]*,\s*/i,
  zh: /^(?:在[^，,]*?(?:页面|下)[，,]?|[^，,]*后[，,])/,
};

/** Terms a done part must share with a step's action to be that step. */
const LEAST_SHARED = 2;

/**
 * Which step a message says was done, when it asks only what comes next: "After I add my mom's info in family service,
 * what do I do next?" has done step 6, whose action adds a family member's information in family service. The step is
 * the one whose action, in its answer, shares the most words with the done part (at least two, and more than any other
 * step's), one of them its own: "after I open family service what do I do" has not done step 6, which opens family
 * service and then adds the family member, family service being step 7's words too.
 */
export class StepsDone {
  private constructor(
    private readonly stepTerms: Readonly<Record<Language, ReadonlyArray<{ id: string; terms: Set<string>; own: Set<string> }>>>,
    /** Each step's entry to the next step's. */
    private readonly nextStep: ReadonlyMap<string, string>,
  ) {}

  static of(knowledge: KnowledgeBase): StepsDone {
    const termsIn = (language: Language) => {
      const steps = knowledge.steps.map((step) => ({
        id: step.id,
        terms: termsOf(normaliseText(step[language].answer.replace(WHERE_THE_STEP_STARTS[language], '')), language),
      }));
      const stepsWith = (term: string) => steps.filter(({ terms }) => terms.has(term)).length;
      return steps.map(({ id, terms }) => ({ id, terms, own: new Set([...terms].filter((term) => stepsWith(term) === 1)) }));
    };
    const stepTerms = Object.fromEntries(languages.map((language) => [language, termsIn(language)])) as Record<Language, ReturnType<typeof termsIn>>;
    return new StepsDone(stepTerms, new Map(knowledge.steps.slice(1).map((step, i) => [knowledge.steps[i].id, step.id])));
  }

  /** The entry of the step after a step's entry; undefined after the last step or for an entry that is no step. */
  after(stepId: string): string | undefined {
    return this.nextStep.get(stepId);
  }

  /** The entry of the step a normalised message says was done, if it asks only what comes next. */
  doneIn(normalised: string, language: Language): string | undefined {
    const done = donePart(normalised, language);
    if (done === undefined) return undefined;
    const terms = [...termsOf(done, language)];
    const shared = this.stepTerms[language].map((step) => ({ step, count: terms.filter((term) => step.terms.has(term)).length }));
    const [best, second] = shared.sort((a, b) => b.count - a.count);
    const sure = best !== undefined && best.count >= LEAST_SHARED && best.count > (second?.count ?? 0);
    return sure && terms.some((term) => best.step.own.has(term)) ? best.step.id : undefined;
  }
}
