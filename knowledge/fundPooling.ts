import { Language } from './language';
import { normaliseReply } from './navigation';
import { fillTemplate, UiTexts } from './texts';

/** The five social insurance funds of Article 64, by the words a message names them with. */
const FUND_WORDS = {
  oldAge: { en: /\b(?:old[- ]?age|pensions?|endowment|retirement)\b/, zh: /养老/ },
  medical: { en: /\b(?:medical|health)\b/, zh: /医疗|医保/ },
  injury: { en: /\binjur(?:y|ies)\b/, zh: /工伤/ },
  unemployment: { en: /\bunemployment\b/, zh: /失业/ },
  maternity: { en: /\bmaternity\b/, zh: /生育/ },
} as const;

export type Fund = keyof typeof FUND_WORDS;

const FUNDS = Object.keys(FUND_WORDS) as Fund[];

const POOLING_ASKED: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:pool(?:ed|ing|s)?|overall planning|coordinat(?:ed|ion))\b/,
  zh: /统筹/,
};

/**
 * The one fund a message asks the pooling of: "is the maternity fund pooled nationally?", "工伤保险基金是全国统筹吗".
 * Undefined for a message naming no fund or several ("which funds are pooled provincially?").
 */
export function fundAskedOfPooling(text: string, language: Language): Fund | undefined {
  const reply = normaliseReply(text);
  if (!POOLING_ASKED[language].test(reply)) return undefined;
  const named = fundsNamedIn(reply, language);
  return named.length === 1 ? named[0] : undefined;
}

/** The funds of Article 64 a normalised message names, in the article's order. */
export function fundsNamedIn(normalised: string, language: Language): Fund[] {
  return FUNDS.filter((fund) => FUND_WORDS[fund][language].test(normalised));
}

/**
 * What to say before an answer about pooling, asked of one fund the answer does not name, when it names one other on
 * its own: that the asked fund is among the "other social insurance funds". Undefined when the answer names the fund
 * (it says so itself), or names no fund or several (the five funds, the accounting: nothing of one fund's pooling).
 */
export function fundPoolingLead(texts: UiTexts, answer: string, fund: Fund): string | undefined {
  const named = FUNDS.filter((each) => answer.includes(texts.fundNames[each]));
  return named.length === 1 && named[0] !== fund ? fillTemplate(texts.fundPooledAsOther, { fund: texts.fundNames[fund] }) : undefined;
}

// Which funds the "other social insurance funds" are, asked of the pooling: "which funds specifically are under
// provincial pooling? name them" got the pooling, which names them no further, and "第三款里“其他社会保险基金”具体指哪几个"
// the paragraph alone.
const OTHER_FUNDS: Readonly<Record<Language, RegExp>> = {
  en: /\bother (?:social insurance |social security )?funds\b|\bprovincial(?:ly)?\b/,
  zh: /其他(?:的)?(?:社会保险|社保)?基金|省级统筹/,
};
const ASKS_WHICH: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:which|what) (?:funds|ones|are (?:they|those|the other(?: ones| funds)?))\b|\bname them\b|\blist them\b|\bwhich (?:of the )?(?:five|5)\b|\bwhat (?:does|do) [^?]{0,30}\bmean\b/,
  zh: /哪些|哪几(?:个|项|种)|哪(?:个|项)基金|具体(?:指|是)|指的是|是指|指什么|包括什么/,
};

/**
 * Whether a message asks which funds the pooling's "other social insurance funds" are (several, not one), naming them or
 * their provincial pooling: "which funds are pooled nationally" asks what the pooling answer says already.
 */
export function asksWhichOtherFunds(text: string, language: Language): boolean {
  const reply = normaliseReply(text);
  return OTHER_FUNDS[language].test(reply) && ASKS_WHICH[language].test(reply) && fundAskedOfPooling(text, language) === undefined;
}

/**
 * Before an answer or a paragraph about pooling that names one fund and "the other social insurance funds": which those
 * are, the rest of the five Article 64 lists. Undefined for a text naming no fund or several.
 */
export function otherFundsLead(texts: UiTexts, language: Language, answer: string): string | undefined {
  const named = FUNDS.filter((each) => answer.includes(texts.fundNames[each]));
  if (named.length !== 1) return undefined;
  const others = FUNDS.filter((fund) => fund !== named[0]).map((fund) => texts.fundNames[fund]);
  const list = new Intl.ListFormat(language === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(others);
  return fillTemplate(texts.otherFunds, { fund: texts.fundNames[named[0]], others: list });
}
