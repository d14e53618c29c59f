/**
 * Concepts of this domain that users name in many ways. A message naming one gets a concept feature
 * in addition to its words, so a question saying "grandma" matches training questions that said
 * "mum": the model cannot learn that from twenty questions per intent. English terms are matched as
 * whole words of the normalised text, Chinese terms as substrings.
 */
export const DOMAIN_CONCEPTS: Readonly<Record<string, { en: readonly string[]; zh: readonly string[] }>> = {
  family: {
    en: [
      'family', 'families', 'relative', 'relatives', 'parent', 'parents', 'mum', 'mom', 'mother', 'mummy', 'mommy', 'dad',
      'father', 'daddy', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'grandparent', 'grandparents',
      'elderly', 'folks', 'kin', 'in law', 'spouse', 'wife', 'husband', 'aunt', 'uncle', 'gran', 'grandad', 'granddad',
      'nan', 'nana', 'mama', 'papa', 'son', 'daughter', 'brother', 'sister', 'sibling', 'cousin', 'nephew', 'niece',
    ],
    zh: [
      // 妈 and 爸 alone: "我妈" and "我爸" are how most people say it. The pairs stay terms, each one mention (the
      // longest term is matched first), so 爸妈 is not the concept twice.
      '家人', '家属', '亲人', '亲属', '父母', '爸妈', '爸爸', '妈妈', '老爸', '老妈', '爸', '妈', '父亲', '母亲', '老人',
      '长辈', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '公公', '婆婆', '岳父', '岳母', '舅舅', '叔叔', '婶婶',
      '阿姨', '姑姑', '伯伯', '伯父', '伯母', '老公', '老婆', '丈夫', '妻子', '爱人', '儿子', '女儿', '哥哥', '姐姐',
      '弟弟', '妹妹', '家里人', '亲情',
      // How older people name each other and their parents: "怎么给我老头子认证" was a "Did you mean" (0.33).
      '老伴', '老头子', '老太太', '老太婆', '老母亲', '老父亲', '老爹', '爹', '爹妈', '爹娘', '公婆', '丈母娘', '老丈人',
      '祖父', '祖母',
    ],
  },
  certification: {
    en: [
      'certification', 'certify', 'certifying', 'certified', 'authentication', 'authenticate', 'verification', 'verify',
      'verifying', 'qualification', 'validation', 'validate', 'annual check', 'annual review',
    ],
    zh: ['认证', '验证', '核验', '年审', '资格认证', '认定', '年检'],
  },
  socialSecurity: {
    en: ['social security', 'social insurance', 'shebao', 'social benefits'],
    zh: ['社保', '社会保险', '社会保障'],
  },
  alipay: { en: ['alipay', 'zhifubao', 'ali pay'], zh: ['支付宝'] },
  civicCenter: {
    en: ['civic center', 'civic centre', 'citizen center', 'citizen centre', 'city services', 'city service'],
    zh: ['市民中心', '城市服务'],
  },
  familyService: {
    en: ['family service', 'family services', 'family account', 'family binding'],
    zh: ['亲情服务', '亲情账户', '亲情号'],
  },
  fund: { en: ['fund', 'funds', 'pot', 'pots', 'money'], zh: ['基金', '资金', '钱'] },
  misuse: {
    en: ['misappropriate', 'misappropriated', 'misappropriation', 'embezzle', 'embezzled', 'divert', 'diverted', 'misuse', 'occupy', 'earmarked', 'ring fenced'],
    zh: ['挪用', '侵占', '占用', '挪作他用', '乱用', '专款专用', '贪污'],
  },
  pooling: {
    en: ['pooling', 'pooled', 'overall planning', 'coordination', 'nationwide', 'provincial'],
    zh: ['统筹', '全国统筹', '省级统筹'],
  },
  accounting: {
    en: ['accounting', 'accounted', 'accounts', 'books', 'bookkeeping', 'ledger', 'ledgers'],
    zh: ['核算', '建账', '会计', '账目', '记账', '分账'],
  },
  economy: {
    en: ['economy', 'economic', 'economics', 'prosperity', 'growth', 'development'],
    zh: ['经济', '繁荣', '发展'],
  },
  // "第三个function是啥" got a way of the third function: the Chinese questions have no English word for 功能.
  function: { en: ['function', 'functions'], zh: ['功能', '作用'] },
  law: {
    en: ['law', 'laws', 'legal', 'article', 'statute', 'legislation', 'regulation'],
    zh: ['法律', '法规', '条款', '法条', '依据', '社会保险法'],
  },
};
