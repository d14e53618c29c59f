import { DOMAIN_CONCEPTS } from './domainConcepts';
import { escapeForRegExp } from './tokenise';

/**
 * Apps and services other than Alipay that people use for the benefit qualification certification. The sources
 * describe Alipay's steps only, yet "微信上怎么做社保认证" (how do I do it on WeChat) was answered with them (0.70),
 * and "can I use the 12333 app instead" with step 1: the words of the question are those of the Alipay procedure.
 * Names as they appear in the normalised text (lower case, Simplified Chinese); English ones as whole words.
 */
const OTHER_APPS: ReadonlyArray<{ name: string; terms: readonly string[] }> = [
  { name: 'WeChat', terms: ['wechat', 'we chat', 'weixin', '微信'] },
  { name: '12333', terms: ['12333'] },
  { name: 'the electronic social security card', terms: ['electronic social security card', 'e-social security card', '电子社保卡'] },
  { name: 'UnionPay', terms: ['unionpay', 'union pay', 'quickpass', '云闪付'] },
  { name: 'the national social insurance public service platform', terms: ['社会保险公共服务平台', '国家政务服务平台'] },
  { name: 'the human resources and social security app', terms: ['掌上人社', '人社app', '人社 app'] },
];

const HAN = /\p{Script=Han}/u;
/** A Chinese term anywhere; an English one as a whole word (so "12333" is not part of a longer number). */
const patternOf = (terms: readonly string[]) =>
  new RegExp(
    terms.map((term) => (HAN.test(term) ? escapeForRegExp(term) : `(?<![a-z0-9])${escapeForRegExp(term)}(?![a-z0-9])`)).join('|'),
  );

const OTHER_APP_PATTERNS = OTHER_APPS.map(({ name, terms }) => ({ name, pattern: patternOf(terms) }));
/** Any of them: one test for the many messages that name none. */
const ANY_OTHER_APP = patternOf(OTHER_APPS.flatMap(({ terms }) => terms));
const ALIPAY = patternOf([...DOMAIN_CONCEPTS.alipay.en, ...DOMAIN_CONCEPTS.alipay.zh]);

/**
 * The other apps a normalised message asks about, by name; none when it names Alipay too ("my dad only has WeChat,
 * how do I do it in Alipay"), which the Alipay steps answer.
 */
export function otherAppsAskedAbout(normalised: string): string[] {
  if (!ANY_OTHER_APP.test(normalised)) return [];
  const named = OTHER_APP_PATTERNS.filter(({ pattern }) => pattern.test(normalised)).map(({ name }) => name);
  return named.length > 0 && !ALIPAY.test(normalised) ? named : [];
}
