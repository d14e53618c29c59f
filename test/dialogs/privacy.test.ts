import { languages } from '../../knowledge/language';
import { chatWithAssistant, resumeTitle, starterTitles, texts } from './support/assistant';

// "what data do you keep about me?" got what the bot can do alone, "你会保存我的个人信息吗" was refused.
describe.each(languages)('asking what the bot keeps, in %s', (language) => {
  const { privacy, helpIntro } = texts[language];
  const question = language === 'en' ? 'what data do you keep about me?' : '你会保存我的个人信息吗';

  it('says what it keeps and what may be recorded, then what it can do', async () => {
    expect(await chatWithAssistant().reply(question)).toEqual({ text: `${privacy}\n\n${helpIntro}`, buttons: starterTitles(language) });
  });

  it('in a walkthrough, offers to resume it', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    expect((await chat.reply(question)).buttons).toEqual([...starterTitles(language), resumeTitle(3, language)]);
  });
});
