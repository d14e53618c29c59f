import { FakeConnector } from '../test/support/fakeConnector';
import { startBotServer } from '../test/support/botServer';
(async () => {
  const c = await FakeConnector.start();
  const bot = await startBotServer({ LOG_LEVEL: 'error' });
  const nested = (d: number) => `${'['.repeat(d)}${']'.repeat(d)}`;
  for (const field of ['value', 'channelData', 'entities', 'attachments']) for (const type of ['message', 'conversationUpdate', 'event', 'invoke']) {
    const base = JSON.stringify({ type, id: 'a1', channelId: 'test', serviceUrl: c.serviceUrl, conversation: { id: 'c'+Math.random() }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'hello', membersAdded: [{ id: 'u' }] });
    const body = `${base.slice(0, -1)},"${field}":${nested(20000)}}`;
    const r = await fetch(bot.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    console.log('RESULT', field, type, r.status, (await r.text()).slice(0, 100));
  }
  await bot.close(); await c.close();
})();
