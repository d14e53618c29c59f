/**
 * A Chinese message typed in pinyin, without a Chinese keyboard ("zhifubao zenme bang jiaren renzheng", "shebao
 * gongneng"), read as the Chinese words it spells. Such messages got English replies, the wrong entry or a refusal:
 * the English model read them, and no English word is in them. Only the words of this knowledge and the words that
 * ask are known; a syllable of any other word is left out, so "wo ma tui xiu le, zenme renzheng" reads "我妈怎么认证".
 *
 * A message is read so only when all of it is pinyin and it names something the knowledge is about: "can he" and
 * "she bangs" are pinyin syllables too, but name nothing of it.
 */

// Longest first, as the segmenter takes the first that fits.
const WORDS_OF_THE_KNOWLEDGE: ReadonlyArray<readonly [string, string]> = [
  ['shehuibaoxianfa', '社会保险法'],
  ['shehuibaozhang', '社会保障'],
  ['shehuibaoxian', '社会保险'],
  ['shiminzhongxin', '市民中心'],
  ['zhuankuanzhuanyong', '专款专用'],
  ['qinqingfuwu', '亲情服务'],
  ['zigerenzheng', '资格认证'],
  ['liushisitiao', '六十四条'],
  ['yanglaojin', '养老金'],
  ['zhifubao', '支付宝'],
  ['yibuyibu', '一步一步'],
  ['shebao', '社保'],
  ['renzheng', '认证'],
  ['yanzheng', '验证'],
  ['daiyu', '待遇'],
  ['zige', '资格'],
  ['jiaren', '家人'],
  ['gongneng', '功能'],
  ['zuoyong', '作用'],
  ['jijin', '基金'],
  ['nuoyong', '挪用'],
  ['tongchou', '统筹'],
  ['baoxian', '保险'],
  ['baozhang', '保障'],
  ['buzhou', '步骤'],
  ['qinqing', '亲情'],
  ['yanglao', '养老'],
  ['fumu', '父母'],
  ['laoren', '老人'],
  ['laoba', '老爸'],
  ['laoma', '老妈'],
  ['baba', '爸爸'],
  ['mama', '妈妈'],
  ['yeye', '爷爷'],
  ['nainai', '奶奶'],
];

// Whole messages that name nothing of the knowledge, yet say something to the bot: a walkthrough command, thanks, a
// greeting or a goodbye. "chongfu", "haole", "zhaobudao" and "jieshu" in a walkthrough, "xiexie" and "zaijian" were
// refused.
const WHOLE_REPLIES: ReadonlyMap<string, string> = new Map([
  ['xiayibu', '下一步'],
  ['shangyibu', '上一步'],
  ['chongfu', '重复'],
  ['zaishuoyibian', '再说一遍'],
  ['haole', '好了'],
  ['haode', '好的'],
  ['zhaodaole', '找到了'],
  ['zhaobudao', '找不到'],
  ['wanchengle', '完成了'],
  ['jixu', '继续'],
  ['jieshu', '结束'],
  ['tingzhi', '停止'],
  ['quanbubuzhou', '全部步骤'],
  ['xiexie', '谢谢'],
  ['xiexieni', '谢谢你'],
  ['nihao', '你好'],
  ['zaijian', '再见'],
  ['baibai', '拜拜'],
]);

/** The Chinese of a whole message typed as one of WHOLE_REPLIES in pinyin ("xie xie"), if it is one. */
export function chineseOfPinyinReply(normalised: string): string | undefined {
  return WHOLE_REPLIES.get(normalised.replace(SPACES, ''));
}

/** Words that ask or join, which say nothing of the knowledge on their own, and another app people name. */
const WORDS_AROUND_IT: ReadonlyArray<readonly [string, string]> = [
  ['weixin', '微信'],
  ['zenmeyang', '怎么样'],
  ['xiayibu', '下一步'],
  ['shangyibu', '上一步'],
  ['zenme', '怎么'],
  ['shenme', '什么'],
  ['ruhe', '如何'],
  ['nali', '哪里'],
  ['nar', '哪儿'],
  ['naxie', '哪些'],
  ['bangzhu', '帮助'],
  ['keyi', '可以'],
  ['jiao', '教'],
  ['bang', '帮'],
  ['gei', '给'],
  ['zuo', '做'],
  ['nong', '弄'],
  ['ban', '办'],
  ['neng', '能'],
  ['you', '有'],
  ['zai', '在'],
  ['wo', '我'],
  ['ba', '爸'],
  ['ta', '她'],
  ['de', '的'],
  ['le', '了'],
  ['ne', '呢'],
  ['ji', '几'],
  ['ge', '个'],
  ['di', '第'],
];

const NUMERALS: ReadonlyArray<readonly [string, string]> = [
  ['yi', '一'],
  ['er', '二'],
  ['san', '三'],
  ['si', '四'],
  ['wu', '五'],
  ['liu', '六'],
  ['qi', '七'],
];

