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

/** Classifications run before timing starts: the first calls pay for lazy initialisation and JIT compilation. */
const WARM_UP_UTTERANCES = 20;

const MB = 1024 * 1024;

/** Classifies every utterance once, timing each call on its own. */
async function classifyAll(
  engine: NluEngine,
  utterances: readonly LabeledUtterance[],
): Promise<{ rows: PredictionRow[]; samplesMs: number[] }> {
  for (const { text } of utterances.slice(0, WARM_UP_UTTERANCES)) await engine.classify(text);
  const rows: PredictionRow[] = [];
  const samplesMs: number[] = [];
  for (const { text, intent } of utterances) {
    const start = process.hrtime.bigint();
    const predicted = await engine.classify(text);
    samplesMs.push(millisecondsSince(start));
    rows.push({ text, expected: intent, predicted });
  }
  return { rows, samplesMs };
}

/**
 * Trains and tests one engine. Meant to run alone in a fresh process (see benchNluWorker.ts), so that
 * the peak memory is this engine's own. The peak comes from the kernel's high-water mark rather than
 * from sampling process.memoryUsage(): training is synchronous, so a sampling timer would never fire
 * while memory is at its highest.
 */
export async function runBenchJob(job: BenchJob): Promise<BenchRun> {
  const rssBeforeEngineMb = process.memoryUsage().rss / MB;
  const engine = await createEngine(job.engine, job.language);
  const trainStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  await engine.train(job.train);
  const trainMs = millisecondsSince(trainStart);
  const { user, system } = process.cpuUsage(cpuStart);
  const trainCpuMs = (user + system) / 1000;

  const tests: TestResult[] = [];
  for (const test of job.tests) {
    const { rows, samplesMs } = await classifyAll(engine, test.utterances);
    tests.push({ name: test.name, report: scorePredictions(rows), latency: summariseLatencies(samplesMs) });
  }
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  return { engine: job.engine, trainMs, trainCpuMs, rssBeforeEngineMb, peakRssMb, tests };
}
