import { LatencySummary, millisecondsSince, summariseLatencies } from '../knowledge/evaluation/latency';
import { EvaluationReport, PredictionRow, scorePredictions } from '../knowledge/evaluation/metrics';
import { Language } from '../knowledge/language';
import { LabeledUtterance } from '../knowledge/matcher/types';
import { createEngine, EngineName, NluEngine } from './nluEngines';

export interface TestSet {
  name: string;
  utterances: LabeledUtterance[];
}

/** One engine trained once on one training set, then run on each test set. */
export interface BenchJob {
  engine: EngineName;
  language: Language;
  train: LabeledUtterance[];
  tests: TestSet[];
}

export interface TestResult {
  name: string;
  report: EvaluationReport;
  latency: LatencySummary;
}

export interface BenchRun {
  engine: EngineName;
  trainMs: number;
  /** CPU time of the training: unlike trainMs, barely moved by other programs competing for the machine. */
  trainCpuMs: number;
  /** Resident memory with the data received, before the engine's library is loaded: the floor the peak grows from. */
  rssBeforeEngineMb: number;
  /** Highest resident memory of the whole process (training and testing). */
  peakRssMb: number;
  tests: TestResult[];
}

/** How classifications are timed (the method is written down in BENCHMARKS.md). */
export interface LatencyMethod {
  /**
   * Classifications of training utterances run before timing: the first calls pay for lazy initialisation and JIT
   * compilation, which a server pays before its first user. Training utterances, so no test utterance is seen first.
   */
  warmUpCalls: number;
  /**
   * Timed classifications per test set, cycling through it: with a few thousand samples p99 is a percentile; with
   * the 300 utterances of a small test set it would be the third-worst sample, one pause deciding it.
   */
  timedCalls: number;
  /**
   * A full garbage collection after training and warm-up, before each test set is timed, as a server trained at
   * start-up has had before its first message: otherwise the training's garbage is collected during the timed calls.
   * The classifications' own garbage is collected while they are timed, and counts.
   */
  collectGarbage: () => void;
}

export const BENCH_WARM_UP_CALLS = 200;
export const BENCH_TIMED_CALLS = 5000;

/** The benchmark's method; `collectGarbage` is V8's `gc`, exposed by running node with --expose-gc. */
export function benchLatencyMethod(collectGarbage: () => void): LatencyMethod {
  return { warmUpCalls: BENCH_WARM_UP_CALLS, timedCalls: BENCH_TIMED_CALLS, collectGarbage };
}

const MB = 1024 * 1024;

async function warmUp(engine: NluEngine, utterances: readonly LabeledUtterance[], calls: number): Promise<void> {
  for (let call = 0; call < calls; call += 1) await engine.classify(utterances[call % utterances.length].text);
}

/**
 * Classifies the test set over and over until `timedCalls` classifications (whole passes, so every utterance is
 * timed equally often), timing each call on its own; the predictions are those of the first pass.
 */
async function classifyAll(
  engine: NluEngine,
  utterances: readonly LabeledUtterance[],
  method: LatencyMethod,
): Promise<{ rows: PredictionRow[]; samplesMs: number[] }> {
  const rows: PredictionRow[] = [];
  const samplesMs: number[] = [];
  const passes = Math.max(1, Math.ceil(method.timedCalls / utterances.length));
  method.collectGarbage();
  for (let pass = 0; pass < passes; pass += 1) {
    for (const { text, intent } of utterances) {
      const start = process.hrtime.bigint();
      const predicted = await engine.classify(text);
      samplesMs.push(millisecondsSince(start));
      if (pass === 0) rows.push({ text, expected: intent, predicted });
    }
  }
  return { rows, samplesMs };
}

/**
 * Trains and tests one engine. Meant to run alone in a fresh process (see benchNluWorker.ts), so that
 * the peak memory is this engine's own. The peak comes from the kernel's high-water mark rather than
 * from sampling process.memoryUsage(): training is synchronous, so a sampling timer would never fire
 * while memory is at its highest.
 */
export async function runBenchJob(job: BenchJob, method: LatencyMethod): Promise<BenchRun> {
  const rssBeforeEngineMb = process.memoryUsage().rss / MB;
  const engine = await createEngine(job.engine, job.language);
  const trainStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  await engine.train(job.train);
  const trainMs = millisecondsSince(trainStart);
  const { user, system } = process.cpuUsage(cpuStart);
  const trainCpuMs = (user + system) / 1000;

  await warmUp(engine, job.train, method.warmUpCalls);
  const tests: TestResult[] = [];
  for (const test of job.tests) {
    const { rows, samplesMs } = await classifyAll(engine, test.utterances, method);
    tests.push({ name: test.name, report: scorePredictions(rows), latency: summariseLatencies(samplesMs) });
  }
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  return { engine: job.engine, trainMs, trainCpuMs, rssBeforeEngineMb, peakRssMb, tests };
}
