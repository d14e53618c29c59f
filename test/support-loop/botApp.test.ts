import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { loadTexts } from '../../knowledge/texts';
import { ChatSession } from '../../scripts/chatSession';

const texts = loadTexts('knowledge/texts');
const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'support-app-'));
  folders.push(folder);
  return folder;
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The real app built from these settings, with its log lines kept for the test. */
function startApp(env: Record<string, string>) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = createBotApp(parseConfig(env), { logger: pino({ level: 'info' }, sink) });
  return { app, lines, session: () => new ChatSession(app.bot) };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

const recordsIn = (folder: string) => readdirSync(folder).map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>);

describe('recording in the running bot', () => {
  it('writes each unanswered question and feedback click to UNANSWERED_LOG_DIR, with nothing about the user', async () => {
    const folder = temporaryFolder();
    const { session } = startApp({ UNANSWERED_LOG_DIR: folder, LOG_LEVEL: 'silent' });
    const chat = session();
    await chat.join();
    await chat.say('How do I renew my passport?');
    await chat.say('What are the three functions of social security?');
    await chat.say(texts.en.buttons.helpful);

    const records = recordsIn(folder);
    expect(records.map(({ type, question, answerId, helpful }) => ({ type, question, answerId, helpful }))).toEqual(
      expect.arrayContaining([
        { type: 'fallback', question: 'How do I renew my passport?', answerId: undefined, helpful: undefined },
        { type: 'feedback', question: undefined, answerId: 'functions', helpful: true },
      ]),
    );
    expect(records).toHaveLength(2);
    const written = JSON.stringify(records);
    for (const id of [chat.user.id, chat.botAccount.id, chat.transcript[0].conversation.id]) expect(written).not.toContain(id);
  });

  it('with UNANSWERED_LOG=false keeps no question, only the feedback counts', async () => {
    const folder = temporaryFolder();
    const chat = startApp({ UNANSWERED_LOG_DIR: folder, UNANSWERED_LOG: 'false', LOG_LEVEL: 'silent' }).session();
    await chat.say('How do I renew my passport?');
    await chat.say('社会保障有哪些功能？');
    await chat.say(texts.zh.buttons.notHelpful);
    expect(recordsIn(folder).map(({ type, answerId, helpful }) => ({ type, answerId, helpful }))).toEqual([
      { type: 'feedback', answerId: 'functions', helpful: false },
    ]);
  });

  it('records nothing, and says so, when the records would stay in memory', async () => {
    const { lines } = startApp({});
    expect(lines.map((line) => line.msg)).toContain('support records are off: set UNANSWERED_LOG_DIR, or use STORAGE=blob, for npm run report:unanswered');
  });
});

describe('KNOWLEDGE_WATCH=true in the running bot', () => {
  it('answers from an edited knowledge file at once, and keeps the last good knowledge after an invalid edit', async () => {
    const directory = temporaryFolder();
    cpSync('knowledge/content', directory, { recursive: true });
    const { lines, session } = startApp({ KNOWLEDGE_DIR: directory, KNOWLEDGE_WATCH: 'true' });
    const chat = session();
    await chat.say('step 1');
    // A question the knowledge does not know yet: the bot's decision for it must not outlive the reload that teaches it.
    const newcomer = session();
    const newQuestion = 'xqzv kplt';
    const beforeReload = (await newcomer.say(newQuestion)).replies.find((reply) => reply.type === 'message');
    expect(beforeReload?.text).toContain("Sorry, I can't answer");
    const reloads = () => lines.filter((line) => line.msg === 'knowledge reloaded').length;
    const rejections = () => lines.filter((line) => String(line.msg).startsWith('knowledge edit rejected')).length;

    const file = join(directory, 'procedure.yaml');
    const original = readFileSync(file, 'utf8');
    const edited = original.replaceAll('Open the Alipay app on the mobile phone.', 'Unlock your phone and open the Alipay app.');
    writeFileSync(file, edited.replace('      questions:\n', `      questions:\n        - ${newQuestion}\n`));
    await until(() => reloads() === 1, 'the reload');
    const afterReload = (await newcomer.say(newQuestion)).replies.find((reply) => reply.type === 'message');
    expect(afterReload?.text).toContain('Unlock your phone and open the Alipay app.');
    const stepOne = (await chat.say(texts.en.buttons.repeat)).replies.find((reply) => reply.type === 'message');
    expect(stepOne?.text).toContain('Unlock your phone and open the Alipay app.');

    writeFileSync(file, original.replace(/\n {4}step: 3\n/, '\n    step: nine\n'));
    await until(() => rejections() === 1, 'the rejection');
    const rejection = lines.find((line) => String(line.msg).startsWith('knowledge edit rejected'));
    expect(rejection?.level).toBe(50);
    expect(rejection?.file).toBe(file);
    expect(rejection?.msg).toMatch(/entry "step-3", field "step"/);
    const stillEdited = (await chat.say(texts.en.buttons.repeat)).replies.find((reply) => reply.type === 'message');
    expect(stillEdited?.text).toContain('Unlock your phone and open the Alipay app.');
    expect(reloads()).toBe(1);
  });
});
