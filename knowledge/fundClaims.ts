import { ClaimVerdict } from './claimVerdict';
import { Fund, fundsNamedIn } from './fundPooling';
import { Language } from './language';
import { withoutBelief, withoutConfirmationTag } from './matcher/confirmationTag';
import { normaliseReply } from './navigation';

/**
 * What Article 64 says of the funds, held against a claim the user makes or asks about: "the pension and medical funds
 * are accounted together, right?", "is the maternity fund pooled nationally?", "the State Council manages the funds?".
 * Under "please check it against my sources" such a claim read as a yes, right or wrong. Each reading below answers only
 * the claims it can hold against the article word for word; anything else (a negation, several claims at once) is
 * left to that hedge.
 */

// The two funds the article accounts for together; every other fund is accounted for separately.
const ACCOUNTED_TOGETHER: ReadonlySet<Fund> = new Set(['medical', 'maternity']);
// The fund the article pools nationally; the others are pooled at the provincial level.
const POOLED_NATIONALLY: Fund = 'oldAge';

// Questions asked both ways hold a negation ("能不能", "是不是") and deny nothing: each is read as its yes ("社保基金能不能
// 用于其他用途" read as "cannot be used", a yes to the earmarking).
const ASKED_BOTH_WAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/是不是|是否/g, '是'],
  [/对不对/g, '对'],
  [/有没有/g, '有'],
  [/能不能/g, '能'],
  [/可不可以/g, '可以'],
  [/会不会/g, '会'],
  [/要不要/g, '要'],
];
const askedOneWay = (reply: string): string => ASKED_BOTH_WAYS.reduce((asked, [bothWays, yes]) => asked.replace(bothWays, yes), reply);
const NEGATION = /\b(?:not|no|never|neither|nor|none|isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|can['’]?t|cannot|won['’]?t)\b|[不没沒非未无]/;

const FUNDS_AT_ALL = /\b(?:funds?|money)\b|基金|资金/;
const MISUSE =
  /\b(?:misappropriat\w*|embezzl\w*|divert\w*|occup(?:y|ied)|borrow\w*|lend|lent|loan\w*)\b|\b(?:use|used|using|spend|spent|take|taken)\b(?: \w+){0,6} (?:for|on) (?:other|another|anything|something|different)\b|挪用|侵占|占用|挪作他用|借用|借走|借给|用于其他|用作其他|用在别的|花在别的/;
const EARMARKED = /\b(?:earmarked|ring ?fenced|special purposes?)\b|专款专用/;
const FORBIDDEN =
  /\b(?:cannot|can ?not|can['’]?t|may not|must not|mustn['’]?t|not allowed|no (?:one|organi[sz]ation|individual|body)|nobody|neither|nor|forbidden|prohibited|banned|illegal)\b|不得|不能|不可以|不准|不许|禁止|严禁|不允许|没有人|没人|没有任何|任何(?:组织|个人|人|单位)?都不/;
const PERMITTED = /\b(?:can|could|may|allowed|able|ok|okay|legal|permitted)\b|可以|能|允许|准许/;

const TOGETHER = /\b(?:combined?|together|jointly|joint|merged?|same (?:account|books|ledger)s?|one (?:account|ledger|set of books))\b|合并|一起|共同|合账|一个账/;
const SEPARATELY = /\bseparate(?:ly)?\b|\b(?:its|their) own (?:accounts?|books|ledgers?)\b|分别|单独|分账|各自/;

const POOLING = /\bpool(?:ed|ing|s)?\b|\boverall planning\b|\bcoordinat\w*|统筹/;
const NATIONAL = /\bnation(?:al|ally|wide)\b|\b(?:the )?(?:whole |entire )?country\b|全国/;
const PROVINCIAL = /\bprovinc(?:e|es|ial|ially)\b|省/;
const EVERY_FUND = /\b(?:all|every|each) (?:of )?(?:the )?(?:social insurance |social security )?funds?\b|所有|全部|各项|每个基金/;
// Whether the pooling is done yet is a matter of time, of which the article gives none (noDate).
const DONE_YET = /\b(?:already|now|yet|currently|today|done|complete|completed|achieved|finished)\b|已经|现在|目前|实现了|完成/;

const STATE_COUNCIL = /\bstate council\b|国务院/;
const TIME_AND_STEPS = /\b(?:time|timing|times|timetable|timeline|schedule|when|steps?|pace|dates?|deadline)\b|时间|步骤|进度|何时|什么时候|日程/;
const OTHER_POWERS =
  /\b(?:manag\w*|runs?|running|control\w*|oversee\w*|supervis\w*|invest\w*|approv\w*|administ\w*|responsible|in charge|owns?|holds?|keeps?|pays?|spends?|(?:decides?|sets?) (?:the )?(?:\w+ )?(?:amounts?|how much|rates?))\b|管理|监管|监督|负责|审批|投资|掌管|管着|发放|决定.{0,4}(?:金额|多少|费率)/;

