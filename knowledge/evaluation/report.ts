import { EvaluationReport } from './metrics';
import { renderTable } from './table';

/** A rate as a percentage with one decimal; "n/a" where the figure is undefined (e.g. no None utterances). */
export function formatPercent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

/** A duration in the unit that keeps two significant digits readable: 0.052 ms, 12 ms, 340 ms, 1.5 s. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 100 ? `${Math.round(ms)} ms` : `${Number(ms.toPrecision(2))} ms`;
}

function formatCount(part: number, whole: number): string {
  return whole === 0 ? 'none' : `${part}/${whole}`;
}

function summaryTable(report: EvaluationReport): string {
  return renderTable(
    [{ header: 'figure' }, { header: 'value', align: 'right' }, { header: 'utterances', align: 'right' }],
    [
      ['accuracy', formatPercent(report.accuracy), formatCount(report.correct, report.total)],
      [
        'in-scope accuracy',
        formatPercent(report.inScopeAccuracy),
        formatCount(report.inScopeCorrect, report.inScopeTotal),
      ],
      [
        'out-of-scope rejection (recall)',
        formatPercent(report.oosRecall),
        formatCount(report.outOfScopeRejected, report.outOfScopeTotal),
      ],
      ['macro-F1 (in-scope intents)', formatPercent(report.macroF1), ''],
    ],
  );
}

function perIntentTable(report: EvaluationReport): string {
  return renderTable(
    [
      { header: 'intent' },
      { header: 'precision', align: 'right' },
      { header: 'recall', align: 'right' },
      { header: 'F1', align: 'right' },
      { header: 'support', align: 'right' },
    ],
    report.perIntent.map((score) => [
      score.intent,
      formatPercent(score.precision),
      formatPercent(score.recall),
      formatPercent(score.f1),
      String(score.support),
    ]),
  );
}

function confusionTable(report: EvaluationReport): string {
  return renderTable(
    [{ header: 'expected' }, { header: 'predicted' }, { header: 'count', align: 'right' }],
    report.confusions.map((confusion) => [confusion.expected, confusion.predicted, String(confusion.count)]),
  );
}

/** The report as text people can act on: the headline figures, then per intent, then what went wrong. */
export function formatReport(title: string, report: EvaluationReport): string {
  const misses = report.misses.map((miss) => `  ${miss.expected} → ${miss.predicted}: ${JSON.stringify(miss.text)}`);
  return [
    `## ${title}`,
    '',
    summaryTable(report),
    '',
    'Per intent:',
    perIntentTable(report),
    '',
    report.confusions.length ? `Top confusions:\n${confusionTable(report)}` : 'Top confusions: none',
    '',
    `Misses (${report.misses.length}):`,
    ...misses,
    '',
  ].join('\n');
}
