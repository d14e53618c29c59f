// npm run evaluate: how well the matcher labels held-out questions. Run with `--help` for the options.
import { parseArgs } from 'node:util';
import { answeredIntent } from '../knowledge/evaluation/answeredIntent';
import { loadDataset } from '../knowledge/evaluation/dataset';
import { millisecondsSince } from '../knowledge/evaluation/latency';
import { PredictionRow, scorePredictions } from '../knowledge/evaluation/metrics';
import { formatDuration, formatReport } from '../knowledge/evaluation/report';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { languages } from '../knowledge/language';
import { IntentMatcher } from '../knowledge/matcher/intentMatcher';
import { LabeledUtterance } from '../knowledge/matcher/types';
import { CommandOutput, processOutput, runCommand, UsageError } from './commandLine';
import { knowledgeDirectory, loadProjectKnowledge, loadQuestions, questionsFile } from './projectData';

const USAGE = `Usage: npm run -s evaluate -- [--train FILE --test FILE] [--json]

  (no files)                 train the bot's matcher on knowledge/content and test it on
                             test/data/questions.en.json and questions.zh.json, each language on its own
  --train FILE --test FILE   train IntentMatcher (default options) on one labelled file and test it on another;
                             format {"utterances":[{"text":"...","intent":"..."}]}, "None" = out of scope
  --json                     print one JSON object on stdout instead of the text report
  --help                     print this text`;

interface EvaluateOptions {
  files?: { train: string; test: string };
  json: boolean;
  help: boolean;
}

function parseOptions(args: string[]): EvaluateOptions {
  let values: { train?: string; test?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        train: { type: 'string' },
        test: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { train, test, json = false, help = false } = values;
  if ((train === undefined) !== (test === undefined)) throw new UsageError('--train and --test go together');
  return { files: train !== undefined && test !== undefined ? { train, test } : undefined, json, help };
}

function predictAll(test: readonly LabeledUtterance[], predict: (text: string) => string): PredictionRow[] {
  return test.map(({ text, intent }) => ({ text, expected: intent, predicted: predict(text) }));
}

function evaluateFiles({ train, test }: { train: string; test: string }, json: boolean, output: CommandOutput): void {
  const trainUtterances = loadDataset(train);
  const testUtterances = loadDataset(test);
  const start = process.hrtime.bigint();
  const matcher = IntentMatcher.train(trainUtterances);
  const trainMs = millisecondsSince(start);
  const report = scorePredictions(predictAll(testUtterances, (text) => matcher.predict(text).intent));
  if (json) {
    output.out(JSON.stringify({ train, test, trainMs, ...report }, null, 2));
    return;
  }
  const trained = `${trainUtterances.length} utterances`;
  output.out(`Trained IntentMatcher on ${train} (${trained}) in ${formatDuration(trainMs)}.\n`);
  output.out(formatReport(test, report));
}

function evaluateKnowledge(json: boolean, output: CommandOutput): void {
  const testSets = languages.map((language) => ({ language, utterances: loadQuestions(language) }));
  const start = process.hrtime.bigint();
  const matcher = KnowledgeMatcher.fromKnowledge(loadProjectKnowledge());
  const trainMs = millisecondsSince(start);
  const evaluations = testSets.map(({ language, utterances }) => ({
    language,
    report: scorePredictions(predictAll(utterances, (text) => answeredIntent(matcher.match(text, language)))),
  }));
  if (json) {
    const reports = Object.fromEntries(evaluations.map(({ language, report }) => [language, report]));
    output.out(JSON.stringify({ knowledge: knowledgeDirectory, trainMs, ...reports }, null, 2));
    return;
  }
  output.out(`Loaded and trained the bot's matcher on ${knowledgeDirectory} in ${formatDuration(trainMs)}.`);
  output.out('A question counts as answered only when the decision is "answer"; "clarify" and "none" count as None.\n');
  for (const { language, report } of evaluations) output.out(formatReport(questionsFile(language), report));
}

/** The whole command, callable in-process; returns the exit status. */
export function evaluate(args: string[], output: CommandOutput = processOutput): Promise<number> {
  return runCommand(
    () => {
      const { files, json, help } = parseOptions(args);
      if (help) output.out(USAGE);
      else if (files) evaluateFiles(files, json, output);
      else evaluateKnowledge(json, output);
    },
    USAGE,
    output,
  );
}

if (require.main === module) {
  void evaluate(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
