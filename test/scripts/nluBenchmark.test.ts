import { BenchJob, LatencyMethod, runBenchJob } from '../../scripts/nluBenchmark';
import { EngineName } from '../../scripts/nluEngines';
import { loadProjectKnowledge } from '../../scripts/projectData';

/** A small method for tests: a few calls, and a garbage collection that only counts itself. */
const testMethod = (): LatencyMethod & { collections: number } => {
  const method = { warmUpCalls: 2, timedCalls: 7, collections: 0, collectGarbage: () => (method.collections += 1) };
  return method;
};

const job = (engine: EngineName): BenchJob => ({
  engine,
  language: 'en',
  train: [
    { text: 'hello there', intent: 'greet' },
    { text: 'hi friend', intent: 'greet' },
    { text: 'good morning to you', intent: 'greet' },
    { text: 'what is the weather', intent: 'weather' },
    { text: 'will it rain today', intent: 'weather' },
    { text: 'weather forecast please', intent: 'weather' },
    // Out-of-scope examples, as the benchmarks with out-of-scope test utterances have: with two intents and none of
    // these, any text is closer to one of the two than to nothing.
    { text: 'tell me about physics', intent: 'None' },
    { text: 'stock prices', intent: 'None' },
    { text: 'play a song', intent: 'None' },
    { text: 'book a flight', intent: 'None' },
  ],
  tests: [
    {
      name: 'tiny',
      utterances: [
        { text: 'hello my friend', intent: 'greet' },
        { text: 'rain forecast', intent: 'weather' },
        { text: 'quantum chromodynamics', intent: 'None' },
      ],
    },
  ],
});

// The engines through the same harness the benchmark runs in its child processes; figures only, never timings.
describe.each<EngineName>(['project', 'nlpjs'])('runBenchJob with the %s engine', (engine) => {
  it('trains, labels every test utterance once and scores it, timing whole passes over the test set', async () => {
    const method = testMethod();
    const run = await runBenchJob(job(engine), method);
    expect(run.engine).toBe(engine);
    const [tiny] = run.tests;
    expect(tiny.name).toBe('tiny');
    expect(tiny.report.total).toBe(3);
    expect(tiny.report.inScopeAccuracy).toBe(1);
    expect(tiny.report.oosRecall).toBe(1);
    // 7 timed calls asked for: three passes over the 3 utterances.
    expect(tiny.latency).toEqual({
      samples: 9,
      p50Ms: expect.any(Number),
      p99Ms: expect.any(Number),
      maxMs: expect.any(Number),
      meanMs: expect.any(Number),
    });
    expect(method.collections).toBe(1);
    expect(run.peakRssMb).toBeGreaterThanOrEqual(run.rssBeforeEngineMb);
  });
});

describe('runBenchJob with the bot engine', () => {
  const questions = loadProjectKnowledge().trainingExamples('en');

  it("scores the bot's decision, trained from its knowledge base", async () => {
    const tests = [{ name: 'own questions', utterances: questions.slice(0, 5) }];
    const run = await runBenchJob({ engine: 'bot', language: 'en', train: questions, tests }, testMethod());
    expect(run.tests[0].report.total).toBe(5);
    expect(run.tests[0].report.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('refuses training utterances that are not the knowledge base\'s questions', async () => {
    const tests = [{ name: 'own questions', utterances: questions.slice(0, 1) }];
    await expect(runBenchJob({ engine: 'bot', language: 'en', train: questions.slice(1), tests }, testMethod())).rejects.toThrow(
      /not the knowledge base's en questions/,
    );
  });
});
