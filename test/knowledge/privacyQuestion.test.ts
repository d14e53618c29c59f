import { asksAboutPrivacy } from '../../knowledge/privacyQuestion';

describe('asksAboutPrivacy', () => {
  // They got what the bot can do alone, or were refused.
  it.each([
    'what data do you keep about me?',
    'do you record this conversation?',
    'do you store my messages',
    'is this chat private',
    'privacy policy?',
    '你会保存我的个人信息吗',
    '我们的聊天记录会被保存吗',
    '你们会不会泄露我的信息',
    '会保存我的身份证号吗',
    // Asked to be forgotten: it was refused as removing a family member.
    'delete my data',
    '删除我的聊天记录',
  ])('reads %j as asking what the bot keeps', (text) => {
    expect(asksAboutPrivacy(text)).toBe(true);
  });

  // What step 6 adds, and requests of the bot's answers.
  it.each(['我妈的个人信息要填什么', 'what information do I need to add my mom', 'what does step 6 record', 'can you save the steps for me', 'what data does alipay need'])(
    'leaves %j alone',
    (text) => {
      expect(asksAboutPrivacy(text)).toBe(false);
    },
  );
});
