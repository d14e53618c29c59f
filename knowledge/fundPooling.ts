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
  const named = FUNDS.filter((fund) => FUND_WORDS[fund][language].test(reply));
  return named.length === 1 ? named[0] : undefined;
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
