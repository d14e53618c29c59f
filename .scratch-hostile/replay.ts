import { FakeConnector } from '../test/support/fakeConnector';
import { startBotServer } from '../test/support/botServer';
import { captureLogs } from '../test/logging/support/logCapture';
import { fuzzRequests } from '../test/hostile/support/fuzzRequests';
(async () => {
  const c = await FakeConnector.start();
  const logs = captureLogs();
  const bot = await startBotServer({}, { logger: logs.logger });
  const reqs = fuzzRequests(Number(process.argv[2] ?? 20260601), Number(process.argv[3] ?? 600), c.serviceUrl);
  const seen = new Map<string, string>();
  for (const r of reqs) {
    const before = logs.lines().length;
    const res = await fetch(bot.url + r.path, { method: r.method, headers: r.headers, body: r.body });
    await res.arrayBuffer();
    const errs = logs.lines().slice(before).filter((l) => (l.level as number) >= 50);
    for (const e of errs) {
      const key = `${e.msg} ${(e.err as any)?.message?.slice(0, 90)}`;
      if (!seen.has(key)) seen.set(key, new TextDecoder().decode(r.body).slice(0, 700));
    }
  }
  for (const [k, v] of seen) console.log('ERR', k, '\n   BODY', v, '\n');
  await bot.close(); await c.close();
})();
