// npm run bench:nlu: the project's IntentMatcher against NLP.js on public intent benchmarks and on the bot's
// own knowledge, in one run. Each engine trains and tests in a child process of its own (benchNluWorker.ts).
// `npm run bench:nlu` runs the build, as `npm start` runs the bot; run from source (ts-node) it measures ts-node too.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../bot/projectRoot';
import { loadDataset } from '../knowledge/evaluation/dataset';
import { formatDuration, formatPercent } from '../knowledge/evaluation/report';
import { renderTable } from '../knowledge/evaluation/table';
import { Language, languages } from '../knowledge/language';
import { LabeledUtterance } from '../knowledge/matcher/types';
import { processOutput, runCommand, UsageError } from './commandLine';
import { BENCH_TIMED_CALLS, BENCH_WARM_UP_CALLS, type BenchJob, type BenchRun, type TestSet } from './nluBenchmark';
import { EngineName, engineLabels } from './nluEngines';
import { loadProjectKnowledge, loadQuestions } from './projectData';

const DEFAULT_JSON_FILE = join(projectRoot, 'reports', 'bench-nlu.json');
const DEFAULT_DATA_DIRECTORY = join(projectRoot, '..', 'shared', 'bench');

const USAGE = `Usage: npm run bench:nlu -- [--quick] [--json [FILE]] [--data DIR]

  --quick         skip CLINC150 (NLP.js alone needs about 90 s to train on it)
  --json [FILE]   also write the results as JSON (default ${DEFAULT_JSON_FILE})
  --data DIR      folder of the public benchmark files (default ${DEFAULT_DATA_DIRECTORY})
  --help          print this text`;

interface BenchOptions {
  quick: boolean;
  jsonFile?: string;
  dataDirectory: string;
  help: boolean;
}

/** Hand-parsed because --json takes an optional value, which node:util parseArgs cannot express. */
function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { quick: false, dataDirectory: DEFAULT_DATA_DIRECTORY, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const hasValue = i + 1 < args.length && !args[i + 1].startsWith('--');
    switch (args[i]) {
      case '--quick':
        options.quick = true;
        break;
      case '--help':
        options.help = true;
        break;
      case '--json':
        options.jsonFile = hasValue ? resolve(args[++i]) : DEFAULT_JSON_FILE;
        break;
      case '--data':
        if (!hasValue) throw new UsageError('--data needs a folder');
        options.dataDirectory = resolve(args[++i]);
        break;
      default:
        throw new UsageError(`unknown argument "${args[i]}"`);
    }
  }
  return options;
}

/** One training set and the test sets scored against it, all in one language. */
interface BenchSuite {
  name: string;
  language: Language;
  train: LabeledUtterance[];
  tests: TestSet[];
  /** The bot's knowledge: its own decision (KnowledgeMatcher) is run too. */
  bot: boolean;
}

function publicSuites(dataDirectory: string, quick: boolean): BenchSuite[] {
  if (!existsSync(dataDirectory)) {
    throw new UsageError(`benchmark data folder ${dataDirectory} does not exist; pass the folder with --data`);
  }
  const load = (name: string) => loadDataset(join(dataDirectory, `${name}.json`));
  const braun = ['braun-chatbot', 'braun-askubuntu', 'braun-webapps'].map((name) => ({
    name,
    language: 'en' as const,
    train: load(`${name}.train`),
    tests: [{ name, utterances: load(`${name}.test`) }],
    bot: false,
  }));
  if (quick) return braun;
  const clinc = {
    name: 'clinc150',
    language: 'en' as const,
    // The published out-of-scope training examples teach both engines what None looks like.
    train: [...load('clinc150.train'), ...load('clinc150-oos.train-extra')],
    tests: [
      { name: 'clinc150 val', utterances: load('clinc150.val') },
      { name: 'clinc150 test', utterances: load('clinc150.test') },
    ],
    bot: false,
  };
  return [...braun, clinc];
}