// What makes a claim more than the article's words, which a yes would then agree to: a condition, an exception, a limit
// ("only"), a time, an order, another claim joined to it, or who else decides. Testers got "Yes." to "the funds are
// earmarked unless the State Council approves", "only the pension fund is accounted separately?", "the pension fund will be
// pooled nationally very soon" and "具体时间由国务院规定，步骤由省里规定，对吧"; "除了养老保险基金，其他基金逐步实行省级统筹" got
// "No.".
const MORE_THAN_THE_ARTICLE =
  /\b(?:only|just|except|apart from|other than|besides|unless|but|if|provided|when|once|until|by|before|after|soon|already|order|first|then|(?:local |provincial |the )?governments?|provinces? (?:set|decide|sets|decides)|npc|congress|ministry|ministries|department)\b|\b(?:19|20)\d\d\b|只有|只是|仅|除了|以外|之外|除非|但|如果|要是|只要|经过|经|同意|批准|马上|很快|顺序|先|然后|而且|并且|另外|还有|地方|省里|省政府|人大|人社部|财政部|部门|政府/;

function verdictOfUse(reply: string, funds: readonly Fund[]): ClaimVerdict | undefined {
  if (!FUNDS_AT_ALL.test(reply) && funds.length === 0) return undefined;
  if (MISUSE.test(reply)) {
    // Misuse allowed is against the article whatever its condition ("if the government approves"); forbidden, only as
    // the article forbids it, with no exception.
    if (FORBIDDEN.test(reply)) return MORE_THAN_THE_ARTICLE.test(reply) ? undefined : 'agrees';
    return PERMITTED.test(reply) ? 'contradicts' : undefined;
  }
  // Earmarking denied is read as no claim: "Isn't the fund earmarked for special purposes?" asks it.
  if (EARMARKED.test(reply) && !NEGATION.test(reply) && !MORE_THAN_THE_ARTICLE.test(reply)) return 'agrees';
  return undefined;
}

function verdictOfAccounting(reply: string, funds: readonly Fund[]): ClaimVerdict | undefined {
  const together = TOGETHER.test(reply);
  if (together === SEPARATELY.test(reply) || funds.length === 0 || POOLING.test(reply)) return undefined;
  if (together) {
    const onlyThePair = funds.every((fund) => ACCOUNTED_TOGETHER.has(fund)) && (funds.length === 1 || funds.length === ACCOUNTED_TOGETHER.size);
    return onlyThePair ? 'agrees' : 'contradicts';
  }
  return funds.some((fund) => ACCOUNTED_TOGETHER.has(fund)) ? 'contradicts' : 'agrees';
}

// The article pools the funds gradually, in time to come: a yes only to that, not to "the pension fund is pooled nationally",
// which may mean it is done (a wrong level is wrong either way).
const GRADUALLY = /\b(?:gradually|will|going to|to be|goes to|go to|move to|moving to|heading)\b|逐步|将|会|要|实行/;

function verdictOfPooling(reply: string, funds: readonly Fund[]): ClaimVerdict | undefined {
  const national = NATIONAL.test(reply);
  if (!POOLING.test(reply) || national === PROVINCIAL.test(reply) || DONE_YET.test(reply)) return undefined;
  if (EVERY_FUND.test(reply)) return 'contradicts';
  if (funds.length === 0) return undefined;
  if (!funds.every((fund) => (fund === POOLED_NATIONALLY) === national)) return 'contradicts';
  return GRADUALLY.test(reply) ? 'agrees' : undefined;
}

function verdictOfTheStateCouncil(reply: string): ClaimVerdict | undefined {
  if (!STATE_COUNCIL.test(reply)) return undefined;
  const timeAndSteps = TIME_AND_STEPS.test(reply);
  const otherPowers = OTHER_POWERS.test(reply);
  if (timeAndSteps === otherPowers) return undefined;
  return timeAndSteps ? 'agrees' : 'notSaid';
}

/**
 * What Article 64 says of the claim a message makes or asks about the funds, when it can tell: their use, their
 * accounting, their pooling, the State Council's part. Undefined when it cannot.
 */
export function fundClaimVerdict(text: string, language: Language): ClaimVerdict | undefined {
  const reply = askedOneWay(normaliseReply(withoutConfirmationTag(withoutBelief(text))));
  // The use of the funds is told with its negations ("no one may borrow from them"), which the others are not read with.
  const funds = fundsNamedIn(reply, language);
  const ofUse = verdictOfUse(reply, funds);
  if (ofUse !== undefined) return ofUse;
  if (NEGATION.test(reply) || MORE_THAN_THE_ARTICLE.test(reply)) return undefined;
  const verdicts = [verdictOfAccounting(reply, funds), verdictOfPooling(reply, funds), verdictOfTheStateCouncil(reply)].filter(
    (verdict) => verdict !== undefined,
  );
  return verdicts.length === 1 ? verdicts[0] : undefined;
}
