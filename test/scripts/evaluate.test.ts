import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languages } from '../../knowledge/language';
import { NONE_INTENT } from '../../knowledge/matcher/types';
import { CommandOutput } from '../../scripts/commandLine';
import { evaluate } from '../../scripts/evaluate';
import { loadQuestions } from '../../scripts/projectData';

const directory = mkdtempSync(join(tmpdir(), 'evaluate-'));

function writeDataset(name: string, utterances: Array<[string, string]>): string {
  const file = join(directory, name);
  writeFileSync(file, JSON.stringify({ utterances: utterances.map(([text, intent]) => ({ text, intent })) }));
  return file;
}

const trainFile = writeDataset('train.json', [
  ['hello there', 'greet'],
  ['hi friend', 'greet'],
  ['good morning to you', 'greet'],
  ['hello hello', 'greet'],
  ['what is the weather', 'weather'],
  ['will it rain today', 'weather'],
  ['weather forecast please', 'weather'],
  ['is it going to rain', 'weather'],
  // Out-of-scope examples, as the benchmarks with out-of-scope test utterances have.
  ['tell me about physics', 'None'],
  ['stock prices', 'None'],
  ['play a song', 'None'],
  ['book a flight', 'None'],
]);
const testFile = writeDataset('test.json', [
  ['hello my friend', 'greet'],
  ['rain forecast', 'weather'],
  ['quantum chromodynamics', 'None'],
]);

async function run(args: string[]): Promise<{ status: number; out: string; error: string }> {
  const out: string[] = [];
  const error: string[] = [];
  const output: CommandOutput = { out: (text) => out.push(text), error: (text) => error.push(text) };
  const status = await evaluate(args, output);
  return { status, out: out.join('\n'), error: error.join('\n') };
}

describe('npm run evaluate -- --train FILE --test FILE', () => {
  it('prints one JSON object with the figures', async () => {
    const { status, out } = await run(['--train', trainFile, '--test', testFile, '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      train: trainFile,
      test: testFile,
      accuracy: 1,
      inScopeAccuracy: 1,
      oosRecall: 1,
      macroF1: 1,
    });
    expect(result.trainMs).toEqual(expect.any(Number));
    const perIntent: Array<{ intent: string; support: number }> = result.perIntent;
    expect(perIntent.map((score) => [score.intent, score.support])).toEqual([
      ['greet', 1],
      ['weather', 1],
    ]);
  });

  it('prints a readable report with the headline figures and the misses', async () => {
    const swapped = writeDataset('swapped.json', [['hello my friend', 'weather']]);
    const { status, out } = await run(['--train', trainFile, '--test', swapped]);
    expect(status).toBe(0);
    expect(out).toMatch(/\| in-scope accuracy +\| +0\.0% \| +0\/1 \|/);
    expect(out).toMatch(/\| out-of-scope rejection \(recall\) +\| +n\/a \|/);
    expect(out).toContain('Misses (1):\n  weather → greet: "hello my friend"');
  });
});

// The accuracy floors on these sets live with the matcher (test/knowledge/evaluation.test.ts); this checks the command.
describe('npm run evaluate (the bot on its held-out questions)', () => {
  it('scores every question of each language on its own', async () => {
    const { status, out } = await run(['--json']);
    expect(status).toBe(0);
    const result = JSON.parse(out);
    for (const language of languages) {
      const questions = loadQuestions(language);
      const outOfScope = questions.filter((question) => question.intent === NONE_INTENT).length;
      expect(result[language]).toMatchObject({
        total: questions.length,
        outOfScopeTotal: outOfScope,
        accuracy: expect.any(Number),
        macroF1: expect.any(Number),
      });
    }
    expect(result.trainMs).toEqual(expect.any(Number));
  });
});

describe('npm run evaluate with a wrong command line or file', () => {
  it.each([
    [['--bogus'], /Unknown option '--bogus'[\s\S]*Usage: npm run -s evaluate/],
    [['--train', trainFile], /--train and --test go together/],
    [['--train', trainFile, '--test', join(directory, 'absent.json')], /absent\.json[\s\S]*cannot be read/],
  ])('%j exits 2 and says what to fix', async (args, message) => {
    const { status, out, error } = await run(args);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(error).toMatch(message);
  });

  it('names the utterance of an invalid test file', async () => {
    const broken = writeDataset('broken.json', [
      ['ok', 'greet'],
      ['', 'greet'],
    ]);
    const { status, error } = await run(['--train', trainFile, '--test', broken]);
    expect(status).toBe(2);
    expect(error).toMatch(/broken\.json[\s\S]*utterances\[1\] "", field "text"/);
  });

  it('sets the exit status of the process', () => {
    const tsNode = require.resolve('ts-node/register/transpile-only');
    const script = join(__dirname, '../../scripts/evaluate.ts');
    const child = spawnSync(process.execPath, ['--require', tsNode, script, '--nope'], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain("Unknown option '--nope'");
  });
});
