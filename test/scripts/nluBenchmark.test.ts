import { BenchJob, runBenchJob } from '../../scripts/nluBenchmark';
import { EngineName } from '../../scripts/nluEngines';

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

// Both engines through the same harness the benchmark runs in its child processes; figures only, never timings.
describe.each<EngineName>(['project', 'nlpjs'])('runBenchJob with the %s engine', (engine) => {
  it('trains, labels every test utterance and scores it', async () => {
    const run = await runBenchJob(job(engine));
    expect(run.engine).toBe(engine);
    const [tiny] = run.tests;
    expect(tiny.name).toBe('tiny');
    expect(tiny.report.total).toBe(3);
    expect(tiny.report.inScopeAccuracy).toBe(1);
    expect(tiny.report.oosRecall).toBe(1);
    expect(tiny.latency).toEqual({ p50Ms: expect.any(Number), p99Ms: expect.any(Number), meanMs: expect.any(Number) });
    expect(run.peakRssMb).toBeGreaterThanOrEqual(run.rssBeforeEngineMb);
  });
});
