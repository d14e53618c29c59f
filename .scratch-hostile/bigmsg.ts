import { FakeConnector } from '../test/support/fakeConnector';
import { startBotServer } from '../test/support/botServer';
import { ChannelConversation } from '../test/support/channelConversation';
(async () => {
  const connector = await FakeConnector.start();
  const bot = await startBotServer({ RATE_LIMIT_MESSAGES: '0' });
  const big = { en: 'social security step next '.repeat(9500), zh: '社保认证下一步支付宝'.repeat(8500) };
  for (const [state, setup] of [['fresh', []], ['in walkthrough', ['How do I certify a family member in Alipay?', 'next']], ['after answer', ['What are the three functions of social security?']], ['did you mean', ['Alipay']]] as const) {
    for (const lang of ['en', 'zh'] as const) {
      const chat = new ChannelConversation({ botUrl: bot.url, connector, locale: 'en-US' });
      for (const s of setup) await chat.say(s);
      const t0 = performance.now();
      await chat.say(lang === 'en' ? 'blorp qwerty' : '随便说说');
      console.log('  short', (performance.now() - t0).toFixed(0), 'ms');
      for (const s of setup) await chat.say(s);
      const t = performance.now();
      const turn = await chat.say(big[lang]);
      console.log(state, lang, Buffer.byteLength(big[lang]), 'bytes', turn.status, (performance.now() - t).toFixed(0), 'ms', (turn.messages[0]?.text ?? '').slice(0, 60).replace(/\n/g, ' '));
    }
  }
  await bot.close(); await connector.close();
})();