const KNOWLEDGE_WORDS = new Map(WORDS_OF_THE_KNOWLEDGE);
const LEXICON = new Map([...WORDS_OF_THE_KNOWLEDGE, ...WORDS_AROUND_IT, ...NUMERALS]);
const NUMERAL_HAN = new Set(NUMERALS.map(([, han]) => han));
/** The lengths of the lexicon's words, longest first. */
const WORD_LENGTHS = [...new Set([...LEXICON.keys()].map((word) => word.length))].sort((a, b) => b - a);

// One syllable: an initial, then a final (longest finals first). It lets a few non-syllables through ("bong"), which
// only matters for telling pinyin from English, and the knowledge's words decide that.
const SYLLABLE = /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ve|a|o|e|i|u|v)/y;

// 吗 closes a question; 妈 is someone: "wo ma zenme renzheng", "renzheng yao qian ma".
const MA_AT_THE_END = '吗';
const MA_INSIDE = '妈';
// 步 after a numeral ("di san bu"), 不 elsewhere.
const BU_AFTER_A_NUMERAL = '步';
const BU_ELSEWHERE = '不';
// 是 ("shi shenme"), the only shi of these questions.
const SHI = '是';
const AMBIGUOUS_SYLLABLES: ReadonlySet<string> = new Set(['ma', 'bu', 'shi']);

/**
 * The words of a run of pinyin letters, as the lexicon's keys (undefined for a syllable it does not have); undefined
 * when the run is no pinyin.
 */
function wordsOfRun(run: string): Array<string | undefined> | undefined {
  const words: Array<string | undefined> = [];
  let at = 0;
  while (at < run.length) {
    // Every word of the lexicon begins with a syllable: where none does, the run is no pinyin (most English ends here).
    SYLLABLE.lastIndex = at;
    const syllable = SYLLABLE.exec(run);
    if (!syllable) return undefined;
    const length = WORD_LENGTHS.find((candidate) => at + candidate <= run.length && LEXICON.has(run.slice(at, at + candidate)));
    if (length !== undefined) {
      words.push(run.slice(at, at + length));
      at += length;
      continue;
    }
    words.push(AMBIGUOUS_SYLLABLES.has(syllable[0]) ? syllable[0] : undefined);
    at += syllable[0].length;
  }
  return words;
}

// Letters typed with spaces between syllables ("zhi fu bao") or none ("zhifubao") are one run: the lexicon finds the
// words in it either way.
const TOKEN = /[a-z]+(?:\s+[a-z]+)*|\d+|[^a-z\d\s]+/g;
const SPACES = /\s+/g;
/** A word's syllables, with room for spaces between them ("zhi fu bao"). */
function spacedSyllables(word: string): string {
  const syllables: string[] = [];
  for (let at = 0; at < word.length; at += syllables[syllables.length - 1].length) {
    SYLLABLE.lastIndex = at;
    syllables.push(SYLLABLE.exec(word)?.[0] ?? word.slice(at));
  }
  return syllables.join('\\s*');
}

// What a message must spell to be read: one test spares every other message the reading (most are English).
const NAMES_THE_KNOWLEDGE = new RegExp(`${[...KNOWLEDGE_WORDS.keys()].map(spacedSyllables).join('|')}|(?:yi|er|san|si|wu|liu|qi|\\d)\\s*bu`);
const PUNCTUATION = /^[^a-z\d]+$/;
const DIGITS = /^\d+$/;

/** Whether a piece of the reading is a number ("3", "san"), which makes the "bu" after it a step. */
const isNumeral = (piece: string | undefined): boolean => piece !== undefined && (DIGITS.test(piece) || NUMERAL_HAN.has(LEXICON.get(piece) ?? ''));

/**
 * The Chinese a message typed in pinyin spells (lower case, as normalise.ts has it), or undefined when the message is
 * not all pinyin or names nothing of the knowledge.
 */
export function chineseOfPinyin(normalised: string): string | undefined {
  const reply = chineseOfPinyinReply(normalised);
  if (reply !== undefined) return reply;
  if (!NAMES_THE_KNOWLEDGE.test(normalised)) return undefined;
  const tokens = normalised.match(TOKEN) ?? [];
  const pieces: Array<string | undefined> = [];
  let namesTheKnowledge = false;
  for (const token of tokens) {
    if (DIGITS.test(token) || PUNCTUATION.test(token)) {
      pieces.push(token);
      continue;
    }
    const words = wordsOfRun(token.replace(SPACES, ''));
    if (!words) return undefined;
    for (const word of words) {
      // A numbered step ("di san bu") is the knowledge's too.
      const numberedStep = word === 'bu' && isNumeral(pieces.at(-1));
      if ((word !== undefined && KNOWLEDGE_WORDS.has(word)) || numberedStep) namesTheKnowledge = true;
      pieces.push(word);
    }
  }
  if (!namesTheKnowledge) return undefined;
  const known = pieces.filter((piece): piece is string => piece !== undefined);
  return known
    .map((piece, index) => {
      if (piece === 'ma') return index === known.length - 1 ? MA_AT_THE_END : MA_INSIDE;
      if (piece === 'bu') return isNumeral(known[index - 1]) ? BU_AFTER_A_NUMERAL : BU_ELSEWHERE;
      if (piece === 'shi') return SHI;
      return LEXICON.get(piece) ?? piece;
    })
    .join('');
}
