import { startBotServer } from '../test/support/botServer';
(async () => {
  const bot = await startBotServer({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'fake-password-SECRET-123456', LOG_LEVEL: 'info' });
  for (const auth of ['Bearer fake-token-SECRET-abcdef', 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMTExMTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NTU1NTU1NTU1In0.c2lnbmF0dXJl', '']) {
    const s = Date.now();
    const r = await fetch(bot.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c1' }, from: { id: 'u' }, recipient: { id: 'b' } }) });
    console.log('STATUS', r.status, await r.text(), Date.now() - s, 'ms');
  }
  await bot.close();
})();
