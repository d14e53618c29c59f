import { languages } from './language';
import { normaliseReply } from './navigation';
import { fillTemplate, TextTables, UiTexts } from './texts';

/** One of the bot's own buttons, by its key in the texts (`buttons`). */
export type ButtonKey = keyof UiTexts['buttons'];

/** What a message asks of the bot's buttons: what one of them does, or what those on the screen do. */
export type ButtonQuestion = ButtonKey | 'shown';

const BUTTON_KEYS = ['next', 'done', 'back', 'repeat', 'allSteps', 'stop', 'startWalkthrough', 'resume', 'noneOfThese', 'helpful', 'notHelpful'] as const satisfies readonly ButtonKey[];

// A title with a step number in it ("Resume step {step}") is asked about with any number.
const STEP_SLOT = 'stepslot';
const ANY_STEP = String.raw`(?:\d+|[一二三四五六七八九十]+)`;

/** A button's title as normaliseReply writes a message naming it, as a pattern. */
function titlePattern(title: string): string {
  return normaliseReply(fillTemplate(title, { step: STEP_SLOT })).replace(STEP_SLOT, ANY_STEP);
}

const LEAD_IN = '(?:(?:so|and|but|ok|okay|hey|sorry|quick question|question) )*';
const THE = '(?:(?:the|this|that|a) )?';
const BUTTON_WORD = '(?: (?:button|option))';
const ASKER = '(?:i|you|we|she|he|they|the caller|my \\w+)';
const TAP = '(?:press|presses|tap|taps|click|clicks|hit|hits|choose|chooses|select|selects|pick|picks|use|uses|push|pushes)';
// What a button does, asked after it in Chinese; 是什么 and 是啥 only after a word for a button: "下一步是什么" asks for
// the next step itself.
const DOES_IN_CHINESE = '(?:是)?(?:干啥的|干什么的|做什么的|做啥的|干嘛的|干吗的|什么意思|啥意思|有什么用|有啥用|怎么用|有什么作用|起什么作用)';
const IS_IN_CHINESE = '(?:是什么|是啥|是什么东西)';
const PARTICLE = '(?:呀|啊|呢|哦)?';
const BUTTON_IN_CHINESE = '(?:按钮|键|按键|选项)';

/**
 * Questions about a button named by its title, in English and in Chinese, with the titles of both languages: "what
 * does the Repeat button do", "what's 'All steps' for", "what happens if I press Stop", "重复是干啥的", "下一步按钮是什么意思",
 * "点结束会怎样". A title of a step ("下一步", "全部步骤") is asked about in Chinese with a word for a button or a tap only:
 * "下一步是干啥的" asks what the next step is for.
 */
function askedAboutTitles(titles: readonly string[], stepTitles: readonly string[]): RegExp {
  const title = `(?:${titles.join('|')})`;
  const otherTitle = `(?:${titles.filter((t) => !stepTitles.includes(t)).join('|')})`;
  return new RegExp(
    [
      `^${LEAD_IN}(?:what|wat) (?:does|do|will|would|did) ${THE}${title}${BUTTON_WORD}? (?:do|mean|does|for)(?: exactly)?$`,
      `^${LEAD_IN}(?:whats|what is|what are) ${THE}${title}${BUTTON_WORD}? (?:for|about)$`,
      `^${LEAD_IN}(?:whats|what is) ${THE}${title} button$`,
      `^${LEAD_IN}what happens (?:if|when) ${ASKER} ${TAP} (?:on )?${THE}${title}${BUTTON_WORD}?$`,
      `^${LEAD_IN}how (?:does|do) ${THE}${title}${BUTTON_WORD}? work$`,
      `^${LEAD_IN}what (?:does|do) (?:pressing|tapping|clicking|choosing|hitting) (?:on )?${THE}${title}${BUTTON_WORD}? do$`,
      `^(?:那个|这个|那|这)?${title}(?:这个|那个)?${BUTTON_IN_CHINESE}(?:${DOES_IN_CHINESE}|${IS_IN_CHINESE})${PARTICLE}$`,
      `^(?:那个|这个|那|这)?${otherTitle}${DOES_IN_CHINESE}${PARTICLE}$`,
      `^(?:我|他|她|老人)?(?:点|按|选)(?:了|一下)?${title}${BUTTON_IN_CHINESE}?(?:会|以后|之后)?(?:怎样|怎么样|会怎样|会发生什么|有什么用|干啥|干什么|是什么意思)${PARTICLE}$`,
    ].join('|'),
    'u',
  );
}

