import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { KnowledgeWatcher, watchKnowledge } from '../../bot/knowledgeWatcher';

/** A watched copy of the real knowledge folder, and what the watcher did with each edit. */
function watchCopy() {
  const directory = mkdtempSync(join(tmpdir(), 'knowledge-watch-'));
  cpSync('knowledge/content', directory, { recursive: true });
  const applied: KnowledgeBase[] = [];
  const errors: Array<{ fields: Record<string, unknown>; message: string }> = [];
  let settle: (() => void) | undefined;
  const logger = {
    info: () => undefined,
    error: (fields: Record<string, unknown>, message: string) => {
      errors.push({ fields, message });
      settle?.();
    },
  } as unknown as Parameters<typeof watchKnowledge>[0]['logger'];
  const watcher: KnowledgeWatcher = watchKnowledge({
    directory,
    logger,
    debounceMs: 50,
    apply: (knowledge) => {
      applied.push(knowledge);
      settle?.();
    },
  });
  /** Edits (or creates) the file and resolves once the watcher has applied or rejected the change. */
  const edit = (file: string, change: (text: string) => string) =>
    new Promise<void>((resolve) => {
      settle = resolve;
      const path = join(directory, file);
      writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    });
  const close = () => {
    watcher.close();
    rmSync(directory, { recursive: true, force: true });
  };
  return { directory, applied, errors, edit, close };
}

describe('KNOWLEDGE_WATCH: reloading edited knowledge files', () => {
  let copy: ReturnType<typeof watchCopy>;
  beforeEach(() => (copy = watchCopy()));
  afterEach(() => copy.close());

  it('loads a valid edit and puts it into service', async () => {
    await copy.edit('smalltalk.yaml', (text) => text.replace("You're welcome! If you have another question, just ask.", 'You are most welcome.'));
    expect(copy.errors).toEqual([]);
    expect(copy.applied).toHaveLength(1);
    expect(copy.applied[0].get('thanks')?.en.answer).toBe('You are most welcome.');
  });

  it('rejects an invalid edit, naming the file, entry and field, and applies nothing', async () => {
    await copy.edit('functions.yaml', (text) => text.replace('title: Redistribution', 'title: ""'));
    expect(copy.applied).toEqual([]);
    expect(copy.errors).toHaveLength(1);
    const [{ fields, message }] = copy.errors;
    expect(fields.file).toBe(join(copy.directory, 'functions.yaml'));
    expect(message).toContain('still answering from the previous knowledge');
    expect(message).toMatch(/entry "function-redistribution", field "en\.title"/);
  });

  it('rejects broken YAML and an id that another file already uses', async () => {
    await copy.edit('summary.yaml', () => 'entries: [\n');
    await copy.edit('summary.yaml', () => readFileSync('knowledge/content/smalltalk.yaml', 'utf8'));
    expect(copy.applied).toEqual([]);
    expect(copy.errors.map((error) => error.message)).toEqual([
      expect.stringContaining('not valid YAML'),
      expect.stringContaining('entry "greeting", field "id": already defined in smalltalk.yaml'),
    ]);
  });

  it('ignores files that are not knowledge files', async () => {
    writeFileSync(join(copy.directory, 'notes.txt'), 'not knowledge');
    await copy.edit('smalltalk.yaml', (text) => text);
    expect(copy.applied).toHaveLength(1);
  });
});
