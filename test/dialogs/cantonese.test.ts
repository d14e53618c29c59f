import { fillTemplate } from '../../knowledge/texts';
import { answerOf, chatWithAssistant, stepText, texts } from './support/assistant';

// Relatives in Hong Kong type the Cantonese they speak, in Traditional characters: "跟住呢" (and then?) and "唔該晒"
// (thanks) were refused, "搞掂咗第4步" (step 4 done) got step 4 again, "講返中文" got Article 64 in English.
describe('written Cantonese, read as the Mandarin it says', () => {
  const refusal = (question: string) => fillTemplate(texts.zh.fallback, { question });

  it('gets the steps asked "how", and walks through them on "and then?", "done", "say it again" and "go back"', async () => {
    const chat = chatWithAssistant({ locale: 'zh-HK' });
    expect((await chat.reply('點樣幫阿媽做社保認證')).text).toBe(answerOf('procedure', 'zh'));
    await chat.reply('第一步');
    expect((await chat.reply('跟住呢')).text).toBe(stepText(2, 'zh'));
    expect((await chat.reply('之後點')).text).toBe(stepText(3, 'zh'));
    expect((await chat.reply('得咗')).text).toBe(stepText(4, 'zh'));
    expect((await chat.reply('搞掂咗第4步')).text).toBe(stepText(5, 'zh'));
    expect((await chat.reply('講多次')).text).toBe(stepText(5, 'zh'));
    expect((await chat.reply('重複一次')).text).toBe(stepText(5, 'zh'));
    expect((await chat.reply('返轉頭上一步')).text).toBe(stepText(4, 'zh'));
    expect((await chat.reply('我完成咗第二步')).text).toBe(stepText(3, 'zh'));
  });

  it('shows two steps asked with 同 (and), and a step typed with the slip 笫 for 第', async () => {
    const chat = chatWithAssistant({ locale: 'zh-HK' });
    const { messages } = await chat.say('第三步同第六步係咩？');
    expect(messages.map(({ text }) => text).join('\n\n')).toContain(answerOf('step-6', 'zh'));
    expect(messages.map(({ text }) => text).join('\n\n')).toContain(answerOf('step-3', 'zh'));
    expect((await chat.reply('笫三步係咩')).text).toBe(stepText(3, 'zh'));
  });

  it('takes thanks as thanks, and a request to go back to Chinese as a request for Chinese', async () => {
    const chat = chatWithAssistant({ locale: 'zh-HK' });
    expect((await chat.reply('唔該晒')).text).toBe(answerOf('thanks', 'zh'));
    await chat.say('english please');
    expect((await chat.say('講返中文')).messages[0].text).toBe(texts.zh.languageChosen);
  });

  // "香港嘅社保認證點做" and "香港嘅強積金係咪都係專款專用" got the mainland steps and Article 64, as if they answered.
  it.each(['香港有冇類似嘅社保認證？', '能用香港版支付宝吗', '咁香港嘅強積金係咪都係專款專用？', '台灣有冇社保認證'])(
    'refuses %j, about Hong Kong, Macao or Taiwan, which the sources do not cover',
    async (question) => {
      expect((await chatWithAssistant({ locale: 'zh-HK' }).reply(question)).text).toContain(refusal(question));
    },
  );

  it('still gives the steps to a helper who lives in Hong Kong, which is their own case', async () => {
    expect((await chatWithAssistant({ locale: 'zh-HK' }).reply('阿媽喺廣州，我喺香港，可唔可以幫佢做認證？')).text).toBe(answerOf('procedure', 'zh'));
  });
});
