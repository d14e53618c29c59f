import { normaliseText } from '../../../knowledge/matcher/normalise';
import { otherAppsAskedAbout } from '../../../knowledge/matcher/otherApps';

const asked = (text: string) => otherAppsAskedAbout(normaliseText(text));

describe('otherAppsAskedAbout', () => {
  it.each([
    ['Can I do the pension check on WeChat?', ['WeChat']],
    ['weixin renzheng', ['WeChat']],
    ['掌上12333能认证吗', ['12333']],
    ['微信還是雲閃付', ['WeChat', 'UnionPay']],
    ['用人社APP做认证', ['the human resources and social security app']],
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
