import { Language } from '../language';

/**
 * Articles, steps and functions named by their number. The number is a strong feature, but a number the knowledge never
 * uses has none, so the words around it decided alone: "article 63" got Article 64 (0.94), "第65条" step 5, "step 8"
 * step 2, "社保的第四个作用" step 4 (0.74). An article of another law is another article too: "劳动法第六十四条" got the
 * Social Insurance Law's. So did one named elsewhere in the message: "labor law article 64", "劳动法里第六十四条怎么说".
 * Reads the normalised text (normalise.ts), where ordinals are digits: 第六十三条 is 第63条, "ninth step" is "9 step".
 */
export interface NumberedReference {
  kind: 'article' | 'step' | 'function';
  number: number;
  /** The law the message says the article is of ("劳动法", "labor law"), when it names one. */
  law?: string;
}

type Reading = (match: RegExpMatchArray) => NumberedReference | undefined;

// Places whose laws are not the PRC's. English names the place after the law ("… law of Taiwan"), which then is part of
// the law's name and no known name ends it; a Chinese name begins with it (台湾社会保险法), so it is looked for.
const OTHER_JURISDICTIONS_IN_ENGLISH = 'taiwan|hong kong|macau|macao|japan|korea|the us|usa|the united states|america|the uk|singapore|germany|france|canada|australia';
const OTHER_JURISDICTION = /台湾|香港|澳门|美国|日本|韩国|英国|德国|法国|新加坡|加拿大|澳大利亚|外国|国外/;

/** Whether a Chinese law's name says it is of a place other than the PRC ("台湾社会保险法"). */
export const isLawElsewhere = (law: string): boolean => OTHER_JURISDICTION.test(law);

// "This law", "the law", 本法 and 该法 name no law of their own: "本法第六十四条" and "What does Article 64 of this law
// say?" were refused as another law's article. A Chinese name is the run of Han characters before 法, so 本法 ends it:
// "根据本法第六十四条" was refused as an article of "根据本法".
const THIS_LAW = /^(?:(?:this|the|that|said|same) )?law$|(?:本|该|此|这部|这个)法$/;

// A law named anywhere in a message, not only "of" its article or just before it: "labor law article 64", "the labor
// law's article 64", "what does the civil code say in article 64", "article 64 in the labour law please", "劳动法里第六十四
// 条怎么说", "在民法典中第64条" got the Social Insurance Law's article (0.71–0.94). Elsewhere in a message, "law" and
// 法 are as often no law's name, so these are stricter than the names said with the article: an English name is the
// words just before "law", none of them one of these ("what does the law say", "required by law", "my mother in law"),
// and "I'm a labor law student" names a student.
const NOT_IN_A_LAW_NAME =
  'a|an|the|this|that|these|those|said|same|any|what|which|whose|does|do|did|is|are|was|were|says?|in|of|by|under|to|' +
  'about|and|or|per|from|with|for|on|at|as|according|article|art|section|sec|chinese|china|prc|relevant';
const LAW_NAMED_IN_ENGLISH = new RegExp(
  `\\b(?:(?:(?!(?:${NOT_IN_A_LAW_NAME})\\b)[a-z]+ ){1,4}law|(?:civil|criminal|penal|labou?r|tax) code|constitution)` +
    `(?: of (?:the )?(?:${OTHER_JURISDICTIONS_IN_ENGLISH}))?\\b(?! (?:students?|schools?|firms?|degrees?|class|classes|courses?|professors?)\\b)`,
  'g',
);
// A Chinese name is a run of Han characters ending in 法, 法典, 条例 or 细则, but not in a word that only ends in 法 (方法,
// 办法, 说法, 违法, 依法, 无法, 哪部法, "这是哪一年的法", …) nor one that goes on (法律, 法规, 法院, 法国): "挪用社保基金违法吗" and "认证的方法"
// name no law. (规定 after a law is what it says: "劳动法规定".)
const LAW_NAMED_IN_CHINESE =
  /\p{Script=Han}{1,12}?(?:(?<![方办做用说看想写算语无没设合违非依守犯司立执手书玩打叫读念填查弄搞解疗佛魔加减乘除兵章效文变个部么啥哪本该此的])法(?:典|(?!律|规(?!定)|[条院官人治子则理制学庭务定国]))|条例|细则)/gu;

// The word every law's name has: most messages have none, and spare the two patterns above (the Chinese one tries a
// dozen characters at every Han character; it made the bot's median Chinese classification a fifth slower).
const MAY_NAME_A_LAW = /law|code|constitution|法|条例|细则/;

/** The laws a normalised message names anywhere in it, in order, other than "this law" ("labor law", "民法典"). */
export function lawsNamedIn(normalised: string): string[] {
  if (!MAY_NAME_A_LAW.test(normalised)) return [];
  const names = [...normalised.matchAll(LAW_NAMED_IN_ENGLISH), ...normalised.matchAll(LAW_NAMED_IN_CHINESE)];
  return names.sort((first, second) => (first.index ?? 0) - (second.index ?? 0)).map(([name]) => name);
}

