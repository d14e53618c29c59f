import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../bot/fileStorage';
import { BlobStorage } from '../../bot/state/blobStorage';
import { readSupportEvents } from '../../bot/supportEventReader';
import { supportEventStorageForBot, supportEventStorageForReport } from '../../bot/supportEventStorage';
import { StorageQuestionLog } from '../../dialogs/questionLog';
import { NewSupportEvent, SUPPORT_EVENT_PREFIX } from '../../knowledge/unansweredEvents';
import { CommandOutput } from '../../scripts/commandLine';
import { reportUnanswered } from '../../scripts/reportUnanswered';

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'support-events-'));
  folders.push(folder);
  return folder;
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** MemoryStorage that also lists keys, so the tests can see exactly what was written. */
class InspectableStorage extends MemoryStorage {
  constructor(private readonly items: Record<string, string> = {}) {
    super(items);
  }

  keys(): string[] {
    return Object.keys(this.items).sort();
  }
}

const fallback: NewSupportEvent = { type: 'fallback', language: 'en', question: 'how much pension will I get' };
const helpful: NewSupportEvent = { type: 'feedback', language: 'zh', answerId: 'summary', helpful: true };
const noErrors = { onError: (error: unknown) => fail(error) };

describe('the question log', () => {
  it('writes each event under its own key of the day, with the time and nothing about the user', async () => {
    const storage = new InspectableStorage();
    const log = new StorageQuestionLog(storage, { recordQuestions: true, ...noErrors, now: () => new Date('2025-03-01T10:15:02.123Z') });
    await log.record(fallback);
    await log.record(helpful);

    const keys = storage.keys();
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^support-events\/2025-03-01\/101502123-[0-9a-f]{12}$/);
    const items = await storage.read(keys);
    expect(Object.values(items).map(({ eTag: _eTag, ...event }) => event)).toEqual(
      expect.arrayContaining([
        { ...fallback, at: '2025-03-01T10:15:02.123Z' },
        { ...helpful, at: '2025-03-01T10:15:02.123Z' },
      ]),
    );
  });

  // "我妈叫王秀英 身份证110101194501011234 帮我给她认证一下" was stored as typed, the ID card number with it.
  it('masks ID card, phone and bank card numbers in the questions it stores, and keeps article and step numbers', async () => {
    const storage = new InspectableStorage();
    const log = new StorageQuestionLog(storage, { recordQuestions: true, ...noErrors });
    await log.record({ type: 'fallback', language: 'zh', question: '我妈身份证11010119450101123X 电话138 1234 5678 第64条第3步 75岁 2018年' });
    await log.record({ type: 'clarify', language: 'en', question: 'card 6222-0212-3456-7890 article 64', offered: ['article64-full'], clarificationId: 'c1' });
    const questions = Object.values(await storage.read(storage.keys())).map((event) => event.question);
    expect(questions).toEqual(expect.arrayContaining(['我妈身份证[number] 电话[number] 第64条第3步 75岁 2018年', 'card [number] article 64']));
  });

  it('loses nothing when several bot instances record at the same moment into one storage', async () => {
    const storage = new InspectableStorage();
    const now = () => new Date('2025-03-01T10:00:00.000Z');
    const instances = [1, 2, 3].map(() => new StorageQuestionLog(storage, { recordQuestions: true, ...noErrors, now }));
    await Promise.all(Array.from({ length: 90 }, (_, i) => instances[i % 3].record({ ...fallback, question: `question ${i}` })));
    expect(storage.keys()).toHaveLength(90);
  });

  it('with UNANSWERED_LOG=false stores nothing a user typed, but still counts feedback', async () => {
    const storage = new InspectableStorage();
    const log = new StorageQuestionLog(storage, { recordQuestions: false, ...noErrors });
    await log.record(fallback);
    await log.record({ type: 'clarify', language: 'en', question: 'x', offered: ['summary'], clarificationId: 'c' });
    await log.record({ type: 'clarified', language: 'en', clarificationId: 'c', outcome: 'none' });
    await log.record(helpful);
    const items = Object.values(await storage.read(storage.keys()));
    expect(items.map((item) => item.type)).toEqual(['feedback']);
  });

  it('reports a storage failure instead of failing the turn', async () => {
    const failing: Storage = {
      read: async () => ({}),
      write: async () => Promise.reject(new Error('storage down')),
      delete: async () => undefined,
    };
    const errors: unknown[] = [];
    const log = new StorageQuestionLog(failing, { recordQuestions: true, onError: (error) => errors.push(error) });
    await expect(log.record(fallback)).resolves.toBeUndefined();
    expect(errors).toEqual([new Error('storage down')]);
  });
});

describe('FileStorage', () => {
  it('keeps items across instances (processes), lists keys by prefix and deletes', async () => {
    const folder = temporaryFolder();
    await new FileStorage(folder).write({ 'support-events/2025-03-01/1': { n: 1 }, 'support-events/2025-03-02/2': { n: 2 }, 'other/key': { n: 3 } });
    const reader = new FileStorage(folder);
    expect(await reader.listKeys('support-events/2025-03-01/')).toEqual(['support-events/2025-03-01/1']);
    expect(await reader.listKeys(SUPPORT_EVENT_PREFIX)).toEqual(['support-events/2025-03-01/1', 'support-events/2025-03-02/2']);
    const items: StoreItems = await reader.read(['other/key', 'missing']);
    expect(Object.keys(items)).toEqual(['other/key']);
    expect(items['other/key']).toMatchObject({ n: 3, eTag: expect.any(String) });
    await reader.delete(['other/key', 'missing']);
    expect(await reader.read(['other/key'])).toEqual({});
  });

  it('refuses a write with a stale eTag, like MemoryStorage', async () => {
    const storage = new FileStorage(temporaryFolder());
    await storage.write({ state: { n: 1 } });
    const { state } = await storage.read(['state']);
    await storage.write({ state: { ...state, n: 2 } });
    await expect(storage.write({ state: { ...state, n: 3 } })).rejects.toThrow('eTag conflict');
    await expect(storage.write({ state: { n: 4, eTag: '*' } })).resolves.toBeUndefined();
  });

  it('lists nothing in a folder that does not exist yet', async () => {
    expect(await new FileStorage(join(temporaryFolder(), 'not-yet')).listKeys('')).toEqual([]);
  });
});

