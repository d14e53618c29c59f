// ts-node --transpile-only scripts/crossValidateSmallData.ts [--nlpjs] [--repeats N] ['{"option": value}' ...]
// How IntentMatcher settings are compared on small training sets, without reading any test split:
//   braun      each Braun *.train.json: leave-one-out, and "few-shot" (trained on one stratified fold, tested on the
//              others: halves of webapps, thirds of askubuntu and chatbot, five shuffles).
//   simulated  tasks shaped like each Braun train file (as many intents, as many examples each, as many None examples),
//              drawn from clinc150.train and clinc150-oos.train-extra and tested on clinc150.val: a random intent and
//              the intents that share most words with it (one topic, like a Braun corpus), about twice as many test
//              utterances per intent as training ones (the Braun test splits keep their train splits' proportions;
//              CLINC150's val has 20 per intent, which caps the big ones).
// Each JSON argument is a configuration (options merged over the defaults); none means the defaults alone.
// --nlpjs also runs NLP.js 4.27 (as in `npm run bench:nlu`) on the same splits and tasks.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../bot/projectRoot';
import { loadDataset } from '../knowledge/evaluation/dataset';
import { PredictionRow, scorePredictions } from '../knowledge/evaluation/metrics';
import { IntentMatcher } from '../knowledge/matcher/intentMatcher';
import { MatcherOptionsInput } from '../knowledge/matcher/options';
import { seededRandom, shuffleInPlace } from '../knowledge/matcher/seededRandom';
import { LabeledUtterance, NONE_INTENT } from '../knowledge/matcher/types';
import { NlpjsBaseline } from './nlpjsBaseline';

const CORPORA = [
  { name: 'webapps', fewShotFolds: 2 },
  { name: 'askubuntu', fewShotFolds: 3 },
  { name: 'chatbot', fewShotFolds: 3 },
];
const FEW_SHOT_SHUFFLES = 5;
const TEST_PER_TRAINING_EXAMPLE = 2;

type Classify = (text: string) => Promise<string> | string;
type Train = (utterances: readonly LabeledUtterance[]) => Promise<Classify>;

const bench = (name: string) => loadDataset(join(projectRoot, '..', 'shared', 'bench', `${name}.json`));

function groupByIntent(utterances: readonly LabeledUtterance[]): Map<string, LabeledUtterance[]> {
  const groups = new Map<string, LabeledUtterance[]>();
  for (const utterance of utterances) groups.set(utterance.intent, [...(groups.get(utterance.intent) ?? []), utterance]);
  return groups;
}

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const shuffled = [...items];
  shuffleInPlace(shuffled, random);
  return shuffled.slice(0, count);
}

async function predictAll(classify: Classify, test: readonly LabeledUtterance[]): Promise<PredictionRow[]> {
  const rows: PredictionRow[] = [];
  for (const { text, intent } of test) rows.push({ text, expected: intent, predicted: await classify(text) });
  return rows;
}

async function leaveOneOut(data: readonly LabeledUtterance[], train: Train): Promise<PredictionRow[]> {
  const rows: PredictionRow[] = [];
  for (const [i, left] of data.entries()) rows.push(...(await predictAll(await train(data.filter((_, j) => j !== i)), [left])));
  return rows;
}

/** Each intent's utterances dealt in turn to the folds, from a random fold on; trains on one fold, tests on the rest. */
async function fewShot(data: readonly LabeledUtterance[], folds: number, train: Train): Promise<PredictionRow[]> {
  const rows: PredictionRow[] = [];
  for (let shuffle = 0; shuffle < FEW_SHOT_SHUFFLES; shuffle += 1) {
    const random = seededRandom(1000 + shuffle);
    const foldOf = new Map<number, number>();
    const nextFold = new Map<string, number>();
    for (const i of sample([...data.keys()], data.length, random)) {
      const fold = nextFold.get(data[i].intent) ?? Math.floor(random() * folds);
      nextFold.set(data[i].intent, fold + 1);
      foldOf.set(i, fold % folds);
    }
    for (let fold = 0; fold < folds; fold += 1) {
      const training = data.filter((_, i) => foldOf.get(i) === fold);
      if (!training.some((u) => u.intent !== NONE_INTENT)) continue;
      rows.push(...(await predictAll(await train(training), data.filter((_, i) => foldOf.get(i) !== fold))));
    }
  }
  return rows;
}

