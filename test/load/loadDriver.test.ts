import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { asksSimpler, praisesTheAnswer } from '../../knowledge/navigation';
import {
  answersItsQuestion,
  AskableEntry,
  echoesItsMessage,
  planConversations,
  selfContainedQuestions,
} from '../../scripts/load/conversationPlan';
import { LoadConnector } from '../../scripts/load/loadConnector';
import { runLoad } from '../../scripts/load/loadDriver';
import { summariseRun } from '../../scripts/load/loadSummary';
import { loadProjectKnowledge } from '../../scripts/projectData';
import { RunningBot, startBotServer } from '../support/botServer';
import { freePort } from '../support/freePort';

// Training the matcher takes seconds, more on a busy machine.
jest.setTimeout(120_000);

const knowledge = loadProjectKnowledge();
const plan = (label: string, entries: readonly AskableEntry[] = knowledge.entries) =>
  planConversations(entries, { conversations: 5, turnsPerConversation: 2 }, label);

/** A broken bot that mixes conversations up: it answers each message with the one it received before, from anyone. */
class CrossedWiresDialog extends Dialog {
  private previousText = 'nothing yet';

  constructor() {
    super('crossedWires');
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const previous = this.previousText;
    this.previousText = dc.context.activity.text ?? '';
    await dc.context.sendActivity(MessageFactory.text(previous));
    return dc.endDialog();
  }
}

let connector: LoadConnector;
let bot: RunningBot | undefined;

beforeEach(async () => {
  connector = await LoadConnector.start();
});

afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await connector.close();
});

describe('the load driver', () => {
  it('plays 5 conversations x 2 turns against the real bot: every turn answered, no errors, no cross-talk', async () => {
    bot = await startBotServer();
    const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));
    const run = await runLoad({ botUrl: bot.url, connector, conversations: plan('real-bot', entries), concurrency: 5 });

    expect(summariseRun(run, answersItsQuestion)).toMatchObject({
      plannedTurns: 10,
      answeredTurns: 10,
      errorCount: 0,
      crossTalkCount: 0,
    });
    // One message per turn: the knowledge answer, or the fallback quoting the out-of-scope request.
    const messages = run.outcomes.map(({ replies }) => replies.filter((reply) => reply.activity.type === 'message').length);
    expect(messages).toEqual(Array(10).fill(1));
  });

  // bench:http counted "that was helpful", a question of the thanks, as cross-talk: after an answer it rates that answer,
  // and is thanked for the feedback. So "能不能简单说", a question of the summary: after an answer it asks that simpler.
  it('asks nothing that is said of the answer before it', () => {
    const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));
    const asked = entries.flatMap((entry) => [...entry.en.questions, ...entry.zh.questions]);
    expect(asked).not.toContain('that was helpful');
    expect(asked).not.toContain('能不能简单说');
    expect(asked.filter((question) => praisesTheAnswer(question) || asksSimpler(question))).toEqual([]);
    // Nor the pooling of one fund, which gets a message before its answer.
    expect(asked).not.toContain('is the unemployment fund pooled provincially');
  });

  it('reports replies that answer another message as cross-talk', async () => {
    bot = await startBotServer({}, { dialog: new CrossedWiresDialog() });
    const run = await runLoad({ botUrl: bot.url, connector, conversations: plan('crossed-wires'), concurrency: 5 });

    expect(summariseRun(run, echoesItsMessage)).toMatchObject({
      errorCount: 0,
      crossTalkCount: 10,
      crossTalk: { wrongConversation: 0, strayReplies: 0, wrongAnswer: 10 },
    });
  });

  it('reports turns the bot never answered as errors, by reason', async () => {
    const nobodyListening = `http://127.0.0.1:${await freePort()}`;
    const run = await runLoad({ botUrl: nobodyListening, connector, conversations: plan('no-bot'), concurrency: 2 });

    expect(summariseRun(run, answersItsQuestion)).toMatchObject({
      answeredTurns: 0,
      errors: { ECONNREFUSED: 10 },
      crossTalkCount: 0,
      latency: undefined,
    });
  });
});
