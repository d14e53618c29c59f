import { NONE_INTENT } from '../matcher/types';

/** One test utterance with its gold label and what an engine predicted (NONE_INTENT = out of scope). */
export interface PredictionRow {
  text: string;
  expected: string;
  predicted: string;
}

export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  /** Test utterances labelled with this intent; 0 for an intent that was only ever predicted. */
  support: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

/** Figures defined as in shared/bench/README.md, so they compare with the published benchmark results. */
export interface EvaluationReport {
  total: number;
  correct: number;
  /** Correct / all rows; None predicted on a None row is correct. */
  accuracy: number;
  inScopeTotal: number;
  inScopeCorrect: number;
  /** Correct / rows not labelled None; null when the set has none. */
  inScopeAccuracy: number | null;
  outOfScopeTotal: number;
  outOfScopeRejected: number;
  /** None rows predicted None; null when the set has none. */
  oosRecall: number | null;
  /** Mean F1 over the in-scope intents present in the test rows; null when there are none. */
  macroF1: number | null;
  /** Every in-scope intent that was expected or predicted, by name. */
  perIntent: IntentScore[];
  /** The most frequent expected→predicted errors, most frequent first. */
  confusions: Confusion[];
  misses: PredictionRow[];
}

export interface ScoringOptions {
  /** How many confusions the report keeps. */
  confusionLimit?: number;
}

const DEFAULT_CONFUSION_LIMIT = 10;

interface Tally {
  truePositives: number;
  falsePositives: number;
  support: number;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tallyIntents(rows: readonly PredictionRow[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (intent: string): Tally => {
    let tally = tallies.get(intent);
    if (!tally) {
      tally = { truePositives: 0, falsePositives: 0, support: 0 };
      tallies.set(intent, tally);
    }
    return tally;
  };
  for (const { expected, predicted } of rows) {
    if (expected !== NONE_INTENT) tallyOf(expected).support += 1;
    if (predicted === NONE_INTENT) continue;
    // A prediction on a None row counts against the predicted intent, as the benchmark README defines.
    if (predicted === expected) tallyOf(predicted).truePositives += 1;
    else tallyOf(predicted).falsePositives += 1;
  }
  return tallies;
}

function scoreIntent(intent: string, { truePositives, falsePositives, support }: Tally): IntentScore {
  // An intent never predicted (or never expected) scores 0 there rather than being undefined, as in scikit-learn.
  const precision = ratio(truePositives, truePositives + falsePositives) ?? 0;
  const recall = ratio(truePositives, support) ?? 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { intent, precision, recall, f1, support };
}

function topConfusions(misses: readonly PredictionRow[], limit: number): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const { expected, predicted } of misses) {
    const key = JSON.stringify([expected, predicted]);
    const confusion = counts.get(key) ?? { expected, predicted, count: 0 };
    confusion.count += 1;
    counts.set(key, confusion);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || byName(a.expected, b.expected) || byName(a.predicted, b.predicted))
    .slice(0, limit);
}

/** Scores an engine's predictions on a labelled test set. */
export function scorePredictions(rows: readonly PredictionRow[], options: ScoringOptions = {}): EvaluationReport {
  if (rows.length === 0) throw new RangeError('cannot score an empty set of predictions');
  const misses = rows.filter((row) => row.predicted !== row.expected);
  const correct = rows.length - misses.length;
  const inScope = rows.filter((row) => row.expected !== NONE_INTENT);
  const inScopeCorrect = inScope.filter((row) => row.predicted === row.expected).length;
  const outOfScope = rows.filter((row) => row.expected === NONE_INTENT);
  const outOfScopeRejected = outOfScope.filter((row) => row.predicted === NONE_INTENT).length;
  const perIntent = [...tallyIntents(rows)]
    .map(([intent, tally]) => scoreIntent(intent, tally))
    .sort((a, b) => byName(a.intent, b.intent));
  const present = perIntent.filter((score) => score.support > 0);

  return {
    total: rows.length,
    correct,
    accuracy: correct / rows.length,
    inScopeTotal: inScope.length,
    inScopeCorrect,
    inScopeAccuracy: ratio(inScopeCorrect, inScope.length),
    outOfScopeTotal: outOfScope.length,
    outOfScopeRejected,
    oosRecall: ratio(outOfScopeRejected, outOfScope.length),
    macroF1: ratio(
      present.reduce((sum, score) => sum + score.f1, 0),
      present.length,
    ),
    perIntent,
    confusions: topConfusions(misses, options.confusionLimit ?? DEFAULT_CONFUSION_LIMIT),
    misses,
  };
}