/** Braun-shaped tasks from CLINC150: the intent sizes and None count of `shape`, on intents of one topic. */
function simulatedTasks(shape: readonly LabeledUtterance[], repeats: number) {
  const train = groupByIntent(bench('clinc150.train'));
  const val = groupByIntent(bench('clinc150.val'));
  const extraNone = bench('clinc150-oos.train-extra');
  const intents = [...train.keys()].filter((intent) => intent !== NONE_INTENT).sort();
  const wordsOf = new Map(
    intents.map((intent) => [intent, new Set(train.get(intent)?.flatMap((u) => u.text.toLowerCase().match(/[a-z]+/g) ?? []))]),
  );
  const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((word) => b.has(word)).length / new Set([...a, ...b]).size;
  const sizes = groupByIntent(shape);
  const noneCount = sizes.get(NONE_INTENT)?.length ?? 0;
  const intentSizes = [...sizes].filter(([intent]) => intent !== NONE_INTENT).map(([, examples]) => examples.length);
  return Array.from({ length: repeats }, (_, repeat) => {
    const random = seededRandom(5000 + repeat);
    const seed = wordsOf.get(intents[Math.floor(random() * intents.length)]) as Set<string>;
    const topic = [...intents].sort((a, b) => overlap(wordsOf.get(b) as Set<string>, seed) - overlap(wordsOf.get(a) as Set<string>, seed));
    const chosen = sample(topic.slice(0, intentSizes.length), intentSizes.length, random);
    return {
      train: [...chosen.flatMap((intent, k) => sample(train.get(intent) ?? [], intentSizes[k], random)), ...sample(extraNone, noneCount, random)],
      test: [
        ...chosen.flatMap((intent, k) => sample(val.get(intent) ?? [], intentSizes[k] * TEST_PER_TRAINING_EXAMPLE, random)),
        ...sample(val.get(NONE_INTENT) ?? [], noneCount * TEST_PER_TRAINING_EXAMPLE, random),
      ],
    };
  });
}

function summary(rows: readonly PredictionRow[]): string {
  const report = scorePredictions(rows);
  const percent = (value: number | null) => (value === null ? '    -' : `${(100 * value).toFixed(1)}%`.padStart(6));
  return `${String(report.correct).padStart(5)}/${String(report.total).padEnd(5)} ${percent(report.accuracy)}  in-scope ${percent(report.inScopeAccuracy)}  OOS recall ${percent(report.oosRecall)}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { nlpjs: { type: 'boolean' }, repeats: { type: 'string', default: '200' } },
    allowPositionals: true,
  });
  const configurations: MatcherOptionsInput[] = positionals.length > 0 ? positionals.map((json) => JSON.parse(json)) : [{}];
  const engines: { label: string; train: Train }[] = configurations.map((options) => ({
    label: `project ${JSON.stringify(options)}`,
    train: async (utterances) => {
      const matcher = IntentMatcher.train(utterances, options);
      return (text) => matcher.predict(text).intent;
    },
  }));
  const nlpjs: Train = async (utterances) => {
    const engine = new NlpjsBaseline('en');
    await engine.train(utterances);
    return (text) => engine.classify(text);
  };
  for (const { name, fewShotFolds } of CORPORA) {
    const data = bench(`braun-${name}.train`);
    const tasks = simulatedTasks(data, Number(values.repeats));
    console.log(`\n${name} (${data.length} training utterances; simulated: ${tasks.length} tasks from CLINC150)`);
    for (const { label, train } of [...engines, ...(values.nlpjs ? [{ label: 'NLP.js', train: nlpjs }] : [])]) {
      console.log(`  ${label}`);
      console.log(`    leave-one-out  ${summary(await leaveOneOut(data, train))}`);
      console.log(`    few-shot       ${summary(await fewShot(data, fewShotFolds, train))}`);
      const simulated: PredictionRow[] = [];
      for (const task of tasks) simulated.push(...(await predictAll(await train(task.train), task.test)));
      console.log(`    simulated      ${summary(simulated)}`);
    }
  }
}

void main();
