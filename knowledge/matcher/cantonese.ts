/**
 * Written Cantonese read as the Mandarin the knowledge is in. Relatives in Hong Kong type the words they speak (係咪,
 * 點樣, 冇, 喺邊, 咗), in Traditional or Simplified characters, and no training question has them: "香港嘅社保認證點做" and
 * "搞掂咗第4步" were read by their few Mandarin words, "跟住呢" (and then?), "唔該晒" (thanks) and "講返中文" (back to
 * Chinese) were refused, "第三步同第六步係咩" got step 6 alone.
 *
 * Only words that are Cantonese and nothing else in Mandarin are read so: 係 is "is" except in 關係 (relation), and 點
 * is "how" only before a verb (點做, 點算), since 點 alone is "tap" (點擊, 點我的). Runs before the conversion to
 * Simplified characters, so each pattern names both forms of a character that has two ([點点]).
 */

// Characters and words that only Cantonese writes: a message with none of them is left alone, unread by the rules.
const CANTONESE =
  /[係咩冇喺嘅佢咗嚟啲睇撳揿搵揾揀畀攞嘢乜咁晒]|唔[^唔\s]|[點点](?:樣|样|解|做|算|搞|弄|先|整|[?？\s]*$)|[邊边](?:個|个|度)|[幾几](?:時|时|耐)|由[頭头]|跟(?:住|手)|[講讲轉转返]返|返[轉转]|[講讲]多|呢(?:[個个度啲步款條条])|同(?:埋|第)|系(?:咪|唔|咩|乜)|而家|(?:喇|㗎|囉|噃)/;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Thanks first: 唔該 is "thank you" (or "please"), not "should not".
  [/(?:唔[該该]|多[謝谢])(?:晒|哂|曬)?/g, '谢谢'],
  [/[係系](?:咪|唔[係系])/g, '是不是'],
  [/唔[係系]/g, '不是'],
  [/(?<![關关聯联體体維维派直])係|系(?=咩|乜)/g, '是'],
  [/(?:乜|咩)(?:嘢|野)?/g, '什么'],
  // 好嘢 is "great!", not "a good thing".
  [/好嘢/g, '好的'],
  [/嘢/g, '东西'],
  [/冇/g, '没有'],
  [/喺[邊边](?:度|處|处)?/g, '在哪里'],
  [/喺/g, '在'],
  [/嘅/g, '的'],
  [/佢[哋地]/g, '他们'],
  [/佢/g, '他'],
  [/得唔得/g, '可以吗'],
  [/唔(?:使|洗)/g, '不用'],
  [/唔[識识]/g, '不会'],
  [/唔明(?!白)/g, '不明白'],
  // Before a word only: a lone 唔 is a sound ("hmm").
  [/唔(?=[^唔\s\p{P}])/gu, '不'],
  [/得咗/g, '好了'],
  [/咗未/g, '了没'],
  [/咗/g, '了'],
  [/跟(?:住|手)落(?:嚟|来)/g, '接下来'],
  // "And then?" as a whole question: "之後點", "跟住點".
  [/(?:之[後后]|然[後后]|跟住|跟手)[點点](?=[?？\s]*$)/g, '然后呢'],
  [/跟(?:住|手)/g, '接着'],
  [/嚟/g, '来'],
  [/啲/g, '些'],
  [/睇/g, '看'],
  [/[撳揿]/g, '按'],
  [/[搵揾]/g, '找'],
  [/[揀拣]/g, '选'],
  [/畀/g, '给'],
  [/攞/g, '拿'],
  [/搞[掂惦]/g, '搞定'],
  [/[點点](?:樣|样)/g, '怎样'],
  [/[點点]解/g, '为什么'],
  [/[點点]算/g, '怎么办'],
  [/[點点](?=做|搞|弄|先|整)/g, '怎么'],
  // 邊個 is "who", or "which" before what is counted: "邊個決定" (who decides), "邊個步驟" (which step).
  [/[邊边](?:個|个)(?=[步款條条功基])/g, '哪个'],
  [/[邊边](?:個|个)/g, '谁'],
  [/[邊边]度/g, '哪里'],
  [/[幾几](?:時|时)/g, '什么时候'],
  [/[幾几]耐/g, '多久'],
  [/[講讲]多(?:一)?(?:次|遍)/g, '再说一次'],
  // "講返中文", "轉返中文": back to a language, which is asking for it.
  [/(?:[講讲]|[轉转]|返)返(?=中文|[國国][語语]|普通[話话]|英文|英[語语])/g, '用'],
  [/返[轉转][頭头]/g, '回到'],
  [/由[頭头]/g, '从头'],
  [/而家/g, '现在'],
  [/^咁/g, '那'],
  [/咁[樣样]/g, '这样'],
  [/咁/g, '那么'],
  [/呢度/g, '这里'],
  [/呢啲/g, '这些'],
  [/呢(?=[個个步款條条])/g, '这'],
  [/同(?=埋|第)埋?/g, '和'],
  // 晒 (all, fully) only strengthens what it follows: "明白晒", "搞掂晒".
  [/(?<=\p{Script=Han})晒/gu, ''],
  // Sentence-final particles: 喇 says it is done ("做完第二步喇"), the others only colour the question.
  [/喇(?=[?？!！。.\s]*$)/g, '了'],
  [/(?:㗎|囉|噃)(?=[?？!！。.\s]*$)/g, ''],
];

/** The text with its Cantonese words in Mandarin; the same text when it has none. */
export function mandarinOfCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  return RULES.reduce((mandarin, [cantonese, standard]) => mandarin.replace(cantonese, standard), text);
}
