import { normaliseReply } from './navigation';

// When the law was amended, asked of "it" or of the law: "when was it amended" under the legal basis, and "2018?" after
// it, were refused, and "when did the 2018 amendment take effect" got the effective use of the funds, for "effect". The
// sources name the 2018 amendment and nothing else of the law's history.
// Which version, asked of "it" only with a year: "is it the latest version?" may ask about the app.
const IT = 'it|this|that';
const THE_LAW = 'the law|this law|the article|this article|article 64|art 64|the text|this text';
const YEAR_VERSION = '(?:19|20)\\d\\d(?: (?:version|amendment|revision|edition|text|law|one))?';
const ANY_VERSION = `(?:${YEAR_VERSION}|(?:original|old|older|new|newer|newest|latest|amended|current) (?:version|amendment|revision|edition|text|law))`;
const THE_LAW_ZH = '这部法|这个法|该法|这条法|第64条|64条|第六十四条|六十四条|社会保险法|社保法';
const YEAR_VERSION_ZH = '(?:19|20)\\d\\d年?的?(?:版本?|修正(?:版|案)?|修订版?)(?:的)?';
const ANY_VERSION_ZH = `(?:${YEAR_VERSION_ZH}|(?:旧|新|最新|原|修正前|修正后)的?(?:版本?|修正(?:版|案)?|修订版?)(?:的)?)`;
const ASKS_WHEN_AMENDED = new RegExp(
  [
    String.raw`^(?:(?:so|and|but|ok) )?(?:when|what year|which year) (?:was|were|did) (?:${IT}|they|${THE_LAW}|the social insurance law)(?: last)? (?:amended|revised|changed|updated|amend|revise)\b`,
    String.raw`^(?:(?:so|and|but|ok) )?(?:when|what year|which year) (?:was|did) (?:the|that|this) (?:2018 )?(?:amendment|revision)\b`,
    String.raw`^(?:(?:so|and|but|ok) )?(?:which|what) (?:version|amendment|revision) (?:is (?:it|this|that)|of the law)\b`,
    // "which year is this version of the law" was refused.
    String.raw`^(?:(?:so|and|but|ok) )?(?:which|what) year is (?:${IT}|(?:this|that|the) (?:version|text|amendment))\b`,
    // Which version it is, the choices named: "is article 64 from the 2010 version or 2018?" was refused as another
    // version of the law. The answer names the one version the sources have.
    String.raw`^(?:(?:so|and|but|ok) )?(?:which|what) (?:version|amendment|revision|edition) (?:is|was) (?:${THE_LAW})\b`,
    String.raw`^(?:(?:so|and|but|ok) )?(?:is|was) (?:${IT}) (?:from |of |in )?(?:the )?${YEAR_VERSION}(?: or (?:the )?${YEAR_VERSION})?$`,
    String.raw`^(?:(?:so|and|but|ok) )?(?:is|was) (?:${THE_LAW}) (?:from |of |in )?(?:the )?${ANY_VERSION}(?: or (?:the )?${ANY_VERSION})?$`,
    `^(?:这|这个|它|这条)?(?:是|是不是)${YEAR_VERSION_ZH}(?:吗|么|呢|吧)?(?:还是${YEAR_VERSION_ZH}(?:吗|么|呢|吧)?)?$`,
    `^(?:${THE_LAW_ZH})(?:是|是不是)${ANY_VERSION_ZH}(?:吗|么|呢|吧)?(?:还是${ANY_VERSION_ZH}(?:吗|么|呢|吧)?)?$`,
    // "第六十四条是哪年修订的" got the article in full.
    `^(?:${THE_LAW_ZH}|它|这条)?(?:是)?(?:什么时候|哪年|哪一年|何时)(?:修正|修订|修改)(?:的|过)?`,
    `^(?:${THE_LAW_ZH}|它|这条)?(?:是)?哪个版本`,
    '^2018年?修正(?:案)?(?:是)?(?:什么时候|何时|哪天)(?:生效|施行|实施)',
  ].join('|'),
);

// When it came into force, which the sources do not say.
const IN_FORCE = /\b(?:effect|effective|force)\b|生效|施行|实施/;

/**
 * "When was it amended?", "这部法什么时候修正的": when the law was amended, which the legal basis names ('amended'); asked
 * when the amendment came into force, which no source says ('inForce'); undefined for any other question.
 */
export function amendmentAsked(text: string): 'amended' | 'inForce' | undefined {
  const reply = normaliseReply(text);
  if (!ASKS_WHEN_AMENDED.test(reply)) return undefined;
  return IN_FORCE.test(reply) ? 'inForce' : 'amended';
}
