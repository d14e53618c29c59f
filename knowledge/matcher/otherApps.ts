import { DOMAIN_CONCEPTS } from './domainConcepts';
import { NamedPatterns } from './namedPatterns';
import { HAN } from './normalise';
import { escapeForRegExp } from './tokenise';

// Questions about apps that the sources do not answer, though their words are those of the Alipay procedure: how to
// do it in another app, and Alipay's own matters. Both are refused whatever the model scores.

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
  { name: 'the human resources and social security app', terms: ['掌上人社', '人社app', '人社 app', '人社局app', '人社局 app', '人社局的app'] },
  // Alibaba's other apps, and the other big ones: "what about the Taobao app?" got step 1.
  { name: 'Taobao', terms: ['taobao', 'tao bao', '淘宝'] },
  { name: 'Douyin', terms: ['douyin', 'tiktok', '抖音'] },
  { name: 'Meituan', terms: ['meituan', '美团'] },
  { name: 'JD', terms: ['jd app', 'jingdong', '京东'] },
  // Another app with Alipay's name: "can I do certification on Alipay Hong Kong" got the steps (0.77).
  { name: 'Alipay HK', terms: ['alipay hk', 'alipayhk', 'alipay hong kong', 'hong kong alipay', '香港支付宝', '支付宝香港'] },
];

/** A Chinese term anywhere; an English one as a whole word (so "12333" is not part of a longer number). */
const patternOf = (terms: readonly string[]) =>
  new RegExp(
    terms.map((term) => (HAN.test(term) ? escapeForRegExp(term) : `(?<![a-z0-9])${escapeForRegExp(term)}(?![a-z0-9])`)).join('|'),
  );

/** Named terms as named patterns. */
const namedPatterns = (named: ReadonlyArray<{ name: string; terms: readonly string[] }>): NamedPatterns =>
  new NamedPatterns(named.map(({ name, terms }) => ({ name, pattern: patternOf(terms) })));

const ALIPAY = patternOf([...DOMAIN_CONCEPTS.alipay.en, ...DOMAIN_CONCEPTS.alipay.zh]);
const OTHER_APPS_ASKED = namedPatterns(OTHER_APPS);
// Alipay named only as what the certification is not to be done in: "Can the certification be done in WeChat instead of
// Alipay?" and "用微信而不是支付宝能认证吗" got a "Did you mean" of the Alipay steps. (Not "He uses WeChat instead of
// Alipay for payments" or "我爸平时用微信而不是支付宝，我怎么帮他做社保认证": that is who he is, and the question is how to do
// it in Alipay.)
/** Apps with Alipay's name that are not the Alipay of the steps. */
const OTHER_ALIPAY = /alipay ?(?:hk|hong kong)|hong kong alipay|香港支付宝|支付宝香港/g;
const ALIPAY_PASSED_OVER = /\b(?:in|on|through|via|with) (?:wechat|we chat|weixin) (?:instead of|rather than) (?:using )?(?:alipay|ali pay|zhifubao)\b|(?:在|通过|用)微信上?(?:而不是|不用)(?:在|用)?支付宝(?=[^，,。；;]*(?:能|可以|行|认证|做))/g;

/**
 * The other apps a normalised message asks about, by name; none when it names Alipay too ("my dad only has WeChat,
 * how do I do it in Alipay"), which the Alipay steps answer.
 */
export function otherAppsAskedAbout(normalised: string): string[] {
  const apps = OTHER_APPS_ASKED.namesIn(normalised);
  return apps.length > 0 && !ALIPAY.test(normalised.replace(ALIPAY_PASSED_OVER, '').replace(OTHER_ALIPAY, '')) ? apps : [];
}

/**
 * Alipay's own matters, which the sources do not cover either: they name Alipay only as where the steps are done.
 * "支付宝安全吗" (is Alipay safe), "怎么下载支付宝" and "支付宝是什么" were answered with the procedure, "is Alipay safe" and
 * "what is Alipay" with step 2: "Alipay" is the procedure's word. Safety words leave "security" alone ("social
 * security"), and the payment words leave 支付 alone (支付宝).
 */
const ALIPAY_MATTERS: ReadonlyArray<{ name: string; terms: readonly string[] }> = [
  { name: 'safety', terms: ['safe', 'safety', 'secure', 'scam', 'fraud', '安全', '骗'] },
  // The app's version, not "the short version" of an answer, which got "I can't answer".
  {
    name: 'installing',
    terms: ['download', 'install', 'installing', 'update', 'upgrade', 'app version', 'new version', 'latest version', 'old version', 'alipay version', '下载', '安装', '更新', '升级', '版本'],
  },
  { name: 'language', terms: ['english', 'language', '英文', '英语', '语言'] },
  { name: 'logging in', terms: ['password', 'passcode', 'log in', 'login', 'sign in', 'register', 'sign up', '密码', '登录', '登陆', '注册', '登不上', '登不进'] },
  // "my alipay account got frozen, what do i do" got step 6 (0.51), for "account"; "支付宝没实名怎么办" the seven steps.
  {
    name: 'the account',
    terms: ['frozen', 'unfreeze', 'locked', 'unlock', 'suspended', 'banned', 'real name', 'realname', 'phone number', '冻结', '解冻', '封号', '被封', '锁定', '实名', '手机号'],
  },
  // "支付宝app登不上去" got the seven steps (0.71).
  { name: 'the app not working', terms: ['crash', 'crashes', 'crashing', 'keeps closing', 'freezes', '闪退', '崩溃', '打不开', '卡死', '卡住了'] },
  {
    name: 'payments',
    terms: ['transfer', 'payment', 'balance', 'bank card', 'red packet', 'huabei', 'yuebao', 'refund', '转账', '付款', '收款', '余额', '银行卡', '红包', '花呗', '借呗', '退款'],
  },
  { name: 'customer service', terms: ['customer service', 'hotline', 'complaint', '客服', '投诉'] },
  { name: 'what it is', terms: ['what is alipay', 'whats alipay', 'what s alipay', '支付宝是什么', '什么是支付宝', '支付宝是啥'] },
  // "Ma Yun founded Alipay, right?" got step 5 (0.68), for its "right".
  {
    name: 'the company behind it',
    terms: ['founded', 'founder', 'who made', 'who created', 'who owns', 'owned by', 'jack ma', 'ma yun', 'ant group', 'alibaba', '马云', '创始人', '创办', '创立', '蚂蚁集团', '阿里巴巴', '哪家公司'],
  },
];
const ALIPAY_MATTERS_ASKED = namedPatterns(ALIPAY_MATTERS);

/** What the steps are about: a message naming any of these asks about the certification, whatever else it names. */
const THE_SOURCES_TOPICS = patternOf(
  (['certification', 'socialSecurity', 'family', 'civicCenter', 'familyService'] as const).flatMap((concept) => [
    ...DOMAIN_CONCEPTS[concept].en,
    ...DOMAIN_CONCEPTS[concept].zh,
  ]),
);

/**
 * Alipay's own matters a normalised message asks about ("safety", "installing"): only for a message that names
 * Alipay and nothing of the certification ("how do I install Alipay to certify my mum" is about the certification).
 */
export function alipayMattersAskedAbout(normalised: string): string[] {
  // Alipay first: few messages name it, and the matters are many patterns.
  return ALIPAY.test(normalised) && !THE_SOURCES_TOPICS.test(normalised) ? ALIPAY_MATTERS_ASKED.namesIn(normalised) : [];
}
