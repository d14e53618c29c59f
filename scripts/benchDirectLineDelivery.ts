/**
 * How should the local Direct Line hand a user's activity to the bot? Measures a web chat turn (POST activity until
 * the answer is stored, as Web Chat waits for it) with the real bot, two ways:
 *   in-process  CloudAdapter.processActivityDirect, what bot/directline does;
 *   loopback    an HTTP POST to the bot's own /api/messages, as an external Direct Line would.
 * Run: npx ts-node --transpile-only scripts/benchDirectLineDelivery.ts [turns]
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import restify from 'restify';
import { createBotApp } from '../bot/app';
import { parseConfig } from '../bot/config';
import { loopbackServiceUrl } from '../bot/directline/addresses';
import { ConversationAccess } from '../bot/directline/conversationAccess';
import { ConversationStore } from '../bot/directline/conversationStore';
import { mountConnectorRoutes } from '../bot/directline/connectorRoutes';
import { CorsPolicy } from '../bot/directline/cors';
import { mountDirectLineRoutes } from '../bot/directline/directLineRoutes';
import { DirectLineTokens } from '../bot/directline/directLineToken';
import type { LoopbackKey } from '../bot/directline/loopbackConnector';

const TURNS = Number(process.argv[2] ?? 300);
const WARM_UP_TURNS = 30;
const QUESTIONS = ['What are the three functions of social security?', '社会保险基金包括哪些？', 'step 3', 'what does article 64 say'];

function listen(server: restify.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** The same Direct Line API, but delivering over HTTP to the bot's /api/messages. */
async function startLoopbackDirectLine(botUrl: string): Promise<string> {
  const server = restify.createServer();
  const access = new ConversationAccess(new DirectLineTokens(undefined), new ConversationStore());
  // Without an app id the bot's replies over /api/messages carry no credential the connector routes could check.
  const acceptsAnyone = { accepts: () => true } as unknown as LoopbackKey;
  mountDirectLineRoutes(server, {
    access,
    deliver: async (activity) => {
      const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
      if (!response.ok) throw new Error(`/api/messages answered ${response.status}`);
    },
    serviceUrl: () => loopbackServiceUrl(server.address()),
    cors: new CorsPolicy([]),
    logger: pino({ level: 'silent' }),
  });
  mountConnectorRoutes(server, acceptsAnyone, access.conversations);
  return listen(server);
}

async function call(url: string, token: string | undefined, body?: unknown): Promise<{ token: string; conversationId: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json() as Promise<{ token: string; conversationId: string }>;
}

/** Milliseconds per turn, one conversation, one turn at a time. */
async function measure(baseUrl: string): Promise<number[]> {
  const { token } = await call(`${baseUrl}/v3/directline/tokens/generate`, undefined);
  const { conversationId } = await call(`${baseUrl}/v3/directline/conversations`, token, { locale: 'en-US' });
  const activities = `${baseUrl}/v3/directline/conversations/${conversationId}/activities`;
  const timings: number[] = [];
  for (let turn = 0; turn < WARM_UP_TURNS + TURNS; turn += 1) {
    const started = performance.now();
    await call(activities, token, { type: 'message', text: QUESTIONS[turn % QUESTIONS.length] });
    if (turn >= WARM_UP_TURNS) timings.push(performance.now() - started);
  }
  return timings;
}

function summary(name: string, timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  const mean = (timings.reduce((sum, t) => sum + t, 0) / timings.length).toFixed(2);
  return `${name.padEnd(11)} turns=${timings.length} mean=${mean} ms  p50=${at(0.5)} ms  p95=${at(0.95)} ms  p99=${at(0.99)} ms`;
}

async function main(): Promise<void> {
  const app = createBotApp(parseConfig({ PORT: '0', LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
  const botUrl = await listen(app.server);
  const loopbackUrl = await startLoopbackDirectLine(botUrl);
  // Alternated rounds, so a slow phase of the machine does not favour one of them.
  const results = { 'in-process': [] as number[], loopback: [] as number[] };
  for (let round = 0; round < 2; round += 1) {
    results['in-process'].push(...(await measure(botUrl)));
    results.loopback.push(...(await measure(loopbackUrl)));
  }
  for (const [name, timings] of Object.entries(results)) console.log(summary(name, timings));
  process.exit(0);
}

void main();