describe('reading the events back for the report', () => {
  it('reads the days asked for, skipping records that are not events', async () => {
    const folder = temporaryFolder();
    const storage = new FileStorage(folder);
    const at = (iso: string) => new StorageQuestionLog(storage, { recordQuestions: true, ...noErrors, now: () => new Date(iso) });
    await at('2025-02-27T23:59:59.999Z').record({ ...fallback, question: 'too early' });
    await at('2025-02-28T00:00:00.000Z').record({ ...fallback, question: 'first day' });
    await at('2025-03-01T12:00:00.000Z').record(helpful);
    await storage.write({ 'support-events/2025-03-01/broken': { type: 'fallback' } });

    const { events, invalid } = await readSupportEvents(storage, new Date('2025-02-28T09:00:00Z'), new Date('2025-03-01T18:00:00Z'));
    expect(events.map((event) => (event.type === 'fallback' ? event.question : event.type))).toEqual(['first day', 'feedback']);
    expect(invalid).toEqual(['support-events/2025-03-01/broken']);
  });

  it('writes to UNANSWERED_LOG_DIR, else to blob state storage, never to memory; the report needs a readable place', () => {
    const botStorage = new MemoryStorage();
    expect(supportEventStorageForBot({ UNANSWERED_LOG_DIR: undefined, STORAGE: 'blob' }, botStorage)).toBe(botStorage);
    expect(supportEventStorageForBot({ UNANSWERED_LOG_DIR: '/tmp/x', STORAGE: 'memory' }, botStorage)).toBeInstanceOf(FileStorage);
    expect(supportEventStorageForBot({ UNANSWERED_LOG_DIR: undefined, STORAGE: 'memory' }, botStorage)).toBeUndefined();
    const memory = { UNANSWERED_LOG_DIR: undefined, STORAGE: 'memory', BLOB_CONNECTION_STRING: undefined, BLOB_CONTAINER: undefined } as const;
    expect(() => supportEventStorageForReport(memory)).toThrow(/Set UNANSWERED_LOG_DIR/);
    expect(supportEventStorageForReport(memory, '/tmp/x')).toBeInstanceOf(FileStorage);
    const blob = { ...memory, STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'bot-state' } as const;
    expect(supportEventStorageForReport(blob)).toBeInstanceOf(BlobStorage);
  });
});

describe('npm run report:unanswered', () => {
  async function run(args: string[], now: Date) {
    const out: string[] = [];
    const error: string[] = [];
    const output: CommandOutput = { out: (text) => out.push(text), error: (text) => error.push(text) };
    const status = await reportUnanswered(args, output, now);
    return { status, out: out.join('\n'), error: error.join('\n') };
  }

  it('prints the most frequent unanswered questions with their likely entry, and writes the same as a page', async () => {
    const folder = temporaryFolder();
    const now = new Date('2025-03-01T12:00:00Z');
    const log = new StorageQuestionLog(new FileStorage(folder), { recordQuestions: true, ...noErrors, now: () => now });
    for (const question of ['how do I certify my mum for her pension in alipay??', 'How do I certify my mum for her pension in Alipay', '<b>what is the weather</b>']) {
      await log.record({ ...fallback, question });
    }
    await log.record({ type: 'feedback', language: 'en', answerId: 'summary', helpful: false });
    const page = join(folder, 'report.html');

    const result = await run(['--dir', folder, '--days', '7', '--html', page], now);

    expect(result.status).toBe(0);
    expect(result.out).toContain('From 2025-02-23 to 2025-03-01 (UTC): 3 questions it could not answer');
    expect(result.out).toMatch(/1\. 2× \[en\] could not answer: 2\n\s+likely entry: procedure "How to certify a family member on Alipay" in procedure\.yaml/);
    expect(result.out).toMatch(/summary\s+0\s+1/);
    expect(readFileSync(page, 'utf8')).toContain('&lt;b&gt;what is the weather&lt;/b&gt;');
  });

  it('explains how to make the records readable when the bot keeps them in memory', async () => {
    const before = process.env.UNANSWERED_LOG_DIR;
    delete process.env.UNANSWERED_LOG_DIR;
    try {
      const result = await run([], new Date());
      expect(result.status).toBe(2);
      expect(result.error).toContain('Set UNANSWERED_LOG_DIR');
    } finally {
      if (before !== undefined) process.env.UNANSWERED_LOG_DIR = before;
    }
  });

  it('rejects a bad number of days', async () => {
    const result = await run(['--days', 'zero', '--dir', temporaryFolder()], new Date());
    expect(result.status).toBe(2);
    expect(result.error).toContain('--days must be a whole number of 1 or more, not "zero"');
  });

  it('does not need the records folder to exist yet', async () => {
    const result = await run(['--dir', join(temporaryFolder(), 'nothing-yet')], new Date());
    expect(result.status).toBe(0);
    expect(result.out).toContain('0 questions it could not answer');
  });
});
