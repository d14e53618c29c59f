import { stringify } from 'yaml';
import { FeedbackTally } from './feedbackCounts';
import { QuestionCount } from './unansweredGrouping';
import { EntryPointer, SupportReport, UnansweredGroup, UnansweredReason } from './unansweredReport';

export const REASON_LABELS: Readonly<Record<UnansweredReason, string>> = {
  fallback: 'could not answer',
  noneOfThese: '"none of these"',
  askedSomethingElse: 'asked something else instead',
  noReply: 'no reply to "did you mean"',
};

export const UNANSWERED_ADVICE =
  'Add a group to the likely entry\'s questions only if that entry really answers it; otherwise the sources do not cover it.';
export const PICKED_ADVICE = 'The matcher was unsure, the user picked the entry: add these to its questions.';

export function describeReasons(reasons: UnansweredGroup['reasons']): string {
  return (Object.keys(REASON_LABELS) as UnansweredReason[])
    .filter((reason) => reasons[reason])
    .map((reason) => `${REASON_LABELS[reason]}: ${reasons[reason]}`)
    .join(', ');
}

export function describeTotals({ totals, from, to }: SupportReport): string {
  return (
    `From ${from} to ${to} (UTC): ${totals.fallbacks} questions it could not answer, ${totals.offers} "did you mean" offers ` +
    `(${totals.picked} picked, ${totals.noneOfThese} "none of these"), ${totals.feedback} feedback clicks.`
  );
}

export function describeEntry(entry: EntryPointer): string {
  return `${entry.entryId} "${entry.title}"${entry.file ? ` in ${entry.file}` : ''}`;
}

/** The questions as YAML list items, quoted where YAML needs it, ready to paste under `questions:`. */
export function asYamlListItems(questions: readonly QuestionCount[]): string[] {
  return stringify(questions.map((q) => q.text), { lineWidth: 0 }).trimEnd().split('\n');
}

const indent = (lines: string[], spaces: number) => lines.map((line) => ' '.repeat(spaces) + line);

function feedbackTable(feedback: readonly FeedbackTally[]): string[] {
  if (feedback.length === 0) return ['  (no clicks)'];
  const width = Math.max(...feedback.map((f) => f.answerId.length), 'answer'.length);
  return [
    `  ${'answer'.padEnd(width)}  helpful  not helpful`,
    ...feedback.map((f) => `  ${f.answerId.padEnd(width)}  ${String(f.helpful).padStart(7)}  ${String(f.notHelpful).padStart(11)}`),
  ];
}

/** The report for a terminal: most frequent unanswered questions first, each group ready to paste. */
export function formatSupportReportText(report: SupportReport, top: number): string {
  const lines = ['Support report', describeTotals(report), '', `Most frequent unanswered questions (top ${top})`, `  ${UNANSWERED_ADVICE}`];
  if (report.unanswered.length === 0) lines.push('  (none)');
  report.unanswered.slice(0, top).forEach((group, index) => {
    lines.push('', `${String(index + 1).padStart(3)}. ${group.count}× [${group.language}] ${describeReasons(group.reasons)}`);
    lines.push(`     likely entry: ${group.likely ? `${describeEntry(group.likely)}, score ${group.likely.score.toFixed(2)}` : 'none'}`);
    lines.push(...indent(asYamlListItems(group.questions), 7));
  });
  lines.push('', 'Questions picked from "did you mean"', `  ${PICKED_ADVICE}`);
  if (report.picked.length === 0) lines.push('  (none)');
  for (const group of report.picked) {
    lines.push('', `  ${group.count}× [${group.language}] ${describeEntry(group.entry)}`, ...indent(asYamlListItems(group.questions), 7));
  }
  lines.push('', 'Feedback per answer', ...feedbackTable(report.feedback));
  return lines.join('\n');
}