/**
 * The bot's own knowledge: trained on the entries' questions, tested on the held-out sets in test/data; the bare
 * matcher and NLP.js on those questions alone, the bot's decision as the bot trains it.
 */
function knowledgeSuites(): BenchSuite[] {
  const knowledge = loadProjectKnowledge();
  return languages.map((language) => ({
    name: `knowledge ${language}`,
    language,
    train: knowledge.trainingExamples(language),
    tests: [{ name: `knowledge ${language}`, utterances: loadQuestions(language) }],
    bot: true,
  }));
}

/**
 * Built, the workers are plain node, like the bot in production. From source they need ts-node, whose compiler then
 * sits in every worker's heap (about 100 MB): more garbage collection, slower training and a longer latency tail.
 */
const FROM_SOURCE = __filename.endsWith('.ts');
const WORKER = join(__dirname, FROM_SOURCE ? 'benchNluWorker.ts' : 'benchNluWorker.js');
const WORKER_FLAGS = ['--expose-gc', ...(FROM_SOURCE ? ['--require', require.resolve('ts-node/register/transpile-only')] : [])];

function runInChildProcess(job: BenchJob): Promise<BenchRun> {
  return new Promise((resolveRun, reject) => {
    // stdout is dropped: NLP.js prints progress ("Compiling dictionary") that would break the table.
    const child = fork(WORKER, [], {
      execArgv: WORKER_FLAGS,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let run: BenchRun | undefined;
    child.once('message', (message) => {
      run = message as BenchRun;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (run) resolveRun(run);
      else reject(new Error(`benchmark worker (${job.engine}) exited with code ${code} and no result`));
    });
    child.send(job);
  });
}

interface SuiteResult {
  suite: string;
  language: Language;
  trainUtterances: number;
  runs: { project: BenchRun; nlpjs: BenchRun; bot?: BenchRun };
}

async function runSuite(suite: BenchSuite): Promise<SuiteResult> {
  const run = (engine: EngineName) => {
    processOutput.error(`[bench:nlu] ${suite.name}: ${engineLabels[engine]} on ${suite.train.length} utterances…`);
    return runInChildProcess({ engine, language: suite.language, train: suite.train, tests: suite.tests });
  };
  // One engine after the other, so that neither competes with the other for the CPU.
  const project = await run('project');
  const nlpjs = await run('nlpjs');
  const bot = suite.bot ? await run('bot') : undefined;
  return { suite: suite.name, language: suite.language, trainUtterances: suite.train.length, runs: { project, nlpjs, bot } };
}

async function runSuites(suites: readonly BenchSuite[]): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const suite of suites) results.push(await runSuite(suite));
  return results;
}

function describeMachine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

/** One-minute load average: above the core count, other programs were competing and wall-clock times are inflated. */
const loadAverage = (): number => Number(loadavg()[0].toFixed(1));

function resultsTable(results: readonly SuiteResult[]): string {
  const rows = results.flatMap(({ runs }) =>
    [runs.project, runs.nlpjs, ...(runs.bot ? [runs.bot] : [])].flatMap((run) =>
      run.tests.map(({ name, report, latency }) => [
        name,
        engineLabels[run.engine],
        formatPercent(report.accuracy),
        formatPercent(report.inScopeAccuracy),
        formatPercent(report.oosRecall),
        formatPercent(report.macroF1),
        formatDuration(run.trainMs),
        formatDuration(run.trainCpuMs),
        formatDuration(latency.p50Ms),
        formatDuration(latency.p99Ms),
        formatDuration(latency.maxMs),
        `${Math.round(run.peakRssMb)} MB`,
        `${Math.round(run.peakRssMb - run.rssBeforeEngineMb)} MB`,
      ]),
    ),
  );
  const right = (header: string) => ({ header, align: 'right' as const });
  return renderTable(
    [
      { header: 'data set' },
      { header: 'engine' },
      right('accuracy'),
      right('in-scope acc'),
      right('OOS recall'),
      right('macro-F1'),
      right('train'),
      right('train CPU'),
      right('p50'),
      right('p99'),
      right('max'),
      right('peak RSS'),
      right('engine RSS'),
    ],
    rows,
  );
}