// The buttons under the last reply, asked about together: "what do these buttons do", "这些按钮是干啥的".
const ASKS_ABOUT_THE_BUTTONS = new RegExp(
  [
    `^${LEAD_IN}what (?:do|does|are) (?:the|these|those|this|all the|all these|all those) (?:buttons?|options?|keys?)(?: below| under it| here| for)?(?: (?:do|mean|for))?$`,
    `^${LEAD_IN}(?:what|how) do (?:i use )?(?:the|these|those) (?:buttons?|options?) (?:work|mean)$`,
    `^(?:下面的?|底下的?|这些|那些|这几个|那几个)?${BUTTON_IN_CHINESE}(?:都)?(?:${DOES_IN_CHINESE}|${IS_IN_CHINESE})${PARTICLE}$`,
  ].join('|'),
  'u',
);

interface TitleReader {
  pattern: RegExp;
  /** Each key's titles, in both languages, as patterns. */
  keysByTitle: ReadonlyArray<{ key: ButtonKey; title: RegExp }>;
}

/** Every message is read against the titles: they are compiled once per text table. */
const titleReaders = new WeakMap<TextTables, TitleReader>();

function titleReaderOf(texts: TextTables): TitleReader {
  let reader = titleReaders.get(texts);
  if (!reader) {
    const keysByTitle = BUTTON_KEYS.flatMap((key) => languages.map((language) => ({ key, source: titlePattern(texts[language].buttons[key]) })));
    // Longest first, so "not helpful" is read before "helpful" and "全部步骤" before any shorter title inside it.
    const sources = [...new Set(keysByTitle.map(({ source }) => source))].sort((a, b) => b.length - a.length);
    const stepTitles = sources.filter((source) => source.includes('步'));
    reader = {
      pattern: askedAboutTitles(sources, stepTitles),
      keysByTitle: keysByTitle.map(({ key, source }) => ({ key, title: new RegExp(`(?:^|[^a-z])${source}(?:$|[^a-z])`, 'u') })),
    };
    titleReaders.set(texts, reader);
  }
  return reader;
}

/**
 * What a message asks of the bot's buttons, if it asks what they do: one named by its title in either language, or
 * those on the screen. "What does the Repeat button do" got step 5, whose questions ask what to tap.
 */
export function buttonAskedAbout(text: string, texts: TextTables): ButtonQuestion | undefined {
  const reply = normaliseReply(text);
  if (ASKS_ABOUT_THE_BUTTONS.test(reply)) return 'shown';
  const { pattern, keysByTitle } = titleReaderOf(texts);
  if (!pattern.test(reply)) return undefined;
  // The longest title named: "not helpful" names "helpful" too.
  const named = keysByTitle.filter(({ title }) => title.test(reply));
  return named.sort((a, b) => b.title.source.length - a.title.source.length)[0]?.key;
}

/** What one button does, as the bot says it: "The **Repeat** button shows the same step again." */
export function buttonMeaning(texts: UiTexts, key: ButtonKey, pausedStep: number | undefined): string {
  const title = fillTemplate(texts.buttons[key], { step: pausedStep ?? 'N' });
  return fillTemplate(texts.buttonMeaning, { title, meaning: texts.buttonMeanings[key] });
}

/**
 * What the buttons with these titles do, one line each, and a word for those that are no button of the bot's own
 * (starter questions, the entries of a "Did you mean" or an answer's follow-ups), which ask what they show.
 */
export function buttonsMeaning(texts: UiTexts, titles: readonly string[], pausedStep: number | undefined): string {
  const keyOf = (title: string): ButtonKey | undefined =>
    BUTTON_KEYS.find((key) => fillTemplate(texts.buttons[key], { step: pausedStep ?? '' }) === title);
  const keys = titles.flatMap((title) => keyOf(title) ?? []);
  const lines = keys.map((key) => `- ${buttonMeaning(texts, key, pausedStep)}`);
  if (keys.length === titles.length) return lines.join('\n');
  return [...lines, ...(lines.length > 0 ? [`- ${texts.otherButtons}`] : [texts.questionButtons])].join('\n');
}