// A section of an article is its paragraph (navigation.ts reads which): "Article 64 section 4" and "section 2 of
// article 64" were refused as articles 4 and 2.
const SECTION_NOT_OF_AN_ARTICLE = '(?<!\\b(?:article|art)\\.? ?\\d+,? )(?:section|sec)(?!\\.? ?\\d+ of (?:the )?(?:article|art)\\b)';

/** An article from the groups of a match: its number, and the law named with it if the pattern has a group for one. */
const article =
  (numberAt: number, lawAt: number | undefined, least = 0): Reading =>
  (match) => {
    const number = Number(match[numberAt]);
    const named = lawAt === undefined ? undefined : match[lawAt];
    const law = named === undefined || THIS_LAW.test(named) ? undefined : named;
    return number >= least ? { kind: 'article', number, ...(law && { law }) } : undefined;
  };

/** A step or a function from a match whose number is in its first group or, in the other wording, its second. */
const numbered =
  (kind: 'step' | 'function'): Reading =>
  (match) => ({ kind, number: Number(match[1] ?? match[2]) });
const step = numbered('step');
const socialSecurityFunction = numbered('function');

const REFERENCES: ReadonlyArray<readonly [RegExp, Reading]> = [
  // Regulations are laws too, and a law of somewhere other than China is another law: "Article 64 of the Work Injury
  // Insurance Regulations" and "… of the Social Insurance Law of Taiwan" got the Social Insurance Law's. A section is
  // an article: "section 64 of the US Social Security Act" got the functions of social security (0.46).
  [
    new RegExp(
      `\\b(?:articles?|arts?|${SECTION_NOT_OF_AN_ARTICLE})\\.? ?(\\d+)(?: of (?:the )?((?:[a-z]+ ){0,4}(?:law|act|code|constitution|regulations?|rules|ordinance)(?: of (?:the )?(?:${OTHER_JURISDICTIONS_IN_ENGLISH}))?)\\b)?`,
      'g',
    ),
    article(1, 2),
  ],
  // The Han characters before 法 or 条例 name the law (劳动法, 社会保险法, 工伤保险条例), with whatever came before it in the
  // same run. (Not 规定: "社会保险法规定第64条" is the law's article.) 第 may be left out: "民法典64条说什么" named no article.
  [/(\p{Script=Han}{0,12}(?:法典?|条例|办法|细则))第?(\d+)条/gu, article(2, 1)],
  // Chinese 第N条 with N up to ten is as often "the Nth item" of a list as an article: without a law before it, only
  // a number above ten makes it one.
  [/(?<!(?:法典?|条例|办法|细则)第?|\d)第?(\d+)条/g, article(1, undefined, 11)],
  // The numbers listed after an article are articles too: "article 64 and 65", "articles 63 and 64" and "第64条和第10条"
  // answered 64 with no word of the other.
  [/(?<=\b(?:articles?|arts?)\.? ?\d+(?:\s*(?:,|and|&|or)\s*\d+)*\s*(?:,|and|&|or)\s*)(\d+)\b/g, article(1, undefined)],
  [/(?<=第?[1-9]\d+条\s*(?:和|与|跟|及|以及|、)\s*第?)(\d+)(?=条)/g, article(1, undefined)],
  [/\bstep (\d+)/g, step],
  [/\b(\d+) step/g, step],
  [/第(\d+)步|步骤(\d+)/g, step],
  // A role or a purpose of social security is one of its functions: "What's the fourth role of social security" got
  // step 4.
  [/\b(?:function|role|purpose) (?:number |no )?(\d+)|(?<!\bstep )\b(\d+) (?:function|role|purpose)/g, socialSecurityFunction],
  [/第(\d+)(?:个|项|大|种)?(?:功能|作用|职能)/g, socialSecurityFunction],
];

export const referenceKey = ({ kind, number }: NumberedReference): string => `${kind} ${number}`;

/** A reference as the bot names it to the user ("article 65", 第65条), in English or Chinese. */
export function referenceName({ kind, number }: NumberedReference, language: Language): string {
  if (language === 'en') return `${kind} ${number}`;
  return { article: `第${number}条`, step: `第${number}步`, function: `第${number}个功能` }[kind];
}

/** An article named with no law of its own, as of the law the text names elsewhere, if it names one. */
const ofLawNamed = (reference: NumberedReference | undefined, law: string | undefined): NumberedReference | undefined =>
  reference?.kind === 'article' && reference.law === undefined && law !== undefined ? { ...reference, law } : reference;

/**
 * Every article, step and function the normalised text names by number, each once. An article named with no law of
 * its own is of the first law the text names elsewhere.
 */
export function numberedReferences(normalised: string): NumberedReference[] {
  // Most messages have no digit: eight patterns run over every message would cost more than the rest of this module.
  if (!/\d/.test(normalised)) return [];
  const found = new Map<string, NumberedReference>();
  const [lawNamed] = lawsNamedIn(normalised);
  for (const [pattern, read] of REFERENCES) {
    for (const match of normalised.matchAll(pattern)) {
      const reference = ofLawNamed(read(match), lawNamed);
      if (reference) found.set(`${referenceKey(reference)} ${reference.law ?? ''}`, reference);
    }
  }
  return [...found.values()];
}
