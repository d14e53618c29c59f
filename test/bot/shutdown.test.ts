import type { Activity } from 'botbuilder';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../../knowledge/loader';
import { BotProcess, startBotProcess } from '../support/botProcess';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';

const functionsAnswer = loadKnowledge(join(resolve(__dirname, '../..'), 'knowledge/content')).get('functions')?.en.answer;

/** Whether the bot accepts a new TCP connection (a fresh socket, not one kept alive from an earlier request). */
function acceptsNewConnections(url: string): Promise<boolean> {
  return new Promise((resolveAccepted) => {
    const probe = request(`${url}/healthz`, { agent: false }, (response) => {
      response.resume();
      resolveAccepted(true);
    });
    probe.on('error', () => resolveAccepted(false));
    probe.end();
  });
}

async function waitUntilRefusing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (!(await acceptsNewConnections(url))) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error('the bot still accepts new connections after SIGTERM');
}

/** POSTs an activity through the agent given (keep-alive or not); says whether it went on a socket used before. */
function postThrough(agent: Agent, url: string, activity: Partial<Activity>): Promise<{ status?: number; body: string; reusedSocket: boolean }> {
  return new Promise((resolvePosted, reject) => {
    const post = request(`${url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolvePosted({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8'), reusedSocket: post.reusedSocket }),
      );
    });
    post.on('error', reject);
    post.end(JSON.stringify(activity));
  });
}

// Each test starts the bot as a child process (ts-node); on a busy 2-core machine that alone can take 20 s.
jest.setTimeout(120_000);

let connector: FakeConnector;
let bot: BotProcess | undefined;

beforeEach(async () => {
  connector = await FakeConnector.start();
});

afterEach(async () => {
  await bot?.stop('SIGKILL');
  await connector.close();
});

/** Starts the bot and catches it in the middle of a turn: its answer has reached the connector, unanswered. */
async function botWithTurnInFlight(env: Record<string, string> = {}) {
  bot = await startBotProcess({ env });
  const release = connector.holdResponses();
  const turn = new ChannelConversation({ botUrl: bot.url, connector }).say('What are the three functions of social security?', {
    id: 'in-flight',
  });
  await connector.waitForReplies('in-flight');
  return { bot, release, turn };
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting connections, finishes the turn in flight, then exits 0', async () => {
    const { bot, release, turn } = await botWithTurnInFlight();
    bot.child.kill('SIGTERM');
    await waitUntilRefusing(bot.url);
    expect(bot.child.exitCode).toBeNull();

    release();
    const { status, messages } = await turn;
    expect(status).toBe(200);
    expect(messages[0].text).toContain(functionsAnswer);
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.output()).toContain('shut down cleanly');
  });

  it('answers 503, starting no turn, a message sent on a connection kept alive from before the signal', async () => {
    const { bot, release, turn } = await botWithTurnInFlight();
    // A second user's turn, on a socket the client keeps alive: still busy when the signal comes, so close() spares it.
    const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const secondUser = new ChannelConversation({ botUrl: bot.url, connector, user: { id: 'user-2', name: 'Second' } });
    const earlier = postThrough(keptAlive, bot.url, secondUser.activity({ type: 'message', text: 'hello', id: 'before-signal' }));
    await connector.waitForReplies('before-signal');
    bot.child.kill('SIGTERM');
    await waitUntilRefusing(bot.url);

    release('before-signal');
    expect(await earlier).toMatchObject({ status: 200, reusedSocket: false });
    const later = await postThrough(keptAlive, bot.url, secondUser.activity({ type: 'message', text: 'thanks', id: 'after-signal' }));
    expect(later).toMatchObject({ status: 503, reusedSocket: true });
    expect(JSON.parse(later.body)).toMatchObject({ code: 'ServiceUnavailable' });
    expect(connector.repliesTo('after-signal')).toEqual([]);

    release();
    expect((await turn).status).toBe(200);
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    keptAlive.destroy();
  });

  it('exits at once, with code 1, on a second signal', async () => {
    const { bot, turn } = await botWithTurnInFlight();
    const answered = turn.then(() => 'answered', () => 'connection closed');
    bot.child.kill('SIGTERM');
    await waitUntilRefusing(bot.url);
    bot.child.kill('SIGINT');
    expect(await bot.exited).toEqual({ code: 1, signal: null });
    expect(bot.output()).toContain('forced exit: second SIGINT');
    expect(await answered).toBe('connection closed');
  });

  it('exits with code 1 when the turn in flight outlasts SHUTDOWN_TIMEOUT_MS', async () => {
    const { bot, turn } = await botWithTurnInFlight({ SHUTDOWN_TIMEOUT_MS: '200' });
    const answered = turn.then(() => 'answered', () => 'connection closed');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 1, signal: null });
    expect(bot.output()).toContain('forced exit: turns still in flight after 200 ms');
    expect(await answered).toBe('connection closed');
  });

  it('exits 0 straight away when no turn is in flight', async () => {
    bot = await startBotProcess();
    expect(await bot.stop('SIGINT')).toEqual({ code: 0, signal: null });
  });
});