/** Project figure / NLP.js figure for each test set: above 1 the project is more accurate, or slower to train. */
function ratios(results: readonly SuiteResult[]) {
  return results.flatMap(({ runs: { project, nlpjs } }) =>
    project.tests.map((test, i) => ({
      test: test.name,
      accuracy: test.report.accuracy / nlpjs.tests[i].report.accuracy,
      trainTime: project.trainMs / nlpjs.trainMs,
      trainCpuTime: project.trainCpuMs / nlpjs.trainCpuMs,
    })),
  );
}

function formatRatio(ratio: number): string {
  return `${Number(ratio.toPrecision(2))}×`;
}

function ratioTable(rows: ReturnType<typeof ratios>): string {
  return renderTable(
    [
      { header: 'data set' },
      { header: 'accuracy project/NLP.js', align: 'right' },
      { header: 'train time project/NLP.js', align: 'right' },
      { header: 'train CPU project/NLP.js', align: 'right' },
    ],
    rows.map((row) => [
      row.test,
      `${row.accuracy.toFixed(2)}×`,
      formatRatio(row.trainTime),
      formatRatio(row.trainCpuTime),
    ]),
  );
}

async function benchmark(options: BenchOptions): Promise<void> {
  const suites = [...publicSuites(options.dataDirectory, options.quick), ...knowledgeSuites()];
  const machine = describeMachine();
  const { cpu, cores, memoryGiB, node, os } = machine;
  const loadAtStart = loadAverage();
  processOutput.out(`Machine: ${cpu}, ${cores} cores, ${memoryGiB} GiB, Node ${node}, ${os}`);
  processOutput.out(`Load average at the start: ${loadAtStart}\n`);
  const results = await runSuites(suites);
  const ratioRows = ratios(results);
  const loadAtEnd = loadAverage();
  processOutput.out(resultsTable(results));
  processOutput.out('');
  processOutput.out(ratioTable(ratioRows));
  processOutput.out(
    [
      '',
      `Load average at the end: ${loadAtEnd} (${cores} cores; above that, wall-clock times are inflated).`,
      `Latency: one classification, each call timed on its own. After training, ${BENCH_WARM_UP_CALLS} warm-up calls on training`,
      `utterances and a full garbage collection, the test set is classified over and over, ${BENCH_TIMED_CALLS} timed calls at least.`,
      'bot: the bot\'s own decision (KnowledgeMatcher, trained as at start-up: both languages, out-of-scope examples).',
      `peak RSS: the child process that trained and tested the engine${FROM_SOURCE ? ' (run from source: ts-node alone is about 100 MB of it)' : ''};`,
      'engine RSS: that peak less the same process just before the engine was loaded.',
    ].join('\n'),
  );
  if (options.jsonFile) {
    mkdirSync(dirname(options.jsonFile), { recursive: true });
    const generatedAt = new Date().toISOString();
    const load = { start: loadAtStart, end: loadAtEnd };
    const { quick } = options;
    const document = { generatedAt, machine, load, quick, engines: engineLabels, results, ratios: ratioRows };
    writeFileSync(options.jsonFile, `${JSON.stringify(document, null, 2)}\n`);
    processOutput.out(`\nWrote ${options.jsonFile}`);
  }
}

if (require.main === module) {
  void runCommand(
    async () => {
      const options = parseOptions(process.argv.slice(2));
      if (options.help) processOutput.out(USAGE);
      else await benchmark(options);
    },
    USAGE,
    processOutput,
  ).then((status) => {
    process.exitCode = status;
  });
}
