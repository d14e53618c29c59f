import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../bot/projectRoot';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { ECHO_BOT, REAL_BOT, REPLY_SHAPED_ECHO_BOT } from '../../scripts/load/botUnderLoad';
import { planConversations, selfContainedQuestions } from '../../scripts/load/conversationPlan';
import { LoadConnector } from '../../scripts/load/loadConnector';
import { runLoad } from '../../scripts/load/loadDriver';
import { summariseRun } from '../../scripts/load/loadSummary';
import { knowledgeDirectory, loadProjectKnowledge } from '../../scripts/projectData';
import { BotProcess, startBotProcess } from '../support/botProcess';

// Building the project and training the matcher: tens of seconds on a busy machine.
jest.setTimeout(240_000);

const knowledge = loadProjectKnowledge();
const entries = selfContainedQuestions(knowledge, KnowledgeMatcher.fromKnowledge(knowledge));

let connector: LoadConnector;
let bot: BotProcess | undefined;

beforeAll(() => {
  // What `npm run bench:http` and `npm run loadtest` do before they start the bots.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: projectRoot });
});

beforeEach(async () => {
  connector = await LoadConnector.start();
});

afterEach(async () => {
  await bot?.stop('SIGKILL');
  bot = undefined;
  await connector.close();
});

describe('the bots the load commands run, started from the build as npm start runs the bot', () => {
  it.each([REAL_BOT, ECHO_BOT, REPLY_SHAPED_ECHO_BOT])('$name answers every message of its conversations', async (target) => {
    bot = await startBotProcess({ entry: target.entry, env: { KNOWLEDGE_DIR: join(projectRoot, knowledgeDirectory) } });
    const conversations = planConversations(entries, { conversations: 4, turnsPerConversation: 2 }, `built-${target.name}`);
    const run = await runLoad({ botUrl: bot.url, connector, conversations, concurrency: 4 });

    expect(summariseRun(run, target.answers)).toMatchObject({ plannedTurns: 8, answeredTurns: 8, errorCount: 0, crossTalkCount: 0 });
    expect(bot.child.spawnargs).toContain(join(projectRoot, 'dist', target.entry.script.replace(/\.ts$/, '.js')));
    expect(bot.child.spawnargs.join(' ')).not.toMatch(/ts-node/);
  });

  it('the reply-shaped echo answers as the bot does: a Markdown answer from the knowledge, with five buttons', async () => {
    bot = await startBotProcess({ entry: REPLY_SHAPED_ECHO_BOT.entry, env: { KNOWLEDGE_DIR: join(projectRoot, knowledgeDirectory) } });
    const conversations = planConversations(entries, { conversations: 2, turnsPerConversation: 2 }, 'built-shaped');
    const run = await runLoad({ botUrl: bot.url, connector, conversations, concurrency: 2 });

    const answers = knowledge.entries.flatMap((entry) => [entry.en.answer, entry.zh.answer]);
    for (const { turn, replies } of run.outcomes) {
      const [reply] = replies.map(({ activity }) => activity);
      expect(reply).toMatchObject({ type: 'message', textFormat: 'markdown' });
      expect(reply.suggestedActions?.actions).toHaveLength(5);
      expect(answers.some((answer) => reply.text === `${turn.text}\n\n${answer}`)).toBe(true);
    }
    expect(run.outcomes).toHaveLength(4);
  });
});
