import pino from 'pino';
import { createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { loadTexts } from '../../knowledge/texts';
import { ChatSession } from '../../scripts/chatSession';
import { CommandOutput } from '../../scripts/commandLine';
import { reportUnanswered } from '../../scripts/reportUnanswered';
import { Azurite } from '../support/azurite';

const texts = loadTexts('knowledge/texts');
let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
});
afterAll(() => azurite?.dispose());

/** Runs the report with these variables in the environment, as if they were in .env. */
async function reportWith(env: Record<string, string>): Promise<{ status: number; out: string; error: string }> {
  const before = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const error: string[] = [];
  const output: CommandOutput = { out: (text) => out.push(text), error: (text) => error.push(text) };
  try {
    const status = await reportUnanswered(['--days', '1'], output);
    return { status, out: out.join('\n'), error: error.join('\n') };
  } finally {
    for (const key of Object.keys(env)) {
      if (before[key] === undefined) delete process.env[key];
      else process.env[key] = before[key];
    }
  }
}

describe('npm run report:unanswered with STORAGE=blob', () => {
  it('reads what two bot instances recorded in the shared blob storage', async () => {
    const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'bot-state', UNANSWERED_LOG_DIR: '' };
    const instances = [1, 2].map(() => createBotApp(parseConfig({ ...env, LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) }));
    const [first, second] = instances.map((app) => new ChatSession(app.bot));
    await first.say('How do I renew my passport?');
    await second.say('how do I renew my passport');
    await second.say('What are the three functions of social security?');
    await second.say(texts.en.buttons.notHelpful);

    const result = await reportWith(env);

    expect(result.status).toBe(0);
    expect(result.out).toContain('2 questions it could not answer');
    expect(result.out).toMatch(/1\. 2× \[en\] could not answer: 2/);
    expect(result.out).toMatch(/functions\s+0\s+1/);
  });
});
