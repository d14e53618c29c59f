// ts-node --transpile-only scripts/tuneMatcher.ts [knowledge|clinc]: how the matcher's thresholds were chosen.
//   knowledge  5-fold cross-validation on the bot's TRAINING questions and out-of-scope examples (never test/data):
//              the answer and clarify thresholds of KnowledgeMatcher (knowledge/knowledgeMatcher.ts).
//   clinc      IntentMatcher trained on clinc150.train (+ oos train-extra), scored on clinc150.val ONLY: the default
//              `threshold` of knowledge/matcher/options.ts. clinc150.test is never read here. The other options were
//              compared the same way (val accuracy and recall, bot cross-validation above, the Braun corpora).
import { join } from 'node:path';
import { projectRoot } from '../bot/projectRoot';
import { loadDataset } from '../knowledge/evaluation/dataset';
import { languages } from '../knowledge/language';
import { IntentMatcher } from '../knowledge/matcher/intentMatcher';
import { OUT_OF_SCOPE_EXAMPLES } from '../knowledge/matcher/outOfScopeExamples';
import { LabeledUtterance, NONE_INTENT } from '../knowledge/matcher/types';
import { loadProjectKnowledge } from './projectData';

const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => 0.15 + i * 0.025);
/** The bot's targets: in-scope questions answered right, out-of-scope questions not answered. */
const IN_SCOPE_TARGET = 0.95;
const REJECTION_TARGET = 0.9;
/** Share of held-out in-scope questions that must be answered right or offered in "Did you mean". */
const REACH_TARGET = 0.9;
/** CLINC150 targets on test: in-scope accuracy and out-of-scope recall. */
const CLINC_IN_SCOPE_TARGET = 0.9;
const CLINC_RECALL_TARGET = 0.5;
const OFFERED = 3;

interface HeldOut {
  expected: string;
  ranked: { intent: string; score: number }[];
  noneScore: number;
}

/** Every utterance scored by a matcher that did not see it: utterances of each intent dealt round-robin into folds. */
function crossValidate(utterances: readonly LabeledUtterance[]): HeldOut[] {
  const seen = new Map<string, number>();
  const fold = utterances.map(({ intent }) => {
    const n = seen.get(intent) ?? 0;
    seen.set(intent, n + 1);
    return n % FOLDS;
  });
  return Array.from({ length: FOLDS }, (_, f) => {
    const matcher = IntentMatcher.train(utterances.filter((_, i) => fold[i] !== f));
    return utterances
      .filter((_, i) => fold[i] === f)
      .map(({ text, intent }) => ({ expected: intent, ...matcher.classify(text, OFFERED) }));
  }).flat();
}

const answers = (row: HeldOut, threshold: number) =>
  row.ranked.length > 0 && row.ranked[0].score >= threshold && row.ranked[0].score > row.noneScore;
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`.padStart(7);

function tuneKnowledge(): void {
  const knowledge = loadProjectKnowledge();
  for (const language of languages) {
    const none = OUT_OF_SCOPE_EXAMPLES[language].map((text) => ({ text, intent: NONE_INTENT }));
    const rows = crossValidate([...knowledge.trainingExamples(language), ...none]);
    const inScope = rows.filter((row) => row.expected !== NONE_INTENT);
    const outOfScope = rows.filter((row) => row.expected === NONE_INTENT);
    console.log(`\n${language}: ${inScope.length} in-scope, ${outOfScope.length} out-of-scope held-out questions`);
    console.log('threshold  answered right  right or offered  out of scope not answered');
    let answer = THRESHOLDS[0];
    let bestBalance = 0;
    for (const threshold of THRESHOLDS) {
      const right = inScope.filter((row) => answers(row, threshold) && row.ranked[0].intent === row.expected).length;
      const reached = inScope.filter((row) => row.ranked.some((c) => c.intent === row.expected && c.score >= threshold)).length;
      const rejected = outOfScope.filter((row) => !answers(row, threshold)).length;
      const balance = Math.min(right / inScope.length / IN_SCOPE_TARGET, rejected / outOfScope.length / REJECTION_TARGET);
      if (balance > bestBalance) [answer, bestBalance] = [threshold, balance];
      console.log(`${threshold.toFixed(3)}     ${percent(right, inScope.length)}         ${percent(reached, inScope.length)}           ${percent(rejected, outOfScope.length)}`);
    }
    const clarify =
      [...THRESHOLDS].reverse().find((t) =>
        inScope.filter((row) => row.ranked.some((c) => c.intent === row.expected && c.score >= t)).length >= REACH_TARGET * inScope.length,
      ) ?? 0;
    console.log(`${language}: answer ${answer.toFixed(3)} (closest to both targets: max of min(answered right / ${IN_SCOPE_TARGET}, not answered / ${REJECTION_TARGET}))`);
    console.log(`    clarify ${Math.min(answer, clarify).toFixed(3)} (highest with ≥ ${REACH_TARGET * 100}% answered right or offered)`);
  }
}

function tuneClinc(): void {
  const bench = (name: string) => loadDataset(join(projectRoot, '..', 'shared', 'bench', `${name}.json`));
  const matcher = IntentMatcher.train([...bench('clinc150.train'), ...bench('clinc150-oos.train-extra')], { threshold: 0 });
  const rows = bench('clinc150.val').map(({ text, intent }) => ({ expected: intent, ...matcher.classify(text, 1) }));
  const inScope = rows.filter((row) => row.expected !== NONE_INTENT);
  const outOfScope = rows.filter((row) => row.expected === NONE_INTENT);
  console.log('threshold  in-scope accuracy  out-of-scope recall   (clinc150.val)');
  let chosen = 0;
  let bestMargin = -Infinity;
  for (const threshold of THRESHOLDS) {
    const right = inScope.filter((row) => answers(row, threshold) && row.ranked[0].intent === row.expected).length;
    const rejected = outOfScope.filter((row) => !answers(row, threshold)).length;
    // Margin over each target in standard errors of its val estimate (100 out-of-scope rows are a noisy estimate).
    const margin = Math.min(
      marginInStandardErrors(right / inScope.length, CLINC_IN_SCOPE_TARGET, inScope.length),
      marginInStandardErrors(rejected / outOfScope.length, CLINC_RECALL_TARGET, outOfScope.length),
    );
    if (margin > bestMargin) [chosen, bestMargin] = [threshold, margin];
    console.log(`${threshold.toFixed(3)}     ${percent(right, inScope.length)}            ${percent(rejected, outOfScope.length)}`);
  }
  console.log(`\nthreshold ${chosen.toFixed(3)} (largest smaller margin over both targets, ${bestMargin.toFixed(1)} standard errors)`);
}

function marginInStandardErrors(rate: number, target: number, count: number): number {
  return (rate - target) / Math.sqrt((rate * (1 - rate)) / count || 1 / count);
}

const mode = process.argv[2] ?? 'knowledge';
if (mode === 'knowledge') tuneKnowledge();
else if (mode === 'clinc') tuneClinc();
else {
  console.error(`Unknown mode "${mode}": use knowledge or clinc`);
  process.exitCode = 2;
}
