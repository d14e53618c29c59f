import { requestedLanguage } from '../../knowledge/languageRequest';

describe('requestedLanguage', () => {
  it.each([
    ['in chinese please', 'zh'],
    ['Chinese, please!', 'zh'],
    ['Can you answer in Chinese?', 'zh'],
    ['do you speak chinese', 'zh'],
    ['please reply in Mandarin', 'zh'],
    ['change the language to chinese', 'zh'],
    ['explain it in chinese', 'zh'],
    ['switch to English', 'en'],
    ['English please', 'en'],
    ['I prefer English', 'en'],
    ['answer in english from now on', 'en'],
    ['中文', 'zh'],
    ['请用中文回答', 'zh'],
    ['請用中文回答', 'zh'],
    ['能说中文吗？', 'zh'],
    ['换成中文吧', 'zh'],
    ['用英文', 'en'],
    ['你会说英语吗', 'en'],
    ['切换到英文', 'en'],
  ] as const)('"%s" asks for %s', (text, language) => {
    expect(requestedLanguage(text)).toBe(language);
  });

  it.each([
    'what is 社保 in english',
    'how do you say alipay in chinese',
    'is there an english version of alipay',
    'translate step 2 into chinese',
    'english is hard',
    '中文版在哪里',
    '社会保险法的英文名称是什么',
    'what are the functions of social security',
    '',
  ])('"%s" asks for no language', (text) => {
    expect(requestedLanguage(text)).toBeUndefined();
  });
});
