import { chineseOfPinyin } from '../../../knowledge/matcher/pinyin';

describe('chineseOfPinyin', () => {
  // They got English replies: a lone step 1, or "I can't answer".
  it.each([
    ['zhifubao renzheng', '支付宝认证'],
    ['zhifubao zenme bang jiaren renzheng', '支付宝怎么帮家人认证'],
    ['shebao gongneng', '社保功能'],
    ['shebao jijin neng nuoyong ma', '社保基金能挪用吗'],
    ['di san bu shi shenme', '第三步是什么'],
    ['di 3 bu', '第3步'],
    ['zhi fu bao zen me bang ba ba ren zheng', '支付宝怎么帮爸爸认证'],
    ['yi bu yi bu jiao wo', '一步一步教我'],
    ['she hui bao xian fa di liu shi si tiao', '社会保险法第六十四条'],
    ['qinqing fuwu zai nar', '亲情服务在哪儿'],
  ])('reads %j as %j', (pinyin, chinese) => {
    expect(chineseOfPinyin(pinyin)).toBe(chinese);
  });

  it('leaves out the syllables of words it does not know, and keeps what it does', () => {
    expect(chineseOfPinyin('wo ma tui xiu le, zenme renzheng')).toBe('我妈了,怎么认证');
  });

  // Whole messages that say something to the bot, and nothing of the knowledge: "chongfu" in a walkthrough and "xiexie"
  // were refused.
  it.each([
    ['xia yi bu', '下一步'],
    ['chongfu', '重复'],
    ['zhao bu dao', '找不到'],
    ['xiexie', '谢谢'],
    ['zai jian', '再见'],
  ])('reads the whole message %j as %j', (pinyin, chinese) => {
    expect(chineseOfPinyin(pinyin)).toBe(chinese);
  });

  it.each(['how do i certify my mom', 'can he', 'she bangs', 'hello', 'what is shebao', 'step 3', 'xie xie you', 'ok', ''])(
    'reads no Chinese in %j: not all pinyin, or naming nothing of the knowledge',
    (text) => {
      expect(chineseOfPinyin(text)).toBeUndefined();
    },
  );
});
