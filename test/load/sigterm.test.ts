import { MemoryStorage, StoreItems } from 'botbuilder';
import { installGracefulShutdown } from '../../bot/shutdown';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { answersItsQuestion, PlannedConversation, planConversations, selfContainedQuestions } from '../../scripts/load/conversationPlan';
import { LoadConnector } from '../../scripts/load/loadConnector';
import { LOAD_CHANNEL_ID, runLoad, TurnOutcome } from '../../scripts/load/loadDriver';
import { loadProjectKnowledge } from '../../scripts/projectData';
import { BotProcess, startBotProcess } from '../support/botProcess';
import { RunningBot, startBotServer } from '../support/botServer';

// Starting the bot trains its matcher: seconds, more on a busy machine.
jest.setTimeout(180_000);

const knowledge = loadProjectKnowledge();
const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));

/** A small load: 6 conversations at a time, each turn held about 200 ms by the channel. */
function smallLoad(label: string): PlannedConversation[] {
  return planConversations(entries, { conversations: 18, turnsPerConversation: 3 }, label);
}

/**
 * The channel answers the bot's replies after 200 ms, and after 2 s in the first conversation: that slow turn keeps
 * the bot shutting down long enough for the other conversations to send their next message meanwhile.
 */
const connectorHolding = (slowConversation: PlannedConversation) =>
  LoadConnector.start({ answerDelay: (reply) => (reply.urlConversationId === slowConversation.id ? 2_000 : 200) });

const answered = (outcome: TurnOutcome) => ({
  text: outcome.turn.text,
  status: outcome.status,
  failure: outcome.failure,
  answersIt: outcome.replies.some((reply) => answersItsQuestion(outcome.turn, reply.activity)),
});

/** Resolves with the time the text first shows in the bot's output; rejects after `timeoutMs`. */
async function outputShows(bot: BotProcess, text: string, timeoutMs = 10_000): Promise<number> {
  for (const deadline = performance.now() + timeoutMs; performance.now() < deadline; ) {
    if (bot.output().includes(text)) return performance.now();
    await new Promise((wait) => setTimeout(wait, 10));
  }
  throw new Error(`the bot did not log "${text}" within ${timeoutMs} ms:\n${bot.output()}`);
}

let connector: LoadConnector | undefined;
let botProcess: BotProcess | undefined;
let botServer: RunningBot | undefined;

afterEach(async () => {
  await botProcess?.stop('SIGKILL');
  await botServer?.close();
  await connector?.close();
  jest.restoreAllMocks();
  [botProcess, botServer, connector] = [undefined, undefined, undefined];
});

describe('SIGTERM under load', () => {
  it('finishes the turns in flight, takes no new turn, then exits 0', async () => {
    const conversations = smallLoad('sigterm');
    connector = await connectorHolding(conversations[0]);
    const bot = (botProcess = await startBotProcess());
    let signalledMs = Infinity;
    let ended = 0;
    const onTurnEnd = () => {
      if (++ended !== 6) return;
      bot.child.kill('SIGTERM');
      signalledMs = performance.now();
    };

    const run = runLoad({ botUrl: bot.url, connector, conversations, concurrency: 6, onTurnEnd });
    // The signal takes a moment to arrive: a message sent before the bot logs its shutdown may still be taken.
    const shutdownMs = await outputShows(bot, 'shutting down');
    const { outcomes } = await run;

    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.output()).toContain('shut down cleanly');

    const inFlight = outcomes.filter((outcome) => outcome.startedMs < signalledMs && outcome.endedMs > shutdownMs);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.map(answered)).toEqual(
      inFlight.map((outcome) => ({ text: outcome.turn.text, status: 200, failure: undefined, answersIt: true })),
    );

    // Sent on a connection kept alive from before: 503 (test/bot/shutdown.test.ts pins that case down). On a new
    // connection: refused, nothing listens any more. Which of the two a client meets depends on its socket pool.
    const sentLater = outcomes.filter((outcome) => outcome.startedMs > shutdownMs);
    expect(sentLater.filter((outcome) => !['HTTP 503', 'ECONNREFUSED', 'ECONNRESET'].includes(outcome.failure ?? 'answered')).map(answered)).toEqual([]);
  });

  it('writes the conversation state of every turn in flight before it exits', async () => {
    const writes: Array<{ key: string; atMs: number }> = [];
    const write = MemoryStorage.prototype.write;
    jest.spyOn(MemoryStorage.prototype, 'write').mockImplementation(async function (this: MemoryStorage, changes: StoreItems) {
      await write.call(this, changes);
      writes.push(...Object.keys(changes).map((key) => ({ key, atMs: performance.now() })));
    });
    const conversations = smallLoad('state');
    connector = await connectorHolding(conversations[0]);
    botServer = await startBotServer();
    const { server, turns, logger } = botServer.app;
    const exits: Array<{ code: number; atMs: number }> = [];
    // In this process a real SIGTERM would end jest: the test raises a signal nobody else uses and records the exit.
    installGracefulShutdown({
      httpServer: server.server,
      turns,
      logger,
      timeoutMs: 10_000,
      exit: (code) => exits.push({ code, atMs: performance.now() }),
      signals: ['SIGUSR2'],
    });
    let signalledMs = Infinity;
    let ended = 0;
    const onTurnEnd = () => {
      if (++ended !== 6) return;
      signalledMs = performance.now();
      process.emit('SIGUSR2', 'SIGUSR2');
    };

    const { outcomes } = await runLoad({ botUrl: botServer.url, connector, conversations, concurrency: 6, onTurnEnd });

    expect(exits).toEqual([{ code: 0, atMs: expect.any(Number) }]);
    const inFlight = outcomes.filter((outcome) => outcome.startedMs < signalledMs && outcome.endedMs > signalledMs);
    expect(inFlight.length).toBeGreaterThan(0);
    // Written after the turn started and before the exit: on a busy machine a reply can reach the driver after the
    // signal though its state was written just before it, so "in flight" as the driver saw it is no proof of when.
    const stateWrites = inFlight.map(({ conversation, startedMs }) => ({
      conversation: conversation.id,
      writtenBeforeExit: writes.some(
        ({ key, atMs }) => key === `${LOAD_CHANNEL_ID}/conversations/${conversation.id}/` && atMs > startedMs && atMs < exits[0].atMs,
      ),
    }));
    expect(stateWrites).toEqual(inFlight.map(({ conversation }) => ({ conversation: conversation.id, writtenBeforeExit: true })));
  });
});
