import { Language } from './language';
import { withBorrowedTermsInChinese } from './matcher/borrowedTerms';
import { HAN } from './matcher/normalise';
import { normaliseReply } from './navigation';
import { Entry } from './schema';

// A term asked about, as a whole message, and the term: "绑定是什么意思" and "what does binding mean". Pointed at too:
// "这个绑定是什么意思" was refused.
const TERM_ASKED_IN_CHINESE =
  /^(?:请问)?(?:(?:什么是|啥是|何为|什么叫|啥叫)(\p{Script=Han}{2,8})|(?:这个|那个|这里的|这一步的)?(\p{Script=Han}{2,8}?)(?:是什么意思|是啥意思|什么意思|啥意思|是指什么|指的是什么|是什么|是啥|是指(?:什么时候|啥时候|哪)\p{Script=Han}{0,6}))(?:啊|呀|呢)?$/u;
// Where it is read may follow: "what does gradually mean here?" was refused. So may a question of it: "what does
// "gradually" mean here, is there a deadline?" was refused, and "“逐步”是指什么时候完成".
const TERM_ASKED_IN_ENGLISH =
  /^(?:so |and )?(?:what (?:does|do) (?:the (?:word|term) )?([a-z]+(?: [a-z]+)?) mean|(?:what is|whats) (?:meant by )?([a-z]+(?: [a-z]+)?))(?: here| in (?:this|that|it|the article|article 64|this step|the step))?(?: (?:is|are|does|do|when|by when|any|so)\b.*)?$/;

/**
 * The term a message asks the meaning of, as normaliseReply writes it, if that is all it asks; an English term in a
 * Chinese question as its Chinese word ("这个binding是什么意思" was refused).
 */
function termAsked(text: string): string | undefined {
  const reply = normaliseReply(HAN.test(text) ? withBorrowedTermsInChinese(text) : text);
  const found = TERM_ASKED_IN_CHINESE.exec(reply) ?? TERM_ASKED_IN_ENGLISH.exec(reply);
  return found?.slice(1).find((group) => group !== undefined);
}

/**
 * The one entry of `entries` whose words hold a term a message asks the meaning of, in the language it is asked in:
 * "绑定是什么意思" was refused (0.22), where "what does binding mean" got step 7, whose words say "binding". None when the
 * term is in none or in more than one ("点击是什么意思").
 */
export function entryHoldingTerm(text: string, entries: readonly Entry[], language: Language): Entry | undefined {
  const term = termAsked(text);
  if (term === undefined) return undefined;
  const holding = entries.filter((entry) => normaliseReply(entry[language].answer).includes(term));
  // Of entries quoting the same words, the one that says them in its own too: "逐步" is in the paragraph on pooling and
  // in the State Council's, which quotes it.
  const saying = holding.length > 1 ? holding.filter((entry) => normaliseReply(withoutQuotes(entry[language].answer)).includes(term)) : holding;
  return saying.length === 1 ? saying[0] : undefined;
}

/** A Markdown answer without its quoted lines ("> …"). */
const withoutQuotes = (answer: string): string =>
  answer
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
