import { normaliseText } from '../../../knowledge/matcher/normalise';
import { alipayMattersAskedAbout, otherAppsAskedAbout } from '../../../knowledge/matcher/otherApps';

const asked = (text: string) => otherAppsAskedAbout(normaliseText(text));

describe('otherAppsAskedAbout', () => {
  it.each([
    ['Can I do the pension check on WeChat?', ['WeChat']],
    ['weixin renzheng', ['WeChat']],
    ['掌上12333能认证吗', ['12333']],
    ['微信還是雲閃付', ['WeChat', 'UnionPay']],
    ['用人社APP做认证', ['the human resources and social security app']],
    // Named with Alipay, yet another app.
    ['can I do certification on Alipay Hong Kong', ['Alipay HK']],
    ['can I use Alipay HK?', ['Alipay HK']],
    ['在人社局app里怎么认证', ['the human resources and social security app']],
    // The steps' first: "what about the Taobao app?" got step 1.
    ['what about the Taobao app?', ['Taobao']],
    ['淘宝上能认证吗', ['Taobao']],
    ['can I do it on douyin', ['Douyin']],
  ])('names the apps %j asks about', (text, apps) => {
    expect(asked(text)).toEqual(apps);
  });

  it.each([
    'how do I certify my mum on Alipay',
    'my dad only has WeChat, how do I certify him in Alipay',
    '爸爸只用微信，怎么在支付宝上帮他认证',
    'call 123330 for help',
    'what does article 64 say',
  ])('finds none in %j', (text) => {
    expect(asked(text)).toEqual([]);
  });
});

describe('alipayMattersAskedAbout', () => {
  const matters = (text: string) => alipayMattersAskedAbout(normaliseText(text));

  it.each([
    ['Is Alipay safe?', ['safety']],
    ['支付寶安全嗎', ['safety']],
    ['怎么下载支付宝', ['installing']],
    ['is there an English version of Alipay', ['language']],
    ['is there a new version of alipay', ['installing']],
    ['支付宝密码忘了', ['logging in']],
    // They got the seven steps (0.71) and the help.
    ['支付宝app登不上去', ['logging in']],
    ['The Alipay app keeps crashing, what should I do?', ['the app not working']],
    ['how do I transfer money with alipay', ['payments']],
    ['支付宝客服电话', ['customer service']],
    ['What is Alipay?', ['what it is']],
    ['支付宝是什么', ['what it is']],
    // "Ma Yun founded Alipay, right?" got step 5 (0.68) for its "right".
    ['Ma Yun founded Alipay, right?', ['the company behind it']],
    ['支付宝是哪家公司的', ['the company behind it']],
    // "my alipay account got frozen, what do i do" got step 6 (0.51), "支付宝没实名怎么办" the seven steps.
    ['my alipay account got frozen, what do i do', ['the account']],
    ['支付宝没实名怎么办', ['the account']],
    ['支付宝账号被冻结了', ['the account']],
  ])('names what %j asks about Alipay itself', (text, asked) => {
    expect(matters(text)).toEqual(asked);
  });

  it.each([
    // What the steps are about, whatever else the message names.
    'how do I install Alipay to certify my mum',
    '下载支付宝以后怎么帮爸爸做社保认证',
    'is the social security certification in Alipay safe',
    'where is family service in alipay',
    // Alipay's matters without Alipay: nothing to tell them from the bot's topics.
    'is it safe',
    // Alipay alone is the procedure's word.
    '支付宝',
    'alipay social security',
    // The short version of an answer is no version of the app: it got "I can't answer".
    'give me the short version of the whole alipay thing',
  ])('finds none in %j', (text) => {
    expect(matters(text)).toEqual([]);
  });
});
