import { SupportReport } from './unansweredReport';
import { asYamlListItems, describeEntry, describeReasons, describeTotals, PICKED_ADVICE, UNANSWERED_ADVICE } from './unansweredReportText';

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything users typed goes through here: a question such as `<script>` must show as text, never run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}pre{margin:0;white-space:pre-wrap}td.n{text-align:right}`;

/** The same report as formatSupportReportText, as a standalone page. */
export function formatSupportReportHtml(report: SupportReport, top: number): string {
  const unanswered = report.unanswered
    .slice(0, top)
    .map(
      (group) =>
        `<tr><td class="n">${group.count}</td><td>${group.language}</td><td><pre>${escapeHtml(asYamlListItems(group.questions).join('\n'))}</pre></td>` +
        `<td>${group.likely ? `${escapeHtml(describeEntry(group.likely))}<br>score ${group.likely.score.toFixed(2)}` : 'none'}</td>` +
        `<td>${escapeHtml(describeReasons(group.reasons))}</td></tr>`,
    );
  const picked = report.picked.map(
    (group) =>
      `<tr><td class="n">${group.count}</td><td>${group.language}</td><td>${escapeHtml(describeEntry(group.entry))}</td>` +
      `<td><pre>${escapeHtml(asYamlListItems(group.questions).join('\n'))}</pre></td></tr>`,
  );
  const feedback = report.feedback.map(
    (tally) => `<tr><td>${escapeHtml(tally.answerId)}</td><td class="n">${tally.helpful}</td><td class="n">${tally.notHelpful}</td></tr>`,
  );
  const table = (head: string[], rows: string[]) =>
    rows.length ? `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>\n${rows.join('\n')}</table>` : '<p>(none)</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Support report ${escapeHtml(report.from)} to ${escapeHtml(report.to)}</title><style>${STYLE}</style></head>
<body>
<h1>Support report</h1>
<p>${escapeHtml(describeTotals(report))}</p>
<h2>Most frequent unanswered questions (top ${top})</h2>
<p>${escapeHtml(UNANSWERED_ADVICE)}</p>
${table(['Times', 'Language', 'Questions (ready to paste)', 'Likely entry', 'Why unanswered'], unanswered)}
<h2>Questions picked from “did you mean”</h2>
<p>${escapeHtml(PICKED_ADVICE)}</p>
${table(['Times', 'Language', 'Picked entry', 'Questions (ready to paste)'], picked)}
<h2>Feedback per answer</h2>
${table(['Answer', 'Helpful', 'Not helpful'], feedback)}
</body></html>
`;
}
