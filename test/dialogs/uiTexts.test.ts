import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify, parse } from 'yaml';
import { KnowledgeError } from '../../knowledge/knowledgeError';
import { fillTemplate, loadTexts, parseTexts } from '../../knowledge/texts';

const english = readFileSync('knowledge/texts/en.yaml', 'utf8');

function withChange(change: (table: Record<string, any>) => void): string {
  const table = parse(english);
  change(table);
  return stringify(table);
}

function problemsOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as Error).message;
  }
  throw new Error('expected a KnowledgeError');
}

describe('UI texts', () => {
  it('loads both tables with the same keys', () => {
    const texts = loadTexts('knowledge/texts');
    expect(Object.keys(texts).sort()).toEqual(['en', 'zh']);
    expect(texts.zh.buttons.next).toBe('下一步');
    expect(texts.en.buttons.next).toBe('Next');
  });

  it('names the file and the key when a key is missing', () => {
    const message = problemsOf(() => parseTexts('knowledge/texts/zh.yaml', withChange((table) => delete table.buttons.stop)));
    expect(message).toContain('knowledge/texts/zh.yaml');
    expect(message).toContain('key "buttons.stop"');
  });

  it('names a key that only one language has', () => {
    const message = problemsOf(() => parseTexts('en.yaml', withChange((table) => (table.farewell = 'Bye'))));
    expect(message).toContain('key "farewell"');
  });

  it('rejects a misspelt or missing placeholder', () => {
    const misspelt = problemsOf(() => parseTexts('en.yaml', withChange((table) => (table.stepHeader = 'Step {stpe} of {total}'))));
    expect(misspelt).toContain('key "stepHeader": unknown placeholder {stpe}');
    expect(misspelt).toContain('must contain the placeholder {step}');
    const missing = problemsOf(() => parseTexts('en.yaml', withChange((table) => (table.buttons.resume = 'Resume'))));
    expect(missing).toContain('key "buttons.resume": must contain the placeholder {step}');
  });

  it('names the file that cannot be read', () => {
    const directory = mkdtempSync(join(tmpdir(), 'texts-'));
    writeFileSync(join(directory, 'en.yaml'), english);
    expect(problemsOf(() => loadTexts(directory))).toContain(join(directory, 'zh.yaml'));
  });

  it('fills placeholders', () => {
    expect(fillTemplate('Step {step} of {total}', { step: 2, total: 7 })).toBe('Step 2 of 7');
  });
});
